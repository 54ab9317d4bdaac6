"""What tells people of one name apart in a picker: facts a user recognises (a birth year,
another name, how many testimonies they gave), not the start of an id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Person, Testimony


@dataclass(frozen=True)
class PersonHint:
    """The facts that tell a person from the others of the same name, each empty (None) when
    it does not: the same for all of them, unknown, or the person is protected."""

    short_id: str  # the start of the id: what is left when no fact tells them apart
    birth_year: str = ""
    other_name: str = ""
    testimonies: int | None = None  # given as the witness, live ones


def hints_for_same_names(
    session: Session, people: Sequence[tuple[UUID, str]]
) -> dict[UUID, PersonHint]:
    """A hint for each of these (id, name) people whose name another of them has too. A
    protected person's hint holds only the start of the id, as a picker showed before: their
    birth year, other names and testimonies stay in their record."""
    names = [name for _, name in people]
    twins = [person_id for person_id, name in people if names.count(name) > 1]
    if not twins:
        return {}
    facts = {
        row.id: row
        for row in session.execute(
            select(
                Person.id, Person.name, Person.birth_date, Person.other_names, Person.is_protected
            ).where(Person.id.in_(twins))
        )
    }
    given = dict(
        session.execute(
            select(Testimony.witness_id, func.count())
            .where(Testimony.witness_id.in_(twins), Testimony.is_deleted.is_(False))
            .group_by(Testimony.witness_id)
        ).all()
    )
    told: dict[UUID, PersonHint] = {}  # every fact, of the people not protected
    for person_id in twins:
        row = facts[person_id]
        if not row.is_protected:
            other = next((o for o in row.other_names if o.strip() != row.name.strip()), "")
            told[person_id] = PersonHint(
                str(person_id)[:6], row.birth_date[:4], other.strip(), given.get(person_id, 0)
            )
    hints = {}
    for person_id in twins:
        hint = PersonHint(str(person_id)[:6])
        if person_id in told:
            group = [told[o] for o in twins if o in told and facts[o].name == facts[person_id].name]
            hint = _telling(told[person_id], group)
        hints[person_id] = hint
    return hints


def _telling(hint: PersonHint, group: Sequence[PersonHint]) -> PersonHint:
    # Only the facts that differ within the group; a year or other name nobody wrote down
    # tells nothing and is left out.
    def differs(fact: str) -> bool:
        return len({getattr(each, fact) for each in group}) > 1

    return PersonHint(
        hint.short_id,
        hint.birth_year if differs("birth_year") else "",
        hint.other_name if differs("other_name") else "",
        hint.testimonies if differs("testimonies") else None,
    )
