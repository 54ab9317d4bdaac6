"""Reading what is left of a damaged table, row by row around its unreadable pages.

A full scan of a table stops at its first damaged page. Every row is reached again by its
rowid: the scan goes on in rowid order, and where a read fails, the next readable rowid is
found by a seek (a seek only walks the pages on its way, so it skips a damaged leaf). One bad
page then loses only its own rows; a damaged interior page loses the rows below it.
Indexes are never used (``NOT INDEXED``): a damaged index must not hide intact rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from db.engine import DriverDatabaseError, DriverOperationalError

_BATCH = 200
_MAX_ROWID = 2**63 - 1


@dataclass
class TableDamage:
    """What could not be read of one table: spans of rowids between readable rows."""

    unreadable_spans: list[tuple[int, int | None]] = field(default_factory=list)

    @property
    def is_damaged(self) -> bool:
        """True if some rows (or rowids that may have held rows) could not be read."""
        return bool(self.unreadable_spans)


class Unreadable(Exception):
    """A read failed on damage (not on I/O, which is raised as it is)."""


def _decoded(value: bytes) -> str:
    # Damage can leave text that is no longer UTF-8; the row is then unreadable, and the
    # driver's own error would quote the damaged text.
    return value.decode("utf-8")


class SourceReader:
    """Statements on the damaged database, through one driver connection of engine (opened
    read-only), replaced after each failed read: a connection whose first read failed keeps
    failing on every page."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection = self._connect()

    def _connect(self) -> Any:
        connection = self._engine.raw_connection()
        connection.driver_connection.text_factory = _decoded
        return connection

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """The rows of one statement; raises Unreadable on damage, after which the next
        statement runs on a fresh connection."""
        try:
            return self._connection.driver_connection.execute(sql, params).fetchall()
        except DriverOperationalError:  # I/O, a lock: nothing to do with the file's pages
            raise
        except (DriverDatabaseError, UnicodeDecodeError) as exc:
            self._connection.invalidate()
            self._connection = self._connect()
            raise Unreadable from exc

    def close(self) -> None:
        """Give the connection back."""
        self._connection.close()


def readable_rows(
    source: SourceReader, table: str, columns: list[str], damage: TableDamage
) -> Iterator[list[tuple[Any, ...]]]:
    """Batches of the readable rows of table (its columns, in rowid order), noting in damage
    where rows could not be read."""
    names = ", ".join(f'"{c}"' for c in columns)
    scan = (
        f'SELECT rowid, {names} FROM "{table}" NOT INDEXED WHERE rowid > ? ORDER BY rowid LIMIT ?'
    )
    after, limit = 0, _BATCH
    while True:
        try:
            rows = source.rows(scan, (after, limit))
        except Unreadable:
            if limit > 1:  # read one row at a time up to the damage
                limit = 1
                continue
            resume = _next_readable(source, table, after)
            damage.unreadable_spans.append((after + 1, None if resume is None else resume - 1))
            if resume is None:
                return
            after, limit = resume - 1, _BATCH
            continue
        if not rows:
            return
        yield [row[1:] for row in rows]
        after = rows[-1][0]


def _seek_reads(source: SourceReader, table: str, start: int) -> tuple[bool, int | None]:
    # Whether the seek to start reads, and the first rowid from there (None: no more rows).
    # Only the rowid: the seek must not fail on a damaged value of the row it lands on.
    try:
        rows = source.rows(
            f'SELECT rowid FROM "{table}" NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1',
            (start,),
        )
    except Unreadable:
        return False, None
    return True, rows[0][0] if rows else None


def _next_readable(source: SourceReader, table: str, after: int) -> int | None:
    """The first rowid past after from which rows read again, or None if none does.

    A row whose values are damaged is skipped alone; past a damaged page, seeks go ahead in
    growing steps until one lands beyond it, then back by halves to its edge."""
    is_read, found = _seek_reads(source, table, after + 1)
    if is_read:  # only the values of that row are damaged: skip it alone
        return None if found is None else found + 1
    failed, step = after + 1, 1
    while True:
        probe = min(after + 1 + step, _MAX_ROWID)
        is_read, found = _seek_reads(source, table, probe)
        if is_read:
            break
        if probe == _MAX_ROWID:
            return None
        failed, step = probe, step * 2
    low, high = failed, probe  # the seek fails at low, reads at high
    while high - low > 1:
        middle = (low + high) // 2
        is_read, first = _seek_reads(source, table, middle)
        if is_read:
            high, found = middle, first
        else:
            low = middle
    return found
