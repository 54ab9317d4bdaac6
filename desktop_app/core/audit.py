"""The append-only, hash-chained audit log.

Each entry's hash covers its own fields and the previous entry's hash, so editing, removing or
reordering any entry breaks the chain from that point on, which ``chain_problems`` reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.rows import insert_audit_entries
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.content import canonical_json

GENESIS_HASH = "0" * 64
# The entry a restore leaves in the vault it made: such a vault has forgotten the versions it
# made after its backup, and may see them again in colleagues' bundles.
RESTORED_FROM_BACKUP = "restore_backup"
# The fields an entry's hash covers, in this order (record_id as its hyphenated text).
_HASHED = (
    "seq", "at", "actor", "action", "record_kind", "record_id", "version", "content_hash",
    "prev_hash",
)  # fmt: skip


class AuditEvent(NamedTuple):
    """What one audit entry says happened (the chain adds its position and hashes)."""

    at: str
    actor: str
    action: str
    record_kind: str = ""
    record_id: UUID | None = None
    version: int | None = None
    content_hash: str = ""


def _hash_of(fields: dict[str, Any]) -> str:
    values = [fields[name] for name in _HASHED]
    values[5] = None if values[5] is None else str(values[5])  # record_id
    return hashlib.sha256(canonical_json(values)).hexdigest()


def was_restored(session: Session) -> bool:
    """True if this vault was made by restoring a backup (of it, or of a vault it came from)."""
    restored = select(AuditEntry.seq).where(AuditEntry.action == RESTORED_FROM_BACKUP)
    return session.scalar(restored.limit(1)) is not None


def entry_hash(entry: AuditEntry) -> str:
    """The hash an entry must carry, given its fields and prev_hash."""
    return _hash_of({name: getattr(entry, name) for name in _HASHED})


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
    ) -> None:
        """Add one entry at the end of the chain."""
        self.append_many(
            [AuditEvent(at, actor, action, record_kind, record_id, version, content_hash)]
        )

    def append_many(self, events: Iterable[AuditEvent]) -> None:
        """Add entries at the end of the chain, in order."""
        entries: list[dict[str, Any]] = []
        for event in events:
            self._seq += 1
            fields: dict[str, Any] = {"seq": self._seq, **event._asdict(), "prev_hash": self._head}
            fields["entry_hash"] = self._head = _hash_of(fields)
            entries.append(fields)
        # Plain INSERTs, no ORM objects: an import appends 10,000 entries, and the session
        # never reads them back as objects.
        if entries:
            insert_audit_entries(self._session.connection(), entries)


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
