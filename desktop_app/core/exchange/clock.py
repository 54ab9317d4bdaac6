"""Version vectors: which of two versions of a record has seen the other.

A record's clock maps identity fingerprints to how many edits that vault made to the record
(``RecordClock``). Every local write adds one for the vault that made it (``updated_by``), by
triggers in the schema (migration 0003), so no write path can forget it; a version imported
from a colleague brings its clock along and replaces the counted one (``set_clocks``). Version A is
newer than B when A's clock is at least B's for every vault and larger for one; when each has an
edit the other has not seen, the two were edited concurrently and neither may overwrite the
other.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from db.exchange_state import RecordClock

Clock = dict[str, int]
_BATCH = 500  # ids per IN (...) query, well below SQLite's variable limit


class Order(enum.Enum):
    """How one version relates to another."""

    SAME = "same"  # identical clocks
    OLDER = "older"  # the other has seen every edit of this one, and more
    NEWER = "newer"  # this one has seen every edit of the other, and more
    CONCURRENT = "concurrent"  # each has an edit the other has not seen


def compare(mine: Mapping[str, int], theirs: Mapping[str, int]) -> Order:
    """How theirs relates to mine (NEWER: theirs has seen all of mine and more)."""
    theirs_ahead = any(count > mine.get(actor, 0) for actor, count in theirs.items())
    mine_ahead = any(count > theirs.get(actor, 0) for actor, count in mine.items())
    if theirs_ahead and mine_ahead:
        return Order.CONCURRENT
    if theirs_ahead:
        return Order.NEWER
    if mine_ahead:
        return Order.OLDER
    return Order.SAME


def merge(*clocks: Mapping[str, int]) -> Clock:
    """The smallest clock that has seen every edit of each of clocks."""
    merged: Clock = {}
    for clock in clocks:
        for actor, count in clock.items():
            merged[actor] = max(merged.get(actor, 0), count)
    return merged


def advanced(clock: Mapping[str, int], actor: str) -> Clock:
    """clock with one more edit by actor."""
    return {**clock, actor: clock.get(actor, 0) + 1}


_UPSERT = insert(RecordClock)
_UPSERT = _UPSERT.on_conflict_do_update(
    index_elements=[RecordClock.record_id], set_={"clock": _UPSERT.excluded.clock}
)


def set_clocks(session: Session, clocks: Mapping[UUID, Mapping[str, int]]) -> None:
    """Replace the clocks of these records (after applying or resolving colleagues' versions)."""
    if clocks:
        session.connection().execute(
            _UPSERT, [{"record_id": rid, "clock": dict(clock)} for rid, clock in clocks.items()]
        )


def clocks_of(session: Session, record_ids: Iterable[UUID]) -> dict[UUID, Clock]:
    """The clocks of those records that have one, loaded in batches."""
    pending = sorted(set(record_ids))
    clocks: dict[UUID, Clock] = {}
    for start in range(0, len(pending), _BATCH):
        batch = pending[start : start + _BATCH]
        query = select(RecordClock.record_id, RecordClock.clock).where(
            RecordClock.record_id.in_(batch)
        )
        clocks.update((record_id, dict(clock)) for record_id, clock in session.execute(query))
    return clocks
