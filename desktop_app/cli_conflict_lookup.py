"""Which conflict the user names to `sandiq conflicts show` and `resolve`: its number, or its
record's id or the start of it (``core.exchange.conflict_lookup``), refused in the user's
language.

Core refuses a text that names no conflict in English, saying why by a code with the details
beside; English keeps core's words, and Russian and Uzbek say the same from the code and the
details. The texts keep the conflicts commands' translation context, "CliConflicts".
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from desktop_app.cli_i18n import fill, translate
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.exchange.conflict_lookup import (
    NEITHER,
    SEVERAL_RECORDS,
    TOO_SHORT,
    NoConflictNamed,
    conflict_number,
)
from desktop_app.core.record_prefix import MIN_PREFIX
from desktop_app.ui.i18n import current_language


def given_conflict_number(session: Session, given: str) -> int:
    """``conflict_number``, with a conflict that is not there refused in the user's language."""
    try:
        number = conflict_number(session, given)
    except RecordNotFound:  # its only one: no conflict is about the record given
        text = translate("CliConflicts", "no conflict about record %1")
        raise RecordNotFound(fill(text, given.strip())) from None
    except NoConflictNamed as error:
        if current_language() == "en":
            raise
        raise InvalidInput(_refusal_text(error)) from None
    # Looked up here rather than caught from conflict_detail or resolve_conflict, whose
    # RecordNotFound may be about the conflict's record instead.
    if session.get(SyncConflict, number) is None:
        text = translate("CliConflicts", "no conflict %1 (see sandiq conflicts)")
        raise RecordNotFound(fill(text, str(number)))
    return number


def _refusal_text(error: NoConflictNamed) -> str:
    """Core's refusal of the text given, in the user's language."""
    if error.problem == NEITHER:
        text = translate(
            "CliConflicts", "%1 is neither a conflict number nor a record id (see sandiq conflicts)"
        )
        return fill(text, repr(error.given))
    if error.problem == TOO_SHORT:
        text = translate(
            "CliConflicts",
            "%1 is too short for a record id: give %n or more of its hex digits, or the conflict "
            "number (see sandiq conflicts)",
            None,
            MIN_PREFIX,
        )
        return fill(text, repr(error.given))
    if error.problem == SEVERAL_RECORDS:
        text = translate(
            "CliConflicts",
            "%1 starts the ids of %n record(s) with conflicts: give more of its digits",
            None,
            error.records,
        )
        return fill(text, error.given)
    text = translate(
        "CliConflicts",
        "record %1 has %n open conflict(s) (%2): give the conflict number",
        None,
        len(error.open_ones),
    )
    return fill(text, error.given, ", ".join(str(number) for number in error.open_ones))
