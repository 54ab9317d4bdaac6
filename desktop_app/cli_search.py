"""The `sandiq search` command: names and text in any script or spelling.

Thin over ``desktop_app.core.search``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts it with ``add_search_command``.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli_common import Command, print_json, unlocked
from desktop_app.core.search.service import search_results


def cmd_search(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        found = search_results(session, " ".join(args.query), args.limit, args.offset)
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
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0, help="skip this many hits (next page)")
