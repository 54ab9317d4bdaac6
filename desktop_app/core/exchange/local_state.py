"""The vault's side of a merge: its copy of each incoming record, as far as deciding needs it.

Read in batches of ids, for the records of one batch of a bundle: content hash, tombstone flag,
version vector and last edit of each record the vault holds, the few values a bundle may not
weaken silently (``safeguards``; a tombstone counts there only if this vault wrote it), which
versions of them it has held (also as a colleague's import tidies them), and which of its
attachments have their file. Once per import: who is protected here (``protected_people``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import Identity
from db.models import Attachment, AttachmentChunk, Case, CaseParty, Event, Person, Testimony
from db.vault_bookkeeping import Revision
from desktop_app.core.content import MODEL_OF_KIND, content_hash
from desktop_app.core.exchange.clock import Clock, Order, clocks_of, compare
from desktop_app.core.exchange.incoming_records import Incoming
from desktop_app.core.exchange.safeguards import (
    NOTHING,
    Protected,
    Safeguarded,
    folded_names,
    sensitivity_rank,
    testimony_safeguarded,
)
from desktop_app.core.id_batches import in_batches
from desktop_app.core.one_line_text import tidied_from_bundle
from desktop_app.core.protected_names import protected_from
from desktop_app.core.reports.unnamed import former_names


class Local(NamedTuple):
    """The vault's copy of a record, as far as merging needs it."""

    content_hash: str
    is_deleted: bool
    clock: Clock
    file: tuple[str, int] | None  # attachments only: sha256, size
    updated_by: str
    updated_at: str
    safeguarded: Safeguarded = NOTHING


# The columns behind each kind's Safeguarded values, read with the rest, not whole contents.
_GUARDED_COLUMNS: dict[str, tuple[Any, ...]] = {
    "person": (Person.is_protected, Person.pseudonym, Person.name, Person.other_names),
    "case": (Case.sensitivity,),
    "testimony": (
        Testimony.consent_anonymise,
        Testimony.witness_id,
        Testimony.case_id,
        Testimony.consent_given,
        Testimony.consent_scope,
        Testimony.sensitivity,
    ),
    "case_party": (CaseParty.case_id,),
    "event": (Event.case_id,),
    "attachment": (Attachment.owner_kind, Attachment.owner_id),
}


def _safeguarded(kind: str, values: tuple[Any, ...]) -> Safeguarded:
    match kind:
        case "person":
            names = folded_names(values[2], values[3])
            return Safeguarded(is_protected=values[0], pseudonym=values[1], names=names)
        case "testimony":
            return testimony_safeguarded(
                anonymise=values[0],
                witness=values[1],
                case_id=values[2],
                consent_given=values[3],
                consent_scope=values[4],
                sensitivity=values[5],
            )
        case "case":
            return Safeguarded(sensitivity=sensitivity_rank(values[0]))
        case "case_party" | "event":
            return Safeguarded(home=("case", values[0]))
        case "attachment":
            return Safeguarded(home=(values[0], values[1]))
    return NOTHING


def local_state(session: Session, kind: str, ids: Iterable[UUID]) -> dict[UUID, Local]:
    """The vault's copy of each of these records of kind that it holds, by id."""
    model: Any = MODEL_OF_KIND[kind]
    columns = [model.id, model.content_hash, model.is_deleted, model.updated_by, model.version]
    columns += [model.updated_at]
    if kind == "attachment":
        columns += [Attachment.sha256, Attachment.size]
    first_guarded = len(columns)
    columns += _GUARDED_COLUMNS.get(kind, ())
    rows: list[Any] = []
    for batch in in_batches(ids):
        rows += session.execute(select(*columns).where(model.id.in_(batch))).all()
    clocks = clocks_of(session, [row[0] for row in rows])
    me = session.scalar(select(Identity.fingerprint).where(Identity.id == 1))
    return {
        row[0]: Local(
            content_hash=row[1],
            is_deleted=row[2],
            # Every record has a clock since the exchange migration; this fallback is its value.
            clock=clocks.get(row[0]) or {row[3]: row[4]},
            file=(row[6], row[7]) if kind == "attachment" else None,
            updated_by=row[3],
            updated_at=row[5],
            safeguarded=_safeguarded(kind, tuple(row[first_guarded:]))._replace(
                is_deleted=row[2], is_deleted_here=row[2] and row[3] == me
            ),
        )
        for row in rows
    }


