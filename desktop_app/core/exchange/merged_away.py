"""A person merged into another in one vault while a colleague edited it in theirs.

Merging (``duplicates.merge_persons``) tombstones the merged person, and a colleague's edit of
that person meets the tombstone as a conflict. Keeping the tombstone as it is would drop the
colleague's new names and values; so the conflict names the person it went into, and keeping the
merge merges the colleague's version again in the same way (``keep_merge``).

A bundle carries no link from a tombstone to the person it went into, but a merge leaves one in
that person: it holds every name of the merged one (its name and its other names). So the person
a tombstone went into is the live person whose names hold all of the tombstone's; when several
do (two people who merely share a name), the one changed last at or before the deletion, as the
merge changed it then. The same rule finds, for a case bundle, the tombstones of the people
merged into the people it carries (``merged_into_any``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from db.models import Person
from desktop_app.core.content import to_content
from desktop_app.core.duplicates import united
from desktop_app.core.id_batches import in_batches
from desktop_app.core.records import RecordWriter

_HOLDS_NAME = text("EXISTS (SELECT 1 FROM json_each(person.other_names) WHERE value = :name)")


def _names(content: Mapping[str, Any]) -> set[str]:
    return {n.strip().casefold() for n in [content["name"], *content["other_names"]] if n.strip()}


def _holds(person: Person, names: set[str]) -> bool:
    return names <= _names({"name": person.name, "other_names": person.other_names})


def merged_into(session: Session, deleted: Mapping[str, Any], deleted_at: str) -> Person | None:
    """The live person a deleted person (its content, and when it was deleted) was merged
    into: the one whose names hold all of its names; None if there is none."""
    name = deleted["name"]
    query = select(Person).where(
        Person.is_deleted.is_(False),
        Person.id != UUID(deleted["id"]),
        or_(Person.name == name, _HOLDS_NAME.bindparams(name=name)),
    )
    names = _names(deleted)
    candidates = [person for person in session.scalars(query) if _holds(person, names)]
    # The merge changed the kept person at the deletion; a later edit moves it past that.
    before = [person for person in candidates if person.updated_at <= deleted_at]
    if before:
        return max(before, key=lambda person: person.updated_at)
    return min(candidates, key=lambda person: person.updated_at, default=None)


def merged_into_any(session: Session, people: Iterable[UUID]) -> set[UUID]:
    """The deleted people whose names are all held by one of these people (merged into them)."""
    holders: dict[str, list[set[str]]] = {}
    for batch in in_batches(people):
        query = select(Person.name, Person.other_names).where(
            Person.id.in_(batch), Person.is_deleted.is_(False)
        )
        for name, other_names in session.execute(query):
            names = _names({"name": name, "other_names": other_names})
            for held in names:
                holders.setdefault(held, []).append(names)
    found = set()
    query = select(Person.id, Person.name, Person.other_names).where(Person.is_deleted.is_(True))
    for person_id, name, other_names in session.execute(query):
        names = _names({"name": name, "other_names": other_names})
        if any(names <= held for held in holders.get(name.strip().casefold(), ())):
            found.add(person_id)
    return found


def keep_merge(writer: RecordWriter, deleted: Person, edited: dict[str, Any], into: Person) -> None:
    """Keep a person merged into another although a colleague edited it: their version becomes
    the tombstone's content (nothing of it is lost: Vault > Deleted records shows it), and is
    merged into the kept person as a merge does (new names, empty fields filled)."""
    writer.update(deleted, edited, action="resolve", is_local_edit=True)
    writer.delete(deleted)
    writer.update(into, united(to_content(into), edited), action="merge", is_local_edit=True)
