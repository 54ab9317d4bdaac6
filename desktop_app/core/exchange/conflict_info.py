"""A conflict as it is listed: why it is one, who wrote the colleague's version, and how the
record is named.

The reasons are derived when the conflict is listed, from the two versions (``safeguards``)
and from the two clocks (edits by a contact this vault removed), never stored: a conflict
whose local side was edited since says what keeping theirs would now do.

The record is named as this vault has it, since that is how the user knows it and finds it in
the other lists; a person protected here by her pseudonym (``safeguards.conflict_label``), never
by a name in either version. A copy here that is deleted is named by the colleague's version,
unless that version would give it a protected person's name: a newcomer held for bearing such a
name is kept here deleted with it, and the colleague's later version may have dropped it. Named
by the colleague's version, a person that version protects is named by its pseudonym (or kind
and id), never by the name it withholds, which may be one this vault never had.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import Contact, SyncConflict
from db.models import Person
from desktop_app.core.authors import short_fingerprint
from desktop_app.core.content import MODEL_OF_KIND, record_label, to_content
from desktop_app.core.exchange.contacts import removed_contacts
from desktop_app.core.exchange.local_state import Local, local_state, protected_people
from desktop_app.core.exchange.safeguards import (
    BY_REMOVED_CONTACT,
    CONCURRENT,
    GIVES_PROTECTED_NAME,
    NAMES_PROTECTED_IN_PSEUDONYM,
    NOTHING,
    Protected,
    conflict_label,
    held_reasons,
    removed_editors,
    safeguarded,
)
from desktop_app.core.id_batches import in_batches


@dataclass(frozen=True)
class ConflictInfo:
    """A conflict as the list shows it."""

    id: int
    record_kind: str
    record_id: UUID
    label: str
    sender: str  # the contact's display name (or key id if unknown)
    detected_at: str
    resolved_at: str
    resolution: str
    # The safeguards their version would weaken (``safeguards``), or CONCURRENT: edited on
    # both sides, nothing more.
    reasons: tuple[str, ...] = (CONCURRENT,)
    # The bundle that raised it (``sandiq conflicts resolve --all --bundle``).
    bundle_id: UUID | None = None
    # Who wrote their version, when the version names its author: a contact's display name,
    # or the start of a key's fingerprint. A colleague may relay another's version (a newcomer
    # they keep out is sent on as its author wrote it), so it need not be the sender.
    author: str = ""
    # The sender, when their version is another vault's work they passed on: the one who
    # brought it, never to be credited with it ("" when the sender wrote it).
    relayed_by: str = ""
    # The contacts this vault removed (display names) whose edits their version brings in,
    # unseen here: why it is held for BY_REMOVED_CONTACT.
    removed_authors: tuple[str, ...] = ()
    # Case parties only: the sex of the person the party names, as this vault has her (the
    # GUI names a woman's role in the feminine).
    person_sex: str = ""

    @property
    def written_by(self) -> str:
        """Who wrote their version: its author if known, else the sender."""
        return self.author or self.sender

    @property
    def is_held(self) -> bool:
        """True if their version would weaken a safeguard, not only differ from this one."""
        return self.reasons != (CONCURRENT,)


class Judge(NamedTuple):
    """What a conflict's reasons are read against: who is protected, who was removed."""

    protected: Protected
    removed: dict[str, str]  # the contacts this vault removed: display name by key id

    @classmethod
    def read(cls, session: Session) -> Judge:
        """Who is protected and who was removed in this vault now."""
        return cls(protected_people(session), removed_contacts(session))


# Why a conflict is named by this vault's copy even when it is deleted: the name their version
# would give it may be the protected one's.
_GIVES_HER_NAME = frozenset((GIVES_PROTECTED_NAME, NAMES_PROTECTED_IN_PSEUDONYM))


class Here(NamedTuple):
    """This vault's copy of a conflicted record, as a conflict is judged and named by it."""

    local: Local
    content: dict[str, Any]


def copies_here(session: Session, kind: str, ids: list[UUID]) -> dict[UUID, Here]:
    """This vault's copy of each of these records of kind that it holds, by id."""
    model: Any = MODEL_OF_KIND[kind]
    contents: dict[UUID, dict[str, Any]] = {}
    for batch in in_batches(ids):
        query = select(model).where(model.id.in_(batch))
        contents.update((record.id, to_content(record)) for record in session.scalars(query))
    return {
        uid: Here(local, contents[uid]) for uid, local in local_state(session, kind, ids).items()
    }


