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

A colleague who merged may also have sent the kept person while it was edited here: their
version of it, the one holding the names, then waits in a conflict, and the tombstone went into
that (``merged_into``). Keeping the merge adds the edit to the person as it is here; keeping
their version of the person afterwards adds it again (``with_merges_kept_since``), so the edit
lands on the kept person in either order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Integer, Text, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from db.models import Person
from db.vault_bookkeeping import AuditEntry
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
    into: the one whose names hold all of its names, or whose colleague's version waiting in
    an open conflict does; None if there is none."""
    found = merged_into_each(session, [(deleted, deleted_at)]).get(UUID(deleted["id"]))
    return found if found is not None else _merged_into_waiting(session, deleted, deleted_at)


def _merged_into_waiting(
    session: Session, deleted: Mapping[str, Any], deleted_at: str
) -> Person | None:
    """The live person whose colleague's version, waiting in an open conflict, holds all of a
    deleted person's names, by ``merged_into_each``'s rule for several."""
    deleted_id, names = UUID(deleted["id"]), _names(deleted)
    # Their names only, as stored (a bulk choice asks this once per conflict, of every one).
    waiting = session.execute(
        select(
            SyncConflict.record_id,
            func.json_extract(SyncConflict.theirs, "$.name"),
            type_coerce(func.json_extract(SyncConflict.theirs, "$.other_names"), Text),
            SyncConflict.theirs_updated_at,
        ).where(
            SyncConflict.record_kind == "person",
            SyncConflict.resolved_at == "",
            SyncConflict.theirs_deleted.is_(False),
            SyncConflict.record_id != deleted_id,
        )
    )
    candidates = [
        (at, uid)
        for uid, name, other_names, at in waiting
        if names <= _names({"name": name or "", "other_names": json.loads(other_names or "[]")})
    ]
    if not candidates:
        return None
    before = [candidate for candidate in candidates if candidate[0] <= deleted_at]
    _, person_id = max(before) if before else min(candidates)
    person = session.get(Person, person_id)
    return person if person is not None and not person.is_deleted else None


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


def with_merges_kept_since(
    session: Session, person_id: UUID, content: dict[str, Any], since: str
) -> dict[str, Any]:
    """A version of a person (content) with the people merged into it here at or after since
    merged in again, oldest first: keeping a colleague's version of a person must not drop a
    merge made, or kept against an edit, here while that version waited."""
    merges = select(AuditEntry.seq + 1).where(
        AuditEntry.record_id == person_id, AuditEntry.action == "merge", AuditEntry.at >= since
    )
    # A merge writes the kept person ("merge") right before the tombstone (``keep_merge``).
    tombstones = session.scalars(
        select(Person)
        .join(AuditEntry, AuditEntry.record_id == Person.id)
        .where(
            AuditEntry.seq.in_(merges),
            AuditEntry.action == "delete",
            AuditEntry.record_kind == "person",
            Person.is_deleted.is_(True),
        )
        .order_by(AuditEntry.seq)
    )
    for merged in tombstones:
        content = united(content, to_content(merged))
    return content
