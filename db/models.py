"""The records of a vault, after the HURIDOCS Events Standard Formats, simplified, and the
declarative base that every table of a vault is declared on.

Every user-facing record carries the same bookkeeping (``RecordMixin``): a UUID that is stable
across vaults, who made and last changed it (the identity fingerprint of the vault), a version
counter, a content hash, and a tombstone flag instead of hard deletes, so that exchange between
vaults can tell new from old and deleted from never-seen. Controlled values (status, role,
sensitivity, act type) are stored as their snake_case codes; ``desktop_app.core.vocab`` checks
them. Partial dates are text: ``2010``, ``2010-06`` or ``2010-06-13``; empty means unknown.

The vault's other tables have a module by area: ``db.vault_bookkeeping`` (what the vault keeps
about its records), ``db.exchange_state`` (what exchange with colleagues remembers) and
``db.search_tables`` (the full-text index). ``db/migrations/env.py`` imports all of them, so
that Alembic compares the vault with every table.
"""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID, uuid4

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.name_order import SORT_KEY_FUNCTION


class Base(DeclarativeBase):
    """Declarative base of all vault tables."""

    type_annotation_map: ClassVar = {
        UUID: Uuid(as_uuid=True),
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class RecordMixin:
    """Bookkeeping shared by every record that can be exchanged."""

    id: Mapped[UUID] = mapped_column(primary_key=True, default=uuid4)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)
    content_hash: Mapped[str] = mapped_column(String(64))
    is_deleted: Mapped[bool] = mapped_column(default=False)


def _in_name_order(name: str, column: str) -> Index:
    """An index of records in a reader's order of column, then id (db/name_order.py): a list
    sorted by it reads one page of the index, not every row's key (0009). Not partial: a
    partial index on live records looked narrower than the table to SQLite, which then read
    the whole table through it for every other sort (sex: 15 ms a page, then 35-100 ms)."""
    return Index(name, text(f"{SORT_KEY_FUNCTION}({column})"), "id")


def _deleted_latest_first(table: str) -> Index:
    """An index of a table's deleted records only, by the time they were deleted: the list of
    deleted records reads them, not the whole table (0010). Only a query asking for deleted
    records (``is_deleted IS 1``) can use it, so live records' queries are planned as before."""
    return Index(f"ix_{table}_deleted", "updated_at", "id", sqlite_where=text("is_deleted IS 1"))


class Case(RecordMixin, Base):
    __tablename__ = "case"
    __table_args__ = (
        _in_name_order("ix_case_title_order", "title"),
        _deleted_latest_first("case"),
    )

    reference: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="open")
    country: Mapped[str] = mapped_column(String(2), default="")
    region: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[str] = mapped_column(String(10), default="")
    end_date: Mapped[str] = mapped_column(String(10), default="")
    violation_types: Mapped[list[str]] = mapped_column(default=list)
    tags: Mapped[list[str]] = mapped_column(default=list)
    sensitivity: Mapped[str] = mapped_column(String(16), default="normal")


class Person(RecordMixin, Base):
    __tablename__ = "person"
    __table_args__ = (
        _in_name_order("ix_person_name_order", "name"),
        _in_name_order("ix_person_pseudonym_order", "pseudonym"),
        _deleted_latest_first("person"),
    )

    name: Mapped[str] = mapped_column(Text)
    other_names: Mapped[list[str]] = mapped_column(default=list)
    sex: Mapped[str] = mapped_column(String(32), default="")
    birth_date: Mapped[str] = mapped_column(String(10), default="")
    ethnicity: Mapped[str] = mapped_column(Text, default="")
    nationality: Mapped[str] = mapped_column(Text, default="")
    occupation: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    is_protected: Mapped[bool] = mapped_column(default=False)
    pseudonym: Mapped[str] = mapped_column(Text, default="")


class CaseParty(RecordMixin, Base):
    __tablename__ = "case_party"
    __table_args__ = (Index("ix_case_party_case_person", "case_id", "person_id"),)

    case_id: Mapped[UUID] = mapped_column(ForeignKey("case.id"))
    person_id: Mapped[UUID] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(32))


class Testimony(RecordMixin, Base):
    __tablename__ = "testimony"
    # Lists count and page live testimonies by date (all, or a case's) without reading their
    # narratives. Partial, so that no "witness_id = ? AND is_deleted IS 0" lookup can take them
    # for a narrower index than the witness's when the vault has no statistics (0007).
    __table_args__ = (
        Index("ix_testimony_live", "date", "id", sqlite_where=text("is_deleted IS 0")),
        Index(
            "ix_testimony_case_live", "case_id", "date", "id", sqlite_where=text("is_deleted IS 0")
        ),
        # The list's text filter matches interviewers from this index, not the rows (0011).
        Index("ix_testimony_interviewer_live", "interviewer", sqlite_where=text("is_deleted IS 0")),
        # Who asked for anonymity, read from this index alone, not the narratives' pages (0008).
        Index(
            "ix_testimony_consent",
            "consent_anonymise",
            "consent_scope",
            "is_deleted",
            "witness_id",
            "id",
        ),
        _deleted_latest_first("testimony"),
    )

    case_id: Mapped[UUID] = mapped_column(ForeignKey("case.id"), index=True)
    witness_id: Mapped[UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    interviewer: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str] = mapped_column(String(10), default="")
    time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    interpreter: Mapped[str] = mapped_column(Text, default="")
    consent_given: Mapped[bool] = mapped_column(default=False)
    consent_scope: Mapped[list[str]] = mapped_column(default=list)
    consent_anonymise: Mapped[bool] = mapped_column(default=False)
    narrative: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    sensitivity: Mapped[str] = mapped_column(String(16), default="normal")


class Event(RecordMixin, Base):
    """An act or incident; victims and perpetrators are person ids, sources testimony ids."""

    __tablename__ = "event"
    __table_args__ = (_deleted_latest_first("event"),)

    case_id: Mapped[UUID] = mapped_column(ForeignKey("case.id"), index=True)
    date: Mapped[str] = mapped_column(String(10), default="")
    place: Mapped[str] = mapped_column(Text, default="")
    act_type: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    victims: Mapped[list[str]] = mapped_column(default=list)
    perpetrators: Mapped[list[str]] = mapped_column(default=list)
    institutions: Mapped[list[str]] = mapped_column(default=list)
    sources: Mapped[list[str]] = mapped_column(default=list)


class Attachment(RecordMixin, Base):
    """A file kept inside the vault; its bytes are in ``attachment_chunk``."""

    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_owner", "owner_kind", "owner_id"),
        _deleted_latest_first("attachment"),
    )

    owner_kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[UUID]
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int] = mapped_column(default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    captured_at: Mapped[str] = mapped_column(String(32), default="")
    received_at: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class AttachmentChunk(Base):
    __tablename__ = "attachment_chunk"

    attachment_id: Mapped[UUID] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class VocabularyTerm(Base):
    """A controlled term with its labels; built-in terms ship with Sandiq, users may add more."""

    __tablename__ = "vocabulary_term"

    vocabulary: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    label_en: Mapped[str] = mapped_column(Text)
    label_ru: Mapped[str] = mapped_column(Text, default="")
    label_uz: Mapped[str] = mapped_column(Text, default="")
    is_builtin: Mapped[bool] = mapped_column(default=False)
