"""The two people of a possible duplicate pair as the duplicates dialog compares them, and
which of them it suggests keeping."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy.orm import Session

from desktop_app.core.deletion import uses_of
from desktop_app.core.records import get_record


@dataclass(frozen=True)
class PersonSide:
    """One of two possible duplicates as the dialog compares them."""

    id: UUID
    name: str
    other_names: tuple[str, ...]
    birth_date: str
    is_protected: bool
    uses: Mapping[str, int]  # live records using this person, by kind (deletion.uses_of)
    created_at: str

    def use_count(self) -> int:
        """How many live records use this person."""
        return sum(self.uses.values())


def read_side(session: Session, person_id: UUID) -> PersonSide:
    """A person and what uses it, from the vault."""
    person = get_record(session, "person", person_id)
    return PersonSide(
        person.id,
        person.name,
        tuple(person.other_names),
        person.birth_date,
        person.is_protected,
        uses_of(session, "person", person_id),
        person.created_at,
    )


def suggested_keep(first: PersonSide, second: PersonSide) -> PersonSide:
    """The one to keep unless the user says otherwise: the one more records use (fewer
    changes), and of two used alike the older record."""
    return min(first, second, key=lambda side: (-side.use_count(), side.created_at, str(side.id)))
