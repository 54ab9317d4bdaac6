"""Resolving many conflicts with one choice: a colleague's bundle can leave a thousand.

The whole set is one transaction, each conflict resolved exactly as ``resolve_conflict``
resolves one (same writes, same audit entry); any failure, or a cancel, leaves every conflict
as it was. A held version (one that would weaken a safeguard, see ``safeguards``) is kept as
"theirs" only when the caller says so explicitly: otherwise it stays open, and is named, so
that a sweep over plain concurrent edits never lifts a protection by the way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from desktop_app.core.case_file import CaseReferences
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import Cancelled
from desktop_app.core.exchange.conflicts import (
    ConflictInfo,
    Resolution,
    check_keep,
    conflict_infos,
    keep_version,
    kept_label,
)
from desktop_app.core.exchange.dangling import DanglingReference, dangling_references
from desktop_app.core.records import get_record

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault


@dataclass(frozen=True)
class ConflictSelection:
    """Which open conflicts a bulk resolution takes; the default is all of them."""

    ids: tuple[int, ...] | None = None  # only these (the rows chosen in a list)
    sender: str = ""  # only those raised by bundles from this contact (its key id)
    bundle_id: UUID | None = None  # only those raised by this bundle
    held: bool | None = None  # True: only held versions; False: only plain concurrent edits


@dataclass(frozen=True)
class BulkResolution:
    """What a bulk resolution did: the conflicts resolved, and the held ones it left open."""

    resolutions: tuple[Resolution, ...]
    # Held versions not kept as theirs because that was not asked for explicitly.
    held_left: tuple[ConflictInfo, ...] = ()
    # Live records the choices left pointing at a deleted record, as an import names them.
    dangling: tuple[DanglingReference, ...] = ()


def _open_rows(session: Session, selection: ConflictSelection) -> list[SyncConflict]:
    query = select(SyncConflict).where(SyncConflict.resolved_at == "").order_by(SyncConflict.id)
    if selection.ids is not None:
        query = query.where(SyncConflict.id.in_(selection.ids))
    if selection.sender:
        query = query.where(SyncConflict.sender == selection.sender)
    if selection.bundle_id is not None:
        query = query.where(SyncConflict.bundle_id == selection.bundle_id)
    return list(session.scalars(query))


def _chosen(
    session: Session, selection: ConflictSelection
) -> list[tuple[SyncConflict, ConflictInfo]]:
    rows = _open_rows(session, selection)
    pairs = zip(rows, conflict_infos(session, rows), strict=True)
    return [(row, info) for row, info in pairs if selection.held in (None, info.is_held)]


def selected_conflicts(session: Session, selection: ConflictSelection) -> list[ConflictInfo]:
    """The open conflicts a selection takes, oldest first, each with why it is one."""
    return [info for _row, info in _chosen(session, selection)]


def resolve_conflicts(
    vault: Vault,
    selection: ConflictSelection,
    keep: str,
    *,
    held_too: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BulkResolution:
    """Keep "mine" or "theirs" for every open conflict in selection, in one transaction.

    Held versions are kept as theirs only with held_too; without it they stay open and are
    returned in ``held_left``. On any error (InvalidInput for a version that no longer fits,
    Cancelled once cancel() is true) nothing is resolved and nothing is written.
    """
    check_keep(keep)
    with vault.transaction() as session:
        chosen = _chosen(session, selection)
        is_left = keep == "theirs" and not held_too
        held_left = tuple(info for _row, info in chosen if is_left and info.is_held)
        todo = [(row, info) for row, info in chosen if not (is_left and info.is_held)]
        writer = vault.writer(session)
        # Read once, not once per case kept as theirs: that made a thousand conflicts take
        # 17 s. One time for the whole set: History shows it as the one decision it is.
        cases = CaseReferences(session)
        now = utc_now()
        resolutions = []
        for done, (conflict, info) in enumerate(todo):
            if cancel is not None and cancel():
                raise Cancelled("cancelled; no conflict was resolved")
            if progress is not None:
                progress(done, len(todo))
            # Another choice in this set may have settled it (the same record twice).
            if conflict.resolved_at:
                continue
            record = get_record(session, conflict.record_kind, conflict.record_id)
            into = keep_version(vault, writer, conflict, record, keep, now=now, cases=cases)
            after = replace(info, resolved_at=conflict.resolved_at, resolution=keep)
            resolutions.append(Resolution(after, (), kept_label(into) if into is not None else ""))
        session.flush()
        dangling = dangling_references(
            session, [(r.info.record_kind, r.info.record_id) for r in resolutions]
        )
        if progress is not None:
            progress(len(todo), len(todo))
        return BulkResolution(tuple(resolutions), held_left, tuple(dangling))
