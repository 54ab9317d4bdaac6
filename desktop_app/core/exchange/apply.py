"""Writing an import's decided records inside its transaction, one batch at a time.

Each batch comes from ``MergePlanner.decide`` and is written through ``RecordWriter``
(revisions, audit entries, search index): its new records are inserted together
(``RecordWriter.insert``), then the batch is flushed, gets its merged version vectors, and
leaves the session, so memory and the work of Python's garbage collector stay flat however
large the bundle. Any error propagates and the caller's transaction rolls back.

A new record held for the user (``merge.Decision.is_new``) is written as the colleague sent it
and deleted by this vault at once: the conflict then has a version here to wait beside, the
records of the bundle that refer to it have something to refer to (named as pointing at a
deleted record, as any such reference is), and a later version of theirs is judged against it.
It keeps their clock, so their vault does not take this vault's hold for a newer deletion.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import select, text

from db.exchange_state import SyncConflict
from desktop_app.core.dates import utc_now
from desktop_app.core.exchange.clock import Clock, merge, set_clocks
from desktop_app.core.exchange.conflicts import close_superseded, keep_conflict
from desktop_app.core.exchange.merge import Action, Decision
from desktop_app.core.exchange.sync_records import SyncRecord
from desktop_app.core.record_validation import ValidRecord
from desktop_app.core.records import Authorship, RecordWriter, get_record


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
    writer: RecordWriter,
    decision: Decision,
    incoming: SyncRecord,
    valid: ValidRecord,
    new: _NewRecords,
) -> Clock | None:
    """Write one record through the writer; the clock it must end with, if that changes."""
    # The record becomes the colleague's version: it keeps their authorship and time.
    author = Authorship(
        incoming.created_at, incoming.created_by, incoming.updated_at, incoming.updated_by
    )
    if decision.action is Action.INSERT and not incoming.deleted:
        new.add(valid, author)
    elif decision.action in (Action.INSERT, Action.UPDATE):
        new.write()
        if decision.action is Action.INSERT:  # a tombstone: created, then deleted, as theirs was
            record = writer.create(incoming.kind, incoming.content, author)
        else:
            record = get_record(writer.session, incoming.kind, incoming.id)
            if record.content_hash != decision.incoming.content_hash or not incoming.deleted:
                # also brings a tombstone back
                writer.update(record, incoming.content, author=incoming.updated_by)
        if incoming.deleted:
            writer.delete(record, author=incoming.updated_by)
        record.updated_at, record.updated_by = author.updated_at, author.updated_by
    clock = merge(decision.local_clock, incoming.clock)
    changed = clock != decision.local_clock or decision.action is Action.INSERT
    return clock if changed else None


def _held_new(writer: RecordWriter, incoming: SyncRecord) -> Clock:
    """Keep a held new record here deleted by this vault; the clock it must end with."""
    author = Authorship(
        incoming.created_at, incoming.created_by, incoming.updated_at, incoming.updated_by
    )
    writer.delete(writer.create(incoming.kind, incoming.content, author))
    return dict(incoming.clock)


class RecordApplier:
    """Writes the decided records of one bundle, batch after batch, in the bundle's order."""

    def __init__(self, writer: RecordWriter, sender: str, bundle_id: UUID) -> None:
        self._writer = writer
        self._sender = sender
        self._bundle_id = bundle_id
        session = writer.session
        # Records of a batch, and the files that follow, may be written before what they point
        # to is flushed; the commit checks every foreign key.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        self._in_conflict = set(
            session.scalars(select(SyncConflict.record_id).where(SyncConflict.resolved_at == ""))
        )
        self._now = utc_now()

    def write(
        self, records: Sequence[SyncRecord], decided: Sequence[tuple[Decision, ValidRecord]]
    ) -> None:
        """Write one batch: its records and, in the same order, their decisions."""
        session = self._writer.session
        new = _NewRecords(self._writer)
        clocks: dict[UUID, Clock] = {}
        for incoming, (decision, valid) in zip(records, decided, strict=True):
            if decision.action is Action.CONFLICT:
                new.write()
                if decision.is_new:
                    clocks[incoming.id] = _held_new(self._writer, incoming)
                keep_conflict(session, incoming, self._sender, self._bundle_id, self._now)
            elif decision.action not in (Action.OLDER, Action.REFUSED):
                clock = _apply_record(self._writer, decision, incoming, valid, new)
                if clock is not None:
                    clocks[incoming.id] = clock
        new.write()
        # After the flush: the schema's triggers count each written row as an edit by its
        # updated_by; the clock the record really has is the merged one.
        session.flush()
        set_clocks(session, clocks)
        now = utc_now()
        for record_id in self._in_conflict & clocks.keys():
            close_superseded(session, record_id, clocks[record_id], now)
        session.flush()
        session.expunge_all()
