"""Everything shown about one case: its people, events and attachments, the short labels
its records go by, and which records and people belong to it.

A case holds tens or hundreds of records, not hundreds of thousands, so these lists are read
whole; they return frozen rows of plain values that may outlive the session. What changed in
a case, read a page at a time, is ``case_history``'s.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Select, or_, select, text
from sqlalchemy.orm import Session

from db.models import Attachment, Case, CaseParty, Event, Person, Testimony
from db.vault_bookkeeping import Revision
from desktop_app.core.dates import date_bounds
from desktop_app.core.exchange.references import references
from desktop_app.core.reference_folding import reference_key


@dataclass(frozen=True)
class PartyRow:
    """A person's part in a case."""

    id: UUID
    person_id: UUID
    name: str
    role: str
    is_protected: bool
    pseudonym: str
    sex: str  # a woman's role is named in the feminine where the language has one


@dataclass(frozen=True)
class EventRow:
    """One act or incident on a case's timeline."""

    id: UUID
    date: str
    place: str
    act_type: str
    description: str
    # Its victims' names, in the order the event lists them (deleted or unknown people left
    # out); protected people by name too, as the case's People tab shows them.
    victims: tuple[str, ...]


@dataclass(frozen=True)
class AttachmentRow:
    """A file kept in the vault for a case or one of its records."""

    id: UUID
    owner_kind: str
    owner_id: UUID
    file_name: str
    media_type: str
    size: int
    sha256: str
    received_at: str
    note: str


def case_parties(session: Session, case_id: UUID) -> list[PartyRow]:
    """The live people of a case with their roles, by name."""
    rows = session.execute(
        select(
            CaseParty.id,
            Person.id,
            Person.name,
            CaseParty.role,
            Person.is_protected,
            Person.pseudonym,
            Person.sex,
        )
        .join(Person, Person.id == CaseParty.person_id)
        .where(CaseParty.case_id == case_id, CaseParty.is_deleted.is_(False))
        .where(Person.is_deleted.is_(False))
        .order_by(Person.name, CaseParty.role)
    )
    return [PartyRow(*r) for r in rows]


def _timeline_key(row: EventRow) -> tuple[Any, ...]:
    bounds = date_bounds(row.date)
    # Undated events go last; an approximate date sorts by the first day it may mean.
    return (bounds is None, bounds[0] if bounds else None, row.date, str(row.id))


def case_timeline(session: Session, case_id: UUID) -> list[EventRow]:
    """The live events of a case in date order, undated ones last, with their victims' names
    (read for all events at once: a case has hundreds)."""
    rows = session.execute(
        select(
            Event.id, Event.date, Event.place, Event.act_type, Event.description, Event.victims
        ).where(Event.case_id == case_id, Event.is_deleted.is_(False))
    ).all()
    victims_of = {row.id: [UUID(text) for text in row.victims] for row in rows}
    names = _live_names(session, {uid for victims in victims_of.values() for uid in victims})
    events = (
        EventRow(
            row.id,
            row.date,
            row.place,
            row.act_type,
            row.description,
            tuple(names[uid] for uid in victims_of[row.id] if uid in names),
        )
        for row in rows
    )
    return sorted(events, key=_timeline_key)


def _live_names(session: Session, person_ids: set[UUID]) -> dict[UUID, str]:
    """The names of the live people among these, a query per 500."""
    wanted = sorted(person_ids)
    names: dict[UUID, str] = {}
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        query = select(Person.id, Person.name).where(
            Person.id.in_(wanted[start : start + _IDS_PER_QUERY]), Person.is_deleted.is_(False)
        )
        names.update((person_id, name) for person_id, name in session.execute(query))
    return names


