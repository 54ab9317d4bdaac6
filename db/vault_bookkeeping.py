"""What a vault keeps about its own records besides the records (``db.models``): every saved
version, the hash-chained audit log, autosaved drafts of unsaved forms, and the pairs of people
the user found to be two. None of it travels in a bundle or the JSON export.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class Revision(Base):
    """Every saved version of every record, so no edit destroys what was written before."""

    __tablename__ = "revision"
    __table_args__ = (Index("ix_revision_record", "record_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[UUID]
    version: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    is_deleted: Mapped[bool] = mapped_column(default=False)
    data: Mapped[dict[str, Any]]
    saved_at: Mapped[str] = mapped_column(String(32))
    saved_by: Mapped[str] = mapped_column(String(64))
    # The vault whose change this version is (the record's updated_by then): for a version that
    # came in a colleague's bundle, the colleague, while saved_by is this vault. NULL for
    # versions saved before Sandiq kept it.
    made_by: Mapped[str | None] = mapped_column(String(64))


class AuditEntry(Base):
    """Append-only, hash-chained log: each entry commits to the one before it."""

    __tablename__ = "audit_log"
    # A case's History reads the entries of its records (133k entries in a large vault).
    __table_args__ = (Index("ix_audit_log_record_id", "record_id"),)

    seq: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    record_kind: Mapped[str] = mapped_column(String(16), default="")
    record_id: Mapped[UUID | None]
    version: Mapped[int | None]
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """Unsaved form contents, autosaved so a crash or a lock loses nothing."""

    __tablename__ = "draft"

    id: Mapped[UUID] = mapped_column(primary_key=True, default=uuid4)
    record_kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[UUID | None]
    data: Mapped[dict[str, Any]]
    updated_at: Mapped[str] = mapped_column(String(32))


class NotSamePair(Base):
    """Two people the user found to be two, not one person entered twice: the duplicates
    finder leaves the pair out. Bookkeeping of this vault, not a record: no bundle or JSON
    export carries it (0012). The lower id comes first, so a pair is one row whichever way
    round it was marked."""

    __tablename__ = "not_same_pair"
    __table_args__ = (CheckConstraint("person_a_id < person_b_id", name="ck_not_same_pair_order"),)

    person_a_id: Mapped[UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    person_b_id: Mapped[UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    decided_at: Mapped[str] = mapped_column(String(32))
