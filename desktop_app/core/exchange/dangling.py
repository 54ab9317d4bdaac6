"""Live records that an import leaves pointing at deleted people or cases.

Two colleagues work on at once: one merges two records of the same person (or deletes a
person or a case) while the other still adds testimonies, parties or events to the one that
went. Each vault applies the other's changes faithfully, and the new testimony ends up naming a
witness who no longer exists. Nothing is lost (the record keeps its text, the deleted one its
history), but the link now shows nobody, so the import names these records, and the user
chooses again whom they refer to. Only links that involve the bundle's records are looked at:
its live records' references, and this vault's records that point at what it deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, Case, CaseParty, Event, Person, Testimony
from desktop_app.core.content import to_content
from desktop_app.core.duplicates import events_naming
from desktop_app.core.exchange.conflicts import record_label
from desktop_app.core.exchange.merge import in_batches

# Live records that point at a person or a case: (model, column, field as the content names it).
_POINTING_AT: dict[str, tuple[tuple[Any, Any, str], ...]] = {
    "person": (
        (CaseParty, CaseParty.person_id, "person"),
        (Testimony, Testimony.witness_id, "witness"),
    ),
    "case": (
        (CaseParty, CaseParty.case_id, "case"),
        (Testimony, Testimony.case_id, "case"),
        (Event, Event.case_id, "case"),
    ),
}
_TARGET_MODEL: dict[str, Any] = {"person": Person, "case": Case}
_KIND_OF_MODEL = {CaseParty: "case_party", Testimony: "testimony", Event: "event"}


@dataclass(frozen=True)
class DanglingReference:
    """A live record whose field points at a deleted person or case."""

    kind: str
    record_id: UUID
    label: str
    field: str
    target_kind: str
    target_id: UUID
    target_label: str


def dangling_references(
    session: Session, targets: Iterable[tuple[str, UUID]]
) -> list[DanglingReference]:
    """Live records pointing at any of targets ((kind, id) of people and cases; others are
    ignored) that is deleted, in a stable order."""
    wanted: dict[str, set[UUID]] = {"person": set(), "case": set()}
    for kind, uid in targets:
        if kind in wanted:
            wanted[kind].add(uid)
    found: list[DanglingReference] = []
    for target_kind, ids in wanted.items():
        deleted = {record.id: record for record in _deleted(session, target_kind, ids)}
        if deleted:
            found += _pointing_at(session, target_kind, deleted)
    return sorted(found, key=lambda d: (d.kind, d.label, d.record_id.int, d.field))


def _deleted(session: Session, kind: str, ids: set[UUID]) -> list[Any]:
    model = _TARGET_MODEL[kind]
    return [
        record
        for batch in in_batches(ids)
        for record in session.scalars(select(model).where(model.id.in_(batch), model.is_deleted))
    ]


def _pointing_at(
    session: Session, target_kind: str, deleted: dict[UUID, Any]
) -> list[DanglingReference]:
    labels = {uid: record_label(target_kind, to_content(t)) for uid, t in deleted.items()}

    def dangling(kind: str, record: Any, field: str, target: UUID) -> DanglingReference:
        label = record_label(kind, to_content(record))
        return DanglingReference(kind, record.id, label, field, target_kind, target, labels[target])

    found = []
    for model, column, field in _POINTING_AT[target_kind]:
        for batch in in_batches(deleted):
            live = select(model).where(column.in_(batch), model.is_deleted.is_(False))
            found += [
                dangling(_KIND_OF_MODEL[model], record, field, getattr(record, column.key))
                for record in session.scalars(live)
            ]
    if target_kind == "person":  # one pass over the events' lists of people
        ids = {str(uid): uid for uid in deleted}
        naming = events_naming(deleted)
        for event in session.scalars(select(Event).where(Event.is_deleted.is_(False), naming)):
            for field in ("victims", "perpetrators"):
                found += [
                    dangling("event", event, field, ids[person])
                    for person in getattr(event, field)
                    if person in ids
                ]
    for batch in in_batches(deleted):
        owned = select(Attachment).where(
            Attachment.owner_kind == target_kind,
            Attachment.owner_id.in_(batch),
            Attachment.is_deleted.is_(False),
        )
        found += [
            dangling("attachment", record, "owner", record.owner_id)
            for record in session.scalars(owned)
        ]
    return found
