"""People marked as not the same person: pairs the duplicates finder leaves out.

Among 20,000 people the finder lists hundreds of likely pairs, most of them namesakes; a user
who has compared a pair and found two people must not be asked about it again. A mark is this
vault's bookkeeping, not a record: no bundle and no JSON export carries it (a colleague decides
for their own vault), and it keeps no versions; a backup holds it with the rest of the vault.

A mark outlives the people it names: a person deleted or merged away keeps its row (the finder
reads live people only), and a person restored finds its marks again. A merge also carries the
merged person's marks over to the person kept (``carry_marks``): A and B are two people, so once
B has become C, A and C are too.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Person
from db.vault_bookkeeping import NotSamePair
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import InvalidInput, RecordNotFound


def ordered_pair(first: UUID, second: UUID) -> tuple[UUID, UUID]:
    """The two ids as a mark stores them (and as the finder pairs them): the lower first."""
    return (first, second) if first < second else (second, first)


def mark_not_same(session: Session, first: UUID, second: UUID) -> bool:
    """Record that the two live people are two people; False if they were marked already (the
    first decision's time stays). Raises InvalidInput for one person named twice, and
    RecordNotFound for an id that is no live person, writing nothing."""
    if first == second:
        raise InvalidInput("a person cannot be marked as not the same as themself")
    for person_id in (first, second):
        person = session.get(Person, person_id)
        if person is None or person.is_deleted:
            raise RecordNotFound(f"no person with id {person_id}")
    a, b = ordered_pair(first, second)
    if session.get(NotSamePair, (a, b)) is not None:
        return False
    session.add(NotSamePair(person_a_id=a, person_b_id=b, decided_at=utc_now()))
    session.flush()
    return True


def unmark_not_same(session: Session, first: UUID, second: UUID) -> bool:
    """Forget that the two are not the same person, so that the finder lists them again;
    False if they were not marked."""
    mark = session.get(NotSamePair, ordered_pair(first, second))
    if mark is None:
        return False
    session.delete(mark)
    session.flush()
    return True


def not_same_pairs(session: Session) -> set[tuple[UUID, UUID]]:
    """Every marked pair, the lower id first, whether its people are live or not."""
    rows = session.execute(select(NotSamePair.person_a_id, NotSamePair.person_b_id))
    return {(a, b) for a, b in rows}


def carry_marks(session: Session, merged: UUID, kept: UUID) -> int:
    """Mark kept as not the same as everyone merged is marked against (but not kept itself),
    each with the first decision's time; merged's own marks stay for a restore. Returns how
    many marks were added; writes in the caller's transaction."""
    marks = session.scalars(
        select(NotSamePair).where(
            or_(NotSamePair.person_a_id == merged, NotSamePair.person_b_id == merged)
        )
    ).all()
    added = 0
    for mark in marks:
        other = mark.person_b_id if mark.person_a_id == merged else mark.person_a_id
        if other == kept:
            continue  # merged and kept were marked as two people; the merge overrules that
        a, b = ordered_pair(other, kept)
        if session.get(NotSamePair, (a, b)) is None:
            session.add(NotSamePair(person_a_id=a, person_b_id=b, decided_at=mark.decided_at))
            added += 1
    session.flush()
    return added
