"""Applying a merge plan inside the import's transaction.

The records are read again from the verified bundle, in the order the plan was made in, and
written through ``RecordWriter`` (revisions, audit entries, search index) in batches: new
records of a batch are inserted together (``RecordWriter.insert``), then each batch is flushed,
gets its merged version vectors, and leaves the session, so memory and the work of Python's
garbage collector stay flat however large the bundle. Any error propagates and the caller's
transaction rolls back.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import SyncConflict
from desktop_app.core.content import ValidRecord
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.clock import Clock, merge, set_clocks
from desktop_app.core.exchange.conflicts import close_superseded, keep_conflict
from desktop_app.core.exchange.merge import Action, Decision, MergePlan
from desktop_app.core.exchange.progress import Meter, ProgressCallback
from desktop_app.core.exchange.sync_records import SyncRecord, parse_records
from desktop_app.core.exchange.verified import STAGING_DAMAGED, VerifiedBundle
from desktop_app.core.records import Authorship, RecordWriter, get_record

_BATCH = 500


class _NewRecords:
    """Live new records that wait to be inserted together; any other write must come after
    them, so that revisions and audit entries keep the bundle's order."""

    def __init__(self, writer: RecordWriter) -> None:
        self.writer = writer
        self.records: list[ValidRecord] = []
        self.authorship: list[Authorship] = []

    def add(self, record: ValidRecord, authorship: Authorship) -> None:
        self.records.append(record)
        self.authorship.append(authorship)

    def write(self) -> None:
        self.writer.insert(self.records, self.authorship)
        self.records.clear()
        self.authorship.clear()


def _apply_record(
    writer: RecordWriter, decision: Decision, incoming: SyncRecord, new: _NewRecords
) -> Clock | None:
    """Write one record through the writer; the clock it must end with, if that changes."""
    # The record becomes the colleague's version: it keeps their authorship and time.
    author = Authorship(
        incoming.created_at, incoming.created_by, incoming.updated_at, incoming.updated_by
    )
    if decision.action is Action.INSERT and not incoming.deleted:
        new.add(writer.validate(incoming.kind, incoming.content), author)
    elif decision.action in (Action.INSERT, Action.UPDATE):
        new.write()
        if decision.action is Action.INSERT:  # a tombstone: created, then deleted, as theirs was
            record = writer.create(incoming.kind, incoming.content, author)
        else:
            record = get_record(writer.session, incoming.kind, incoming.id)
            if record.content_hash != decision.incoming.content_hash or not incoming.deleted:
                writer.update(record, incoming.content)  # also brings a tombstone back
        if incoming.deleted:
            writer.delete(record)
        record.updated_at, record.updated_by = author.updated_at, author.updated_by
    clock = merge(decision.local_clock, incoming.clock)
    changed = clock != decision.local_clock or decision.action is Action.INSERT
    return clock if changed else None


def _finish_batch(
    session: Session, new: _NewRecords, clocks: dict[UUID, Clock], in_conflict: set[UUID]
) -> None:
    # After the flush: the schema's triggers count each written row as an edit by its
    # updated_by; the clock the record really has is the merged one.
    new.write()
    session.flush()
    set_clocks(session, clocks)
    now = utc_now()
    for record_id in in_conflict & clocks.keys():
        close_superseded(session, record_id, clocks[record_id], now)
    session.flush()
    session.expunge_all()
    clocks.clear()


def apply_records(
    writer: RecordWriter,
    bundle: VerifiedBundle,
    plan: MergePlan,
    progress: ProgressCallback,
    meter: Meter,
) -> None:
    """Write every decided record (a second, verified read of the records part)."""
    session, info = writer.session, bundle.info
    # Chunks, and records of one batch, may be written before what they point to is flushed.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    in_conflict = set(
        session.scalars(select(SyncConflict.record_id).where(SyncConflict.resolved_at == ""))
    )
    clocks: dict[UUID, Clock] = {}
    new = _NewRecords(writer)
    now = utc_now()
    done = 0
    for done, incoming in enumerate(parse_records(bundle.records_chunks()), 1):
        if done > len(plan.decisions) or plan.decisions[done - 1].incoming.id != incoming.id:
            raise BundleRejected(STAGING_DAMAGED)
        decision = plan.decisions[done - 1]
        if decision.action is Action.CONFLICT:
            new.write()
            keep_conflict(session, incoming, info.sender.key_id, info.bundle_id, now)
        elif decision.action is not Action.OLDER:
            clock = _apply_record(writer, decision, incoming, new)
            if clock is not None:
                clocks[incoming.id] = clock
        if done % _BATCH == 0:
            _finish_batch(session, new, clocks, in_conflict)
            progress(done, len(plan.decisions))
        meter.check_cancel()
    if done != len(plan.decisions):
        raise BundleRejected(STAGING_DAMAGED)
    _finish_batch(session, new, clocks, in_conflict)
    progress(done, done)
