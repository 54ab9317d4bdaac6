"""Finding a record by the start of its id, as git takes the start of a commit's hash.

Lists print whole ids, but a user copies or types the first digits of one (`sandiq conflicts
show` already takes them), so every command that takes one record's id takes an unambiguous
start of it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.errors import InvalidInput, RecordNotFound

MIN_PREFIX = 8  # hex digits, as many as the first group of a printed id

# Why a text names no one record (``NoRecordNamed.problem``).
NOT_AN_ID = "not_an_id"
TOO_SHORT = "too_short"
SEVERAL_RECORDS = "several_records"
_HEX = re.compile(r"[0-9a-f]+")
_WHOLE = 32  # hex digits of a whole id


class NoRecordNamed(InvalidInput):
    """The text given names no one record, in English; ``problem`` says why, and ``records``
    how many records it starts the ids of (SEVERAL_RECORDS), for an interface that says it in
    its own words."""

    def __init__(self, message: str, problem: str, given: str, records: int = 0) -> None:
        super().__init__(message)
        self.problem = problem
        self.given = given
        self.records = records


def prefix_digits(given: str) -> str | None:
    """The hex digits of given, lower case and without dashes, if it could be the start of an
    id long enough to look up (MIN_PREFIX digits or more, fewer than a whole id), else None."""
    digits = given.strip().lower().replace("-", "")
    if _HEX.fullmatch(digits) and MIN_PREFIX <= len(digits) < _WHOLE:
        return digits
    return None


def id_or_start(given: str) -> UUID | str:
    """The id given whole, or the hex digits (lower case, no dashes) of the start of one it
    gives, looked up by no one yet; NoRecordNamed if given is no id or too short a start of one
    (told before a vault is opened)."""
    try:
        return UUID(given.strip())
    except ValueError:
        pass
    digits = given.strip().lower().replace("-", "")
    if not _HEX.fullmatch(digits) or len(digits) >= _WHOLE:
        raise NoRecordNamed(f"{given!r} is not a record id", NOT_AN_ID, given)
    if len(digits) < MIN_PREFIX:
        raise NoRecordNamed(
            f"{given!r} is too short for a record id: give {MIN_PREFIX} or more of its hex digits",
            TOO_SHORT,
            given,
        )
    return digits


def record_id(session: Session, given: str, kinds: Iterable[str] = tuple(MODEL_OF_KIND)) -> UUID:
    """The id given whole (not looked up: the caller finds its record, or says there is none),
    or the id of the one record of kinds, deleted or not, whose id starts with the MIN_PREFIX
    or more hex digits given (dashes optional, as printed). NoRecordNamed if given is no id,
    too short a start of one or the start of several; RecordNotFound if no record's id starts
    so."""
    digits = id_or_start(given)
    if isinstance(digits, UUID):
        return digits
    found = ids_starting(session, digits, kinds)
    if not found:
        raise RecordNotFound(f"no record id starts with {given.strip()}")
    if len(found) > 1:
        raise NoRecordNamed(
            f"{given.strip()} starts the ids of {len(found)} records: give more of its digits",
            SEVERAL_RECORDS,
            given.strip(),
            records=len(found),
        )
    return found[0]


def ids_starting(session: Session, digits: str, kinds: Iterable[str]) -> list[UUID]:
    """The ids of the records of kinds, deleted or not, whose hex digits start with digits
    (lower-case hex, no dashes: an id is stored as its 32 hex digits)."""
    found: list[UUID] = []
    for kind in kinds:
        model = MODEL_OF_KIND[kind]
        text = type_coerce(model.id, String)
        found.extend(session.scalars(select(model.id).where(text.startswith(digits))))
    return found
