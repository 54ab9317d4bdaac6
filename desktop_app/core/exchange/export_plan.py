"""What a bundle would carry, told before it is written: how many protected people it names,
and to whom a since-last bundle carries everything again.

A bundle carries a protected person's real name (the colleague's vault keeps her protected; see
docs/security.md), which a user who ticked "Protected" may not expect. A since-last bundle to a
colleague whose vault went back to a backup carries everything, from the start (``after_restore``):
a larger bundle than the user expects. The send wizard and ``sandiq bundle export`` say so, from
the same selection rules ``export_bundle`` packs by.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from db.exchange_state import Contact
from db.models import Person
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.after_restore import needs_everything_again
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
    contacts = _contacts(session, recipients)
    # As export_bundle does for a since-last export: every person changed after the mark of
    # the recipient served least far, or every one (mark 0) when one of them gets everything
    # again.
    if any(needs_everything_again(session, c.key_id) for c in contacts):
        mark = 0
    else:
        mark = min(c.records_sent_through for c in contacts)
    # Asked per protected person, through the audit log's record_id index: "IN (every
    # record changed since the mark)" read 140k audit entries of a large vault (0.5 s CPU)
    # to count the few protected people among them.
    changed = exists().where(AuditEntry.record_id == Person.id, AuditEntry.seq > mark)
    query = select(func.count()).select_from(Person).where(Person.is_protected, changed)
    return session.scalar(query) or 0


def sent_everything_again(session: Session, recipients: Sequence[str]) -> tuple[str, ...]:
    """The display names of those recipients (key ids or names) whose vault went back to a
    backup: a since-last bundle to them carries everything again, from the start.
    RecordNotFound for an unknown contact."""
    return tuple(
        c.display_name
        for c in _contacts(session, recipients)
        if needs_everything_again(session, c.key_id)
    )


def _contacts(session: Session, recipients: Sequence[str]) -> list[Contact]:
    if not recipients:
        raise InvalidInput("Name at least one contact to send the bundle to.")
    return [find_contact(session, who) for who in recipients]
