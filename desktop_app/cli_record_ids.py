"""A record's id as the user gives it to a `sandiq` command: whole, or the start of it
(``core.record_prefix``), refused in the user's language.

Core refuses a text that names no one record in English, saying why by a code with the details
beside; English keeps core's words, and Russian and Uzbek say the same from the code and the
details. The texts keep the record commands' translation context, "CliRecords".
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from desktop_app.cli_i18n import fill, translate
from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.record_prefix import (
    MIN_PREFIX,
    NOT_AN_ID,
    TOO_SHORT,
    NoRecordNamed,
    id_or_start,
    record_id,
)
from desktop_app.ui.i18n import current_language

# One sentence a kind, not the kind's name put into one: Russian and Uzbek decline the name and
# agree the verb with it. %1 is the value typed, quoted.
_NOT_AN_ID = {
    "record": QT_TRANSLATE_NOOP("CliRecords", "%1 is not a record id"),
    "case": QT_TRANSLATE_NOOP("CliRecords", "%1 is not a case id"),
    "person": QT_TRANSLATE_NOOP("CliRecords", "%1 is not a person id"),
    "testimony": QT_TRANSLATE_NOOP("CliRecords", "%1 is not a testimony id"),
    "event": QT_TRANSLATE_NOOP("CliRecords", "%1 is not an event id"),
    "attachment": QT_TRANSLATE_NOOP("CliRecords", "%1 is not an attachment id"),
}
# %1 is the start of an id as typed.
_NONE_STARTS = {
    "record": QT_TRANSLATE_NOOP("CliRecords", "no record id starts with %1"),
    "case": QT_TRANSLATE_NOOP("CliRecords", "no case id starts with %1"),
    "person": QT_TRANSLATE_NOOP("CliRecords", "no person id starts with %1"),
    "testimony": QT_TRANSLATE_NOOP("CliRecords", "no testimony id starts with %1"),
    "event": QT_TRANSLATE_NOOP("CliRecords", "no event id starts with %1"),
    "attachment": QT_TRANSLATE_NOOP("CliRecords", "no attachment id starts with %1"),
}


def id_arg(value: str, kind: str = "record") -> UUID:
    """value as a whole record id, or InvalidInput naming the kind of id expected."""
    # Whether such a record exists (and is not deleted) the core checks as it writes.
    try:
        return UUID(value)
    except ValueError:
        raise InvalidInput(fill(translate("CliRecords", _NOT_AN_ID[kind]), repr(value))) from None


def record_id_arg(session: Session, value: str, kind: str = "record") -> UUID:
    """The id value gives of a record of kind (any kind for "record"): whole, or its first
    MIN_PREFIX or more hex digits if they start one record's id only; InvalidInput or
    RecordNotFound, in the user's language, if value names no one record."""
    kinds = tuple(MODEL_OF_KIND) if kind == "record" else (kind,)
    try:
        return record_id(session, value, kinds)
    except RecordNotFound:
        text = translate("CliRecords", _NONE_STARTS[kind])
        raise RecordNotFound(fill(text, value.strip())) from None
    except NoRecordNamed as error:
        raise _refused(error, value, kind) from None


def check_id_arg(value: str, kind: str = "record") -> None:
    """InvalidInput, in the user's language, if value is neither an id of kind nor a start of
    one long enough to look up: told before the passphrase is asked for."""
    try:
        id_or_start(value)
    except NoRecordNamed as error:
        raise _refused(error, value, kind) from None


def _refused(error: NoRecordNamed, value: str, kind: str) -> InvalidInput:
    """The refusal of value as an id of kind, in the user's language."""
    if error.problem == NOT_AN_ID:
        return InvalidInput(fill(translate("CliRecords", _NOT_AN_ID[kind]), repr(value)))
    if current_language() == "en":
        return error
    return InvalidInput(_refusal_text(error))


def _refusal_text(error: NoRecordNamed) -> str:
    """Core's refusal of the start of an id, in the user's language."""
    if error.problem == TOO_SHORT:
        text = translate(
            "CliRecords",
            "%1 is too short for a record id: give %n or more of its hex digits",
            None,
            MIN_PREFIX,
        )
        return fill(text, repr(error.given))
    text = translate(
        "CliRecords",
        "%1 starts the ids of %n record(s): give more of its digits",
        None,
        error.records,
    )
    return fill(text, error.given)
