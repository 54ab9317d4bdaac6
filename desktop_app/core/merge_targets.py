"""Which person each deleted person was merged into, for the list of deleted records: restoring
a merged person is not undoing the merge, so the list names the person it went into. A merge
made here is traced in the audit log; a colleague's is recognised by ``merged_away``.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.models import Person
from db.vault_bookkeeping import AuditEntry, Revision
from desktop_app.core.content import to_content
from desktop_app.core.exchange.merged_away import merged_into_each
from desktop_app.core.exchange.references import references
from desktop_app.core.id_batches import as_one_parameter, in_batches
from desktop_app.core.identity import load_identity


def merge_targets(session: Session, people: list[Person]) -> dict[UUID, UUID]:
    """The person each of these deleted people was merged into, for those a merge deleted. A
    merge made here is read from the audit log (``_merged_here``); a colleague's arrives as a
    bare tombstone and a kept person holding every name of the merged one, which is how
    ``merged_away`` recognises it (the colleague's audit log stays with them)."""
    own = load_identity(session).fingerprint
    merged = _merged_here(session, {p.id: p.name for p in people if p.updated_by == own})
    theirs = [(to_content(p), p.updated_at) for p in people if p.updated_by != own]
    merged.update((uid, kept.id) for uid, kept in merged_into_each(session, theirs).items())
    return merged


_MERGE_ENTRIES_READ = 50  # a merge moves a handful of records; the kept person comes last


def _merged_here(session: Session, deleted_people: dict[UUID, str]) -> dict[UUID, UUID]:
    """The person each of these people deleted here (id: name) was merged into, for those
    whose deletion was a merge. merge_persons writes, in one transaction, the records it
    moves and then the kept person (audit action "merge"), and then the tombstone, so the
    entries just before a merge's tombstone are "merge" ones and name the kept person. A
    constant number of queries, however many people are listed."""
    # Every deletion since the person was last restored here: keeping a merge against a
    # colleague's undelete tombstones the person again, after no "merge" entry when the
    # undelete added nothing to the kept person, and that must not hide the merge.
    restored: dict[UUID, int] = {}
    deletions: dict[int, UUID] = {}  # the audit entries of those deletions
    for batch in in_batches(deleted_people):
        query = (
            select(AuditEntry.record_id, func.max(AuditEntry.seq))
            .where(AuditEntry.record_id.in_(batch), AuditEntry.action == "restore")
            .group_by(AuditEntry.record_id)
        )
        restored.update((uid, seq) for uid, seq in session.execute(query) if uid is not None)
        query = select(AuditEntry.record_id, AuditEntry.seq).where(
            AuditEntry.record_id.in_(batch), AuditEntry.action == "delete"
        )
        deletions.update(
            (seq, uid)
            for uid, seq in session.execute(query)
            if uid is not None and seq > restored.get(uid, 0)
        )
    # Only a deletion right after a "merge" entry can be a merge's; most are not, so only
    # those read the entries before them.
    after_merge = select(AuditEntry.seq + 1).where(
        AuditEntry.seq.in_(select(as_one_parameter(deletions.keys()).c.value - 1)),
        AuditEntry.action == "merge",
    )
    runs = _merge_runs(session, set(session.scalars(after_merge)))
    entries = session.execute(
        select(AuditEntry.seq, AuditEntry.record_kind, AuditEntry.record_id, Revision.data)
        .join(
            Revision,
            and_(
                Revision.record_id == AuditEntry.record_id, Revision.version == AuditEntry.version
            ),
        )
        .where(
            AuditEntry.seq.in_(select(as_one_parameter({s for run in runs.values() for s in run})))
        )
    )
    written = {seq: (kind, record_id, data) for seq, kind, record_id, data in entries}
    merged = {}
    for end, run in sorted(runs.items()):  # of two merges (a re-merge), the later one counts
        person_id = deletions[end]
        run_written = [written[seq] for seq in run if seq in written]  # no version: no clue
        kept = _kept_person(run_written, deleted_people[person_id])
        if kept is not None:
            merged[person_id] = kept
    return merged


def _merge_runs(session: Session, ends: set[int]) -> dict[int, list[int]]:
    """For each of these audit entries, the "merge" entries of records right before it, the
    latest first, up to the first of a person's (the kept one) or _MERGE_ENTRIES_READ."""
    listed = as_one_parameter(ends)
    window = session.execute(
        select(listed.c.value, AuditEntry.seq, AuditEntry.action, AuditEntry.record_kind)
        .select_from(listed)
        .join(
            AuditEntry,
            AuditEntry.seq.between(listed.c.value - _MERGE_ENTRIES_READ, listed.c.value - 1),
        )
        .where(AuditEntry.version.is_not(None))  # an entry about no record ends no merge
        .order_by(listed.c.value, AuditEntry.seq.desc())
    )
    runs: dict[int, list[int]] = {}
    ended: set[int] = set()
    for end, seq, action, kind in window:
        if end in ended:
            continue
        if action != "merge":
            ended.add(end)
            continue
        runs.setdefault(end, []).append(seq)
        if kind == "person":
            ended.add(end)
    return runs


def _kept_person(run: list[tuple[str, UUID, dict[str, Any]]], name: str) -> UUID | None:
    """The person a merge kept, from the records (kind, id, content) it wrote just before its
    tombstone (of a person called name), the latest first: the person changed just before it,
    holding that name among its own, or else the one person every record the merge moved now
    names (the kept person is unchanged when the merged one added nothing to it)."""
    candidates: set[UUID] | None = None
    for kind, record_id, data in run:
        if kind == "person":  # a merge leaves the merged person's name in the kept one
            held = {n.strip().casefold() for n in [data["name"], *data["other_names"]]}
            return record_id if name.strip().casefold() in held else None
        named = {uid for _, target, uid in references(kind, data) if target == "person"}
        candidates = named if candidates is None else candidates & named
        if len(candidates) == 1:
            return next(iter(candidates))
    return None
