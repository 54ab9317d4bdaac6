"""Merging one person into another: the person entered twice becomes one, and nothing is lost.

``merge_persons`` makes the kept person hold everything the other had (roles in cases,
testimonies as witness, events as victim or perpetrator, attached files, names and details),
through the record write path, so every change keeps its revision and audit entry; the other
is then tombstoned, and the kept person inherits its "not the same person" marks. Finding who
may be entered twice is ``duplicates``'. ``united`` is also how a colleague's edit of a
merged-away person joins the person it went into (``exchange.merged_away``), and
``events_naming`` serves ``exchange.dangling`` too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, bindparam, select, text

from db.models import Attachment, CaseParty, Event, Person, Testimony
from desktop_app.core.content import to_content
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.not_same_pairs import carry_marks
from desktop_app.core.records import RecordWriter


@dataclass(frozen=True)
class MergeSummary:
    """What merge_persons changed: the records moved to the kept person, and the case parties
    removed because the two held the same role in the same case."""

    kept: UUID
    merged: UUID
    case_parties: int
    testimonies: int
    events: int
    attachments: int
    case_parties_removed: int = 0


def _live_person(writer: RecordWriter, person_id: UUID) -> Person:
    person = writer.session.get(Person, person_id)
    if person is None or person.is_deleted:
        raise RecordNotFound(f"no person with id {person_id}")
    return person


def united(keep: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The content of person keep once other (a person's content) is merged into it: other's
    names join keep's other names, other's values fill keep's empty fields, notes are joined,
    and protection is kept if either had it."""
    content = dict(keep)
    seen = {keep["name"].strip().casefold()}
    names = []
    for name in [*keep["other_names"], other["name"], *other["other_names"]]:
        if name.strip() and name.strip().casefold() not in seen:
            seen.add(name.strip().casefold())
            names.append(name)
    content["other_names"] = names
    for field in ("sex", "birth_date", "ethnicity", "nationality", "occupation", "contact"):
        if not content[field] and other[field]:
            content[field] = other[field]
    if other["notes"] and other["notes"] not in content["notes"]:
        content["notes"] = "\n\n".join(n for n in (content["notes"], other["notes"]) if n)
    # Protection is never lost by a merge: if either was protected, the person stays so.
    content["protected"] = keep["protected"] or other["protected"]
    content["pseudonym"] = keep["pseudonym"] or other["pseudonym"]
    return content


_EVENTS_NAMING = text(
    "EXISTS (SELECT 1 FROM json_each(event.victims) WHERE value IN :ids) "
    "OR EXISTS (SELECT 1 FROM json_each(event.perpetrators) WHERE value IN :ids)"
)


def events_naming(person_ids: Iterable[UUID]) -> ColumnElement[bool]:
    """A condition on events: one of these people is among its victims or perpetrators."""
    return _EVENTS_NAMING.bindparams(
        bindparam("ids", [str(uid) for uid in person_ids], expanding=True)
    )


def _merge_case_parties(writer: RecordWriter, keep_id: UUID, merge_id: UUID) -> tuple[int, int]:
    """Give keep_id every role merge_id had, one party per case and role; (moved, removed)."""
    parties = writer.session.scalars(
        select(CaseParty)
        .where(CaseParty.person_id.in_([keep_id, merge_id]), CaseParty.is_deleted.is_(False))
        .order_by(CaseParty.id)
    ).all()
    roles: dict[tuple[UUID, str], list[CaseParty]] = defaultdict(list)
    for party in parties:
        roles[(party.case_id, party.role)].append(party)
    moved = removed = 0
    for same_role in roles.values():
        # Of two parties for one role the one with the smaller id stays, whichever person it
        # named: two colleagues who merge the pair in opposite directions then delete the same
        # party, and the role survives their exchange instead of going in both vaults.
        survivor, *duplicates = same_role
        if survivor.person_id != keep_id:
            writer.update(survivor, {**to_content(survivor), "person": str(keep_id)}, "merge")
            moved += 1
        for duplicate in duplicates:
            writer.delete(duplicate)
            removed += 1
    return moved, removed


def merge_persons(writer: RecordWriter, keep_id: UUID, merge_id: UUID) -> MergeSummary:
    """Make keep_id the one person: repoint merge_id's case parties, testimonies, events and
    attachments to it, add merge_id's names to its other names (and fill its empty fields),
    then tombstone merge_id and carry its "not the same person" marks to keep_id. Every change
    is a new version with its audit entry (the kept person's is action "merge"); on any error
    the caller's transaction leaves all unchanged."""
    if keep_id == merge_id:
        raise InvalidInput("a person cannot be merged with itself")
    keep, merge = _live_person(writer, keep_id), _live_person(writer, merge_id)
    session = writer.session
    moved = {"case_parties": 0, "testimonies": 0, "events": 0, "attachments": 0}
    moved["case_parties"], removed = _merge_case_parties(writer, keep_id, merge_id)
    for testimony in session.scalars(
        select(Testimony).where(Testimony.witness_id == merge_id, Testimony.is_deleted.is_(False))
    ).all():
        writer.update(testimony, {**to_content(testimony), "witness": str(keep_id)}, "merge")
        moved["testimonies"] += 1
    old, new = str(merge_id), str(keep_id)
    for event in session.scalars(
        select(Event).where(Event.is_deleted.is_(False), events_naming([merge_id]))
    ).all():
        content = to_content(event)
        for role in ("victims", "perpetrators"):
            content[role] = list(dict.fromkeys(new if p == old else p for p in content[role]))
        writer.update(event, content, action="merge")
        moved["events"] += 1
    for attachment in session.scalars(
        select(Attachment).where(Attachment.owner_id == merge_id, Attachment.is_deleted.is_(False))
    ).all():
        writer.update(attachment, {**to_content(attachment), "owner": new}, action="merge")
        moved["attachments"] += 1
    writer.update(keep, united(to_content(keep), to_content(merge)), action="merge")
    writer.delete(merge)
    carry_marks(session, merge_id, keep_id)
    return MergeSummary(keep_id, merge_id, **moved, case_parties_removed=removed)
