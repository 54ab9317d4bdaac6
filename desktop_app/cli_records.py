"""What the `sandiq` record commands share, and the commands on a record of any kind.

The commands on one kind of record live by subject: ``cli_cases``, ``cli_people``,
``cli_testimonies`` and ``cli_events``. They find records, read options and print records with
the helpers here, so every kind shows, edits and refuses the same way. The history of a record of
any kind is ``cli_history``; deleting and bringing back one, ``cli_deletion``; attaching files,
listing and extracting them, ``cli_attachments``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from db.models import Case
from desktop_app.cli_common import os_error_said, print_json, unlocked
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import local_time
from desktop_app.cli_record_ids import id_arg, record_id_arg
from desktop_app.core.content import Record, kind_of, to_content
from desktop_app.core.errors import InvalidInput, RecordDeleted, RecordNotFound, SandiqError
from desktop_app.core.record_prefix import prefix_digits
from desktop_app.core.records import find_record, get_record
from desktop_app.core.reference_folding import live_case_id
from desktop_app.ui.i18n import current_language, field_label, field_text

# Turns a record's content into its edited content, inside the edit's transaction.
Edit = Callable[[Session, dict[str, Any]], dict[str, Any]]

# %1 is the record's id (twice in English: the command to bring it back names it).
_DELETED = {
    "case": QT_TRANSLATE_NOOP(
        "CliRecords", "case %1 is deleted; 'sandiq undelete %1' brings it back"
    ),
    "person": QT_TRANSLATE_NOOP(
        "CliRecords", "person %1 is deleted; 'sandiq undelete %1' brings it back"
    ),
    "case_party": QT_TRANSLATE_NOOP(
        "CliRecords", "case_party %1 is deleted; 'sandiq undelete %1' brings it back"
    ),
    "testimony": QT_TRANSLATE_NOOP(
        "CliRecords", "testimony %1 is deleted; 'sandiq undelete %1' brings it back"
    ),
    "event": QT_TRANSLATE_NOOP(
        "CliRecords", "event %1 is deleted; 'sandiq undelete %1' brings it back"
    ),
    "attachment": QT_TRANSLATE_NOOP(
        "CliRecords", "attachment %1 is deleted; 'sandiq undelete %1' brings it back"
    ),
}
# What `edit` prints of the record %1 (its id), updated or left unchanged.
_EDITED = {
    "person": (
        QT_TRANSLATE_NOOP("CliRecords", "Person %1 unchanged."),
        QT_TRANSLATE_NOOP("CliRecords", "Person %1 updated."),
    ),
    "testimony": (
        QT_TRANSLATE_NOOP("CliRecords", "Testimony %1 unchanged."),
        QT_TRANSLATE_NOOP("CliRecords", "Testimony %1 updated."),
    ),
    "event": (
        QT_TRANSLATE_NOOP("CliRecords", "Event %1 unchanged."),
        QT_TRANSLATE_NOOP("CliRecords", "Event %1 updated."),
    ),
}


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
        message = translate("CliRecords", "cannot read %1: %2")
        reason = os_error_said(str(exc.strerror or exc))
        raise SandiqError(fill(message, str(path), reason)) from None
    except UnicodeDecodeError:  # saved in a legacy code page such as cp1251
        where = translate("CliRecords", "the standard input") if is_stdin else str(path)
        message = translate("CliRecords", "cannot read %1: it is not UTF-8 text; save it as UTF-8")
        raise InvalidInput(fill(message, where)) from None
    # Notepad starts a UTF-8 file with a byte order mark, which is no part of the narrative.
    return text.removeprefix("\ufeff")


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
    in another letter case or Unicode form, else by id, else by the start of its id);
    RecordNotFound if none, InvalidInput naming them all if several differ only so (a vault
    older than the check may hold both UZ-1 and uz-1) or if it starts several cases' ids."""
    try:
        return session.get_one(Case, live_case_id(session, reference))
    except RecordNotFound:
        case = _case_by_id_start(session, reference)
    if case is None:
        message = translate("CliRecords", "no case with reference %1")
        raise RecordNotFound(fill(message, reference))
    return case


