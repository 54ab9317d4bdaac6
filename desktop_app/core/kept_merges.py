"""Which deletions of a person in a history were a merge kept in a conflict, and whose merge.

Keeping a colleague's merge against an edit made here writes the tombstone again as this
vault's change (``merged_away.keep_merge``): only a vault's own changes can go out under its
signature, so the version must stay this vault's. Its History then said that this vault deleted
the person, though Aziza merged them. What it was is kept in the audit log and the conflict:
``keep_version`` writes the kept person ("merge") right before the tombstone and logs the
decision ("resolve_conflict") right after it, and the conflict says which side was kept, when,
and who wrote the colleague's version. Nothing new is stored.

The merge kept is the colleague's when their side was kept, else the one of the version held
here, which may itself be a colleague's (a merge relayed before their edit came in).

Another vault gets the choice as the colleague's new tombstone over the merged one, and their
version of the kept person: the import writes the tombstone's new content ("update") and
deletes it again. Such a tombstone, over one by somebody else, of a person whose names a live
person holds (``merged_away``), is the colleague keeping that merge. Its author is the one who
deleted the person before, as this vault knows it: Bekzod, given Dilya's kept tombstone before
Aziza's, can only learn of Dilya's (a vault signs only its own changes, so no bundle says who
merged first).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from db.models import Person
from db.vault_bookkeeping import AuditEntry, Revision
from desktop_app.core.authors import version_authors
from desktop_app.core.case_history import HistoryRow
from desktop_app.core.content import to_content
from desktop_app.core.exchange.conflicts import kept_label
from desktop_app.core.exchange.merged_away import merged_into_each
from desktop_app.core.id_batches import as_one_parameter, in_batches

_DECISION = "resolve_conflict"


@dataclass(frozen=True)
class KeptMerge:
    """A person's tombstone written by keeping a merge in a conflict: who made the merge
    (their key id, None where not recorded) and the person it went into."""

    merged_by: str | None
    into_id: UUID
    into_label: str  # a protected person's pseudonym, never her name


def kept_merges(
    session: Session, own_key_id: str, tombstones: Iterable[tuple[UUID, int]]
) -> dict[tuple[UUID, int], KeptMerge]:
    """For these versions (person id, version) that deleted a person, those written by keeping
    a merge in a conflict, here or by the colleague who wrote them, by (id, version); any
    other is left out."""
    wanted = set(tombstones)
    deletions: dict[int, tuple[UUID, int]] = {}  # audit seq -> (person, version)
    for batch in in_batches({uid for uid, _ in wanted}):
        query = select(AuditEntry.seq, AuditEntry.record_id, AuditEntry.version).where(
            AuditEntry.record_id.in_(batch),
            AuditEntry.record_kind == "person",
            AuditEntry.action == "delete",
        )
        for seq, uid, version in session.execute(query):
            if uid is not None and version is not None and (uid, version) in wanted:
                deletions[seq] = (uid, version)
    if not deletions:
        return {}
    near = {seq + step for seq in deletions for step in (-2, -1, 0, 1)}
    entries = {
        entry.seq: entry
        for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.seq.in_(select(as_one_parameter(near).c.value)))
        )
    }
    found: dict[tuple[UUID, int], KeptMerge] = {}
    over_others: dict[tuple[UUID, int], str] = {}  # -> who deleted the person before
    for seq, key in deletions.items():
        kept = _kept_here(session, own_key_id, seq, entries)
        if kept is not None:
            found[key] = kept
        elif before := _deleted_before_by(session, own_key_id, entries[seq], entries.get(seq - 1)):
            over_others[key] = before
    people = session.scalars(
        select(Person).where(Person.id.in_({uid for uid, _ in over_others}), Person.is_deleted)
    )
    # One look for them all: merged_into_each reads every live person's names.
    into = merged_into_each(session, [(to_content(p), p.updated_at) for p in people])
    for (person_id, version), merged_by in over_others.items():
        if (person := into.get(person_id)) is not None:
            found[(person_id, version)] = KeptMerge(merged_by, person.id, kept_label(person))
    return found


def _kept_here(
    session: Session, own_key_id: str, seq: int, entries: dict[int, AuditEntry]
) -> KeptMerge | None:
    """The merge kept by the deletion logged at seq, if this vault wrote it keeping one."""
    deletion, merge, decision = entries[seq], entries.get(seq - 1), entries.get(seq + 1)
    person_id, version = deletion.record_id, deletion.version
    if person_id is None or version is None or merge is None or decision is None:
        return None
    if (merge.action, merge.record_kind) != ("merge", "person") or merge.record_id is None:
        return None
    if (decision.action, decision.record_id, decision.version) != (_DECISION, person_id, version):
        return None
    conflict = _decided(session, person_id, decision.at)
    into = session.get(Person, merge.record_id)
    if conflict is None or into is None:
        return None
    if conflict.resolution == "theirs":
        merged_by: str | None = conflict.theirs_updated_by
    else:
        merged_by = _held_author(session, own_key_id, person_id, version, entries.get(seq - 2))
    return KeptMerge(merged_by, into.id, kept_label(into))


def _deleted_before_by(
    session: Session, own_key_id: str, deletion: AuditEntry, previous: AuditEntry | None
) -> str | None:
    """Who deleted a person before, if this deletion (previous: the audit entry before it) is
    a colleague's tombstone taken in over one by somebody else whom this vault knows; it is
    the colleague keeping a merge if a live person holds its names."""
    person_id, version = deletion.record_id, deletion.version
    if person_id is None or version is None:
        return None
    # The import writes their tombstone's content first when it differs from the one here.
    is_rewritten = previous is not None and (previous.action, previous.record_id) == (
        "update",
        person_id,
    )
    before = version - 2 if is_rewritten else version - 1
    if before < 1:
        return None
    versions = {("person", person_id, v) for v in range(before, version + 1)}
    authors = version_authors(session, own_key_id, versions)
    colleague, merged_by = authors[(person_id, version)], authors[(person_id, before)]
    if merged_by is None or colleague in (None, own_key_id, merged_by):
        return None
    if any(authors[(person_id, v)] != colleague for v in range(before + 1, version + 1)):
        return None
    was_deleted = session.scalar(
        select(Revision.is_deleted).where(
            Revision.record_id == person_id, Revision.version == before
        )
    )
    return merged_by if was_deleted else None


def _decided(session: Session, person_id: UUID, at: str) -> SyncConflict | None:
    """The conflict about a person decided at this time, if its deleted side was kept."""
    conflict = session.scalars(
        select(SyncConflict).where(
            SyncConflict.record_id == person_id,
            SyncConflict.resolved_at == at,
            SyncConflict.resolution.in_(("mine", "theirs")),
        )
    ).first()
    if conflict is None or (conflict.resolution == "theirs") != conflict.theirs_deleted:
        return None
    return conflict


def _held_author(
    session: Session, own_key_id: str, person_id: UUID, version: int, before: AuditEntry | None
) -> str | None:
    """Who wrote the tombstone held here that "keep mine" kept: the version before the kept
    merge's writes, which start with the colleague's edit put into it ("resolve") if it
    changed anything."""
    held = version - 1
    if before is not None and (before.action, before.record_id) == ("resolve", person_id):
        held = (before.version or version) - 1
    if held < 1:
        return None
    return version_authors(session, own_key_id, [("person", person_id, held)])[(person_id, held)]


def history_kept_merges(
    session: Session, own_key_id: str, rows: Sequence[HistoryRow]
) -> dict[int, KeptMerge]:
    """``kept_merges`` for the deletions of people among a history's rows, by audit seq."""
    deletions = {
        (row.record_id, row.version): row.seq
        for row in rows
        if row.action == "delete" and row.record_kind == "person"
        if row.record_id is not None and row.version is not None
    }
    kept = kept_merges(session, own_key_id, deletions)
    return {deletions[key]: merge for key, merge in kept.items()}
