"""The `sandiq` commands that delete a record, list the deleted ones and bring one back
(delete, deleted, undelete): a record of any kind, taken by its id (delete also takes a case's
reference). ``build_parser`` in ``cli.py`` mounts them with ``add_deletion_commands``.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli_common import Command, confirmed, print_json, unlocked
from desktop_app.cli_dangling import kind_word
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import local_time
from desktop_app.cli_record_ids import record_id_arg
from desktop_app.cli_record_name import record_name
from desktop_app.cli_records import print_done, record_or_case
from desktop_app.core.content import Record, kind_of, record_label, to_content
from desktop_app.core.deletion import (
    BearsProtectedName,
    delete_unused,
    deleted_records,
    restore_deleted,
)
from desktop_app.core.errors import InvalidInput
from desktop_app.core.records import find_record
from desktop_app.core.vault import Vault


def _done(action: str, record: Record) -> dict[str, Any]:
    kind = kind_of(record)
    label = record_label(kind, to_content(record))
    return {"action": action, "kind": kind, "id": str(record.id), "label": label}


def cmd_delete(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        record = record_or_case(session, args.id)
        delete_unused(vault.writer(session), kind_of(record), record.id)
        done = _done("delete", record)
    # undelete takes the id alone: a deleted case's reference names no live case.
    named = args.id if args.id.lower() == done["id"] else f"{args.id} ({done['id']})"
    text = translate("CliDeletion", "Deleted %1 %2; 'sandiq undelete %3' brings it back.")
    print_done(args, done, fill(text, kind_word(done["kind"]), named, done["id"]))


def cmd_deleted(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        rows = deleted_records(session)
        own = vault.fingerprint
    if args.json:
        print_json([row.__dict__ for row in rows])
        return
    for row in rows:
        by = row.deleted_by_name or row.deleted_by[:16]
        if row.deleted_by == own:
            by = translate("CliDeletion", "this vault")
        # A case's label begins with its own reference.
        reference = "" if row.kind == "case" else row.case_reference
        name = record_name(row.kind, row.record_id, row.label)
        label = " ".join(filter(None, (reference, name)))
        if row.owner_kind:
            owner = " ".join(filter(None, (kind_word(row.owner_kind), row.owner_label)))
            label += " " + fill(translate("CliDeletion", "(attached to %1)"), owner)
        if row.bears_protected_name:
            label += " " + translate("CliDeletion", "(bears a protected person's name; kept out)")
        elif row.merged_into_id is not None:
            merged = translate("CliDeletion", "(merged into %1 %2)")
            label += " " + fill(merged, row.merged_into_name, str(row.merged_into_id))
        print(f"{row.record_id}\t{row.kind}\t{local_time(row.deleted_at)}\t{by}\t{label}")


def cmd_undelete(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        try:
            done = _undelete(vault, args.id, bears_protected_name=args.yes)
        except BearsProtectedName as exc:
            # A terminal asks; a script is told how to say it knows.
            said = _bears_protected_name(exc)
            if not confirmed(fill(translate("CliDeletion", "%1. Restore it?"), said)):
                text = translate("CliDeletion", "%1; 'sandiq undelete --yes' restores it anyway")
                raise InvalidInput(fill(text, said)) from exc
            done = _undelete(vault, args.id, bears_protected_name=True)
    text = translate("CliDeletion", "Restored %1 %2.")
    print_done(args, done, fill(text, kind_word(done["kind"]), args.id))


def _bears_protected_name(exc: BearsProtectedName) -> str:
    """Core's sentence in the user's language (in English, core's own words)."""
    text = translate(
        "CliDeletion",
        "person %1 bears the name of a protected person (a colleague's bundle brought it in "
        "and it was kept out): restored, it is a person who is not protected, bearing that name",
    )
    return fill(text, str(exc.record_id))


def _undelete(vault: Vault, record_id: str, *, bears_protected_name: bool) -> dict[str, Any]:
    with vault.transaction() as session:
        record = find_record(session, record_id_arg(session, record_id))
        kind = kind_of(record)
        if not record.is_deleted:
            raise InvalidInput(
                fill(translate("CliDeletion", "%1 %2 is not deleted"), kind_word(kind), record_id)
            )
        restore_deleted(
            vault.writer(session), kind, record.id, bears_protected_name=bears_protected_name
        )
        return _done("restore", record)


def add_deletion_commands(command: Command) -> None:
    """Mount delete, undelete and deleted under the sandiq parser's subcommands."""
    p = command(
        "delete",
        cmd_delete,
        translate("CliDeletion", "delete a case, person, testimony or event nothing else uses"),
    )
    reference = translate("CliDeletion", "a record id, or a case's reference")
    p.add_argument("id", metavar="RECORD_ID|REF", help=reference)
    p = command(
        "undelete",
        cmd_undelete,
        translate(
            "CliDeletion", "bring a deleted case, person, testimony, event or attachment back"
        ),
    )
    p.add_argument(
        "id",
        metavar="RECORD_ID",
        help=translate("CliDeletion", "the record's id, or its first 8 or more hex digits"),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate(
            "CliDeletion",
            "restore a person kept out for bearing a protected person's name without asking",
        ),
    )
    command(
        "deleted",
        cmd_deleted,
        translate("CliDeletion", "list deleted cases, people, testimonies, events and attachments"),
    )
