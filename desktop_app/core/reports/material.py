"""What goes into a dossier, read from the vault: cases with their people, testimonies,
events and attachments, in reading order, and which testimonies consent lets us use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, Case, CaseParty, Event, Person, Testimony, VocabularyTerm
from desktop_app.core.dates import date_bounds
from desktop_app.core.errors import RecordNotFound
from desktop_app.core.reference_folding import live_case_id
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY, ROLES

IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp", "image/gif")


def date_sort_key(value: str) -> tuple[int, dt.date, int]:
    """Sort key of a partial date: earliest possible day, coarser dates first, unknown last."""
    bounds = date_bounds(value)
    if bounds is None:
        return (1, dt.date.max, 0)
    return (0, bounds[0], len(value))


def has_report_consent(testimony: Testimony) -> bool:
    """True if the witness consented to the testimony's use in reports."""
    return testimony.consent_given and "reports" in testimony.consent_scope


def wants_anonymity(testimony: Testimony) -> bool:
    """True if the witness consented only to anonymised use."""
    return testimony.consent_anonymise or "anonymised_only" in testimony.consent_scope


@dataclass(frozen=True)
class CaseMaterial:
    """One case and everything of it a dossier may show, as ORM objects of one session."""

    case: Case
    roles: dict[UUID, list[str]]  # person id → roles in this case, in vocabulary order
    persons: dict[UUID, Person]  # everyone named in the case (parties, witnesses, event people)
    testimonies: list[Testimony]  # with consent for reports, by date
    withheld_testimonies: int
    events: list[Event]  # by date, unknown dates last
    attachments: list[Attachment]  # of the case, its events, included testimonies and people

    def testimony_number(self, testimony_id: str) -> int | None:
        """1-based number of an included testimony, None if it is not in the dossier."""
        for number, testimony in enumerate(self.testimonies, start=1):
            if str(testimony.id) == testimony_id:
                return number
        return None


def act_type_labels(session: Session) -> dict[str, tuple[str, str, str]]:
    """Act type code → (English, Russian, Uzbek) labels, from the vault's vocabulary."""
    terms = session.scalars(
        select(VocabularyTerm).where(VocabularyTerm.vocabulary == ACT_TYPE_VOCABULARY)
    )
    return {t.code: (t.label_en, t.label_ru or t.label_en, t.label_uz or t.label_en) for t in terms}


def case_ids_for_references(session: Session, references: Sequence[str]) -> list[UUID]:
    """The ids of the live cases these references name, in order, found as ``sandiq case show``
    finds one (``reference_folding.live_case_id``); RecordNotFound or AmbiguousReference
    otherwise."""
    return [live_case_id(session, reference) for reference in references]


def gather_case(session: Session, case_id: UUID) -> CaseMaterial:
    """Everything of one case a dossier may show; RecordNotFound if it does not exist."""
    case = session.get(Case, case_id)
    if case is None or case.is_deleted:
        raise RecordNotFound(f"no case with id {case_id}")
    parties = session.scalars(
        select(CaseParty).where(CaseParty.case_id == case_id, CaseParty.is_deleted.is_(False))
    ).all()
    roles: dict[UUID, list[str]] = {}
    for party in parties:
        roles.setdefault(party.person_id, []).append(party.role)
    all_testimonies = session.scalars(
        select(Testimony).where(Testimony.case_id == case_id, Testimony.is_deleted.is_(False))
    ).all()
    testimonies = sorted(
        (t for t in all_testimonies if has_report_consent(t)),
        key=lambda t: (date_sort_key(t.date), t.time, t.created_at),
    )
    events = sorted(
        session.scalars(
            select(Event).where(Event.case_id == case_id, Event.is_deleted.is_(False))
        ).all(),
        key=lambda e: (date_sort_key(e.date), e.created_at),
    )
    for testimony in testimonies:
        if testimony.witness_id is not None:
            roles.setdefault(testimony.witness_id, []).append("witness")
    for event in events:
        for person_id in event.victims:
            roles.setdefault(UUID(person_id), []).append("victim")
        for person_id in event.perpetrators:
            roles.setdefault(UUID(person_id), []).append("perpetrator")
    persons = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.id.in_(roles), Person.is_deleted.is_(False))
        )
    }
    roles = {pid: sorted(set(r), key=ROLES.index) for pid, r in roles.items() if pid in persons}
    owners = [case.id, *(e.id for e in events), *(t.id for t in testimonies), *persons]
    attachments = session.scalars(
        select(Attachment)
        .where(Attachment.owner_id.in_(owners), Attachment.is_deleted.is_(False))
        .order_by(Attachment.received_at, Attachment.file_name)
    ).all()
    return CaseMaterial(
        case=case,
        roles=roles,
        persons=persons,
        testimonies=testimonies,
        withheld_testimonies=len(all_testimonies) - len(testimonies),
        events=events,
        attachments=list(attachments),
    )
