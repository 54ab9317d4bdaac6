"""People held for coming in under a protected person's name, while the user has not decided.

A colleague's new person who is not protected but carries a protected person's name is kept
here deleted, its version waiting as a conflict (``apply._held_new``, ``safeguards``). Nobody
here deleted it, and its name is hers: lists that show deleted records (Vault > Deleted
records, the records an import leaves pointing at a deleted one) name it as held, by kind and
id, and it was merged into nobody, whatever names it shares. Once the user keeps it out
("Keep mine") it stays deleted here, still bearing her name (``kept_out_entering``): it is
listed, by kind and id, and restoring it asks first (``deletion.restore_deleted``).

Held or kept out, it is this vault's view only, never a deletion of the colleague's record:
keeping it out adds no edit of this vault's to its clock (``conflicts.keep_version``), and a
bundle from here carries the colleague's version as she wrote it in place of the tombstone
(``colleague_versions``), so her vault takes it as unchanged and a third vault gets her record,
not a deletion she never made. A later version of hers is held again while it bears such a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from db.models import Person
from desktop_app.core.exchange.clock import Order, clocks_of, compare
from desktop_app.core.exchange.local_state import local_state, protected_people
from desktop_app.core.exchange.safeguards import (
    COMING_IN_HELD,
    held_reasons,
    safeguarded,
)
from desktop_app.core.exchange.sync_records import SyncRecord
from desktop_app.core.id_batches import in_batches


def held_entering(session: Session, among: Iterable[UUID] | None = None) -> set[UUID]:
    """The people held for coming in under a protected person's name (all, or those among
    these ids): kept here deleted until the user decides, though nobody here deleted them."""
    return _entering(session, among, SyncConflict.resolved_at == "")


def kept_out_entering(session: Session, among: Iterable[UUID]) -> set[UUID]:
    """Those of these people that came in held under a protected person's name and that the
    user kept out ("Keep mine"): still deleted here, and still bearing such a name (as a name,
    or in the pseudonym), so restoring one would bring that name in unprotected."""
    return _entering(session, among, SyncConflict.resolution == "mine")


def _entering(session: Session, among: Iterable[UUID] | None, state: Any) -> set[UUID]:
    """The people deleted here (all, or those among these ids) with a conflict in state whose
    colleague's version would come in under a protected person's name, judged against who is
    protected now: the reason is read, not stored, as ``conflicts`` reads it."""
    query = select(SyncConflict).where(
        state,
        SyncConflict.record_kind == "person",
        SyncConflict.theirs_deleted.is_(False),
    )
    conflicts: list[SyncConflict] = []
    if among is None:
        conflicts = list(session.scalars(query))
    else:
        for batch in in_batches(among):
            conflicts += session.scalars(query.where(SyncConflict.record_id.in_(batch)))
    if not conflicts:
        return set()
    mine = local_state(session, "person", {c.record_id for c in conflicts})
    protected = protected_people(session)
    held = set()
    for conflict in conflicts:
        theirs = safeguarded("person", conflict.theirs, is_deleted=False)
        local = mine.get(conflict.record_id)
        if local is None or not local.is_deleted:
            continue
        if COMING_IN_HELD & set(held_reasons(local.safeguarded, theirs, protected)):
            held.add(conflict.record_id)
    return held


def colleague_versions(session: Session) -> dict[UUID, SyncRecord]:
    """The colleague's latest version of each person deleted here only as a hold: held for
    coming in under a protected person's name, or kept out by "Keep mine" with no edit of this
    vault's in its clock since. A bundle carries it in place of the tombstone."""
    held = held_entering(session)
    query = select(SyncConflict).where(
        SyncConflict.record_kind == "person",
        SyncConflict.theirs_deleted.is_(False),
        or_(SyncConflict.resolved_at == "", SyncConflict.resolution == "mine"),
    )
    conflicts = list(session.scalars(query.order_by(SyncConflict.id)))
    ids = {c.record_id for c in conflicts}
    created: dict[UUID, tuple[str, str]] = {}
    for batch in in_batches(ids):
        rows = session.execute(
            select(Person.id, Person.created_at, Person.created_by).where(
                Person.id.in_(batch), Person.is_deleted.is_(True)
            )
        )
        created.update((uid, (at, by)) for uid, at, by in rows)
    clocks = clocks_of(session, created)
    versions: dict[UUID, SyncRecord] = {}
    for conflict in conflicts:  # oldest first: a later version of hers replaces an earlier one
        uid = conflict.record_id
        if uid not in created or (not conflict.resolved_at and uid not in held):
            continue
        # Kept out, its clock is hers; an edit made here since (a restore, a deletion of this
        # vault's own) is this vault's to send.
        seen = compare(clocks.get(uid, {}), conflict.theirs_clock)
        if conflict.resolved_at and seen not in (Order.NEWER, Order.SAME):
            continue
        versions[uid] = SyncRecord(
            kind="person",
            content=dict(conflict.theirs),
            deleted=False,
            clock=dict(conflict.theirs_clock),
            created_at=created[uid][0],
            created_by=created[uid][1],
            updated_at=conflict.theirs_updated_at,
            updated_by=conflict.theirs_updated_by,
        )
    return versions
