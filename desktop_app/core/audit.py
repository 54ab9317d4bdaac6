"""The append-only, hash-chained audit log.

Each entry's hash covers its own fields and the previous entry's hash, so editing, removing or
reordering any entry breaks the chain from that point on, which ``chain_problems`` reports.
"""

from __future__ import annotations

import hashlib
from uuid import UUID

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop_app.core.content import canonical_json

GENESIS_HASH = "0" * 64
_INSERT_ENTRY = insert(AuditEntry)
_COLUMNS = tuple(AuditEntry.__table__.columns.keys())


def entry_hash(entry: AuditEntry) -> str:
    """The hash an entry must carry, given its fields and prev_hash."""
    fields = [
        entry.seq,
        entry.at,
        entry.actor,
        entry.action,
        entry.record_kind,
        None if entry.record_id is None else str(entry.record_id),
        entry.version,
        entry.content_hash,
        entry.prev_hash,
    ]
    return hashlib.sha256(canonical_json(fields)).hexdigest()


class AuditLog:
    """Appends entries within one session, remembering the chain head between appends."""

    def __init__(self, session: Session) -> None:
        self._session = session
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
        self._seq = last.seq if last else 0
        self._head = last.entry_hash if last else GENESIS_HASH

    def append(
        self,
        at: str,
        actor: str,
        action: str,
        record_kind: str = "",
        record_id: UUID | None = None,
        version: int | None = None,
        content_hash: str = "",
    ) -> AuditEntry:
        """Add one entry at the end of the chain."""
        self._seq += 1
        entry = AuditEntry(
            seq=self._seq,
            at=at,
            actor=actor,
            action=action,
            record_kind=record_kind,
            record_id=record_id,
            version=version,
            content_hash=content_hash,
            prev_hash=self._head,
        )
        entry.entry_hash = entry_hash(entry)
        self._head = entry.entry_hash
        # A plain INSERT, not session.add: an import appends 10,000 entries and the ORM unit of
        # work would cost more than the hashing (the session never reads them back as objects).
        self._session.connection().execute(_INSERT_ENTRY, {c: getattr(entry, c) for c in _COLUMNS})
        return entry


def chain_problems(session: Session) -> list[str]:
    """Every place the chain is broken; an empty list means the log is intact."""
    problems: list[str] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
        if entry.seq != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing")
        if entry.prev_hash != expected_prev:
            problems.append(f"audit entry {entry.seq} does not follow the entry before it")
        if entry.entry_hash != entry_hash(entry):
            problems.append(f"audit entry {entry.seq} was altered")
        expected_prev = entry.entry_hash
        expected_seq = entry.seq + 1
    return problems
