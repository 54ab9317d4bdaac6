"""The tables of a vault, after the HURIDOCS Events Standard Formats, simplified.

Every user-facing record carries the same bookkeeping (``RecordMixin``): a UUID that is stable
across vaults, who made and last changed it (the identity fingerprint of the vault), a version
counter, a content hash, and a tombstone flag instead of hard deletes, so that exchange between
vaults can tell new from old and deleted from never-seen. Controlled values (status, role,
sensitivity, act type) are stored as their snake_case codes; ``desktop_app.core.vocab`` checks
them. Partial dates are text: ``2010``, ``2010-06`` or ``2010-06-13``; empty means unknown.
"""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID, uuid4

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    Uuid,
    text,
)
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


class Draft(Base):
    """Unsaved form contents, autosaved so a crash or a lock loses nothing."""

    __tablename__ = "draft"

    id: Mapped[UUID] = mapped_column(primary_key=True, default=uuid4)
    record_kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[UUID | None]
    data: Mapped[dict[str, Any]]
    updated_at: Mapped[str] = mapped_column(String(32))


class SearchDocument(Base):
    """Which record a full-text row belongs to; its text is in ``search_fts``/``search_text``."""

    __tablename__ = "search_document"

    rowid: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_id: Mapped[UUID] = mapped_column(unique=True)
    record_kind: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[UUID | None] = mapped_column(index=True)
    # What search filters need from the record itself, so that filtering 20,000 matches does
    # not read 20,000 narratives: the days its date may mean (a case: its period), and a
    # testimony's status, sensitivity and witness.
    date_first: Mapped[str] = mapped_column(String(10), default="")
    date_last: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    sensitivity: Mapped[str] = mapped_column(String(16), default="")
    person_id: Mapped[UUID | None]


class SearchText(Base):
    """The original text of an indexed record, for snippets (the FTS5 index keeps no copy),
    and the folded name words it contributes to ``search_name_word``."""

    __tablename__ = "search_text"

    rowid: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # search_document's
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    names: Mapped[str] = mapped_column(Text, default="")


class SearchNameWord(Base):
    """A folded word of a person's name or a place, and how many indexed records use it: the
    words fuzzy search may expand a query word to (``search_fts_names`` indexes their
    trigrams under the same rowid)."""

    __tablename__ = "search_name_word"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    word: Mapped[str] = mapped_column(Text, unique=True)
    uses: Mapped[int] = mapped_column(default=0)


class SearchMeta(Base):
    """Facts about the search index, such as the folding rules its folded text was made with."""

    __tablename__ = "search_meta"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


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
    """A bundle this vault wrote or imported: sequence numbers and replay detection."""

    __tablename__ = "exchanged_bundle"

    bundle_id: Mapped[UUID] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # "sent" or "received"
    sender: Mapped[str] = mapped_column(String(64), index=True)  # key id
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
