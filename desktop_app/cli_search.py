"""The `sandiq search` command: names and text in any script or spelling.

Thin over ``desktop_app.core.search``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts it with ``add_search_command``.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli_common import Command, print_json, unlocked
from desktop_app.core.errors import InvalidInput
from desktop_app.core.search.service import MAX_LIMIT, search_results


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None


def _hit_count(value: str) -> int:
    # search_results quietly clamps a limit to 0..MAX_LIMIT, which on the command line would
    # print nothing and exit 0; a typed number outside that range is a mistake to report.
    count = _whole_number(value)
    if not 1 <= count <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_LIMIT}, not {value}")
    return count


def _offset(value: str) -> int:
    offset = _whole_number(value)
    if offset < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return offset


def cmd_search(args: argparse.Namespace) -> None:
    query = " ".join(args.query)
    if not query.strip():  # checked before the vault is unlocked: nothing to search for
        raise InvalidInput("the search query is empty: give words or filters to search for")
    with unlocked(args) as vault, vault.read() as session:
        found = search_results(session, query, args.limit, args.offset)
    for note in found.notes:
        print(f"note: {note.message}", file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": str(h.record_id),
                    "case_reference": h.case_reference,
                    "score": round(h.score, 4),
                    "match": str(h.match),
                    "snippet": h.snippet,
                }
                for h in found.hits
            ]
        )
        return
    for h in found.hits:
        print(f"{h.kind}\t{h.case_reference}\t{h.record_id}\t{h.snippet}")


def add_search_command(command: Command) -> None:
    """Mount search under the sandiq parser's subcommands."""
    p = command("search", cmd_search, "search names and text in any script or spelling")
    p.add_argument("query", nargs="+")
    p.add_argument(
        "--limit", type=_hit_count, default=50, help=f"at most this many hits (1 to {MAX_LIMIT})"
    )
    p.add_argument("--offset", type=_offset, default=0, help="skip this many hits (next page)")
