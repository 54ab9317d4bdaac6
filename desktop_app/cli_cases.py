"""`sandiq case add/list/show/edit`: cases, named by their reference."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case
from desktop_app.cli_common import Command, print_json, refuse_unfit_one_line, unlocked
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_records import (
    AppendOrClear,
    case_by_reference,
    edited_fields,
    print_created,
    print_edited,
    print_record,
    shown_content,
)
from desktop_app.core.case_file import case_with_reference, record_title
from desktop_app.core.content import Record, quoted, to_content
from desktop_app.core.countries import is_country_code
from desktop_app.core.errors import InvalidInput
from desktop_app.core.reference_folding import is_same_spelling, lookalike_cases

# case edit's options: the content field each one sets (an option left out keeps its field).
_CASE_EDIT_FIELDS = {
    "new_reference": "reference",
    "title": "title",
    "summary": "summary",
    "status": "status",
    "country": "country",
    "region": "region",
    "place": "place",
    "start": "start_date",
    "end": "end_date",
    "type": "violation_types",
    "tag": "tags",
    "sensitivity": "sensitivity",
}


def _refuse_taken_reference(session: Session, case: Record) -> None:
    # Checked as stored (" R-1 " is stored as "R-1"); the caller's transaction rolls back. In
    # any letter case and Unicode form: `case show uz-1` finds UZ-1, so uz-1 beside it would be
    # ambiguous.
    assert isinstance(case, Case)
    other = case_with_reference(session, case.reference, case.id)
    if other is None:
        return
    taken = record_title(session, "case", other)
    if taken == case.reference:
        message = translate("CliCases", "a case with reference %1 already exists")
    elif is_same_spelling(taken, case.reference):
        # "Ў" typed as "У" and a combining breve: the two look the same, so letter case is not
        # what tells them apart.
        message = translate(
            "CliCases",
            "a case with reference %1 already exists (the two look the same: they differ only "
            "in how a letter is encoded)",
        )
    else:
        message = translate(
            "CliCases",
            "a case with reference %1 already exists (references must differ in more than "
            "letter case)",
        )
    raise InvalidInput(fill(message, taken))


def _note_lookalikes(session: Session, case: Case) -> None:
    # A vault that imported a bundle before letter case counted may hold UZ-1 beside uz-1: the
    # reference typed exactly finds its case, and the user learns of the other before acting.
    others = [(i, ref) for i, ref in lookalike_cases(session, case.reference) if i != case.id]
    if others:
        named = ", ".join(f"{ref} ({case_id})" for case_id, ref in others)
        if all(is_same_spelling(ref, case.reference) for _, ref in others):
            note = translate(
                "CliCases",
                "this is case %1 (%2); this vault also holds %3, whose reference looks the same "
                "and differs only in how a letter is encoded; rename one of them with "
                "'sandiq case edit ID --reference NEW'",
            )
        else:
            note = translate(
                "CliCases",
                "this is case %1 (%2); this vault also holds %3, whose reference differs only "
                "in letter case; rename one of them with 'sandiq case edit REFERENCE "
                "--reference NEW'",
            )
        # "sandiq: note:" stays English, as "sandiq: error:": scripts look for it.
        print(f"sandiq: note: {fill(note, case.reference, str(case.id), named)}", file=sys.stderr)


def _refuse_unknown_country(code: str | None) -> None:
    # Here, not in the core: bundles and old exports with a code CLDR does not name must still
    # import, but a code typed now (XX, or a typo) would print as it is in every dossier.
    if code and code.strip() and not is_country_code(code):
        message = translate("CliCases", "%1 is not a country code (ISO 3166, e.g. UZ, KG, TJ)")
        raise InvalidInput(fill(message, quoted(code)))


def cmd_case_add(args: argparse.Namespace) -> None:
    _refuse_unknown_country(args.country)
    refuse_unfit_one_line("case", {"title": args.title, "place": args.place})
    with unlocked(args) as vault, vault.transaction() as session:
        case = vault.writer(session).create(
            "case",
            {
                "reference": args.reference,
                "title": args.title,
                "summary": args.summary,
                "status": args.status,
                "country": args.country,
                "region": args.region,
                "place": args.place,
                "start_date": args.start,
                "end_date": args.end,
                "violation_types": args.type or [],
                "tags": args.tag or [],
                "sensitivity": args.sensitivity,
            },
        )
        _refuse_taken_reference(session, case)
        created = to_content(case)
    print_created(args, created)


def cmd_case_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        cases = session.scalars(
            select(Case).where(Case.is_deleted.is_(False)).order_by(Case.reference)
        ).all()
        if args.json:
            print_json([to_content(c) for c in cases])
            return
        for c in cases:
            print(f"{c.reference}\t{c.status}\t{c.country}\t{c.title}")


def cmd_case_show(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        case = case_by_reference(session, args.reference)
        _note_lookalikes(session, case)
        content = shown_content(case)
    print_record(args, content)


def cmd_case_edit(args: argparse.Namespace) -> None:
    changes = edited_fields(args, _CASE_EDIT_FIELDS, "--title")
    _refuse_unknown_country(args.country)
    refuse_unfit_one_line("case", changes)
    with unlocked(args) as vault, vault.transaction() as session:
        case = case_by_reference(session, args.reference)
        changed = vault.writer(session).update(
            case, {**to_content(case), **changes}, is_local_edit=True
        )
        _refuse_taken_reference(session, case)
        shown = to_content(case)
    if changed:
        line = translate("CliCases", "Case %1 updated.")
    else:
        line = translate("CliCases", "Case %1 unchanged.")
    print_edited(args, fill(line, shown["reference"]), shown)


def add_case_commands(sub: Any, command: Command) -> None:
    """Mount `case` and its actions under the sandiq parser's subcommands."""
    case = sub.add_parser("case", help=translate("CliCases", "cases")).add_subparsers(
        dest="case_command", required=True, metavar="ACTION"
    )
    p = command("add", cmd_case_add, translate("CliCases", "add a case"), case)
    p.add_argument(
        "--reference",
        required=True,
        help=translate("CliCases", "the case's reference, e.g. UZ-2024-0001"),
    )
    p.add_argument("--title", required=True, help=translate("CliCases", "the case's title"))
    p.add_argument("--summary", default="", help=translate("CliCases", "a short summary"))
    p.add_argument(
        "--status",
        default="open",
        help=translate("CliCases", "open (default), under_review, closed or archived"),
    )
    p.add_argument(
        "--country", default="", help=translate("CliCases", "ISO 3166 two-letter code, e.g. UZ")
    )
    p.add_argument("--region", default="", help=translate("CliCases", "region, e.g. Andijan"))
    p.add_argument("--place", default="", help=translate("CliCases", "town or place"))
    p.add_argument("--start", default="", help=translate("CliCases", "YYYY, YYYY-MM or YYYY-MM-DD"))
    p.add_argument("--end", default="", help=translate("CliCases", "the end date, as --start"))
    p.add_argument(
        "--type",
        action=AppendOrClear,
        help=translate("CliCases", "violation type code (repeatable)"),
    )
    p.add_argument("--tag", action=AppendOrClear, help=translate("CliCases", "a tag (repeatable)"))
    p.add_argument(
        "--sensitivity",
        default="normal",
        help=translate("CliCases", "normal (default), confidential or restricted"),
    )
    command("list", cmd_case_list, translate("CliCases", "list cases"), case)
    p = command("show", cmd_case_show, translate("CliCases", "show one case"), case)
    named = translate("CliCases", "the case's reference, or its id or the start of it")
    p.add_argument("reference", help=named)
    p = command(
        "edit",
        cmd_case_edit,
        translate("CliCases", "change a case's fields (others stay as they are)"),
        case,
    )
    p.add_argument("reference", help=named)
    p.add_argument(
        "--reference",
        dest="new_reference",
        metavar="NEW",
        help=translate("CliCases", "a new reference"),
    )
    p.add_argument("--title", help=translate("CliCases", "a new title"))
    p.add_argument("--summary", help=translate("CliCases", "a new summary; '' for none"))
    p.add_argument("--status", help=translate("CliCases", "open, under_review, closed or archived"))
    p.add_argument("--country", help=translate("CliCases", "ISO 3166 two-letter code; '' for none"))
    p.add_argument("--region", help=translate("CliCases", "a new region; '' for none"))
    p.add_argument("--place", help=translate("CliCases", "a new place; '' for none"))
    p.add_argument(
        "--sensitivity", help=translate("CliCases", "normal, confidential or restricted")
    )
    p.add_argument(
        "--start", help=translate("CliCases", "YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown")
    )
    p.add_argument("--end", help=translate("CliCases", "the end date, as --start"))
    p.add_argument(
        "--type",
        action=AppendOrClear,
        help=translate("CliCases", "violation type code (repeatable; replaces; '' for none)"),
    )
    p.add_argument(
        "--tag",
        action=AppendOrClear,
        help=translate("CliCases", "repeatable; replaces the tags; '' for none"),
    )
