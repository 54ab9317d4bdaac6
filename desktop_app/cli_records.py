"""The `sandiq` commands on single records: case, person, testimony, attach and history.

Thin over ``desktop_app.core``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts them with ``add_record_commands`` and
``add_history_command``.
"""

from __future__ import annotations

import argparse
import stat
import sys
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import func, select

from db.models import Case, Person
from desktop_app.cli_common import Command, print_json, progress_printer, unlocked
from desktop_app.core.attachments import add_attachment
from desktop_app.core.case_file import case_with_reference
from desktop_app.core.content import kind_of, to_content
from desktop_app.core.deletion import delete_unused, deleted_records, restore_deleted
from desktop_app.core.duplicates import find_duplicate_persons, merge_persons
from desktop_app.core.errors import InvalidInput, RecordNotFound, SandiqError
from desktop_app.core.records import find_record, history
from desktop_app.core.vocab import CONSENT_SCOPES


def _read_text_arg(path: str | None) -> str:
    if path is None or path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SandiqError(f"cannot read {path}: {exc}") from None


def _case_by_reference(session: Any, reference: str) -> Case:
    live = select(Case).where(Case.is_deleted.is_(False))
    case = session.scalar(live.where(Case.reference == reference))
    if case is None:  # uz-2005-0013 for UZ-2005-0013, when only one case matches that way
        found = session.scalars(live.where(func.upper(Case.reference) == reference.upper())).all()
        case = found[0] if len(found) == 1 else None
    if case is None:
        raise RecordNotFound(f"no case with reference {reference}")
    return case


def _person_id(value: str) -> str:
    # Whether such a person exists (and is not deleted) the core checks as it writes.
    try:
        return str(UUID(value))
    except ValueError:
        raise InvalidInput(f"{value!r} is not a person id") from None


