"""What the `sandiq` record commands share, and the commands on a record of any kind.

The commands on one kind of record live by subject: ``cli_cases``, ``cli_people``,
``cli_testimonies`` and ``cli_events``. They find records, read options and print records with
the helpers here, so every kind shows, edits and refuses the same way. The command that takes a
record of any kind by its id (history) is here too; ``build_parser`` in ``cli.py`` mounts it
with ``add_history_command``. Deleting and bringing back a record of any kind is
``cli_deletion``; attaching files, listing and extracting them, ``cli_attachments``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from db.models import Case
from desktop_app.cli_common import Command, print_json, unlocked
from desktop_app.cli_output import local_time
from desktop_app.core.authors import (
    Author,
    AuthorKind,
    KnownVaults,
    known_vaults,
    version_authors,
)
from desktop_app.core.content import Record, kind_of, to_content
from desktop_app.core.errors import InvalidInput, RecordDeleted, RecordNotFound, SandiqError
from desktop_app.core.kept_merges import KeptMerge, kept_merges
from desktop_app.core.records import find_record, get_record, history
from desktop_app.core.reference_folding import live_case_id
from desktop_app.core.version_changes import versions_changes

# Turns a record's content into its edited content, inside the edit's transaction.
Edit = Callable[[Session, dict[str, Any]], dict[str, Any]]


def read_text_arg(path: str | None) -> str:
    """The UTF-8 text of the file at path, or of stdin for None or '-', with line endings as
    LF and without a leading byte order mark; InvalidInput if it is not UTF-8."""
    is_stdin = path is None or path == "-"
    try:
        if is_stdin:
            text = sys.stdin.read()
        else:
            with open(str(path), encoding="utf-8") as fh:
                text = fh.read()
    except OSError as exc:
        raise SandiqError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:  # saved in a legacy code page such as cp1251
        where = "the standard input" if is_stdin else path
        raise InvalidInput(f"cannot read {where}: it is not UTF-8 text; save it as UTF-8") from None
    # Notepad starts a UTF-8 file with a byte order mark, which is no part of the narrative.
    return text.removeprefix("\ufeff")


def id_arg(value: str, kind: str = "record") -> UUID:
    """value as a record id, or InvalidInput naming the kind of id expected."""
    # Whether such a record exists (and is not deleted) the core checks as it writes.
    try:
        return UUID(value)
    except ValueError:
        raise InvalidInput(f"{value!r} is not a {kind} id") from None


def id_list_arg(values: list[str] | None, kind: str) -> list[str] | None:
    """The ids a repeatable option gave, as text (None if it was not given)."""
    return None if values is None else [str(id_arg(value, kind)) for value in values]


class AppendOrClear(argparse.Action):
    """A repeatable option whose values make a list; an empty value adds nothing, so that
    `--tag ''` alone gives an empty list (for an edit: remove them all)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        """Add values to the list (starting one if this is the option's first use)."""
        items = list(getattr(namespace, self.dest) or [])
        if values.strip():
            items.append(values)
        setattr(namespace, self.dest, items)


def case_by_reference(session: Session, reference: str) -> Case:
    """The live case that reference names (``reference_folding.live_case_id``: as written, else
    in another letter case or Unicode form, else by id); RecordNotFound if none, InvalidInput
    naming them all if several differ only so (a vault older than the check may hold both UZ-1
    and uz-1)."""
    return session.get_one(Case, live_case_id(session, reference))


def record_or_case(session: Session, value: str) -> Record:
    """The record of any kind with the id value, deleted or not, else the live case with the
    reference value (a lawyer knows UZ-2024-0001, not the id behind it); RecordNotFound if
    neither."""
    try:
        record_id = UUID(value)
    except ValueError:
        try:
            return case_by_reference(session, value)
        except RecordNotFound:
            raise RecordNotFound(f"no case with reference {value}, nor a record id") from None
    return find_record(session, record_id)


def live_record_or_case(session: Session, value: str) -> Record:
    """``record_or_case``, refusing a deleted record (RecordDeleted)."""
    record = record_or_case(session, value)
    if record.is_deleted:
        raise RecordDeleted(
            f"{kind_of(record)} {record.id} is deleted; 'sandiq undelete {record.id}' brings it "
            "back"
        )
    return record


def live_record(session: Session, kind: str, record_id: str) -> Record:
    """The record of this kind with this id, or RecordNotFound; RecordDeleted if it is
    deleted (a deleted record is neither shown nor edited, only brought back)."""
    record = get_record(session, kind, id_arg(record_id, kind))
    if record.is_deleted:
        raise RecordDeleted(
            f"{kind} {record.id} is deleted; 'sandiq undelete {record.id}' brings it back"
        )
    return record


