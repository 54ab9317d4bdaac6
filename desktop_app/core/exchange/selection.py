"""What a bundle carries: chosen cases with everything they need, or every change since a mark.

A case selection carries the case, its parties, testimonies and events (tombstones too, so a
deletion reaches colleagues who had the record), every record those refer to (people, sources
in other cases and their cases), the people merged into its people (tombstones), and the
attachments of all of them. A since-last selection
carries every record that changed after a position in the audit log: the log holds one entry per
change, in order, so its position is a mark no clock can move backwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.exchange_state import RecordClock
from db.models import Attachment, Case
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.content import MODEL_OF_KIND, Record, to_content
from desktop_app.core.exchange.clock import Clock
from desktop_app.core.exchange.held_entering import colleague_versions
from desktop_app.core.exchange.merged_away import merged_into_any
from desktop_app.core.exchange.references import references
from desktop_app.core.exchange.sync_records import KIND_ORDER
from desktop_app.core.reference_folding import live_case_id

_BATCH = 500  # ids per IN (...) query, well below SQLite's variable limit
Selection = dict[str, set[UUID]]  # kind -> ids


def empty_selection() -> Selection:
    """No record of any kind."""
    return {kind: set() for kind in KIND_ORDER}


def audit_head(session: Session) -> int:
    """The position of the newest audit entry (0 in an empty log)."""
    return session.scalar(select(func.max(AuditEntry.seq))) or 0


def _id_order(ids: Iterable[UUID]) -> list[UUID]:
    # By each id's integer, which is how UUIDs order, without a Python call per comparison.
    return sorted(ids, key=attrgetter("int"))


def load_records(session: Session, kind: str, ids: Iterable[UUID]) -> Iterator[Record]:
    """The records of one kind among ids, in id order, a batch at a time."""
    model: Any = MODEL_OF_KIND[kind]
    pending = _id_order(ids)
    for start in range(0, len(pending), _BATCH):
        batch = pending[start : start + _BATCH]
        yield from session.scalars(select(model).where(model.id.in_(batch)).order_by(model.id))


def load_with_clocks(
    session: Session, kind: str, ids: Iterable[UUID]
) -> Iterator[tuple[Record, Clock | None]]:
    """The records of one kind among ids with their clocks (None: none), in id order."""
    model: Any = MODEL_OF_KIND[kind]
    pending = _id_order(ids)
    for start in range(0, len(pending), _BATCH):
        query = (
            select(model, RecordClock.clock)
            .outerjoin(RecordClock, RecordClock.record_id == model.id)
            .where(model.id.in_(pending[start : start + _BATCH]))
            .order_by(model.id)
        )
        yield from session.execute(query)


def _add_references(session: Session, selection: Selection) -> None:
    pending = {kind: set(ids) for kind, ids in selection.items()}
    while any(pending.values()):
        found = empty_selection()
        for kind, ids in pending.items():
            for record in load_records(session, kind, ids):
                for _, target, uid in references(kind, to_content(record)):
                    if uid not in selection[target]:
                        found[target].add(uid)
        for kind, ids in found.items():
            selection[kind] |= ids
        pending = found


def case_choices(session: Session) -> list[tuple[str, str]]:
    """(reference, title) of every live case, by reference: what a bundle may be made of."""
    query = select(Case.reference, Case.title).where(Case.is_deleted.is_(False))
    return [
        (reference, title) for reference, title in session.execute(query.order_by(Case.reference))
    ]


def select_cases(
    session: Session, case_references: Sequence[str], include_attachments: bool
) -> Selection:
    """The cases with these references (``reference_folding.live_case_id``) and everything
    that belongs to or is cited by them. RecordNotFound or AmbiguousReference for a reference
    that names no case or several."""
    selection = empty_selection()
    for reference in case_references:
        # As every lookup by reference: in any letter case, and ambiguous ones named.
        selection["case"].add(live_case_id(session, reference))
    case_ids = sorted(selection["case"])
    for kind in ("case_party", "testimony", "event"):
        model: Any = MODEL_OF_KIND[kind]
        for start in range(0, len(case_ids), _BATCH):
            batch = case_ids[start : start + _BATCH]
            selection[kind].update(
                session.scalars(select(model.id).where(model.case_id.in_(batch)))
            )
    _add_references(session, selection)
    # The tombstones of people merged into those it carries: the recipient's duplicates go too;
    # not a colleague's namesake kept out here, whom no merge deleted.
    merged = merged_into_any(session, selection["person"]) - colleague_versions(session).keys()
    selection["person"] |= merged
    if include_attachments:
        owners = sorted(set().union(*selection.values()))
        for start in range(0, len(owners), _BATCH):
            batch = owners[start : start + _BATCH]
            selection["attachment"].update(
                session.scalars(select(Attachment.id).where(Attachment.owner_id.in_(batch)))
            )
    return selection


def changed_since(
    session: Session, records_after: int, attachments_after: int | None, through: int
) -> dict[UUID, tuple[str, int]]:
    """Records changed after audit position records_after (attachments after their own mark,
    or none when attachments_after is None), up to position through: kind and latest position,
    in the order of their latest change."""
    first = records_after if attachments_after is None else min(records_after, attachments_after)
    query = (
        select(AuditEntry.seq, AuditEntry.record_kind, AuditEntry.record_id)
        .where(
            AuditEntry.seq > first,
            AuditEntry.seq <= through,
            AuditEntry.record_id.is_not(None),
        )
        .order_by(AuditEntry.seq)
        .execution_options(yield_per=5000)
    )
    changed: dict[UUID, tuple[str, int]] = {}
    for seq, kind, record_id in session.execute(query):
        after = attachments_after if kind == "attachment" else records_after
        if after is not None and seq > after and kind in MODEL_OF_KIND and record_id is not None:
            # Ascending seq: the latest change wins, and moves the record to the end.
            changed.pop(record_id, None)
            changed[record_id] = (kind, seq)
    return changed
