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

MIN_PREFIX = 8  # hex digits of a record id, as `sandiq` prints the start of an id
_NUMBER = re.compile(r"[0-9]{1,7}")  # fewer digits than a prefix: only a conflict number
_HEX = re.compile(r"[0-9a-f]+")


def conflict_number(session: Session, given: str) -> int:
    """The conflict given as its number, or as its record's id (whole, or its first 8 or more
    hex digits, dashes optional): the record's open conflict, or its latest if none is open.
    InvalidInput if the text is neither, or names several records or open conflicts;
    RecordNotFound if no conflict is about that record."""
    text = given.strip().lower()
    if _NUMBER.fullmatch(text):
        return int(text)
    digits = text.replace("-", "")
    if not _HEX.fullmatch(digits) or len(digits) > 32:
        raise InvalidInput(
            f"{given!r} is neither a conflict number nor a record id (see sandiq conflicts)"
        )
    if len(digits) < MIN_PREFIX:
        raise InvalidInput(
            f"{given!r} is too short for a record id: give {MIN_PREFIX} or more of its hex "
            "digits, or the conflict number (see sandiq conflicts)"
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
        raise InvalidInput(
            f"{given.strip()} starts the ids of {len(records)} records with conflicts: give "
            "more of its digits"
        )
    unresolved = [cid for cid, _, resolved in found if not resolved]
    if len(unresolved) > 1:
        numbers = ", ".join(str(cid) for cid in unresolved)
        raise InvalidInput(
            f"record {next(iter(records))} has {len(unresolved)} open conflicts ({numbers}): "
            "give the conflict number"
        )
    return unresolved[0] if unresolved else found[-1][0]
