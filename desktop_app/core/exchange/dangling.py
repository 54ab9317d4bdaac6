"""Live records that an import leaves pointing at deleted records.

Two colleagues work on at once: one merges two records of the same person, or deletes a
person, a case, a testimony or an event, while the other still adds testimonies, parties or
events to the one that went, cites the testimony as an event's source, or attaches a file to
it. Each vault applies the other's changes faithfully, and the new testimony ends up naming a
witness who no longer exists. Nothing is lost (the record keeps its text, the deleted one its
history), but the link now shows nobody, so the import names these records, and the user
chooses again what they refer to. Only links that involve the bundle's records are looked at:
its live records' references, and this vault's records that point at what it deleted.
``sandiq verify`` names them again, all of them, with ``all_dangling_references``, for as long
as they are left so; and records pointing at one that does not exist at all, which no import
makes, but a damaged vault or a bug may leave (and a bundle could not be sent from such a vault):
verify counts those as problems, not warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import TextClause, bindparam, func, or_, select, text, true
from sqlalchemy.orm import Session

from db.models import Attachment, Case, CaseParty, Event, Person, Testimony
from desktop_app.core.authors import vault_names
from desktop_app.core.content import KIND_OF_MODEL, record_label, to_content
from desktop_app.core.exchange.held_entering import held_entering, kept_out_entering
from desktop_app.core.id_batches import in_batches
from desktop_app.core.identity import load_identity
from desktop_app.core.merge_targets import merge_targets
from desktop_app.core.person_merge import events_naming

# The kinds a live record can be left pointing at; also every kind that may own attachments.
_TARGET_MODEL: dict[str, Any] = {
    "person": Person,
    "case": Case,
    "testimony": Testimony,
    "event": Event,
}
# Live records that point at a target by one column: (model, column, field as the content
# names it). Deleting by hand (core/deletion.py) counts the same links.
POINTING_AT: dict[str, tuple[tuple[Any, Any, str], ...]] = {
    "person": (
        (CaseParty, CaseParty.person_id, "person"),
        (Testimony, Testimony.witness_id, "witness"),
    ),
    "case": (
        (CaseParty, CaseParty.case_id, "case"),
        (Testimony, Testimony.case_id, "case"),
        (Event, Event.case_id, "case"),
    ),
    "testimony": (),
    "event": (),
}
_EVENTS_CITING = text("EXISTS (SELECT 1 FROM json_each(event.sources) WHERE value IN :ids)")


def events_citing(testimony_ids: Iterable[UUID]) -> TextClause:
    """A condition on events: one of these testimonies is among its sources."""
    return _EVENTS_CITING.bindparams(
        bindparam("ids", [str(uid) for uid in testimony_ids], expanding=True)
    )


# Events' lists of ids (JSON arrays) that hold a target: a condition finding the events that
# list any of some ids, and the fields to read them from.
LISTED_BY_EVENTS: dict[str, tuple[Callable[[Iterable[UUID]], Any], tuple[str, ...]]] = {
    "person": (events_naming, ("victims", "perpetrators")),
    "testimony": (events_citing, ("sources",)),
}


@dataclass(frozen=True)
class DanglingReference:
    """A live record whose field points at a deleted person, case, testimony or event (an
    attachment's field "owner" at the record it belongs to); is_target_missing: at one that
    does not exist at all, so target_label is empty; is_target_held: at a person held for
    coming in under a protected person's name (``held_entering``), whom nobody here deleted,
    and whose name, hers, target_label leaves out, as it does for one the user kept out
    (``kept_out_entering``); is_target_kept_out: at such a person the user kept out of this
    vault, no deletion or merge of anyone's either.

    So that a researcher reads who did what, not a field name: case_reference is the live
    record's case ('' for an attachment, or when the target is that case); deleted_by the
    name of the colleague who deleted the target (or merged it away), '' when this vault did
    (is_deleted_here) or the colleague is unknown here; merged_into_id and merged_into_label
    the person a merge kept, for a person merged into another."""

    kind: str
    record_id: UUID
    label: str
    field: str
    target_kind: str
    target_id: UUID
    target_label: str
    is_target_missing: bool = False
    is_target_held: bool = False
    is_target_kept_out: bool = False
    case_reference: str = ""
    deleted_by: str = ""
    is_deleted_here: bool = False
    merged_into_id: UUID | None = None
    merged_into_label: str = ""


def dangling_references(
    session: Session, targets: Iterable[tuple[str, UUID]]
) -> list[DanglingReference]:
    """Live records pointing at any of targets ((kind, id) of people, cases, testimonies and
    events; other kinds are ignored) that is deleted, in a stable order."""
    wanted: dict[str, set[UUID]] = {kind: set() for kind in _TARGET_MODEL}
    for kind, uid in targets:
        if kind in wanted:
            wanted[kind].add(uid)
    deleted: dict[UUID, tuple[str, Any]] = {}  # id: (kind, record)
    for kind, ids in wanted.items():
        for record in _deleted(session, kind, ids):
            deleted[record.id] = (kind, record)
    if not deleted:
        return []
    found: list[tuple[str, Any, str, UUID]] = []
    for target_kind in _TARGET_MODEL:
        of_kind = [uid for uid, (kind, _) in deleted.items() if kind == target_kind]
        if of_kind:
            found += list(_uses(session, target_kind, of_kind))
    # One pass over the attachments of every deleted record, whatever its kind.
    for batch in in_batches(deleted):
        owned = select(Attachment).where(
            Attachment.owner_id.in_(batch), Attachment.is_deleted.is_(False)
        )
        found += [
            ("attachment", record, "owner", record.owner_id)
            for record in session.scalars(owned)
            if record.owner_kind == deleted[record.owner_id][0]
        ]
    return sorted(_described(session, found, deleted), key=_reading_order)


def all_dangling_references(session: Session) -> list[DanglingReference]:
    """Every live record of the vault pointing at a person, case, testimony or event that is
    deleted or does not exist, in a stable order; a few queries per kind of link, however large
    the vault."""
    found = []
    for target_kind in _TARGET_MODEL:
        uses = list(_uses_of_gone(session, target_kind))
        deleted = {
            record.id: (target_kind, record)
            for record in _deleted(session, target_kind, {uid for *_, uid in uses})
        }
        found += _described(session, [use for use in uses if use[3] in deleted], deleted)
        found += [
            DanglingReference(
                kind,
                record.id,
                record_label(kind, to_content(record)),
                field,
                target_kind,
                uid,
                "",
                is_target_missing=True,
            )
            for kind, record, field, uid in uses
            if uid not in deleted
        ]
    return sorted(found, key=_reading_order)


def _uses_of_gone(session: Session, target_kind: str) -> Iterable[tuple[str, Any, str, UUID]]:
    """(kind, live record, field, target id) for each link to a record of a kind that is
    deleted or does not exist."""
    target = _TARGET_MODEL[target_kind]
    # "IN (the deleted ids)", not a join: SQLite then reads the few deleted targets and looks
    # their users up by index, where a join had it read every testimony of a large vault.
    deleted = select(target.id).where(target.is_deleted.is_(True))
    existing = select(target.id)
    for model, column, field in POINTING_AT[target_kind]:
        # The ids named and not found are read off the column's index, and their users looked
        # up by it in turn: a plain NOT IN on the records would read every testimony.
        absent = select(column).where(column.not_in(existing))
        for gone in (deleted, absent):
            query = select(model).where(column.in_(gone), model.is_deleted.is_(False))
            for record in session.scalars(query):
                yield KIND_OF_MODEL[model], record, field, getattr(record, column.key)
    for field in LISTED_BY_EVENTS[target_kind][1] if target_kind in LISTED_BY_EVENTS else ():
        listed = func.json_each(getattr(Event, field)).table_valued("value").alias("listed")
        # The lists hold ids as text with dashes, the tables as 32 hex digits.
        listed_id = func.replace(listed.c.value, "-", "")
        events = (
            select(Event, listed.c.value)
            .join_from(Event, listed, true())
            .where(
                Event.is_deleted.is_(False),
                or_(listed_id.in_(deleted), listed_id.not_in(existing)),
            )
        )
        for event, uid in session.execute(events):
            yield "event", event, field, UUID(uid)
    of_kind = Attachment.owner_kind == target_kind
    absent = select(Attachment.owner_id).where(of_kind, Attachment.owner_id.not_in(existing))
    for gone in (deleted, absent):
        owned = select(Attachment).where(
            of_kind, Attachment.owner_id.in_(gone), Attachment.is_deleted.is_(False)
        )
        for record in session.scalars(owned):
            yield "attachment", record, "owner", record.owner_id


def _described(
    session: Session,
    uses: Iterable[tuple[str, Any, str, UUID]],
    deleted: dict[UUID, tuple[str, Any]],
) -> list[DanglingReference]:
    """The uses (kind, live record, field, target id) as the user reads them; deleted gives
    each target's (kind, deleted record)."""
    uses = list(uses)
    people = {uid for *_, uid in uses if deleted[uid][0] == "person"}
    held = held_entering(session, people)
    # Kept out by the user, it is deleted, but its name is still a protected person's.
    kept_out = kept_out_entering(session, people - held)
    unnamed = held | kept_out
    merged = merge_targets(session, [deleted[uid][1] for uid in people - unnamed])
    kept_names = _names(session, set(merged.values()))
    cases = _case_references(session, {getattr(record, "case_id", None) for _, record, *_ in uses})
    own, names = load_identity(session).fingerprint, vault_names(session)
    found = []
    for kind, record, field, uid in uses:
        target_kind, target = deleted[uid]
        target_label = record_label(target_kind, to_content(target))
        into = merged.get(uid)
        found.append(
            DanglingReference(
                kind,
                record.id,
                record_label(kind, to_content(record)),
                field,
                target_kind,
                uid,
                "" if uid in unnamed else target_label,
                is_target_held=uid in held,
                is_target_kept_out=uid in kept_out,
                case_reference=_case_of(kind, record, field, cases),
                deleted_by=names.get(target.updated_by, ""),
                is_deleted_here=target.updated_by == own,
                merged_into_id=into,
                merged_into_label=kept_names.get(into, "") if into is not None else "",
            )
        )
    return found


def _case_of(kind: str, record: Any, field: str, cases: dict[UUID, str]) -> str:
    # An attachment has no case of its own; one left on a deleted case has it as its target.
    if kind == "attachment" or field == "case":
        return ""
    return cases.get(record.case_id, "")


def _names(session: Session, people: set[UUID]) -> dict[UUID, str]:
    return {
        uid: name
        for batch in in_batches(people)
        for uid, name in session.execute(select(Person.id, Person.name).where(Person.id.in_(batch)))
    }


def _case_references(session: Session, case_ids: set[UUID | None]) -> dict[UUID, str]:
    """The references of these cases, deleted ones too (a record may stay in one)."""
    return {
        uid: reference
        for batch in in_batches({uid for uid in case_ids if uid is not None})
        for uid, reference in session.execute(
            select(Case.id, Case.reference).where(Case.id.in_(batch))
        )
    }


def is_every_target_held(dangling: Sequence[DanglingReference]) -> bool:
    """True when there are such records and each points at a person held for the user's
    decision, none at a deleted one: then nothing is to be restored, a conflict decided."""
    return bool(dangling) and all(d.is_target_held for d in dangling)


def _reading_order(d: DanglingReference) -> tuple[str, str, int, str]:
    return d.kind, d.label, d.record_id.int, d.field


def _deleted(session: Session, kind: str, ids: set[UUID]) -> list[Any]:
    model = _TARGET_MODEL[kind]
    return [
        record
        for batch in in_batches(ids)
        for record in session.scalars(select(model).where(model.id.in_(batch), model.is_deleted))
    ]


def _uses(
    session: Session, target_kind: str, ids: list[UUID]
) -> Iterable[tuple[str, Any, str, UUID]]:
    """(kind, live record, field, target id) for each link to one of ids, attachments aside."""
    for model, column, field in POINTING_AT[target_kind]:
        for batch in in_batches(ids):
            live = select(model).where(column.in_(batch), model.is_deleted.is_(False))
            for record in session.scalars(live):
                yield KIND_OF_MODEL[model], record, field, getattr(record, column.key)
    if target_kind in LISTED_BY_EVENTS:  # one pass over the events' lists of ids
        listing, fields = LISTED_BY_EVENTS[target_kind]
        for batch in in_batches(ids):
            by_text = {str(uid): uid for uid in batch}
            events = select(Event).where(Event.is_deleted.is_(False), listing(batch))
            for event in session.scalars(events):
                for field in fields:
                    for listed in getattr(event, field):
                        if listed in by_text:
                            yield "event", event, field, by_text[listed]
