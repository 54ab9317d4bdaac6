"""Salvage: a record whose row was lost, rebuilt as it was from its latest saved version.

Every version of a record is kept whole in ``revision`` (its interchange content), so a lost
row comes back from the newest version that reads: same id, same version, same content and
hash, so verify finds it matching its history and colleagues' version vectors still fit.
The content is validated again as any incoming record is; a version that no longer validates
or hashes to what it says leaves the record lost. Authorship comes from the versions too:
created when version 1 was saved (by whom it names), updated when the latest was. A record
that came in a bundle was saved when it arrived, so its times are those, not the colleague's.
A deleted record comes back deleted: live records that still name it keep a target.

The converse: a record whose row read but whose latest saved version was lost gets that
version back from its row (``restore_latest_versions``), where the row still hashes to what it
says. Left out, the row would match no version, verify would call it damage, and every salvage
of the salvaged vault would find the same. Saved when its audit entry (which commits to the
same hash) says, by whom it says; without one, when the record was last updated, by this vault.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast
from uuid import UUID

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from db.rows import RevisionRow, insert_records, insert_revisions
from db.vault_bookkeeping import AuditEntry, Revision
from desktop_app.core.content import MODEL_OF_KIND, Record, content_hash, to_content
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.references import references
from desktop_app.core.record_validation import validate_record
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY

_LATEST = """
    SELECT record_id, version, content_hash, is_deleted, data, saved_at,
           coalesce(made_by, saved_by)
      FROM revision
     WHERE record_kind = ? AND record_id = ?
     ORDER BY version DESC LIMIT 1
"""
_FIRST = (
    "SELECT saved_at, coalesce(made_by, saved_by) FROM revision WHERE record_id = ? AND version = 1"
)


@dataclass(frozen=True)
class RebuiltRecord:
    """A record ready to insert: its row (by column), and whom its content points at."""

    record_id: str  # 32 hex digits, as the tables hold ids
    row: dict[str, Any]
    targets: tuple[tuple[str, str], ...]  # (kind, id as 32 hex digits)


def rebuildable(connection: Connection, kind: str, read_ids: set[str]) -> Iterator[RebuiltRecord]:
    """The records of kind that the copied versions on connection name but whose rows did
    not read (read_ids), each rebuilt from its newest version where that one is whole."""
    named = connection.exec_driver_sql(
        "SELECT DISTINCT record_id FROM revision WHERE record_kind = ?", (kind,)
    ).scalars()
    missing = sorted(str(record_id) for record_id in named if str(record_id) not in read_ids)
    act_types = set(
        connection.exec_driver_sql(
            "SELECT code FROM vocabulary_term WHERE vocabulary = ?", (ACT_TYPE_VOCABULARY,)
        ).scalars()
    )
    for record_id in missing:
        latest = connection.exec_driver_sql(_LATEST, (kind, record_id)).one()
        rebuilt = _rebuilt(connection, kind, latest, act_types)
        if rebuilt is not None:
            yield rebuilt


def _rebuilt(
    connection: Connection, kind: str, latest: Any, act_types: set[str]
) -> RebuiltRecord | None:
    record_id, version, saved_hash, is_deleted, data, updated_at, updated_by = latest
    try:
        content = json.loads(data)
        # A version saved before a bound was set is still the record's: held, it passes.
        valid = validate_record(kind, content, act_types, UUID(hex=record_id), held=content)
    except (InvalidInput, ValueError):  # a version that no longer validates: the record is lost
        return None
    if valid.content_hash != saved_hash:
        return None
    first = connection.exec_driver_sql(_FIRST, (record_id,)).one_or_none()
    created_at, created_by = first if first is not None else (updated_at, updated_by)
    row = {
        **vars(valid.values),
        "created_at": created_at,
        "created_by": created_by,
        "updated_at": updated_at,
        "updated_by": updated_by,
        "version": version,
        "content_hash": saved_hash,
        "is_deleted": bool(is_deleted),
    }
    targets = tuple((target, uid.hex) for _, target, uid in references(kind, valid.content))
    return RebuiltRecord(record_id, row, targets)


def insert_rebuilt(connection: Connection, kind: str, record: RebuiltRecord) -> None:
    """Write one rebuilt record's row (its clock is counted by the schema's trigger, then
    replaced by the copied one where that reads)."""
    table: Any = MODEL_OF_KIND[kind].__table__
    insert_records(connection, table, [record.row])


def restore_latest_versions(session: Session, actor: str) -> int:
    """Save again, from its row, the latest version of every record whose row has no saved
    version of its version (actor: this vault, for versions no audit entry names); returns
    how many. A row that no longer hashes to what it says is left as it is."""
    restored: list[RevisionRow] = []
    for kind, model in MODEL_OF_KIND.items():
        unsaved = (
            select(model)
            .outerjoin(
                Revision, (Revision.record_id == model.id) & (Revision.version == model.version)
            )
            .where(Revision.id.is_(None))
        )
        for record in cast("list[Record]", session.scalars(unsaved).all()):
            content = to_content(record)
            if content_hash(content) != record.content_hash:
                continue
            logged = session.execute(
                select(AuditEntry.at, AuditEntry.actor)
                .where(
                    AuditEntry.record_id == record.id,
                    AuditEntry.version == record.version,
                    AuditEntry.content_hash == record.content_hash,
                )
                .order_by(AuditEntry.seq)
                .limit(1)
            ).one_or_none()
            saved_at, saved_by = logged if logged is not None else (record.updated_at, actor)
            restored.append(
                RevisionRow(
                    kind,
                    record.id,
                    record.version,
                    record.content_hash,
                    record.is_deleted,
                    content,
                    saved_at,
                    saved_by,
                    record.updated_by,
                )
            )
    if restored:
        insert_revisions(session.connection(), restored)
    return len(restored)
