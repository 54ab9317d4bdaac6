"""Who a dossier must not name, read from the whole vault: protected people, and witnesses who
asked for anonymity.

A record's current version is not the only word on it. A deleted person may still be named:
his testimony can outlive him in the vault, and other accounts mention him; so a deleted
person who was protected in any saved version stays protected. A colleague's version waiting
in an open sync conflict may be the one the user keeps; until then, if it says protected (or
gives a pseudonym), so does the dossier — a name once printed cannot be taken back. Person
merges work the same way (``duplicates.py``: protection is never lost by a merge).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Select, or_, select, text
from sqlalchemy.orm import Session

from db.models import Person, Revision, SyncConflict, Testimony

# A testimony's consent asks for anonymised use only: as SQL, over a row of the testimony table
# and over a saved or conflicting version of one (the interchange shape, in a JSON column).
_ASKS_ANONYMITY = or_(
    Testimony.consent_anonymise.is_(True),
    text(
        "EXISTS (SELECT 1 FROM json_each(testimony.consent_scope) WHERE value = 'anonymised_only')"
    ),
)
_VERSION_ASKS_ANONYMITY = (
    "(json_extract({0}, '$.consent.anonymise') = 1 OR EXISTS (SELECT 1 FROM "
    "json_each({0}, '$.consent.scope') WHERE value = 'anonymised_only'))"
)


@dataclass(frozen=True)
class UnnamedPerson:
    """Someone a dossier must not name: every spelling of them in the versions considered, the
    pseudonym to print (the vault's own first), and whether their record is deleted."""

    id: UUID
    names: tuple[str, ...]
    pseudonym: str
    is_deleted: bool


def _open_conflicts(session: Session, kind: str) -> list[tuple[UUID, dict[str, Any]]]:
    """(record id, the colleague's version) of every open conflict on records of this kind."""
    query = select(SyncConflict.record_id, SyncConflict.theirs).where(
        SyncConflict.record_kind == kind, SyncConflict.resolved_at == ""
    )
    return [(row[0], row[1]) for row in session.execute(query)]


def _chunks(ids: Sequence[UUID]) -> Iterator[list[UUID]]:
    """ids in lists short enough for one statement's parameters, which SQLite limits."""
    for start in range(0, len(ids), 500):
        yield list(ids[start : start + 500])


def _saved_versions(session: Session, person_ids: Iterable[UUID]) -> dict[UUID, list[dict]]:
    """Every saved version of these people, oldest first."""
    versions: dict[UUID, list[dict]] = {}
    for chunk in _chunks(list(person_ids)):
        query = (
            select(Revision.record_id, Revision.data)
            .where(Revision.record_kind == "person", Revision.record_id.in_(chunk))
            .order_by(Revision.record_id, Revision.version)
        )
        for record_id, data in session.execute(query):
            versions.setdefault(record_id, []).append(data)
    return versions


def _unnamed(session: Session, person_ids: Iterable[UUID]) -> list[UnnamedPerson]:
    """These people (those the vault holds), with the names and pseudonyms of every version
    that counts: the current one, open conflicts' other side, and, if deleted, every saved one."""
    ids = sorted(set(person_ids), key=str)
    # Columns, not Person objects: a large vault's anonymous witnesses are thousands.
    persons = {
        row.id: row
        for chunk in _chunks(ids)
        for row in session.execute(
            select(
                Person.id, Person.name, Person.other_names, Person.pseudonym, Person.is_deleted
            ).where(Person.id.in_(chunk))
        )
    }
    theirs: dict[UUID, list[dict[str, Any]]] = {}
    for record_id, content in _open_conflicts(session, "person"):
        theirs.setdefault(record_id, []).append(content)
    saved = _saved_versions(session, [pid for pid, p in persons.items() if p.is_deleted])
    unnamed = []
    for pid in ids:
        person = persons.get(pid)
        if person is None:
            continue
        others = [*theirs.get(pid, []), *reversed(saved.get(pid, []))]  # newest saved first
        names = [person.name, *person.other_names]
        for version in others:
            names += [str(version.get("name") or ""), *map(str, version.get("other_names") or [])]
        pseudonyms = [person.pseudonym, *(str(v.get("pseudonym") or "") for v in others)]
        unnamed.append(
            UnnamedPerson(
                id=pid,
                names=tuple(dict.fromkeys(n for n in names if n.strip())),
                pseudonym=next((p for p in pseudonyms if p.strip()), ""),
                is_deleted=person.is_deleted,
            )
        )
    return unnamed


def protected_persons(session: Session) -> list[UnnamedPerson]:
    """Everyone a dossier with redaction on must not name, by id: flagged protected now, or in
    a colleague's version waiting in an open conflict (or given a pseudonym there), or, for a
    deleted person, in any saved version."""
    flagged = set(session.scalars(select(Person.id).where(Person.is_protected.is_(True))))
    for record_id, theirs in _open_conflicts(session, "person"):
        if theirs.get("protected") or str(theirs.get("pseudonym") or "").strip():
            flagged.add(record_id)
    once_protected = select(Revision.record_id).where(
        Revision.record_kind == "person",
        Revision.record_id.in_(select(Person.id).where(Person.is_deleted.is_(True))),
        text("json_extract(revision.data, '$.protected') = 1"),
    )
    flagged.update(session.scalars(once_protected))
    return _unnamed(session, flagged)


def _witnesses(query: Select[Any], session: Session) -> set[UUID]:
    return {UUID(str(w)) for w in session.scalars(query) if w}


def anonymous_witnesses(session: Session) -> list[UnnamedPerson]:
    """Everyone who gave a testimony for anonymised use only, in any case, whether or not a
    dossier includes it, and whether or not it (or they) were deleted since: their condition
    holds wherever they are named. Also asked in a colleague's version in an open conflict, or,
    for a deleted testimony, in any saved version."""
    # One pass over the testimonies, whose rows are large (a vault's narratives are most of
    # its size): those that ask for anonymity, and those deleted, whose versions may.
    asks = _ASKS_ANONYMITY.self_group().label("asks")
    rows = session.execute(
        select(Testimony.id, Testimony.witness_id, Testimony.is_deleted, asks).where(
            or_(_ASKS_ANONYMITY, Testimony.is_deleted.is_(True))
        )
    ).all()
    witnesses = {row.witness_id for row in rows if row.asks and row.witness_id}
    for chunk in _chunks([row.id for row in rows if row.is_deleted]):
        witnesses |= _witnesses(
            select(text("json_extract(revision.data, '$.witness')"))
            .select_from(Revision)
            .where(
                Revision.record_kind == "testimony",
                Revision.record_id.in_(chunk),
                text(_VERSION_ASKS_ANONYMITY.format("revision.data")),
            ),
            session,
        )
    witnesses |= _witnesses(
        select(text("json_extract(sync_conflict.theirs, '$.witness')"))
        .select_from(SyncConflict)
        .where(
            SyncConflict.record_kind == "testimony",
            SyncConflict.resolved_at == "",
            text(_VERSION_ASKS_ANONYMITY.format("sync_conflict.theirs")),
        ),
        session,
    )
    return _unnamed(session, witnesses)
