"""People marked as not the same person: pairs the duplicates finder leaves out.

Among 20,000 people the finder lists hundreds of likely pairs, most of them namesakes; a user
who has compared a pair and found two people must not be asked about it again. A mark is this
vault's bookkeeping, not a record: no bundle and no JSON export carries it (a colleague decides
for their own vault), and it keeps no versions; a backup holds it with the rest of the vault.

A mark outlives the people it names: a person deleted or merged away keeps its row (the finder
reads live people only), and a person restored finds its marks again.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import NotSamePair, Person
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
