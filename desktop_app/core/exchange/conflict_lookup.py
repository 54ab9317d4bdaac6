"""Finding a conflict by what the user has at hand: its number, or the id of its record.

`sandiq conflicts show` prints a conflict's record id, and a user copies that (or its first
digits, as git takes a commit) rather than the number in the list's first column.
"""

from __future__ import annotations

import re
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.record_prefix import MIN_PREFIX

# Why a text names no conflict (``NoConflictNamed.problem``).
NEITHER = "neither"
TOO_SHORT = "too_short"
SEVERAL_RECORDS = "several_records"
SEVERAL_OPEN = "several_open"
_NUMBER = re.compile(r"[0-9]{1,7}")  # fewer digits than a prefix: only a conflict number
_HEX = re.compile(r"[0-9a-f]+")


class NoConflictNamed(InvalidInput):
    """The text given names no one conflict, in English; ``problem`` says why and the rest the
    details, for an interface that says it in its own words: how many records (SEVERAL_RECORDS)
    or which open conflicts (SEVERAL_OPEN) it could be."""

    def __init__(
        self,
        message: str,
        problem: str,
        given: str,
        records: int = 0,
        open_ones: tuple[int, ...] = (),
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.given = given
        self.records = records
        self.open_ones = open_ones


def conflict_number(session: Session, given: str) -> int:
    """The conflict given as its number, or as its record's id (whole, or its first 8 or more
    hex digits, dashes optional): the record's open conflict, or its latest if none is open.
    NoConflictNamed if the text is neither, or names several records or open conflicts;
    RecordNotFound if no conflict is about that record."""
    text = given.strip().lower()
    if _NUMBER.fullmatch(text):
        return int(text)
    digits = text.replace("-", "")
    if not _HEX.fullmatch(digits) or len(digits) > 32:
        raise NoConflictNamed(
            f"{given!r} is neither a conflict number nor a record id (see sandiq conflicts)",
            NEITHER,
            given,
        )
    if len(digits) < MIN_PREFIX:
        raise NoConflictNamed(
            f"{given!r} is too short for a record id: give {MIN_PREFIX} or more of its hex "
            "digits, or the conflict number (see sandiq conflicts)",
            TOO_SHORT,
            given,
        )
    rows = session.execute(
        select(SyncConflict.id, SyncConflict.record_id, SyncConflict.resolved_at).order_by(
            SyncConflict.id
        )
    )
    found = [(cid, uid, resolved) for cid, uid, resolved in rows if uid.hex.startswith(digits)]
    if not found and digits.isdigit():
        return int(digits)  # a long conflict number, no record's id
    records: set[UUID] = {uid for _, uid, _ in found}
    if not records:
        raise RecordNotFound(f"no conflict about record {given.strip()}")
    if len(records) > 1:
        raise NoConflictNamed(
            f"{given.strip()} starts the ids of {len(records)} records with conflicts: give "
            "more of its digits",
            SEVERAL_RECORDS,
            given.strip(),
            records=len(records),
        )
    unresolved = [cid for cid, _, resolved in found if not resolved]
    if len(unresolved) > 1:
        numbers = ", ".join(str(cid) for cid in unresolved)
        raise NoConflictNamed(
            f"record {next(iter(records))} has {len(unresolved)} open conflicts ({numbers}): "
            "give the conflict number",
            SEVERAL_OPEN,
            str(next(iter(records))),
            open_ones=tuple(unresolved),
        )
    return unresolved[0] if unresolved else found[-1][0]
