"""`sandiq person add/list/show/edit/duplicates/not-same/merge`: people, named by their id.

Protected people are listed and shown with their names: whoever holds the passphrase owns the
vault (reports are where pseudonyms replace names).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, Person
from db.name_order import by_name
from desktop_app.cli_common import Command, print_json, refuse_unfit_one_line, unlocked
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_record_ids import check_id_arg, record_id_arg
from desktop_app.cli_records import (
    AppendOrClear,
    case_by_reference,
    edit_record,
    edited_fields,
    print_created,
    print_done,
    show_record,
)
from desktop_app.core import vocab
from desktop_app.core.content import record_label, to_content
from desktop_app.core.duplicates import Reason, find_duplicate_persons
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.not_same_pairs import mark_not_same, unmark_not_same
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.pseudonym_rules import pseudonym_fault
from desktop_app.core.reports.labels import labels_for
from desktop_app.ui.i18n import current_language

# person edit's options: the content field each one sets (an option left out keeps its field).
_PERSON_EDIT_FIELDS = {
    "name": "name",
    "other_name": "other_names",
    "sex": "sex",
    "birth_date": "birth_date",
    "nationality": "nationality",
    "ethnicity": "ethnicity",
    "occupation": "occupation",
    "notes": "notes",
    "protected": "protected",
    "pseudonym": "pseudonym",
}
# The fields a protected person's pseudonym is checked against, and the protection itself.
_PROTECTION_FIELDS = {"name", "other_names", "protected", "pseudonym"}


def _case_and_role(session: Session, spec: str) -> tuple[Case, str]:
    """The case and role of a --case REF[:ROLE]; a reference may hold ':' itself (UN:2010-1),
    so the role is what follows the last one, and UN:2010-1 alone is a reference too."""
    reference, colon, role = spec.rpartition(":")
    if not colon:
        return case_by_reference(session, spec), "other"
    if role not in vocab.ROLES:
        try:
            return case_by_reference(session, spec), "other"
        except RecordNotFound:
            pass  # UZ-1:victm: the role check below names the typo
    return case_by_reference(session, reference), role or "other"


def cmd_person_add(args: argparse.Namespace) -> None:
    content = {
        "name": args.name,
        "other_names": args.other_name or [],
        "sex": args.sex,
        "birth_date": args.birth_date,
        "nationality": args.nationality,
        "ethnicity": args.ethnicity,
        "occupation": args.occupation,
        "notes": args.notes,
        "protected": args.protected,
        "pseudonym": args.pseudonym,
    }
    refuse_unfit_one_line("person", content)
    _refuse_unfit_pseudonym(content)
    with unlocked(args) as vault, vault.transaction() as session:
        person = vault.writer(session).create("person", content)
        for spec in args.case or []:
            case, role = _case_and_role(session, spec)
            vault.writer(session).create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        created = to_content(person)
    print_created(args, created)


def cmd_person_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        persons = session.scalars(
            select(Person)
            .where(Person.is_deleted.is_(False))
            .order_by(by_name(Person.name), Person.id)
        ).all()
        if args.json:
            print_json([to_content(p) for p in persons])
            return
        for p in persons:
            flag = " " + translate("CliPeople", "(protected)") if p.is_protected else ""
            print(f"{p.id}\t{p.name}{flag}")


def cmd_person_show(args: argparse.Namespace) -> None:
    show_record(args, "person")


def _refuse_unfit_pseudonym(content: dict[str, Any]) -> None:
    """InvalidInput if content is a protected person without a pseudonym, or with one that
    holds their names (as the person form refuses; see pseudonym_rules)."""
    fault = pseudonym_fault(content)
    if fault is None:
        return
    if fault.kind == "missing":
        raise InvalidInput(
            translate(
                "CliPeople",
                "a protected person needs a pseudonym (--pseudonym): reports show them under it",
            )
        )
    if fault.kind == "name":
        text = translate(
            "CliPeople",
            "--pseudonym holds a word of the person's name (%1): reports must not show it; "
            'choose another, e.g. "%2"',
        )
    else:
        text = translate(
            "CliPeople",
            "--pseudonym holds the person's initials (%1): reports must not show it; "
            'choose another, e.g. "%2"',
        )
    raise InvalidInput(fill(text, fault.part, _example_pseudonym()))


def _example_pseudonym() -> str:
    """A pseudonym to suggest, as reports in the user's language name a witness ("Witness A",
    "Свидетель А", "Guvoh A"), the window's form's example."""
    labels = labels_for(current_language())
    return labels["witness_label"].format(letter=labels.label_letters[0])


def cmd_person_edit(args: argparse.Namespace) -> None:
    changes = edited_fields(args, _PERSON_EDIT_FIELDS, "--name")
    refuse_unfit_one_line("person", changes)

    def edited(_session: Session, content: dict[str, Any]) -> dict[str, Any]:
        # Only an edit of the names or the protection is checked: a person a JSON file or a
        # bundle brought in as it was keeps taking an edit of their notes.
        new_content = content | changes
        if changes.keys() & _PROTECTION_FIELDS:
            _refuse_unfit_pseudonym(new_content)
        return new_content

    edit_record(args, "person", edited)


def cmd_person_duplicates(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        found = find_duplicate_persons(session, include_marked=True)
    unmarked = [c for c in found if args.include_marked or not c.is_marked_not_same]
    candidates = unmarked if args.all else [c for c in unmarked if c.is_likely]
    # On stderr, so that stdout stays one pair a line (or one JSON list) for scripts. An empty
    # list says so: printing nothing at all looked like a command that had not run.
    if not found:
        print(translate("CliPeople", "No possible duplicates."), file=sys.stderr)
    elif not candidates:
        print(translate("CliPeople", "No possible duplicates listed."), file=sys.stderr)
    marked = len(found) - len(unmarked)
    if marked:
        text = translate(
            "CliPeople",
            "%n pair(s) marked as not the same person not listed (--include-marked lists them)",
            None,
            marked,
        )
        print(text, file=sys.stderr)
    weaker = len(unmarked) - len(candidates)
    if weaker:
        text = translate(
            "CliPeople", "%n weaker pair(s) not listed (--all lists them)", None, weaker
        )
        print(text, file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "a": str(c.a),
                    "b": str(c.b),
                    "names": list(c.names),
                    "score": c.score,
                    "likely": c.is_likely,
                    "marked_not_same": c.is_marked_not_same,
                    "reasons": [reason.message for reason in c.reasons],
                }
                for c in candidates
            ]
        )
        return
    for c in candidates:
        reasons = [_reason_text(r) for r in c.reasons]
        if c.is_marked_not_same:
            # Still four columns.
            reasons.append(translate("CliPeople", "marked as not the same person"))
        print(f"{c.score:.2f}\t{c.a}\t{c.b}\t{'; '.join(reasons)}")


def _reason_text(reason: Reason) -> str:
    """Why two people may be one: core's English sentence, or the window's translation of it."""
    if current_language() == "en":
        return reason.message  # core's words, which scripts may match, not the window's
    # Here, not at the top: only a translated list needs the window's list model module.
    from desktop_app.ui.duplicate_pairs import reason_text

    return reason_text(reason)


def cmd_person_not_same(args: argparse.Namespace) -> None:
    check_id_arg(args.first, "person")
    check_id_arg(args.second, "person")
    with unlocked(args) as vault, vault.transaction() as session:
        first = record_id_arg(session, args.first, "person")
        second = record_id_arg(session, args.second, "person")
        if args.undo:
            changed = unmark_not_same(session, first, second)
        else:
            changed = mark_not_same(session, first, second)
    if args.undo and changed:
        line = translate("CliPeople", "%1 and %2 are no longer marked as not the same person")
    elif args.undo:
        line = translate("CliPeople", "%1 and %2 were not marked as not the same person")
    elif changed:
        line = translate("CliPeople", "%1 and %2 are marked as not the same person")
    else:
        line = translate("CliPeople", "%1 and %2 were already marked as not the same person")
    done = {
        "action": "not_same_undone" if args.undo else "not_same",
        "kind": "person",
        "ids": [str(first), str(second)],
        "changed": changed,
    }
    print_done(args, done, fill(line, str(first), str(second)))


def cmd_person_merge(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        keep = record_id_arg(session, args.keep, "person")
        merge = record_id_arg(session, args.merge, "person")
        summary = merge_persons(vault.writer(session), keep, merge)
        kept = session.get_one(Person, summary.kept)
        done = {
            "action": "merge",
            "kind": "person",
            "kept": str(summary.kept),
            "merged": str(summary.merged),
            "label": record_label("person", to_content(kept)),
            "moved": {
                "case_parties": summary.case_parties,
                "testimonies": summary.testimonies,
                "events": summary.events,
                "attachments": summary.attachments,
            },
            "removed": {"case_parties": summary.case_parties_removed},
        }
    # English prints every count in the plural ("1 testimonies"), as before: scripts match it.
    moved = translate(
        "CliPeople",
        "merged %1 into %2: %3 case parties, %4 testimonies, %5 events, %6 attachments moved",
    )
    line = fill(
        moved,
        str(summary.merged),
        str(summary.kept),
        str(summary.case_parties),
        str(summary.testimonies),
        str(summary.events),
        str(summary.attachments),
    )
    if summary.case_parties_removed:
        removed = translate(
            "CliPeople", "; %1 case parties removed (both held the same role in the same case)"
        )
        line += fill(removed, str(summary.case_parties_removed))
    print_done(args, done, line)


def add_person_commands(sub: Any, command: Command) -> None:
    """Mount `person` and its actions under the sandiq parser's subcommands."""
    person = sub.add_parser("person", help=translate("CliPeople", "people")).add_subparsers(
        dest="person_command", required=True, metavar="ACTION"
    )
    p = command("add", cmd_person_add, translate("CliPeople", "add a person"), person)
    p.add_argument("--name", required=True, help=translate("CliPeople", "the person's full name"))
    p.add_argument(
        "--other-name",
        action=AppendOrClear,
        help=translate("CliPeople", "another spelling (repeatable)"),
    )
    p.add_argument(
        "--sex", default="", help=translate("CliPeople", "female, male, other or unknown")
    )
    p.add_argument(
        "--birth-date", default="", help=translate("CliPeople", "YYYY, YYYY-MM or YYYY-MM-DD")
    )
    p.add_argument(
        "--nationality",
        default="",
        help=translate("CliPeople", "ISO 3166 two-letter code, e.g. UZ"),
    )
    p.add_argument("--ethnicity", default="", help=translate("CliPeople", "ethnicity"))
    p.add_argument("--occupation", default="", help=translate("CliPeople", "occupation"))
    p.add_argument(
        "--notes", default="", help=translate("CliPeople", "free notes about the person")
    )
    p.add_argument(
        "--protected",
        action="store_true",
        help=translate("CliPeople", "reports use the pseudonym (give --pseudonym)"),
    )
    p.add_argument(
        "--pseudonym",
        default="",
        help=translate("CliPeople", "the name reports use, e.g. Witness A"),
    )
    p.add_argument(
        "--case",
        action="append",
        metavar="REF[:ROLE]",
        help=translate("CliPeople", "link to a case with a role"),
    )
    command("list", cmd_person_list, translate("CliPeople", "list people"), person)
    p = command("show", cmd_person_show, translate("CliPeople", "show one person"), person)
    named = translate("CliPeople", "the person's id, or its first 8 or more hex digits")
    p.add_argument("id", metavar="PERSON_ID", help=named)
    p = command(
        "edit",
        cmd_person_edit,
        translate("CliPeople", "change a person's fields (others stay as they are)"),
        person,
    )
    p.add_argument("id", metavar="PERSON_ID", help=named)
    p.add_argument("--name", help=translate("CliPeople", "a new full name"))
    p.add_argument(
        "--other-name",
        action=AppendOrClear,
        help=translate("CliPeople", "repeatable; replaces the other names; '' for none"),
    )
    p.add_argument(
        "--sex", help=translate("CliPeople", "female, male, other or unknown; '' for none")
    )
    p.add_argument(
        "--birth-date",
        help=translate("CliPeople", "YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown"),
    )
    p.add_argument(
        "--nationality", help=translate("CliPeople", "ISO 3166 two-letter code; '' for none")
    )
    p.add_argument("--ethnicity", help=translate("CliPeople", "a new ethnicity; '' for none"))
    p.add_argument("--occupation", help=translate("CliPeople", "a new occupation; '' for none"))
    p.add_argument("--notes", help=translate("CliPeople", "new notes; '' for none"))
    p.add_argument("--pseudonym", help=translate("CliPeople", "a new pseudonym"))
    protection = p.add_mutually_exclusive_group()
    protection.add_argument(
        "--protected",
        action="store_const",
        const=True,
        help=translate("CliPeople", "reports use the pseudonym"),
    )
    protection.add_argument(
        "--not-protected",
        dest="protected",
        action="store_const",
        const=False,
        help=translate("CliPeople", "reports use the name"),
    )
    p = command(
        "duplicates",
        cmd_person_duplicates,
        translate("CliPeople", "list people likely entered twice"),
        person,
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=translate(
            "CliPeople",
            "list the weaker pairs too (namesakes of a common name with little else in common)",
        ),
    )
    p.add_argument(
        "--include-marked",
        action="store_true",
        help=translate(
            "CliPeople",
            "list the possible duplicates marked as not the same person too (a mark of a "
            "person merged or deleted since names no pair to list)",
        ),
    )
    p = command(
        "not-same",
        cmd_person_not_same,
        translate(
            "CliPeople", "mark two people as not the same person: duplicates no longer lists them"
        ),
        person,
    )
    p.add_argument("first", metavar="PERSON_ID", help=named)
    p.add_argument("second", metavar="PERSON_ID", help=translate("CliPeople", "the other person"))
    p.add_argument(
        "--undo",
        action="store_true",
        help=translate("CliPeople", "forget the mark: duplicates lists them again"),
    )
    p = command(
        "merge",
        cmd_person_merge,
        translate("CliPeople", "merge person MERGE into person KEEP"),
        person,
    )
    p.add_argument(
        "keep", metavar="KEEP", help=translate("CliPeople", "the person kept: id or its start")
    )
    p.add_argument(
        "merge",
        metavar="MERGE",
        help=translate("CliPeople", "the person merged into KEEP: id or its start"),
    )
