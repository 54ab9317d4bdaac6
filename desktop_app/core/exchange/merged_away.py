"""A person merged into another in one vault while a colleague edited it in theirs.

Merging (``person_merge.merge_persons``) tombstones the merged person, and a colleague's edit of
that person meets the tombstone as a conflict. Keeping the tombstone as it is would drop the
colleague's new names and values; so the conflict names the person it went into, and keeping the
merge merges the colleague's version again in the same way (``keep_merge``).

A bundle carries no link from a tombstone to the person it went into, but a merge leaves one in
that person: it holds every name of the merged one (its name and its other names). So the person
a tombstone went into is the live person whose names hold all of the tombstone's; when several
do (two people who merely share a name), the one changed last at or before the deletion, as the
merge changed it then. The same rule finds, for a case bundle, the tombstones of the people
merged into the people it carries (``merged_into_any``), and, for Vault > Deleted records, the
person each colleague's tombstone went into (``merged_into_each``: their audit log, which says
so for a merge made here, stays with them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Integer, Text, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from db.models import Person
from desktop_app.core.content import to_content
from desktop_app.core.id_batches import as_one_parameter, in_batches
from desktop_app.core.person_merge import united
from desktop_app.core.records import RecordWriter

_ROWID = literal_column("person.rowid", Integer)


def _names(content: Mapping[str, Any]) -> set[str]:
    return {n.strip().casefold() for n in [content["name"], *content["other_names"]] if n.strip()}


def _holds(person: Person, names: set[str]) -> bool:
    return names <= _names({"name": person.name, "other_names": person.other_names})


def merged_into(session: Session, deleted: Mapping[str, Any], deleted_at: str) -> Person | None:
    """The live person a deleted person (its content, and when it was deleted) was merged
    into: the one whose names hold all of its names; None if there is none."""
    return merged_into_each(session, [(deleted, deleted_at)]).get(UUID(deleted["id"]))


def merged_into_each(
    session: Session, deleted: Iterable[tuple[Mapping[str, Any], str]]
) -> dict[UUID, Person]:
    """``merged_into`` for many deleted people (content, when deleted) at once: the live person
    each went into, by the deleted person's id; those merged into nobody are left out."""
    deleted = list(deleted)
    holders = _holders(session, {content["name"].strip().casefold() for content, _ in deleted})
    found = {}
    for content, deleted_at in deleted:
        deleted_id, names = UUID(content["id"]), _names(content)
        candidates = [
            person
            for person in holders.get(content["name"].strip().casefold(), ())
            if person.id != deleted_id and _holds(person, names)
        ]
        # The merge changed the kept person at the deletion; a later edit moves it past that.
        before = [person for person in candidates if person.updated_at <= deleted_at]
        if before:
            found[deleted_id] = max(before, key=lambda person: person.updated_at)
        elif candidates:
            found[deleted_id] = min(candidates, key=lambda person: person.updated_at)
    return found


def _holders(session: Session, wanted: set[str]) -> dict[str, list[Person]]:
    """The live people holding each of these folded names among their names. Names compare
    folded, which SQLite does for ASCII letters only, so every live person's names are read,
    as stored (cheap), and whole only the people holding one of them."""
    wanted = wanted - {""}  # nobody holds a blank name (_names drops them)
    if not wanted:
        return {}
    names = select(_ROWID, Person.name, type_coerce(Person.other_names, Text)).where(
        Person.is_deleted.is_(False)
    )
    holding: dict[int, set[str]] = {}
    for rowid, name, other_names in session.execute(names):
        other = json.loads(other_names) if other_names != "[]" else []
        held = _names({"name": name, "other_names": other}) & wanted
        if held:
            holding[rowid] = held
    listed = select(as_one_parameter(holding).c.value)
    people = select(_ROWID, Person).where(_ROWID.in_(listed))
    holders: dict[str, list[Person]] = {}
    for rowid, person in session.execute(people):
        for name in holding[rowid]:
            holders.setdefault(name, []).append(person)
    return holders


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
    deleted = select(Person.id, Person.name, Person.other_names).where(Person.is_deleted.is_(True))
    for person_id, name, other_names in session.execute(deleted):
        names = _names({"name": name, "other_names": other_names})
        if any(names <= held for held in holders.get(name.strip().casefold(), ())):
            found.add(person_id)
    return found


def keep_merge(writer: RecordWriter, deleted: Person, edited: dict[str, Any], into: Person) -> None:
    """Keep a person merged into another although a colleague edited it: their version becomes
    the tombstone's content (nothing of it is lost: Vault > Deleted records shows it), and is
    merged into the kept person as a merge does (new names, empty fields filled)."""
    writer.update(deleted, edited, action="resolve", is_local_edit=True)
    # In merge_persons' order, the kept person's "merge" entry right before the tombstone:
    # that is how the audit log tells a merge from a deletion (``merge_targets``).
    writer.update(into, united(to_content(into), edited), action="merge", is_local_edit=True)
    writer.delete(deleted)
