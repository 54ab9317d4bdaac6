"""What a bundle would carry, told before it is written: how many protected people it names,
and to whom a since-last bundle carries everything again.

A bundle carries a protected person's real name (the colleague's vault keeps her protected; see
docs/security.md), which a user who ticked "Protected" may not expect. A since-last bundle to a
colleague whose vault went back to a backup carries everything, from the start (``after_restore``):
a larger bundle than the user expects. The send wizard and ``sandiq bundle export`` say so, from
the same selection rules ``export_bundle`` packs by, and find its recipients as it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True)
class ExportPlan:
    """What a bundle to these recipients would carry, as far as its sender is told before."""

    # The recipients (display names) a since-last bundle carries everything again, from the
    # start, as their vaults went back to a backup; none for chosen cases, which go whole.
    sent_everything_again: tuple[str, ...]
    # Protected people (live or deleted: a tombstone keeps the name) it names by real name.
    protected_people: int


def find_recipients(session: Session, who: Sequence[str]) -> list[Contact]:
    """The contacts named (key ids or names), each once. InvalidInput for none named or a name
    several contacts match, RecordNotFound for an unknown one."""
    if not who:
        raise InvalidInput("Name at least one contact to send the bundle to.")
    contacts: dict[str, Contact] = {}
    for name in who:
        contact = find_contact(session, name)
        contacts[contact.key_id] = contact
    return list(contacts.values())


def plan_export(
    session: Session, recipients: Sequence[str], case_references: Sequence[str]
) -> ExportPlan:
    """The plan of a bundle of these cases to these recipients (key ids or names), or with no
    cases, of every change since the last bundle to them. RecordNotFound for an unknown case or
    contact (contacts are looked up only for a since-last bundle)."""
    if case_references:
        return ExportPlan((), _protected_in_cases(session, case_references))
    contacts = find_recipients(session, recipients)
    again = [c for c in contacts if needs_everything_again(session, c.key_id)]
    # As export_bundle does for a since-last export: every person changed after the mark of
    # the recipient served least far, or every one (mark 0) when one of them gets everything
    # again.
    mark = 0 if again else min(c.records_sent_through for c in contacts)
    # Asked per protected person, through the audit log's record_id index: "IN (every
    # record changed since the mark)" read 140k audit entries of a large vault (0.5 s CPU)
    # to count the few protected people among them.
    changed = exists().where(AuditEntry.record_id == Person.id, AuditEntry.seq > mark)
    query = select(func.count()).select_from(Person).where(Person.is_protected, changed)
    return ExportPlan(tuple(c.display_name for c in again), session.scalar(query) or 0)


def _protected_in_cases(session: Session, case_references: Sequence[str]) -> int:
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
