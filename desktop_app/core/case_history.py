"""What changed in a case, page by page: the audit entries about its records, their
attachments and the people they name, newest first, and the content each version had.

A large case has thousands of entries, so History reads them a page at a time and, after a
save, only the few new ones; rows are frozen plain values that may outlive the session.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment
from db.vault_bookkeeping import AuditEntry, Revision
from desktop_app.core.attachments import OWNER_KINDS
from desktop_app.core.case_file import case_of_record, case_records, left_case, names_person
from desktop_app.core.exchange.references import references


@dataclass(frozen=True)
class HistoryRow:
    """One audit entry about a record of the case; version is set for record changes. Or the
    conflict decisions of one run shown as one row (``history_runs``): then decided names
    their records, and record_id and version are None."""

    seq: int
    at: str
    actor: str
    action: str
    record_kind: str
    record_id: UUID | None
    version: int | None
    decided: tuple[tuple[str, UUID], ...] = ()


HISTORY_PAGE = 100  # entries a case's History reads at a time: a few screens
# What a HistoryRow holds, in its order.
_HISTORY_COLUMNS = (
    AuditEntry.seq,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.action,
    AuditEntry.record_kind,
    AuditEntry.record_id,
    AuditEntry.version,
)


def case_history(
    session: Session, case_id: UUID, older_than: int | None = None, limit: int = HISTORY_PAGE
) -> list[HistoryRow]:
    """Up to limit audit entries about the case, every record in it and every person it names
    (attachments too), newest first, from before the entry numbered older_than if given: a
    large case has thousands, and reading them all took half a second on every save."""
    records, people = case_records(session, case_id)
    owners = [*records, *people]
    # Every owner kind listed, so that the attachments are found by their owner's index.
    attachments = select(Attachment.id).where(
        Attachment.owner_kind.in_(OWNER_KINDS), Attachment.owner_id.in_(owners)
    )
    ids = owners + list(session.scalars(attachments))
    query = select(*_HISTORY_COLUMNS).where(AuditEntry.record_id.in_(ids))
    if older_than is not None:
        query = query.where(AuditEntry.seq < older_than)
    rows = session.execute(query.order_by(AuditEntry.seq.desc()).limit(limit))
    return [HistoryRow(*r) for r in rows]


_NAMING_KINDS = ("case_party", "testimony", "event")  # the records that name people


def case_history_since(
    session: Session, case_id: UUID, newer_than: int, limit: int = HISTORY_PAGE
) -> list[HistoryRow] | None:
    """The audit entries about the case's records and people numbered after newer_than,
    newest first, read from the end of the log alone (a save adds one or two); None if they
    cannot replace a new case_history: more than limit entries are new, or one moved a record
    or a person into or out of the case, whose earlier entries become, or stop being, the
    case's."""
    rows = session.execute(
        select(*_HISTORY_COLUMNS)
        .where(AuditEntry.seq > newer_than, AuditEntry.record_id.is_not(None))
        .order_by(AuditEntry.seq.desc())
        .limit(limit + 1)
    ).all()
    if len(rows) > limit:
        return None
    changed = {row.record_id for row in rows}
    ours = []
    for row in (HistoryRow(*r) for r in rows):
        kind, record_id = row.record_kind, row.record_id
        if record_id is None:  # not asked for: the type checker cannot know
            continue
        if kind == "attachment":
            query = select(Attachment.owner_kind, Attachment.owner_id)
            owner = session.execute(query.where(Attachment.id == record_id)).first()
            if owner is None:
                continue
            kind, record_id = owner
        if kind == "person":
            if names_person(session, case_id, record_id):
                ours.append(row)
        elif case_of_record(session, kind, record_id) == case_id:
            if kind in _NAMING_KINDS and _moved_people(session, row, case_id, changed):
                return None
            ours.append(row)
        elif left_case(session, kind, record_id, case_id):
            return None
    return ours


def _moved_people(
    session: Session, row: HistoryRow, case_id: UUID, changed: Collection[UUID]
) -> bool:
    """True if this version of a case's party, testimony or event may have brought a record
    or a person into the case or taken a person out of it: it came from another case, names
    someone no other unchanged record of the case names, or no longer names someone the case
    names nowhere else. Unknown versions count as such a move."""
    if row.record_id is None or row.version is None:
        return True
    now = revision_content(session, row.record_id, row.version)
    before = revision_content(session, row.record_id, row.version - 1) if row.version > 1 else {}
    if now is None or before is None:
        return True
    if before and before.get("case") != str(case_id):
        return True
    named_now = _named_people(row.record_kind, now)
    named_before = _named_people(row.record_kind, before)
    # Named elsewhere by a record with no new entry: the person was the case's before too.
    joined = any(
        not names_person(session, case_id, person_id, other_than=changed)
        for person_id in named_now - named_before
    )
    return joined or any(
        not names_person(session, case_id, person_id) for person_id in named_before - named_now
    )


def _named_people(kind: str, content: dict[str, Any]) -> set[UUID]:
    if not content:
        return set()
    return {uid for _, target, uid in references(kind, content) if target == "person"}


def revision_content(session: Session, record_id: UUID, version: int) -> dict[str, Any] | None:
    """The content a record had at one version, or None if that version was not kept."""
    return session.scalar(
        select(Revision.data).where(Revision.record_id == record_id, Revision.version == version)
    )