def _case_by_id_start(session: Session, value: str) -> Case | None:
    """The live case whose id value starts, if value can start one (``prefix_digits``)."""
    if prefix_digits(value) is None:
        return None
    try:
        case = session.get_one(Case, record_id_arg(session, value, "case"))
    except RecordNotFound:
        return None
    return None if case.is_deleted else case


def record_or_case(session: Session, value: str) -> Record:
    """The record of any kind with the id value, deleted or not, else the live case with the
    reference value (a lawyer knows UZ-2024-0001, not the id behind it), else the record whose
    id value starts; RecordNotFound if none, InvalidInput if value starts several ids."""
    try:
        record_id = UUID(value)
    except ValueError:
        try:
            return session.get_one(Case, live_case_id(session, value))
        except RecordNotFound:
            record_id = _record_id_start(session, value)
    return find_record(session, record_id)


def _record_id_start(session: Session, value: str) -> UUID:
    """The id of the one record whose id value starts; RecordNotFound as not a case's
    reference nor a record's id if none does, or value cannot start one."""
    message = fill(translate("CliRecords", "no case with reference %1, nor a record id"), value)
    if prefix_digits(value) is None:
        raise RecordNotFound(message)
    try:
        return record_id_arg(session, value)
    except RecordNotFound:
        raise RecordNotFound(message) from None


def live_record_or_case(session: Session, value: str) -> Record:
    """``record_or_case``, refusing a deleted record (RecordDeleted)."""
    record = record_or_case(session, value)
    if record.is_deleted:
        _refuse_deleted(kind_of(record), record)
    return record


def live_record(session: Session, kind: str, record_id: str) -> Record:
    """The record of this kind with this id, or RecordNotFound; RecordDeleted if it is
    deleted (a deleted record is neither shown nor edited, only brought back)."""
    record = get_record(session, kind, record_id_arg(session, record_id, kind))
    if record.is_deleted:
        _refuse_deleted(kind, record)
    return record


def _refuse_deleted(kind: str, record: Record) -> None:
    raise RecordDeleted(fill(translate("CliRecords", _DELETED[kind]), str(record.id)))


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
        message = translate("CliRecords", "nothing to change: give at least one option, e.g. %1")
        raise InvalidInput(fill(message, example))
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
    consent and translations as `consent.scope: ...`, text of several lines indented); in
    Russian and Uzbek with the window's labels and values ("Статус: На рассмотрении")."""
    if args.json:
        print_json(content)
        return
    if current_language() != "en":
        for key, value in content.items():
            _print_field(_shown_label(key), _shown_value(key, value))
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


def _shown_label(key: str) -> str:
    """A field's name as the window labels it; English keeps the JSON names scripts read."""
    if key == "version":
        return translate("CliRecords", "Version")
    if key == "updated_at":
        return translate("CliRecords", "Last changed")
    return field_label(key)


def _shown_value(key: str, value: Any) -> str:
    """A field's value as the window shows it: a code by its label, yes or no, a date in words,
    a testimony's consent one part a line."""
    if key == "updated_at":
        return local_time(str(value))
    return field_text(key, value)


def show_record(args: argparse.Namespace, kind: str) -> None:
    """Print the live record args.id of this kind."""
    with unlocked(args) as vault, vault.read() as session:
        content = shown_content(live_record(session, kind, args.id))
    print_record(args, content)


def print_edited(args: argparse.Namespace, line: str, content: dict[str, Any]) -> None:
    """With --json the record's content as saved, else line (`Case UZ-1 updated.`)."""
    if args.json:
        print_json(content)
    else:
        print(line)


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
    line = translate("CliRecords", _EDITED[kind][changed])
    print_edited(args, fill(line, saved["id"]), saved)
