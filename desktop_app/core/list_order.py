"""The order of a record list's pages (``listing.fetch_page``): which rows come after the last
one shown, and the order codes sort in.

A code sorts by its place in its vocabulary (open, under review, closed; normal, confidential,
restricted): an order that reads the same in every language, where sorting the codes' English
spelling put "Закрыто" before "Открыто" and "На рассмотрении" last.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, and_, case, literal, or_

from desktop_app.core import vocab

# (list kind, sort field) -> its codes in order
VOCABULARY_ORDER: dict[tuple[str, str], tuple[str, ...]] = {
    ("case", "status"): vocab.CASE_STATUSES,
    ("case", "sensitivity"): vocab.SENSITIVITIES,
    ("person", "sex"): vocab.SEXES,
    ("testimony", "status"): vocab.TESTIMONY_STATUSES,
    ("testimony", "sensitivity"): vocab.SENSITIVITIES,
}


def in_order(value: ColumnElement[Any], codes: tuple[str, ...]) -> ColumnElement[Any]:
    """value's place among codes (an unknown code last), to sort and page by."""
    return case({code: rank for rank, code in enumerate(codes)}, value=value, else_=len(codes))


def rows_after(
    sort_column: ColumnElement[Any],
    id_column: ColumnElement[Any],
    last_value: ColumnElement[Any],
    last_id: UUID,
    descending: bool,
) -> ColumnElement[bool]:
    """The rows after (last_value, last_id) in the list's order."""
    bound_id = literal(last_id, id_column.type)
    # Not the row value (sort, id) > (:value, :id), which reads the same: SQLite seeks an
    # index on an expression only by a bound on the expression alone, and with the row value
    # scanned the name index from its start (40 ms for a page deep in 20,000 people).
    if descending:
        return and_(sort_column <= last_value, or_(sort_column < last_value, id_column < bound_id))
    return and_(sort_column >= last_value, or_(sort_column > last_value, id_column > bound_id))