def edited_fields(
    args: argparse.Namespace, fields: dict[str, str], example: str, others: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The content fields an edit command's options set as given, by the option-to-field map
    fields (an option left out, None, keeps its field); InvalidInput if none was given, nor
    any of the options others (which change the content in their own way)."""
    changes = {
        field: getattr(args, option)
        for option, field in fields.items()
        if getattr(args, option) is not None
    }
    if not changes and all(getattr(args, option) is None for option in others):
        raise InvalidInput(f"nothing to change: give at least one option, e.g. {example}")
    return changes


def print_created(args: argparse.Namespace, content: dict[str, Any]) -> None:
    """The new record's id, or with --json its content (which holds the id). Called after
    the commit: an id printed before it could name a record that was never saved."""
    if args.json:
        print_json(content)
    else:
        print(content["id"])


def shown_content(record: Record) -> dict[str, Any]:
    """What `show` prints of a record: its content, version and time of the last change."""
    return to_content(record) | {"version": record.version, "updated_at": record.updated_at}


def print_record(args: argparse.Namespace, content: dict[str, Any]) -> None:
    """content as JSON with --json, else one `field: value` line a field (a testimony's
    consent and translations as `consent.scope: ...`, text of several lines indented)."""
    if args.json:
        print_json(content)
        return
    for key, value in content.items():
        if isinstance(value, dict):
            for part, item in value.items():
                _print_field(f"{key}.{part}", item)
        else:
            _print_field(key, value)


def _print_field(name: str, value: Any) -> None:
    text = ", ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    if "\n" not in text:
        print(f"{name}: {text}")
        return
    print(f"{name}:")
    for line in text.splitlines():
        print(f"  {line}")


def show_record(args: argparse.Namespace, kind: str) -> None:
    """Print the live record args.id of this kind."""
    with unlocked(args) as vault, vault.read() as session:
        content = shown_content(live_record(session, kind, args.id))
    print_record(args, content)


def print_edited(
    args: argparse.Namespace, label: str, changed: bool, content: dict[str, Any]
) -> None:
    """With --json the record's content as saved, else `<label> updated.` (or unchanged)."""
    if args.json:
        print_json(content)
    else:
        print(f"{label} {'updated' if changed else 'unchanged'}.")


def print_done(args: argparse.Namespace, done: dict[str, Any], line: str) -> None:
    """With --json what a command did (done: its action, the ids and kind of what it changed,
    a label to tell it by), else line. Called after the commit, as print_created."""
    if args.json:
        print_json(done)
    else:
        print(line)


def edit_record(args: argparse.Namespace, kind: str, edit: Edit) -> None:
    """Give the live record args.id of this kind the content edit makes of its content, as a
    local edit in one transaction (nothing is saved if the core refuses it), and print it."""
    with unlocked(args) as vault, vault.transaction() as session:
        record = live_record(session, kind, args.id)
        new_content = edit(session, to_content(record))
        changed = vault.writer(session).update(record, new_content, is_local_edit=True)
        saved = to_content(record)
    print_edited(args, f"{kind.capitalize()} {saved['id']}", changed, saved)


def cmd_history(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        revisions = history(session, id_arg(args.id))
        if not revisions:
            raise RecordNotFound(f"no record with id {args.id}")
        if args.show is not None:
            chosen = next((r for r in revisions if r.version == args.show), None)
            if chosen is None:
                raise RecordNotFound(f"record {args.id} has no version {args.show}")
            print_json(chosen.data)
            return
        authors = version_authors(
            session, vault.fingerprint, [(r.record_kind, r.record_id, r.version) for r in revisions]
        )
        vaults = known_vaults(session, vault.fingerprint)
        kept = kept_merges(
            session,
            vault.fingerprint,
            [(r.record_id, r.version) for r in revisions if r.is_deleted],
        )
        # Every version is read already: what each changed costs no further read.
        changed = versions_changes((r.version, r.data) for r in revisions)

        def named(key_id: str | None) -> str:
            return _author_text(vaults.author(key_id))

        rows: list[dict[str, Any]] = [
            {
                "version": r.version,
                "saved_at": r.saved_at,
                "saved_by": r.saved_by,
                "author": authors[(r.record_id, r.version)],
                "author_name": named(authors[(r.record_id, r.version)]),
                "deleted": r.is_deleted,
                "content_hash": r.content_hash,
                "changed": changed[r.version],
                "kept_merge": _kept_merge_fields(kept.get((r.record_id, r.version)), vaults),
            }
            for r in revisions
        ]
    if args.json:
        print_json(rows)
        return
    for row in rows:
        deleted = "\tdeleted" if row["deleted"] else ""
        if row["kept_merge"] is not None:
            deleted += f": {row['kept_merge']['text']}"
        fields = ", ".join(row["changed"] or ())
        saved_at = local_time(row["saved_at"])
        print(f"{row['version']}\t{saved_at}\t{row['author_name']}\t{fields}{deleted}")


def _author_text(author: Author) -> str:
    """Who made a version, as ``sandiq history`` prints it."""
    match author.kind:
        case AuthorKind.THIS_VAULT:
            return "this vault"
        case AuthorKind.CONTACT:
            return author.name
        case AuthorKind.REMOVED_KEY:
            return f"{author.name} — removed key {author.fingerprint}"
        case AuthorKind.UNKNOWN_KEY:
            return f"unknown key {author.fingerprint}"
    return "not recorded"


def _kept_merge_fields(kept: KeptMerge | None, vaults: KnownVaults) -> dict[str, Any] | None:
    """A deletion that kept a merge in a conflict, as ``history --json`` gives it: whose merge
    (a version kept that way is the vault's that kept it, though a colleague merged), into
    whom, and the words ``sandiq history`` ends its line with."""
    if kept is None:
        return None
    merger = vaults.author(kept.merged_by)
    if merger.kind is AuthorKind.THIS_VAULT:
        text = f"kept this vault's merge into {kept.into_label}"
    elif merger.kind in (AuthorKind.CONTACT, AuthorKind.REMOVED_KEY):
        text = f"kept {merger.name}'s merge into {kept.into_label}"
    else:
        text = f"kept a merge into {kept.into_label}"
    return {
        "merged_by": kept.merged_by,
        "merged_by_name": _author_text(merger),
        "into": str(kept.into_id),
        "into_name": kept.into_label,
        "text": text,
    }


def add_history_command(command: Command) -> None:
    """Mount history under the sandiq parser's subcommands."""
    p = command("history", cmd_history, "list the versions of a record")
    p.add_argument("id", metavar="RECORD_ID")
    p.add_argument("--show", type=int, metavar="N", help="print version N")