def _sexes(session: Session, people: set[UUID]) -> dict[UUID, str]:
    """The sex of each of these people this vault holds ("" where not given)."""
    found: dict[UUID, str] = {}
    for batch in in_batches(people):
        query = select(Person.id, Person.sex).where(Person.id.in_(batch))
        found.update((uid, sex or "") for uid, sex in session.execute(query))
    return found


def _is_named_here(here: Here | None, reasons: Iterable[str] = ()) -> bool:
    """True if a conflict is named by this vault's version: live here, or theirs would give it
    a protected person's name; else by the colleague's."""
    return here is not None and (not here.local.is_deleted or bool(_GIVES_HER_NAME & set(reasons)))


def _named_content(
    conflict: SyncConflict, here: Here | None, reasons: Iterable[str] = ()
) -> dict[str, Any]:
    """The content of the version a conflict is named by (``_is_named_here``)."""
    if here is not None and _is_named_here(here, reasons):
        return here.content
    return dict(conflict.theirs)


def _party_person(conflict: SyncConflict, here: Here | None) -> UUID | None:
    """The person a conflicted case party names, in the version it is named by."""
    if conflict.record_kind != "case_party":
        return None
    try:
        return UUID(str(_named_content(conflict, here).get("person")))
    except ValueError:
        return None


def conflict_infos(session: Session, conflicts: list[SyncConflict]) -> list[ConflictInfo]:
    """The conflicts as listed, each with why it is one (read from both versions)."""
    here: dict[UUID, Here] = {}
    for kind in {conflict.record_kind for conflict in conflicts}:
        ids = [c.record_id for c in conflicts if c.record_kind == kind]
        here.update(copies_here(session, kind, ids))
    judge = Judge.read(session) if conflicts else Judge(Protected(), {})
    people = (_party_person(c, here.get(c.record_id)) for c in conflicts)
    sexes = _sexes(session, {uid for uid in people if uid is not None})
    return [conflict_info(session, c, here.get(c.record_id), judge, sexes) for c in conflicts]


def conflict_info(
    session: Session,
    conflict: SyncConflict,
    here: Here | None,
    judge: Judge,
    sexes: dict[UUID, str] | None = None,
) -> ConflictInfo:
    """One conflict as listed, judged against here (this vault's copy, read before any choice
    changed it); sexes: the people's sex by id, read here when not given."""
    contact = session.get(Contact, conflict.sender)
    kind, theirs = conflict.record_kind, conflict.theirs
    local = here.local if here is not None else None
    mine = local.safeguarded if local is not None else NOTHING
    theirs_guarded = safeguarded(kind, theirs, is_deleted=conflict.theirs_deleted)
    reasons = held_reasons(mine, theirs_guarded, judge.protected)
    # Against the record's clock now: a version of theirs kept, or one that has seen theirs,
    # has seen the edits too.
    mine_clock = local.clock if local is not None else {}
    removed = removed_editors(conflict.theirs_clock, mine_clock, judge.removed)
    if removed:
        reasons += (BY_REMOVED_CONTACT,)
    reasons = reasons or (CONCURRENT,)
    named = record_label(kind, _named_content(conflict, here, reasons))
    # The name comes with the protection of the version it is read from: their version may
    # protect her under a name this vault never had. One protected here keeps her pseudonym.
    named_by = mine if mine.is_protected or _is_named_here(here, reasons) else theirs_guarded
    person = _party_person(conflict, here)
    sender = contact.display_name if contact else conflict.sender[:16]
    if sexes is None and person is not None:
        sexes = _sexes(session, {person})
    return ConflictInfo(
        id=conflict.id,
        record_kind=kind,
        record_id=conflict.record_id,
        label=conflict_label(kind, conflict.record_id, named_by, named, reasons),
        sender=sender,
        detected_at=conflict.detected_at,
        resolved_at=conflict.resolved_at,
        resolution=conflict.resolution,
        reasons=reasons,
        bundle_id=conflict.bundle_id,
        author=_author_name(session, conflict.theirs_updated_by),
        relayed_by=sender if conflict.theirs_updated_by not in ("", conflict.sender) else "",
        removed_authors=tuple(judge.removed[key] for key in removed),
        person_sex=(sexes or {}).get(person, "") if person is not None else "",
    )


def _author_name(session: Session, key_id: str) -> str:
    """A version's author as the user knows them ("" when the version names none)."""
    if not key_id:
        return ""
    contact = session.get(Contact, key_id)
    return contact.display_name if contact else short_fingerprint(key_id)
