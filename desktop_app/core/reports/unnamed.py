"""Who a dossier must not name, read from the whole vault: protected people, and witnesses who
asked for anonymity.

A record's current version is not the only word on it, and a name once printed cannot be taken
back. Every name a person had in any saved version is withheld with the current ones: accounts
written before a rename (or before a colleague's bundle renamed her) still use the old name. A
deleted person who was protected in any saved version stays protected: his testimony can
outlive him in the vault, and other accounts mention him. A testimony's anonymity binds every
witness it had in any saved version, not only the one it points at now. A colleague's version
waiting in an open sync conflict may be the one the user keeps; until then, if it says
protected (or gives a pseudonym), so does the dossier, and its names are withheld too. Person
merges work the same way (``person_merge.py``: protection is never lost by a merge).

Labels are another matter: a pseudonym is printed, so only the vault's own current one is used,
never a colleague's or an old version's, either of which may be the real name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, Select, func, or_, select, text
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from db.models import Attachment, Person, Testimony
from db.vault_bookkeeping import Revision
from desktop_app.core.id_batches import as_one_parameter
from desktop_app.core.search.folding import fold_tokens
from desktop_app.core.search.fuzzy import prose_spellings

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
    vault's own current pseudonym (may be empty), and whether their record is deleted."""

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


def _among(column: Any, ids: Iterable[UUID]) -> ColumnElement[bool]:
    """column IN ids, the ids passed as one parameter (a JSON array): one statement however
    many there are (SQLite limits a statement's parameters; a large vault's anonymous
    witnesses are thousands)."""
    return column.in_(select(as_one_parameter(uid.hex for uid in ids).c.value))


def former_names(session: Session, person_ids: Iterable[UUID]) -> dict[UUID, list[str]]:
    """Every name and other name these people had in any saved version. A protected witness
    renamed "W. A." (by a colleague's bundle, say) is still "Gulnora Karimova" in the accounts
    written before."""
    query = (
        select(
            Revision.record_id,
            func.json_extract(Revision.data, "$.name"),
            func.json_extract(Revision.data, "$.other_names"),
        )
        .where(Revision.record_kind == "person", _among(Revision.record_id, person_ids))
        .order_by(Revision.record_id, Revision.version)
    )
    names: dict[UUID, list[str]] = {}
    for record_id, name, other_names in session.execute(query):
        others = json.loads(other_names) if other_names else []
        names.setdefault(record_id, []).extend([str(name or ""), *map(str, others)])
    return names


def _unnamed(session: Session, person_ids: Iterable[UUID]) -> list[UnnamedPerson]:
    """These people (those the vault holds), with every name they had in a saved version or
    have in an open conflict's other side, and the vault's own current pseudonym."""
    ids = sorted(set(person_ids), key=str)
    # Columns, not Person objects: a large vault's anonymous witnesses are thousands.
    persons = {
        row.id: row
        for row in session.execute(
            select(
                Person.id,
                Person.name,
                Person.other_names,
                Person.pseudonym,
                Person.is_deleted,
                Person.version,
            ).where(_among(Person.id, ids))
        )
    }
    theirs: dict[UUID, list[dict[str, Any]]] = {}
    for record_id, content in _open_conflicts(session, "person"):
        theirs.setdefault(record_id, []).append(content)
    # Only a person edited since being created can have had other names.
    former = former_names(session, [pid for pid, p in persons.items() if p.version > 1])
    unnamed = []
    for pid in ids:
        person = persons.get(pid)
        if person is None:
            continue
        names = [person.name, *person.other_names]
        for version in theirs.get(pid, []):
            names += [str(version.get("name") or ""), *map(str, version.get("other_names") or [])]
        names += former.get(pid, [])
        unnamed.append(
            UnnamedPerson(
                id=pid,
                names=tuple(dict.fromkeys(n for n in names if n.strip())),
                pseudonym=_unless_named(person.pseudonym, names),
                is_deleted=person.is_deleted,
            )
        )
    return unnamed


def _unless_named(pseudonym: str, names: Sequence[str]) -> str:
    """The pseudonym, or "" (a letter is given instead) if it shares a word of three letters or
    more with a name the person had, in any script or spelling variant (Gulnara for Gulnora):
    set so by mistake or by a colleague's bundle, it would print her name as her label."""
    if not pseudonym.strip():
        return pseudonym
    name_words = {word for name in names for word in fold_tokens(name) if len(word) >= 3}
    spellings = {form for word in fold_tokens(pseudonym) for form in (word, *prose_spellings(word))}
    return "" if name_words & spellings else pseudonym


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
    for a deleted testimony, in any saved version. The anonymity binds the person who gave it:
    every witness such a testimony had in any saved version counts, so setting its witness to
    nobody or to someone else does not name the one before."""
    # One pass over the testimonies, whose rows are large (a vault's narratives are most of
    # its size), read from the consent index alone: those that ask for anonymity, and those
    # deleted, whose versions may.
    asks = _ASKS_ANONYMITY.self_group().label("asks")
    rows = session.execute(
        select(Testimony.id, Testimony.witness_id, Testimony.is_deleted, asks).where(
            or_(_ASKS_ANONYMITY, Testimony.is_deleted.is_(True))
        )
    ).all()
    asking = {row.id for row in rows if row.asks}
    asking.update(
        session.scalars(
            select(Revision.record_id)
            .where(
                Revision.record_kind == "testimony",
                _among(Revision.record_id, [row.id for row in rows if row.is_deleted]),
                text(_VERSION_ASKS_ANONYMITY.format("revision.data")),
            )
            .distinct()
        )
    )
    witnesses = {row.witness_id for row in rows if row.id in asking and row.witness_id}
    # Only a testimony saved more than once can have had another witness; which ones is read
    # from the revision index, so only their versions (narratives and all) are read.
    edited = select(Revision.record_id).where(
        _among(Revision.record_id, asking), Revision.version > 1
    )
    witnesses |= _witnesses(
        select(func.json_extract(Revision.data, "$.witness")).where(
            Revision.record_kind == "testimony", Revision.record_id.in_(edited)
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


def former_owners(session: Session, attachments: Sequence[Attachment]) -> dict[UUID, set[UUID]]:
    """Attachment id → the people any saved version of it belonged to: attached to them, or
    to a testimony of theirs. A photo of a protected witness moved to someone else (or to the
    record she was merged into) still shows her."""
    edited = [a.id for a in attachments if a.version > 1]  # none else had another owner
    if not edited:
        return {}
    query = select(
        Revision.record_id,
        func.json_extract(Revision.data, "$.owner_kind"),
        func.json_extract(Revision.data, "$.owner"),
    ).where(Revision.record_kind == "attachment", _among(Revision.record_id, edited))
    owned = [
        (record_id, kind, UUID(str(owner))) for record_id, kind, owner in session.execute(query)
    ]
    testimonies = {owner for _, kind, owner in owned if kind == "testimony"}
    witness_of = {
        row.id: row.witness_id
        for row in session.execute(
            select(Testimony.id, Testimony.witness_id).where(_among(Testimony.id, testimonies))
        )
    }
    owners: dict[UUID, set[UUID]] = {}
    for record_id, kind, owner in owned:
        person = witness_of.get(owner) if kind == "testimony" else owner
        if kind in ("person", "testimony") and person is not None:
            owners.setdefault(record_id, set()).add(person)
    return owners