def protected_people(session: Session) -> Protected:
    """Every person protected in this vault, deleted or not: ids, and every name they have or
    had in a saved version (``unnamed.former_names``, as dossiers withhold them), so that
    renaming her first does not free her real name for a newcomer. Protected people are few
    next to the rest, so this reads them all rather than those a batch names."""
    query = select(Person.id, Person.name, Person.other_names, Person.version).where(
        Person.is_protected.is_(True)
    )
    rows = session.execute(query).all()
    # Only a person edited since being created can have had other names.
    former = former_names(session, [row.id for row in rows if row.version > 1])
    return protected_from(
        (row.id, [row.name, *row.other_names, *former.get(row.id, [])]) for row in rows
    )


def never_held(session: Session, versions: Collection[Incoming]) -> set[UUID]:
    """The ids of those of these versions (content and tombstone flag) that no revision here
    has, as saved or as a colleague's import tidies it (``tidied_from_bundle``): a name an older
    Sandiq let in comes back tidied from a colleague who took it from here, and is still the
    version this vault held."""
    unheld = {(version.id, version.content_hash, version.deleted) for version in versions}
    for batch in in_batches({version.id for version in versions}):
        query = select(Revision.record_id, Revision.content_hash, Revision.is_deleted)
        rows = session.execute(query.where(Revision.record_id.in_(batch)))
        unheld.difference_update((uid, digest, deleted) for uid, digest, deleted in rows)
    # Only these few (a tidied version, or a forgery) cost reading their revisions' contents.
    for batch in in_batches({uid for uid, _, _ in unheld}):
        saved = select(Revision.record_id, Revision.record_kind, Revision.is_deleted, Revision.data)
        for uid, kind, deleted, data in session.execute(saved.where(Revision.record_id.in_(batch))):
            tidied = tidied_from_bundle(kind, data)
            if tidied is not data:
                unheld.discard((uid, content_hash(tidied), deleted))
    return {uid for uid, _, _ in unheld}


def ours_tidied(
    session: Session, records: Iterable[Incoming], local: Mapping[UUID, Local]
) -> dict[UUID, str]:
    """For each incoming record with the clock of this vault's copy but other content: the
    content hash of this vault's copy as a colleague's import tidies it (``tidied_from_bundle``),
    where that changes it. Such a record is this vault's version, back from a colleague who
    took it from here."""
    same_clock: dict[str, list[UUID]] = {}
    for record in records:
        mine = local.get(record.id)
        if (
            mine is not None
            and mine.content_hash != record.content_hash
            and compare(mine.clock, record.clock) is Order.SAME
        ):
            same_clock.setdefault(record.kind, []).append(record.id)
    found: dict[UUID, str] = {}
    for kind, ids in same_clock.items():
        model: Any = MODEL_OF_KIND[kind]
        current = (Revision.record_id == model.id) & (Revision.version == model.version)
        for batch in in_batches(ids):
            query = select(Revision.record_id, Revision.data).join(model, current)
            for uid, data in session.execute(query.where(model.id.in_(batch))):
                tidied = tidied_from_bundle(kind, data)
                if tidied is not data:
                    found[uid] = content_hash(tidied)
    return found


def attachments_with_bytes(session: Session, ids: Iterable[UUID]) -> set[UUID]:
    """Those of these attachments whose file the vault holds (at least its first chunk)."""
    found: set[UUID] = set()
    for batch in in_batches(ids):
        found.update(
            session.scalars(
                select(AttachmentChunk.attachment_id).where(
                    AttachmentChunk.attachment_id.in_(batch), AttachmentChunk.seq == 0
                )
            )
        )
    return found
