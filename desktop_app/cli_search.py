"""The `sandiq search` command: names and text in any script or spelling.

Thin over ``desktop_app.core.search``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts it with ``add_search_command``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.cli_common import Command, print_json, unlocked
from desktop_app.cli_i18n import fill, translate
from desktop_app.core.errors import InvalidInput
from desktop_app.core.search.query import QueryNote
from desktop_app.core.search.service import MAX_LIMIT, search_results
from desktop_app.core.search.snippets import bracketed_snippet
from desktop_app.ui.i18n import current_language
from desktop_app.ui.search_notes import note_text

# A query word such as -Andijan (an exclusion) or -"Bazar Korgon": argparse would take it for
# an option it does not know. Every option of the command is long (--json) but -h; argparse
# reads a negative number (--limit -5) as a value itself.
_EXCLUSION = re.compile(r"-(?!-|h$|\d+$|\d*\.\d+$).+", re.DOTALL)


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        message = translate("CliSearch", "must be a whole number, not %1")
        raise argparse.ArgumentTypeError(fill(message, repr(value))) from None


def _hit_count(value: str) -> int:
    # search_results quietly clamps a limit to 0..MAX_LIMIT, which on the command line would
    # print nothing and exit 0; a typed number outside that range is a mistake to report.
    count = _whole_number(value)
    if not 1 <= count <= MAX_LIMIT:
        message = translate("CliSearch", "must be from 1 to %1, not %2")
        raise argparse.ArgumentTypeError(fill(message, str(MAX_LIMIT), value))
    return count


def _offset(value: str) -> int:
    offset = _whole_number(value)
    if offset < 0:
        raise argparse.ArgumentTypeError(
            fill(translate("CliSearch", "must be 0 or more, not %1"), value)
        )
    return offset


def cmd_search(args: argparse.Namespace) -> None:
    query = " ".join(args.query)
    if not query.strip():  # checked before the vault is unlocked: nothing to search for
        raise InvalidInput(
            translate("CliSearch", "the search query is empty: give words or filters to search for")
        )
    with unlocked(args) as vault, vault.read() as session:
        found = search_results(session, query, args.limit, args.offset)
    for note in found.notes:
        print(_note(_note_text(note)), file=sys.stderr)
    # On stderr, so that stdout stays one hit a line (or one JSON list) for scripts, as `person
    # duplicates` does: printing nothing at all looked like a search that had not run.
    if not found.hits:
        if args.offset:
            print(translate("CliSearch", "No more matches."), file=sys.stderr)
        else:
            print(translate("CliSearch", "No matches."), file=sys.stderr)
    if found.has_more:
        more = translate("CliSearch", "there are more hits; --offset %1 shows the next ones")
        print(_note(fill(more, str(args.offset + args.limit))), file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": str(h.record_id),
                    "case_reference": h.case_reference,
                    "score": round(h.score, 4),
                    "match": str(h.match),
                    "snippet": bracketed_snippet(h.snippet),
                }
                for h in found.hits
            ]
        )
        return
    for h in found.hits:
        print(f"{h.kind}\t{h.case_reference}\t{h.record_id}\t{bracketed_snippet(h.snippet)}")


def _note(text: str) -> str:
    """A note on stderr: "note:" is a word of the sentence, said in the user's language as
    `attach` says it; only the "sandiq:" prefixes stay English (``cli_i18n``)."""
    return fill(translate("CliSearch", "note: %1"), text)


def _note_text(note: QueryNote) -> str:
    """What the query's note says: core's English sentence, or the search page's translation."""
    # Core's words in English: the page's English rewording would change what scripts match.
    return note.message if current_language() == "en" else note_text(note)


def _reading_every_query_word(
    parse_known_args: Callable[..., tuple[argparse.Namespace, list[str]]],
) -> Callable[..., tuple[argparse.Namespace, list[str]]]:
    """parse_known_args for the search command, where every word that is no option is a query
    word: -Andijan (swapped for a stand-in argparse takes for a word, as no argument can hold
    a NUL, and back), and words after an option (argparse gives `query` only the first run of
    words: in `-Andijan --json Askarov`, Askarov would be "unrecognized")."""

    def parse(
        args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        given = list(sys.argv[1:] if args is None else args)
        end = given.index("--") if "--" in given else len(given)
        words = {f"\0{i}": arg for i, arg in enumerate(given[:end]) if _EXCLUSION.fullmatch(arg)}
        stand_in = {arg: key for key, arg in words.items()}
        swapped = [stand_in.get(arg, arg) if i < end else arg for i, arg in enumerate(given)]
        parsed, extras = parse_known_args(swapped, namespace)
        if isinstance(getattr(parsed, "query", None), list):
            parsed.query += [e for e in extras if not e.startswith("-")]
            extras = [e for e in extras if e.startswith("-")]
        for name, value in vars(parsed).items():  # --vault -x: a folder named -x
            if isinstance(value, list):
                setattr(parsed, name, [words.get(v, v) if isinstance(v, str) else v for v in value])
            elif isinstance(value, str):
                setattr(parsed, name, words.get(value, value))
        return parsed, extras

    return parse


def add_search_command(command: Command) -> None:
    """Mount search under the sandiq parser's subcommands."""
    p = command(
        "search",
        cmd_search,
        translate("CliSearch", "search names and text in any script or spelling"),
    )
    p.add_argument(
        "query",
        nargs="+",
        help=translate(
            "CliSearch",
            'words and filters, e.g. Askarov -Osh "Bazar Korgon" country:KG from:2010; '
            "matches are shown [like this], the text's own brackets as \\[ and \\]",
        ),
    )
    limit = translate("CliSearch", "at most this many hits (1 to %1)")
    p.add_argument("--limit", type=_hit_count, default=50, help=fill(limit, str(MAX_LIMIT)))
    p.add_argument(
        "--offset",
        type=_offset,
        default=0,
        help=translate("CliSearch", "skip this many hits (next page)"),
    )
    # argparse hands the words after `search` to this parser's parse_known_args.
    parse: Any = _reading_every_query_word(p.parse_known_args)
    p.parse_known_args = parse  # type: ignore[method-assign]
