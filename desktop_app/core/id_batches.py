"""Ids in lists short enough for one SQL ``IN (...)``.

SQLite limits the number of values a statement binds, so reads of many records by id go
through here, a batch at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

_BATCH = 500


def in_batches(ids: Iterable[UUID]) -> Iterable[list[UUID]]:
    """ids, without repeats, in UUID order, in lists short enough for one IN (...)."""
    pending = sorted(set(ids), key=lambda uid: uid.int)  # UUID order, without UUID.__lt__
    for start in range(0, len(pending), _BATCH):
        yield pending[start : start + _BATCH]
