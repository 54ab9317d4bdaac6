"""Plain INSERTs of many rows at once: new records, their saved versions, the audit log.

The write path appends a record row, a revision and an audit entry for every record it saves,
10,000 of each in one import. Handing each table's rows to the driver as one ``executemany``
costs a fraction of an ORM flush or of a statement per row. Revisions and audit entries go to
the driver directly, with values converted here the way the models store them (``Uuid`` as 32
hex digits, ``JSON`` as UTF-8 text, booleans as 0/1); record rows, which have many columns of
every type, go through the table's own Core INSERT so that their conversion is the ORM's.
Reading back goes through the models as usual; the tests check that both agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import Connection, Table

from db.engine import json_text

_INSERT_REVISION = (
    "INSERT INTO revision (record_kind, record_id, version, content_hash, is_deleted, data, "
    "saved_at, saved_by, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CHUNK = "INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)"
_INSERT_AUDIT_ENTRY = (
    "INSERT INTO audit_log (seq, at, actor, action, record_kind, record_id, version, "
    "content_hash, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class RevisionRow(NamedTuple):
    """One saved version of a record, as ``insert_revisions`` takes it."""

    record_kind: str
    record_id: UUID
    version: int
    content_hash: str
    is_deleted: bool
    data: dict[str, Any]
    saved_at: str
    saved_by: str
    made_by: str


def _uuid(value: UUID | None) -> str | None:
    return None if value is None else value.hex


def insert_records(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert new rows of a record table (every column of each row, by name)."""
    if rows:
        conn.execute(table.insert(), list(rows))


def insert_revisions(conn: Connection, revisions: Sequence[RevisionRow]) -> None:
    """Append saved versions of records."""
    conn.exec_driver_sql(
        _INSERT_REVISION,
        [
            (
                r.record_kind,
                _uuid(r.record_id),
                r.version,
                r.content_hash,
                int(r.is_deleted),
                json_text(r.data),
                r.saved_at,
                r.saved_by,
                r.made_by,
            )
            for r in revisions
        ],
    )


def insert_audit_entries(conn: Connection, entries: Sequence[dict[str, Any]]) -> None:
    """Append audit-log entries (every column of ``audit_log`` by name)."""
    conn.exec_driver_sql(
        _INSERT_AUDIT_ENTRY,
        [
            (
                e["seq"],
                e["at"],
                e["actor"],
                e["action"],
                e["record_kind"],
                _uuid(e["record_id"]),
                e["version"],
                e["content_hash"],
                e["prev_hash"],
                e["entry_hash"],
            )
            for e in entries
        ],
    )


def insert_attachment_chunk(cursor: Any, attachment_id: UUID, seq: int, data: bytes) -> None:
    """Append one chunk of an attachment's bytes through a driver cursor (a bundle import's
    helper thread writes them while the importing thread decrypts the next)."""
    cursor.execute(_INSERT_CHUNK, (_uuid(attachment_id), seq, data))