def case_records(session: Session, case_id: UUID) -> tuple[dict[UUID, str], set[UUID]]:
    """The kinds of the case and its parties, testimonies and events by id, deleted ones too
    (their history stays the case's), and the people these name: parties, witnesses, victims
    and perpetrators. A query per kind, each row read once."""
    ids: dict[UUID, str] = {case_id: "case"}
    people: set[UUID] = set()
    parties = select(CaseParty.id, CaseParty.person_id).where(CaseParty.case_id == case_id)
    for rid, person_id in session.execute(parties):
        ids[rid] = "case_party"
        people.add(person_id)
    testimonies = select(Testimony.id, Testimony.witness_id).where(Testimony.case_id == case_id)
    for rid, witness_id in session.execute(testimonies):
        ids[rid] = "testimony"
        if witness_id is not None:
            people.add(witness_id)
    events = select(Event.id, Event.victims, Event.perpetrators).where(Event.case_id == case_id)
    for rid, victims, perpetrators in session.execute(events):
        ids[rid] = "event"
        people.update(UUID(person_id) for person_id in (*victims, *perpetrators))
    return ids, people


def case_attachments(session: Session, case_id: UUID) -> list[AttachmentRow]:
    """Live attachments of the case and of its testimonies and events, by file name."""
    owners = [
        rid for rid, kind in case_records(session, case_id)[0].items() if kind != "case_party"
    ]
    rows = session.execute(
        select(
            Attachment.id,
            Attachment.owner_kind,
            Attachment.owner_id,
            Attachment.file_name,
            Attachment.media_type,
            Attachment.size,
            Attachment.sha256,
            Attachment.received_at,
            Attachment.note,
        )
        .where(Attachment.owner_id.in_(owners), Attachment.is_deleted.is_(False))
        .order_by(Attachment.file_name, Attachment.id)
    )
    return [AttachmentRow(*r) for r in rows]


def _label_query(kind: str) -> Select[Any] | None:
    """(id, label) of records of kind; None for a kind without labels."""
    match kind:
        case "case":
            return select(Case.id, Case.reference)
        case "person":
            return select(Person.id, Person.name)
        case "case_party":
            return select(CaseParty.id, Person.name).join(Person, CaseParty.person_id == Person.id)
        case "testimony":
            return select(Testimony.id, Person.name).join(Person, Testimony.witness_id == Person.id)
        case "event":
            return select(Event.id, Event.place)
        case "attachment":
            return select(Attachment.id, Attachment.file_name)
    return None


_IDS_PER_QUERY = 500  # well under SQLite's limit on bound parameters


def record_titles(session: Session, records: Iterable[tuple[str, UUID]]) -> dict[UUID, str]:
    """Short human labels of (kind, id) records, a few queries per kind: a large case's
    History names 1,500 records, and one query each took 2 s. Unknown records are left out."""
    by_kind: dict[str, set[UUID]] = {}
    for kind, record_id in records:
        by_kind.setdefault(kind, set()).add(record_id)
    labels: dict[UUID, str] = {}
    for kind, ids in by_kind.items():
        query = _label_query(kind)
        if query is None:
            continue
        wanted = sorted(ids)
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start : start + _IDS_PER_QUERY]
            id_column = query.selected_columns[0]
            for record_id, label in session.execute(query.where(id_column.in_(chunk))):
                if label:
                    labels[record_id] = label
    return labels


def record_title(session: Session, kind: str, record_id: UUID) -> str:
    """A short human label for a record (reference, name, file name ...), or '' if unknown."""
    return record_titles(session, [(kind, record_id)]).get(record_id, "")


def reference_labels(
    session: Session, kind: str, contents: Iterable[dict[str, Any]]
) -> dict[str, str]:
    """Labels of the records these contents (of one kind) refer to, by id text: a version
    shows its witness by name, not by id. Records this vault does not hold are left out."""
    labels: dict[str, str] = {}
    for content in contents:
        try:
            found = references(kind, content)
        except (KeyError, ValueError):  # a version written before a field existed: ids stay
            continue
        for _, target, uid in found:
            if str(uid) not in labels:
                labels[str(uid)] = record_title(session, target, uid)
    return {uid: label for uid, label in labels.items() if label}