def _uuid_arg(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise InvalidInput(f"{value!r} is not a record id") from None


def _print_created(args: argparse.Namespace, content: dict[str, Any]) -> None:
    """The new record's id, or with --json its content (which holds the id). Called after
    the commit: an id printed before it could name a record that was never saved."""
    if args.json:
        print_json(content)
    else:
        print(content["id"])


def cmd_case_add(args: argparse.Namespace) -> None:
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
        if case_with_reference(session, case.reference, case.id):
            raise InvalidInput(f"a case with reference {args.reference} already exists")
        created = to_content(case)
    _print_created(args, created)


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
        case = _case_by_reference(session, args.reference)
        content = to_content(case) | {"version": case.version, "updated_at": case.updated_at}
        if args.json:
            print_json(content)
            return
        for key, value in content.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            print(f"{key}: {shown}")


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


def cmd_case_edit(args: argparse.Namespace) -> None:
    changes = {
        field: getattr(args, option)
        for option, field in _CASE_EDIT_FIELDS.items()
        if getattr(args, option) is not None
    }
    if not changes:
        raise InvalidInput("nothing to change: give at least one option, e.g. --title")
    with unlocked(args) as vault, vault.transaction() as session:
        case = _case_by_reference(session, args.reference)
        changed = vault.writer(session).update(
            case, {**to_content(case), **changes}, is_local_edit=True
        )
        # Checked as stored (" R-1 " is stored as "R-1"); the transaction rolls back.
        if case_with_reference(session, case.reference, case.id):
            raise InvalidInput(f"a case with reference {case.reference} already exists")
        shown = to_content(case)
    if args.json:
        print_json(shown)
    else:
        print(f"Case {shown['reference']} {'updated' if changed else 'unchanged'}.")


def cmd_person_add(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        person = vault.writer(session).create(
            "person",
            {
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
            },
        )
        for spec in args.case or []:
            reference, _, role = spec.partition(":")
            case = _case_by_reference(session, reference)
            vault.writer(session).create(
                "case_party",
                {"case": str(case.id), "person": str(person.id), "role": role or "other"},
            )
        created = to_content(person)
    _print_created(args, created)


def cmd_person_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        persons = session.scalars(
            select(Person).where(Person.is_deleted.is_(False)).order_by(Person.name)
        ).all()
        if args.json:
            print_json([to_content(p) for p in persons])
            return
        for p in persons:
            flag = " (protected)" if p.is_protected else ""
            print(f"{p.id}\t{p.name}{flag}")


def cmd_person_duplicates(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        candidates = find_duplicate_persons(session)
    if args.json:
        print_json(
            [
                {
                    "a": str(c.a),
                    "b": str(c.b),
                    "names": list(c.names),
                    "score": c.score,
                    "reasons": list(c.reasons),
                }
                for c in candidates
            ]
        )
        return
    for c in candidates:
        print(f"{c.score:.2f}\t{c.a}\t{c.b}\t{'; '.join(c.reasons)}")


def cmd_person_merge(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        summary = merge_persons(vault.writer(session), _uuid_arg(args.keep), _uuid_arg(args.merge))
    print(
        f"merged {summary.merged} into {summary.kept}: {summary.case_parties} case parties, "
        f"{summary.testimonies} testimonies, {summary.events} events, "
        f"{summary.attachments} attachments moved"
    )


def cmd_testimony_add(args: argparse.Namespace) -> None:
    narrative = _read_text_arg(args.text_file)
    with unlocked(args) as vault, vault.transaction() as session:
        case = _case_by_reference(session, args.case)
        testimony = vault.writer(session).create(
            "testimony",
            {
                "case": str(case.id),
                "witness": _person_id(args.witness) if args.witness else None,
                "interviewer": args.interviewer,
                "date": args.date,
                "place": args.place,
                "language": args.language,
                "consent": {
                    "given": args.consent is not None,
                    "scope": args.consent or [],
                    "anonymise": args.anonymise,
                },
                "narrative": narrative,
                "summary": args.summary,
                "status": args.status,
                "sensitivity": args.sensitivity,
            },
        )
        created = to_content(testimony)
    _print_created(args, created)


def cmd_attach(args: argparse.Namespace) -> None:
    path = Path(args.file)
    try:
        # /dev/zero or a pipe would stream into the vault without end, holding its write lock
        # (and opening a pipe waits for a writer).
        if not stat.S_ISREG(path.stat().st_mode):
            raise InvalidInput(f"{path} is not a regular file")
        source = open(path, "rb")  # noqa: SIM115 (closed below, after the transaction)
    except OSError as exc:
        raise SandiqError(f"cannot read {path}: {exc.strerror}") from None
    with source, unlocked(args) as vault, vault.transaction() as session:
        owner = find_record(session, _uuid_arg(args.record))
        attachment = add_attachment(
            vault.writer(session),
            kind_of(owner),
            owner.id,
            source,
            path.name,
            total_size=path.stat().st_size,
            note=args.note,
            progress=progress_printer("attaching"),
        )
        created = to_content(attachment)
    if args.json:
        print_json(created)
    else:
        print(f"{created['id']}\t{created['sha256']}\t{created['size']}")


def cmd_history(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        revisions = history(session, _uuid_arg(args.id))
        if not revisions:
            raise RecordNotFound(f"no record with id {args.id}")
        if args.show is not None:
            chosen = next((r for r in revisions if r.version == args.show), None)
            if chosen is None:
                raise RecordNotFound(f"record {args.id} has no version {args.show}")
            print_json(chosen.data)
            return
        rows = [
            {
                "version": r.version,
                "saved_at": r.saved_at,
                "saved_by": r.saved_by,
                "deleted": r.is_deleted,
                "content_hash": r.content_hash,
            }
            for r in revisions
        ]
        if args.json:
            print_json(rows)
            return
        for row in rows:
            deleted = "\tdeleted" if row["deleted"] else ""
            print(f"{row['version']}\t{row['saved_at']}\t{row['saved_by'][:16]}{deleted}")


def cmd_delete(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        kind = kind_of(find_record(session, _uuid_arg(args.id)))
        delete_unused(vault.writer(session), kind, _uuid_arg(args.id))
    print(f"Deleted {kind} {args.id}; 'sandiq undelete {args.id}' brings it back.")


def cmd_deleted(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        rows = deleted_records(session)
    if args.json:
        print_json([row.__dict__ for row in rows])
        return
    for row in rows:
        by = row.deleted_by_name or row.deleted_by[:16]
        label = " ".join(filter(None, (row.case_reference, row.label)))
        print(f"{row.record_id}\t{row.kind}\t{row.deleted_at}\t{by}\t{label}")


def cmd_undelete(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        record = find_record(session, _uuid_arg(args.id))
        kind = kind_of(record)
        if not record.is_deleted:
            raise InvalidInput(f"{kind} {args.id} is not deleted")
        restore_deleted(vault.writer(session), kind, record.id)
    print(f"Restored {kind} {args.id}.")


def add_record_commands(sub: Any, command: Command) -> None:
    """Mount case, person, testimony and attach under the sandiq parser's subcommands."""
    case = sub.add_parser("case", help="cases").add_subparsers(
        dest="case_command", required=True, metavar="ACTION"
    )
    p = command("add", cmd_case_add, "add a case", case)
    p.add_argument("--reference", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--summary", default="")
    p.add_argument("--status", default="open")
    p.add_argument("--country", default="")
    p.add_argument("--region", default="")
    p.add_argument("--place", default="")
    p.add_argument("--start", default="", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--end", default="")
    p.add_argument("--type", action="append", help="violation type code (repeatable)")
    p.add_argument("--tag", action="append")
    p.add_argument("--sensitivity", default="normal")
    command("list", cmd_case_list, "list cases", case)
    p = command("show", cmd_case_show, "show one case", case)
    p.add_argument("reference")
    p = command("edit", cmd_case_edit, "change a case's fields (others stay as they are)", case)
    p.add_argument("reference")
    p.add_argument("--reference", dest="new_reference", metavar="NEW", help="a new reference")
    for option in ("title", "summary", "status", "country", "region", "place", "sensitivity"):
        p.add_argument(f"--{option}")
    p.add_argument("--start", help="YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown")
    p.add_argument("--end")
    p.add_argument("--type", action="append", help="violation type code (repeatable; replaces)")
    p.add_argument("--tag", action="append", help="repeatable; replaces the tags")

    person = sub.add_parser("person", help="people").add_subparsers(
        dest="person_command", required=True, metavar="ACTION"
    )
    p = command("add", cmd_person_add, "add a person", person)
    p.add_argument("--name", required=True)
    p.add_argument("--other-name", action="append")
    p.add_argument("--sex", default="")
    p.add_argument("--birth-date", default="")
    p.add_argument("--nationality", default="")
    p.add_argument("--ethnicity", default="")
    p.add_argument("--occupation", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--protected", action="store_true")
    p.add_argument("--pseudonym", default="")
    p.add_argument(
        "--case", action="append", metavar="REF[:ROLE]", help="link to a case with a role"
    )
    command("list", cmd_person_list, "list people", person)
    command("duplicates", cmd_person_duplicates, "list people likely entered twice", person)
    p = command("merge", cmd_person_merge, "merge person MERGE into person KEEP", person)
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("merge", metavar="MERGE")

    testimony = sub.add_parser("testimony", help="testimonies").add_subparsers(
        dest="testimony_command", required=True, metavar="ACTION"
    )
    p = command(
        "add", cmd_testimony_add, "add a testimony (narrative from a file or stdin)", testimony
    )
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--witness", metavar="PERSON_ID")
    p.add_argument("--text-file", metavar="FILE", help="narrative text (default: stdin)")
    p.add_argument("--summary", default="")
    p.add_argument("--interviewer", default="")
    p.add_argument("--date", default="")
    p.add_argument("--place", default="")
    p.add_argument("--language", default="")
    p.add_argument(
        "--consent",
        action="append",
        metavar="SCOPE",
        help=f"consent given for SCOPE: one of {', '.join(CONSENT_SCOPES)} (repeatable)",
    )
    p.add_argument("--anonymise", action="store_true")
    p.add_argument("--status", default="draft")
    p.add_argument("--sensitivity", default="normal")

    p = command("attach", cmd_attach, "attach a file to a record")
    p.add_argument("record", metavar="RECORD_ID")
    p.add_argument("file")
    p.add_argument("--note", default="")


def add_history_command(command: Command) -> None:
    """Mount history, delete, deleted and undelete under the sandiq parser's subcommands."""
    p = command("history", cmd_history, "list the versions of a record")
    p.add_argument("id", metavar="RECORD_ID")
    p.add_argument("--show", type=int, metavar="N", help="print version N")
    for name, handler, text in (
        ("delete", cmd_delete, "delete a case, person, testimony or event nothing else uses"),
        ("undelete", cmd_undelete, "bring a deleted case, person, testimony or event back"),
    ):
        command(name, handler, text).add_argument("id", metavar="RECORD_ID")
    command("deleted", cmd_deleted, "list deleted cases, people, testimonies and events")
