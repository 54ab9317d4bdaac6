"""Many values in one SQL statement, though SQLite limits the values a statement binds.

Reads of many records by id go through here, a batch at a time (``in_batches``), or with every
value in one parameter, a JSON array read as a table (``as_one_parameter``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import func
from sqlalchemy.sql.selectable import TableValuedAlias

_BATCH = 500


def in_batches(ids: Iterable[UUID]) -> Iterable[list[UUID]]:
    """ids, without repeats, in UUID order, in lists short enough for one IN (...)."""
    pending = sorted(set(ids), key=lambda uid: uid.int)  # UUID order, without UUID.__lt__
    for start in range(0, len(pending), _BATCH):
        yield pending[start : start + _BATCH]


def as_one_parameter(values: Iterable[int] | Iterable[str]) -> TableValuedAlias:
    """values as a table of one column, value, bound as one parameter however many there are
    (ids as their stored text: ``uuid.hex``)."""
    return func.json_each(json.dumps(sorted(values))).table_valued("value")
