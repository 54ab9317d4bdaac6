"""Plain INSERTs for the append-only tables: saved versions and the audit log.

The write path appends one revision and one audit entry for every record it saves, 10,000 of
each in one import. Handing them to the driver directly, with values converted here the way the
models store them (``Uuid`` as 32 hex digits, ``JSON`` as UTF-8 text, booleans as 0/1), costs
a fraction of an ORM or even a compiled Core statement. Reading back goes through the models
as usual; the tests check that both agree (history, verify).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import Connection

from db.engine import json_text

_INSERT_REVISION = (
    "INSERT INTO revision (record_kind, record_id, version, content_hash, is_deleted, data, "
    "saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_AUDIT_ENTRY = (
    "INSERT INTO audit_log (seq, at, actor, action, record_kind, record_id, version, "
    "content_hash, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _uuid(value: UUID | None) -> str | None:
    return None if value is None else value.hex


def insert_revision(
    conn: Connection,
    record_kind: str,
    record_id: UUID,
    version: int,
    content_hash: str,
    is_deleted: bool,
    data: dict[str, Any],
    saved_at: str,
    saved_by: str,
) -> None:
    """Append one saved version of a record."""
    conn.exec_driver_sql(
        _INSERT_REVISION,
        (
            record_kind,
            _uuid(record_id),
            version,
            content_hash,
            int(is_deleted),
            json_text(data),
            saved_at,
            saved_by,
        ),
    )


def insert_audit_entry(conn: Connection, fields: dict[str, Any]) -> None:
    """Append one audit-log entry (every column of ``audit_log`` by name)."""
    conn.exec_driver_sql(
        _INSERT_AUDIT_ENTRY,
        (
            fields["seq"],
            fields["at"],
            fields["actor"],
            fields["action"],
            fields["record_kind"],
            _uuid(fields["record_id"]),
            fields["version"],
            fields["content_hash"],
            fields["prev_hash"],
            fields["entry_hash"],
        ),
    )
