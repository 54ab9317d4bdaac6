"""The one write path for records: versions, revisions, audit entries and the index.

Every change to a record goes through ``RecordWriter`` inside a vault transaction. It bumps the
version only when the content really changed, keeps a full copy of each version in
``revision`` (so an edit never destroys testimony text), chains an audit entry, and keeps the
full-text index in step, all in the caller's transaction.

A record of this vault's own making (``create`` without a colleague's authorship, ``update``
with ``is_local_edit``, ``restore_version``) may not newly refer to a deleted or missing
record: it would point at nobody (export-json writes its witness as null, a dossier shows
none). A colleague's record may: their side may not know of the deletion yet, and a
concurrent delete must never block an exchange. A reference the record already had stays
allowed, so a testimony whose witness was deleted since can still be edited.

An import writes its new records together (``insert``): the same rows as ``create`` of each
in turn (tests/integration/test_batch_writes.py compares them), with one ``executemany`` per
table instead of statements per record, no ORM object, and each distinct word of their text
folded once. Both build their rows with the same helpers (``validate``, ``_add``); they differ
only in how the index is written (``index_new_records`` or ``index_record``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any, TypeVar
from uuid import UUID, uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import VocabularyTerm
from db.rows import RevisionRow, insert_records, insert_revisions
from db.vault_bookkeeping import Revision
from desktop_app.core.audit import AuditEvent, AuditLog
from desktop_app.core.content import MODEL_OF_KIND, Record, kind_of, to_content
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import InvalidInput, RecordDeleted, RecordNotFound, ReferenceDeleted
from desktop_app.core.exchange.references import references
from desktop_app.core.record_validation import ValidRecord, validate_record
from desktop_app.core.search.folding import WordFolder
from desktop_app.core.search.index import index_new_records, index_record
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY

R = TypeVar("R", bound=Record)
_BRINGING_BACK = ("restore", "resolve")  # the local edits that may undelete a record


@dataclass(frozen=True, slots=True)
class Authorship:
    """Who made a record and who last changed it, and when: a colleague's, for a record that
    arrives in a bundle (its revision and audit entry still say when it came in, and from whom)."""

    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


class RecordWriter:
    """Creates, updates and tombstones records on behalf of one vault identity."""

    def __init__(self, session: Session, actor: str) -> None:
        self.session = session
        self.actor = actor
        self.audit = AuditLog(session)
        self._act_types: set[str] | None = None
        # Folds the text of every record this writer indexes: an import's records share
        # most of their words, each folded once (for this transaction only).
        self._folder = WordFolder()

    @property
    def act_types(self) -> set[str]:
        """Codes of every act type this vault knows (built-in and added)."""
        if self._act_types is None:
            self._act_types = set(
                self.session.scalars(
                    select(VocabularyTerm.code).where(
                        VocabularyTerm.vocabulary == ACT_TYPE_VOCABULARY
                    )
                )
            )
        return self._act_types

    def _log_versions(self, saved: Sequence[tuple[str, RevisionRow]]) -> None:
        # Revisions and audit entries go to the database as plain INSERTs on the session's
        # connection (no ORM objects, one executemany for many records).
        insert_revisions(self.session.connection(), [revision for _, revision in saved])
        self.audit.append_many(
            AuditEvent(
                r.saved_at,
                r.saved_by,
                action,
                r.record_kind,
                r.record_id,
                r.version,
                r.content_hash,
            )
            for action, r in saved
        )

    def _record_version(self, record: Record, action: str, content: dict[str, Any]) -> None:
        revision = RevisionRow(
            kind_of(record),
            record.id,
            record.version,
            record.content_hash,
            record.is_deleted,
            content,
            record.updated_at,
            self.actor,
            record.updated_by,
        )
        self._log_versions([(action, revision)])
        index_record(self.session, record)

    def validate(self, kind: str, data: dict[str, Any]) -> ValidRecord:
        """Check data as a new record of this kind (with its id, or a new one); writes nothing."""
        record_id = UUID(str(data["id"])) if isinstance(data, dict) and data.get("id") else uuid4()
        return validate_record(kind, data, self.act_types, record_id)

    def create(
        self, kind: str, data: dict[str, Any], authorship: Authorship | None = None
    ) -> Record:
        """Validate data and add a new record of this kind (a new id unless data has one);
        authorship, if given, is the record's (else this vault's, now, and the record must
        refer only to live records: ReferenceDeleted otherwise, nothing written)."""
        valid = self.validate(kind, data)
        _refuse_unknown_fields(data, valid)
        if authorship is None:
            self._refuse_deleted_references(valid, None)
        self._add([valid], [authorship] if authorship else None)
        record = get_record(self.session, kind, valid.id)
        index_record(self.session, record)
        return record

    def insert(
        self, records: Sequence[ValidRecord], authorship: Sequence[Authorship] | None = None
    ) -> None:
        """Add new records (from ``validate``) together, in order: the rows ``create`` of each
        in turn would write, with one statement per table."""
        if records:
            self._add(records, authorship)
            index_new_records(self.session, records, self._folder)

    def _add(self, records: Sequence[ValidRecord], authorship: Sequence[Authorship] | None) -> None:
        # Pending ORM changes first: the new rows may refer to them.
        self.session.flush()
        rows: list[dict[str, Any]] = []
        saved: list[tuple[str, RevisionRow]] = []
        for index, valid in enumerate(records):
            now = utc_now()
            author = (
                authorship[index] if authorship else Authorship(now, self.actor, now, self.actor)
            )
            rows.append(
                {
                    **vars(valid.values),
                    "created_at": author.created_at,
                    "created_by": author.created_by,
                    "updated_at": author.updated_at,
                    "updated_by": author.updated_by,
                    "version": 1,
                    "content_hash": valid.content_hash,
                    "is_deleted": False,
                }
            )
            revision = RevisionRow(
                valid.kind,
                valid.id,
                1,
                valid.content_hash,
                False,
                valid.content,
                now,
                self.actor,
                author.updated_by,
            )
            saved.append(("create", revision))
        # One kind at a time, in order: a record may refer to one before it.
        for kind, run in groupby(zip(records, rows, strict=True), key=lambda pair: pair[0].kind):
            table: Any = MODEL_OF_KIND[kind].__table__
            insert_records(self.session.connection(), table, [row for _, row in run])
        self._log_versions(saved)

    def update(
        self,
        record: R,
        data: dict[str, Any],
        action: str = "update",
        *,
        is_local_edit: bool = False,
        author: str | None = None,
    ) -> bool:
        """Apply new content; returns False (and writes nothing) if nothing changed. author is
        the vault whose change this is: this one unless the version came in a colleague's
        bundle. A local
        edit (not a colleague's version) of a deleted record raises RecordDeleted unless it
        restores a version or resolves a conflict; one that sets or changes a reference to a
        deleted or missing record, or brings a record back with any such reference, raises
        ReferenceDeleted, leaving the record as it was."""
        before = record.content_hash
        was_deleted = record.is_deleted
        if is_local_edit and was_deleted and action not in _BRINGING_BACK:
            # A form opened before a bundle deleted the record must not bring it back.
            raise RecordDeleted(f"{kind_of(record)} {record.id} was deleted")
        current = to_content(record)
        # A one-line value the record holds from before the bound passes unchanged: an edit
        # of another field, a merge or a restore is not refused for it.
        valid = validate_record(
            kind_of(record), {**data, "id": str(record.id)}, self.act_types, record.id, held=current
        )
        if is_local_edit:
            _refuse_unknown_fields(data, valid)
            # A record brought back must point at live records only, even where it did before.
            self._refuse_deleted_references(valid, None if was_deleted else current)
        for column, value in vars(valid.values).items():
            setattr(record, column, value)
        if valid.content_hash == before and not was_deleted:
            return False
        record.content_hash = valid.content_hash
        record.is_deleted = False
        record.version += 1
        record.updated_at = utc_now()
        record.updated_by = author or self.actor
        self.session.flush()
        self._record_version(record, action, valid.content)
        return True

    def _refuse_deleted_references(self, valid: ValidRecord, before: dict[str, Any] | None) -> None:
        # Only what the write adds is checked (before: the record's content until now).
        kept = set(references(valid.kind, before)) if before is not None else set()
        added = [ref for ref in references(valid.kind, valid.content) if ref not in kept]
        for _, target, uid in gone_references(self.session, added):
            raise ReferenceDeleted(f"no {target} with id {uid}")

    def delete(self, record: Record, author: str | None = None) -> None:
        """Tombstone a record: it disappears from lists and search but keeps its history.
        author: as for update."""
        if record.is_deleted:
            return
        record.is_deleted = True
        record.version += 1
        record.updated_at = utc_now()
        record.updated_by = author or self.actor
        self.session.flush()
        self._record_version(record, "delete", to_content(record))

    def restore_version(self, record: Record, version: int) -> bool:
        """Make an earlier version's content current again, as a new version (keeping the
        current value of any field whose old value points at a record deleted since)."""
        revision = self.session.scalar(
            select(Revision).where(Revision.record_id == record.id, Revision.version == version)
        )
        if revision is None:
            raise RecordNotFound(f"{kind_of(record)} {record.id} has no version {version}")
        data = self.with_live_references(record, revision.data)
        return self.update(record, data, action="restore", is_local_edit=True)

    def with_live_references(self, record: Record, data: dict[str, Any]) -> dict[str, Any]:
        """data (an older or a colleague's version of record) with each field that points at
        a record deleted since (merged into another, maybe) set to its current value: the
        text comes back, not a link to nobody."""
        data, current = dict(data), to_content(record)
        for field, _, _ in gone_references(self.session, references(kind_of(record), data)):
            data[field] = current[field]
            if field == "owner":
                data["owner_kind"] = current["owner_kind"]
        return data


def _refuse_unknown_fields(data: dict[str, Any], valid: ValidRecord) -> None:
    # The vault's own callers only: a misnamed field ("is_protected" for "protected") would
    # otherwise be dropped without a word, and a witness meant to be protected would not be.
    unknown = sorted(set(data) - set(valid.content) - {"id"})
    if unknown:
        raise InvalidInput(f"{valid.kind}: unknown field {unknown[0]!r}")


def gone_references(
    session: Session, refs: Sequence[tuple[str, str, UUID]]
) -> list[tuple[str, str, UUID]]:
    """The references (field, kind, id), in their order, that point at a deleted or missing
    record."""
    live: dict[str, set[UUID]] = {}
    for target in {target for _, target, _ in refs}:
        model: Any = MODEL_OF_KIND[target]
        ids = {uid for _, kind, uid in refs if kind == target}
        query = select(model.id).where(model.id.in_(ids), model.is_deleted.is_(False))
        live[target] = set(session.scalars(query))
    return [ref for ref in refs if ref[2] not in live[ref[1]]]


def get_record(session: Session, kind: str, record_id: UUID) -> Record:
    """A record by kind and id (tombstoned ones included), or RecordNotFound."""
    record = session.get(MODEL_OF_KIND[kind], record_id)
    if record is None:
        raise RecordNotFound(f"no {kind} with id {record_id}")
    return record


def find_record(session: Session, record_id: UUID) -> Record:
    """A record of any kind by id, or RecordNotFound."""
    for model in MODEL_OF_KIND.values():
        record = session.get(model, record_id)
        if record is not None:
            return record
    raise RecordNotFound(f"no record with id {record_id}")


def history(session: Session, record_id: UUID) -> list[Revision]:
    """Every saved version of a record, oldest first."""
    return list(
        session.scalars(
            select(Revision).where(Revision.record_id == record_id).order_by(Revision.version)
        )
    )
