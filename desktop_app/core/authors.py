"""Who made a change: the vault behind each version of a record, and the names vaults go by.

A version made here is this vault's; one that came in a colleague's bundle is the colleague's.
Each revision keeps its author (``made_by``: the record's ``updated_by`` at that version, the
colleague's for a version from their bundle, while ``saved_by`` is the vault that saved it).
Versions saved before Sandiq kept that have none, and for them the author is given only where
what else is stored leaves a single answer:

- the record's current version is by its ``updated_by``;
- version 1 of a record created here is this vault's (an imported record keeps its author's
  ``created_by``, so a record whose ``created_by`` is another vault came in a bundle);
- a record's version vector (``record_clock``) names every vault that ever changed it: if it
  names one vault, every version is that vault's; a version that came in a bundle is by the
  one other vault the vector names, if there is only one.

Anything else is None, "not recorded": a history must not name the wrong person.

Nor may it pass a key off as a colleague's current one: a change relayed from a key the
colleague stopped using (a lost or seized laptop), or from a vault that is no contact, is shown
as such (``KnownVaults.author``), with the start of the key's fingerprint.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import Contact
from db.vault_bookkeeping import Revision
from desktop_app.core.case_history import HistoryRow
from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.exchange.clock import clocks_of
from desktop_app.core.exchange.identity import format_fingerprint
from desktop_app.core.id_batches import in_batches

# The one audit entry about a record that saves no version: a conflict decided here, logged
# against the version it kept.
_DECISION = "resolve_conflict"
_SHORT_FINGERPRINT_GROUPS = 2  # of the eight ``contact list`` shows: enough to find the key


class AuthorKind(enum.Enum):
    """Which vault made a change, as far as this vault can tell."""

    THIS_VAULT = enum.auto()
    CONTACT = enum.auto()  # an active contact's key
    REMOVED_KEY = enum.auto()  # the key of a removed contact
    UNKNOWN_KEY = enum.auto()  # a key no contact has (a change relayed by a colleague)
    NOT_RECORDED = enum.auto()


@dataclass(frozen=True)
class Author:
    """Who made a change, for a history to show."""

    kind: AuthorKind
    name: str = ""  # the contact's display name (CONTACT, REMOVED_KEY)
    fingerprint: str = ""  # the start of the key's fingerprint (REMOVED_KEY, UNKNOWN_KEY)


@dataclass(frozen=True)
class KnownVaults:
    """This vault's key and its contacts' names, to say who made each change."""

    own_key_id: str = ""
    active: Mapping[str, str] = field(default_factory=dict)  # display name by key id
    removed: Mapping[str, str] = field(default_factory=dict)

    def author(self, key_id: str | None) -> Author:
        """Who key_id is (None: the change's author is not recorded)."""
        if key_id is None:
            return Author(AuthorKind.NOT_RECORDED)
        if key_id == self.own_key_id:
            return Author(AuthorKind.THIS_VAULT)
        if key_id in self.active:
            return Author(AuthorKind.CONTACT, self.active[key_id])
        fingerprint = short_fingerprint(key_id)
        if key_id in self.removed:
            return Author(AuthorKind.REMOVED_KEY, self.removed[key_id], fingerprint)
        return Author(AuthorKind.UNKNOWN_KEY, fingerprint=fingerprint)


def short_fingerprint(key_id: str) -> str:
    """The first groups of key_id's readable fingerprint, as ``contact list`` starts it."""
    try:
        groups = format_fingerprint(bytes.fromhex(key_id)).split()
    except ValueError:  # not a key id this version writes: show it as it is stored
        return key_id[:16]
    return " ".join(groups[:_SHORT_FINGERPRINT_GROUPS]) + "…"


def known_vaults(session: Session, own_key_id: str) -> KnownVaults:
    """This vault's key and every contact's name, removed ones apart."""
    query = select(Contact.key_id, Contact.display_name, Contact.is_removed)
    active: dict[str, str] = {}
    removed: dict[str, str] = {}
    for key_id, name, is_removed in session.execute(query):
        (removed if is_removed else active)[key_id] = name
    return KnownVaults(own_key_id, active, removed)


def vault_names(session: Session) -> dict[str, str]:
    """Each colleague's display name by key id (removed contacts too: what they did keeps a
    name)."""
    query = select(Contact.key_id, Contact.display_name)
    return {key_id: name for key_id, name in session.execute(query)}


def version_authors(
    session: Session, own_key_id: str, versions: Iterable[tuple[str, UUID, int]]
) -> dict[tuple[UUID, int], str | None]:
    """The key id of the vault that made each version (kind, record id, version), or None
    where the vault does not record it (see the module's docstring)."""
    wanted = set(versions)
    authors: dict[tuple[UUID, int], str | None] = dict(
        _stored_authors(session, {uid for _, uid, _ in wanted})
    )
    # Only versions saved before revisions kept their author need the records and clocks.
    unknown = [
        (kind, uid, version) for kind, uid, version in wanted if (uid, version) not in authors
    ]
    records: dict[UUID, Any] = {}
    for kind in {kind for kind, _, _ in unknown}:
        model: Any = MODEL_OF_KIND[kind]
        ids = {uid for k, uid, _ in unknown if k == kind}
        for batch in in_batches(ids):
            query = select(model.id, model.version, model.created_by, model.updated_by)
            records.update(
                (row.id, row) for row in session.execute(query.where(model.id.in_(batch)))
            )
    clocks = clocks_of(session, records) if records else {}
    for _, uid, version in unknown:
        authors[(uid, version)] = _author(
            records.get(uid), clocks.get(uid, {}), version, own_key_id
        )
    return {(uid, version): authors[(uid, version)] for _, uid, version in wanted}


def _stored_authors(session: Session, ids: set[UUID]) -> dict[tuple[UUID, int], str]:
    """(record id, version) -> made_by, for the versions saved with their author."""
    found: dict[tuple[UUID, int], str] = {}
    for batch in in_batches(ids):
        query = select(Revision.record_id, Revision.version, Revision.made_by).where(
            Revision.record_id.in_(batch), Revision.made_by.is_not(None)
        )
        found.update(((uid, version), author) for uid, version, author in session.execute(query))
    return found


def _author(record: Any, clock: Mapping[str, int], version: int, own_key_id: str) -> str | None:
    if record is None:
        return None
    if version == record.version:
        return str(record.updated_by)
    vaults = {key_id for key_id, edits in clock.items() if edits}
    if len(vaults) == 1:
        return vaults.pop()
    if version == 1:
        if record.created_by == own_key_id:
            return own_key_id
        others = vaults - {own_key_id}
        return others.pop() if len(others) == 1 else None
    return None


def change_authors(
    session: Session, own_key_id: str, changes: Sequence[HistoryRow]
) -> dict[int, str | None]:
    """The key id of who made each change of a history, by audit ``seq``: a saved version's
    author (None where not recorded); any other entry (a conflict decided here) is by the
    vault that logged it."""
    versions = {
        c.seq: (c.record_kind, c.record_id, c.version)
        for c in changes
        if c.record_id is not None and c.version is not None and c.action != _DECISION
    }
    authors = version_authors(session, own_key_id, versions.values())
    by_version = {seq: authors[(uid, version)] for seq, (_, uid, version) in versions.items()}
    return {c.seq: by_version[c.seq] if c.seq in versions else c.actor for c in changes}
