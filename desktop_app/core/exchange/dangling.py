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

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import Attachment, Case, CaseParty, Event, Person, Testimony
from desktop_app.core.content import to_content
from desktop_app.core.exchange.conflicts import record_label

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
_EVENTS_NAMING = text(
    "EXISTS (SELECT 1 FROM json_each(event.victims) WHERE value = :id) "
    "OR EXISTS (SELECT 1 FROM json_each(event.perpetrators) WHERE value = :id)"
)
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
        for target in _deleted(session, target_kind, ids):
            found += _pointing_at(session, target_kind, target)
    return sorted(found, key=lambda d: (d.kind, d.label, d.record_id.int, d.field))


def _deleted(session: Session, kind: str, ids: set[UUID]) -> list[Any]:
    model = _TARGET_MODEL[kind]
    pending = sorted(ids, key=lambda uid: uid.int)
    deleted: list[Any] = []
    for start in range(0, len(pending), 500):
        batch = pending[start : start + 500]
        deleted += session.scalars(select(model).where(model.id.in_(batch), model.is_deleted))
    return deleted


def _pointing_at(session: Session, target_kind: str, target: Any) -> list[DanglingReference]:
    target_label = record_label(target_kind, to_content(target))

    def dangling(kind: str, record: Any, field: str) -> DanglingReference:
        label = record_label(kind, to_content(record))
        return DanglingReference(
            kind, record.id, label, field, target_kind, target.id, target_label
        )

    found = [
        dangling(_KIND_OF_MODEL[model], record, field)
        for model, column, field in _POINTING_AT[target_kind]
        for record in session.scalars(
            select(model).where(column == target.id, model.is_deleted.is_(False))
        )
    ]
    if target_kind == "person":
        naming = _EVENTS_NAMING.bindparams(id=str(target.id))
        for event in session.scalars(select(Event).where(Event.is_deleted.is_(False), naming)):
            field = "victims" if str(target.id) in event.victims else "perpetrators"
            found.append(dangling("event", event, field))
    owned = select(Attachment).where(
        Attachment.owner_kind == target_kind,
        Attachment.owner_id == target.id,
        Attachment.is_deleted.is_(False),
    )
    found += [dangling("attachment", record, "owner") for record in session.scalars(owned)]
    return found
