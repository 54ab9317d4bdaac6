"""What a bundle would carry, told before it is written: how many protected people it names.

A bundle carries a protected person's real name (the colleague's vault keeps her protected; see
docs/security.md), which a user who ticked "Protected" may not expect. The send wizard says so
before the file is written, from the same selection rules ``export_bundle`` packs by.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from db.models import Person
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.contacts import find_contact
from desktop_app.core.exchange.selection import select_cases

_BATCH = 500  # ids per IN (...) query, well below SQLite's variable limit


def protected_people_to_send(
    session: Session, recipients: Sequence[str], case_references: Sequence[str]
) -> int:
    """How many protected people (live or deleted: a tombstone keeps the name) a bundle of
    these cases would carry, or, with no cases, one of every change since the last bundle to
    these recipients (key ids or names). RecordNotFound for an unknown case or contact."""
    if case_references:
        people = sorted(select_cases(session, case_references, False)["person"])
        return sum(
            session.scalar(
                select(func.count())
                .select_from(Person)
                .where(Person.id.in_(people[start : start + _BATCH]), Person.is_protected)
            )
            or 0
            for start in range(0, len(people), _BATCH)
        )
    if not recipients:
        raise InvalidInput("Name at least one contact to send the bundle to.")
    # As changed_since does for a since-last export: every person changed after the mark of
    # the recipient served least far.
    mark = min(find_contact(session, who).records_sent_through for who in recipients)
    # Asked per protected person, through the audit log's record_id index: "IN (every
    # record changed since the mark)" read 140k audit entries of a large vault (0.5 s CPU)
    # to count the few protected people among them.
    changed = exists().where(AuditEntry.record_id == Person.id, AuditEntry.seq > mark)
    query = select(func.count()).select_from(Person).where(Person.is_protected, changed)
    return session.scalar(query) or 0
