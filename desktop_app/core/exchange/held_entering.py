"""People held for coming in under a protected person's name, while the user has not decided.

A colleague's new person who is not protected but carries a protected person's name is kept
here deleted, its version waiting as a conflict (``apply._held_new``, ``safeguards``). Nobody
here deleted it, and its name is hers: lists that show deleted records (Vault > Deleted
records, the records an import leaves pointing at a deleted one) name it as held, by kind and
id, and it was merged into nobody, whatever names it shares. Once the user keeps it out
("Keep mine") it is an ordinary tombstone, still bearing her name (``kept_out_entering``): it
is listed, by kind and id, and restoring it asks first (``deletion.restore_deleted``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from desktop_app.core.exchange.local_state import local_state, protected_people
from desktop_app.core.exchange.safeguards import (
    COMING_IN_HELD,
    held_reasons,
    safeguarded,
)
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
