"""What exchange between vaults remembers: this vault's own keys, its colleagues' public keys,
the bundles written and read, each record's version vector, and the concurrent edits kept to
resolve. The records themselves are in ``db.models``.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import LargeBinary, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class Identity(Base):
    """This vault's keys for exchange; the private halves never leave the encrypted database."""

    __tablename__ = "identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64))
    x25519_private: Mapped[bytes] = mapped_column(LargeBinary)
    ed25519_private: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))

    def __repr__(self) -> str:
        return f"Identity(fingerprint={self.fingerprint!r})"


class Contact(Base):
    """A colleague's public exchange keys; bundles are accepted only from active contacts.

    The row outlives ``contact remove`` (``is_removed``) so the bundles already exchanged with
    that colleague keep a name, and the per-contact bookkeeping of what was sent and received.
    """

    __tablename__ = "contact"

    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(Text)
    x25519_public: Mapped[bytes] = mapped_column(LargeBinary)
    ed25519_public: Mapped[bytes] = mapped_column(LargeBinary)
    is_verified: Mapped[bool] = mapped_column(default=False)
    is_removed: Mapped[bool] = mapped_column(default=False)
    added_at: Mapped[str] = mapped_column(String(32))
    # Audit-log position up to which every change was sent to this contact ("--since-last");
    # attachments have their own mark because a bundle may leave them out.
    records_sent_through: Mapped[int] = mapped_column(default=0)
    attachments_sent_through: Mapped[int] = mapped_column(default=0)
    last_sequence_received: Mapped[int] = mapped_column(default=0)


class ExchangedBundle(Base):
    """A bundle this vault wrote or imported: sequence numbers and replay detection.

    A bundle is known by its sender and its id, never by the id alone: the id is the sender's
    to choose, so a contact could reuse one it has seen (a colleague's bundle to it, or one this
    vault sent it) to have the real bundle taken for a replay. The bundles this vault wrote
    have its own key id as sender, which no imported bundle has (``OwnBundle``). Migration
    0014 made the key; the primary key's index, sender first, serves lookups by sender.
    """

    __tablename__ = "exchanged_bundle"
    __table_args__ = (PrimaryKeyConstraint("sender", "bundle_id"),)

    bundle_id: Mapped[UUID]
    direction: Mapped[str] = mapped_column(String(8))  # "sent" or "received"
    sender: Mapped[str] = mapped_column(String(64))  # key id
    recipients: Mapped[list[str]] = mapped_column(default=list)  # key ids
    sequence: Mapped[int]
    created_at: Mapped[str] = mapped_column(String(32))  # the sender's clock
    processed_at: Mapped[str] = mapped_column(String(32))  # ours
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class RecordClock(Base):
    """Version vector of a record: {identity fingerprint: number of that vault's edits}.

    Triggers made by migration 0003 add one for ``updated_by`` on every insert and version
    change of a record; importing a bundle sets the merged vector. Comparing two vectors tells
    newer, older and concurrent apart (``desktop_app.core.exchange.clock``).
    """

    __tablename__ = "record_clock"

    record_id: Mapped[UUID] = mapped_column(primary_key=True)
    clock: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SyncConflict(Base):
    """A colleague's version of a record that was edited concurrently here, kept to resolve."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[UUID] = mapped_column(index=True)
    theirs: Mapped[dict[str, Any]]  # content in the interchange shape
    theirs_deleted: Mapped[bool] = mapped_column(default=False)
    theirs_clock: Mapped[dict[str, Any]] = mapped_column(default=dict)
    theirs_updated_at: Mapped[str] = mapped_column(String(32))
    theirs_updated_by: Mapped[str] = mapped_column(String(64))
    sender: Mapped[str] = mapped_column(String(64))  # key id of the contact it came from
    bundle_id: Mapped[UUID]
    detected_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str] = mapped_column(String(32), default="")
    resolution: Mapped[str] = mapped_column(String(16), default="")  # mine, theirs, superseded