class CaseReferences:
    """The live cases by reference (``reference_key``: in any letter case and Unicode form),
    read once and kept current by the caller: a bulk resolution checks a thousand references,
    and reading every case for each took most of its time."""

    def __init__(self, session: Session) -> None:
        self._cases: dict[str, dict[UUID, None]] = {}  # reference_key -> ids, in read order
        self._folded: dict[UUID, str] = {}
        query = select(Case.id, Case.reference).where(Case.is_deleted.is_(False))
        for case_id, reference in session.execute(query):
            self._add(case_id, reference)

    def _add(self, case_id: UUID, reference: str) -> None:
        folded = reference_key(reference)
        self._folded[case_id] = folded
        self._cases.setdefault(folded, {})[case_id] = None

    def owner(self, reference: str, other_than: UUID | None) -> UUID | None:
        """The live case, other than other_than, that uses reference in any letter case or
        Unicode form."""
        owners = self._cases.get(reference_key(reference), {})
        return next((case_id for case_id in owners if case_id != other_than), None)

    def note(self, case: Case) -> None:
        """Take in a case written since the references were read (renamed or deleted)."""
        folded = self._folded.pop(case.id, None)
        if folded is not None:
            del self._cases[folded][case.id]
        if not case.is_deleted:
            self._add(case.id, case.reference)


def case_with_reference(session: Session, reference: str, other_than: UUID | None) -> UUID | None:
    """The live case, other than other_than, that uses reference in any letter case; references
    are unique among live cases (a dossier, a bundle and a colleague name a case by its
    reference, and `sandiq case show uz-1` finds UZ-1), so uz-1 beside UZ-1 is taken."""
    return CaseReferences(session).owner(reference, other_than)


def case_of_record(session: Session, kind: str, record_id: UUID) -> UUID | None:
    """The case a record belongs to (the case itself for a case), or None."""
    if kind == "case":
        return record_id
    model: Any = {"case_party": CaseParty, "testimony": Testimony, "event": Event}.get(kind)
    if model is None:
        return None
    return session.scalar(select(model.case_id).where(model.id == record_id))


# One query per list: with an OR between them, SQLite read every event of the vault.
_LISTS_PERSON = {
    field: text(f"EXISTS (SELECT 1 FROM json_each(event.{field}) WHERE value = :person)")
    for field in ("victims", "perpetrators")
}


def names_person(
    session: Session, case_id: UUID, person_id: UUID, other_than: Collection[UUID] = ()
) -> bool:
    """True if a party, testimony or event of the case (deleted or not, other than those
    listed) names the person: the case's History shows their changes. The Events tab names
    victims, who need not be parties of the case."""
    party = select(CaseParty.id).where(
        CaseParty.person_id == person_id, CaseParty.case_id == case_id
    )
    witness = select(Testimony.id).where(
        Testimony.witness_id == person_id, Testimony.case_id == case_id
    )
    if other_than:
        party = party.where(CaseParty.id.not_in(other_than))
        witness = witness.where(Testimony.id.not_in(other_than))
    found = [party.exists(), witness.exists()]
    for lists in _LISTS_PERSON.values():
        event = select(Event.id).where(
            Event.case_id == case_id, lists.bindparams(person=str(person_id))
        )
        if other_than:
            event = event.where(Event.id.not_in(other_than))
        found.append(event.exists())
    return session.scalar(select(or_(*found))) or False


def concerns_case(session: Session, kind: str, record_id: UUID, case_id: UUID) -> bool:
    """True if a change to this record can alter what the case's window shows: the case, a
    record in it, an attachment of one, or a person it names (see ``names_person``)."""
    if kind == "attachment":
        owner = session.execute(
            select(Attachment.owner_kind, Attachment.owner_id).where(Attachment.id == record_id)
        ).first()
        if owner is None:
            return False
        kind, record_id = owner
    if kind == "person":
        return names_person(session, case_id, record_id)
    in_case = case_of_record(session, kind, record_id) == case_id
    return in_case or left_case(session, kind, record_id, case_id)


def left_case(session: Session, kind: str, record_id: UUID, case_id: UUID) -> bool:
    """True if the version of a case's record before its present one was in the case: the
    record has just been moved out of it (an edit, a restored version)."""
    if kind not in ("case_party", "testimony", "event"):
        return False
    previous = session.scalars(
        select(Revision.data)
        .where(Revision.record_id == record_id)
        .order_by(Revision.version.desc())
        .offset(1)
        .limit(1)
    ).first()
    return previous is not None and previous.get("case") == str(case_id)
