"""Deleting a case, person, testimony or event by hand, and bringing it back.

A deletion is a tombstone: the record keeps every version, colleagues receive it as deleted
with the next bundle, and ``restore_deleted`` makes its last version current again. Only a
record nothing else uses may be deleted: a testimony whose witness, or an event whose victim,
was deleted would point at nobody (``dangling`` lists such records after an import, where
two vaults' changes meet, but a single user's deletion can be stopped before it happens).
The user removes the uses first, or merges two records of one person instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, bindparam, func, select, text
from sqlalchemy.orm import Session

from db.models import (
    Attachment,
    Case,
    CaseParty,
    Contact,
    Event,
    Person,
    Revision,
    Testimony,
)
from desktop_app.core.content import to_content
from desktop_app.core.errors import InvalidInput, RecordNotFound, ReferenceDeleted, SandiqError
from desktop_app.core.exchange.conflicts import record_label
from desktop_app.core.exchange.references import references
from desktop_app.core.records import RecordWriter, get_record

DELETABLE = ("case", "person", "testimony", "event")
_MODELS: dict[str, Any] = {"case": Case, "person": Person, "testimony": Testimony, "event": Event}
_CITING = text("EXISTS (SELECT 1 FROM json_each(event.sources) WHERE value = :id)")
_NAMING = text(
    "EXISTS (SELECT 1 FROM json_each(event.victims) WHERE value = :id) "
    "OR EXISTS (SELECT 1 FROM json_each(event.perpetrators) WHERE value = :id)"
)


class RecordInUse(SandiqError):
    """A record other live records still use; uses counts them by kind ("testimony": 2)."""

    def __init__(self, kind: str, uses: dict[str, int]) -> None:
        listed = ", ".join(f"{count} {used_by}" for used_by, count in uses.items())
        super().__init__(f"this {kind} is still used by: {listed}")
        self.kind = kind
        self.uses = uses


@dataclass(frozen=True)
class DeletedRecord:
    """A deleted record, as the list of deleted records shows it."""

    kind: str
    record_id: UUID
    label: str
    deleted_at: str
    deleted_by: str  # the fingerprint of the vault that deleted it
    deleted_by_name: str  # that colleague's name; '' for this vault or one no longer known


def _json_holds(condition: Any, record_id: UUID) -> ColumnElement[bool]:
    return condition.bindparams(bindparam("id", str(record_id)))


def uses_of(session: Session, kind: str, record_id: UUID) -> dict[str, int]:
    """How many live records of each kind refer to this record (none: {})."""
    live_events = select(func.count()).select_from(Event).where(Event.is_deleted.is_(False))
    queries: dict[str, Any] = {
        "attachment": select(func.count())
        .select_from(Attachment)
        .where(Attachment.owner_id == record_id, Attachment.is_deleted.is_(False)),
    }
    if kind == "case":
        for model in (CaseParty, Testimony, Event):
            queries[model.__tablename__] = (
                select(func.count())
                .select_from(model)
                .where(model.case_id == record_id, model.is_deleted.is_(False))
            )
    elif kind == "person":
        queries["case_party"] = (
            select(func.count())
            .select_from(CaseParty)
            .where(CaseParty.person_id == record_id, CaseParty.is_deleted.is_(False))
        )
        queries["testimony"] = (
            select(func.count())
            .select_from(Testimony)
            .where(Testimony.witness_id == record_id, Testimony.is_deleted.is_(False))
        )
        queries["event"] = live_events.where(_json_holds(_NAMING, record_id))
    elif kind == "testimony":
        queries["event"] = live_events.where(_json_holds(_CITING, record_id))
    counts = {used_by: session.scalar(query) or 0 for used_by, query in queries.items()}
    return {used_by: count for used_by, count in counts.items() if count}


def _deletable(session: Session, kind: str, record_id: UUID) -> Any:
    if kind not in DELETABLE:
        raise InvalidInput(f"a {kind} cannot be deleted this way")
    record = get_record(session, kind, record_id)
    if record.is_deleted:
        raise RecordNotFound(f"{kind} {record_id} is deleted already")
    return record


def delete_unused(writer: RecordWriter, kind: str, record_id: UUID) -> None:
    """Tombstone a record nothing live refers to; RecordInUse (nothing written) otherwise."""
    record = _deletable(writer.session, kind, record_id)
    uses = uses_of(writer.session, kind, record_id)
    if uses:
        raise RecordInUse(kind, uses)
    writer.delete(record)


def deleted_records(session: Session, limit: int = 500) -> list[DeletedRecord]:
    """Deleted cases, people, testimonies and events, the latest deleted first."""
    names = {c.key_id: c.display_name for c in session.scalars(select(Contact))}
    found: list[DeletedRecord] = []
    for kind, model in _MODELS.items():
        query = (
            select(model)
            .where(model.is_deleted.is_(True))
            .order_by(model.updated_at.desc())
            .limit(limit)
        )
        found += [
            DeletedRecord(
                kind,
                r.id,
                record_label(kind, to_content(r)),
                r.updated_at,
                r.updated_by,
                names.get(r.updated_by, ""),
            )
            for r in session.scalars(query)
        ]
    found.sort(key=lambda d: d.deleted_at, reverse=True)
    return found[:limit]


def restore_deleted(writer: RecordWriter, kind: str, record_id: UUID) -> None:
    """Make a deleted record's last version before its deletion current again; raises
    ReferenceDeleted (nothing written) while a record it refers to is deleted too."""
    session = writer.session
    record = get_record(session, kind, record_id)
    if not record.is_deleted:
        return
    last_live = session.scalar(
        select(Revision)
        .where(Revision.record_id == record_id, Revision.is_deleted.is_(False))
        .order_by(Revision.version.desc())
        .limit(1)
    )
    if last_live is None:  # arrived deleted in a bundle: its one version is its content
        last_live = session.scalar(
            select(Revision).where(Revision.record_id == record_id).order_by(Revision.version)
        )
    assert last_live is not None
    gone = writer.gone(references(kind, last_live.data))
    if gone:
        _, target, uid = gone[0]
        raise ReferenceDeleted(f"restore the {target} {uid} first")
    writer.restore_version(record, last_live.version)
