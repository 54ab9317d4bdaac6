"""Which conflict the user names to `sandiq conflicts show` and `resolve`: its number, or its
record's id or the start of it (``core.exchange.conflict_lookup``), refused in the user's
language.

Core refuses a text that names no conflict in English, with the details filled in; English
keeps its words, and Russian and Uzbek say each of its sentences with the same details. The
texts keep the conflicts commands' translation context, "CliConflicts".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from desktop_app.cli_i18n import fill, translate
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.exchange.conflict_lookup import conflict_number
from desktop_app.ui.i18n import current_language


def given_conflict_number(session: Session, given: str) -> int:
    """``conflict_number``, with a conflict that is not there refused in the user's language."""
    try:
        number = conflict_number(session, given)
    except RecordNotFound:  # its only one: no conflict is about the record given
        text = translate("CliConflicts", "no conflict about record %1")
        raise RecordNotFound(fill(text, given.strip())) from None
    except InvalidInput as error:
        if current_language() == "en":
            raise
        raise InvalidInput(_refusal_text(str(error))) from None
    # Looked up here rather than caught from conflict_detail or resolve_conflict, whose
    # RecordNotFound may be about the conflict's record instead.
    if session.get(SyncConflict, number) is None:
        text = translate("CliConflicts", "no conflict %1 (see sandiq conflicts)")
        raise RecordNotFound(fill(text, str(number)))
    return number


def _neither(given: str) -> str:
    text = translate(
        "CliConflicts", "%1 is neither a conflict number nor a record id (see sandiq conflicts)"
    )
    return fill(text, given)


def _too_short(given: str, count: str) -> str:
    text = translate(
        "CliConflicts",
        "%1 is too short for a record id: give %n or more of its hex digits, or the conflict "
        "number (see sandiq conflicts)",
        None,
        int(count),
    )
    return fill(text, given)


def _several_records(given: str, count: str) -> str:
    text = translate(
        "CliConflicts",
        "%1 starts the ids of %n record(s) with conflicts: give more of its digits",
        None,
        int(count),
    )
    return fill(text, given)


def _several_open(record: str, count: str, numbers: str) -> str:
    text = translate(
        "CliConflicts",
        "record %1 has %n open conflict(s) (%2): give the conflict number",
        None,
        int(count),
    )
    return fill(text, record, numbers)


# Core's sentences (conflict_lookup.conflict_number), each with its details as groups.
_REFUSALS: tuple[tuple[re.Pattern[str], Callable[..., str]], ...] = (
    (
        re.compile(r"(.*) is neither a conflict number nor a record id \(see sandiq conflicts\)"),
        _neither,
    ),
    (
        re.compile(
            r"(.*) is too short for a record id: give ([0-9]+) or more of its hex digits, or "
            r"the conflict number \(see sandiq conflicts\)"
        ),
        _too_short,
    ),
    (
        re.compile(
            r"(.*) starts the ids of ([0-9]+) records with conflicts: give more of its digits"
        ),
        _several_records,
    ),
    (
        re.compile(r"record (\S+) has ([0-9]+) open conflicts \((.*)\): give the conflict number"),
        _several_open,
    ),
)


def _refusal_text(message: str) -> str:
    """Core's refusal of the text given, in the user's language (as core wrote it if it is
    none of core's sentences known here)."""
    for pattern, text in _REFUSALS:
        if (match := pattern.fullmatch(message)) is not None:
            return text(*match.groups())
    return message
