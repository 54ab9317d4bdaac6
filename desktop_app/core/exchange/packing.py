"""Packing records into one bundle within the format's limits.

A case export must fit whole, or it is refused before anything is written. A since-last export
that does not fit carries the oldest changes that do: records are taken in the order of their
latest change in the audit log, so the bundle holds every change up to one position (the mark
the recipients are then served to), and the next since-last bundle starts right after it. A
record taken also takes the changed records it refers to (a testimony its witness, an attachment
its owner) even if they changed later: without them the receiver could not import it. Those are
sent again by the next bundle, which the receiver merges as unchanged. Everything a record
refers to that did not change since the mark went in an earlier bundle, which bundles' order
makes the receiver import first.

A person this vault keeps deleted only as a hold (``held_entering.colleague_versions``) is
carried as the colleague wrote it, not as the tombstone: the hold is this vault's alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast
from uuid import UUID

from sqlalchemy.orm import Session

from db.models import Attachment
from desktop_app.core.content import MODEL_OF_KIND, Record, kind_of, to_content
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.clock import Clock, clocks_of
from desktop_app.core.exchange.format import (
    MAX_ATTACHMENTS,
    MAX_BODY_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_RECORDS_BYTES,
    MAX_SEQUENCE,
)
from desktop_app.core.exchange.held_entering import colleague_versions
from desktop_app.core.exchange.progress import Meter, ProgressCallback
from desktop_app.core.exchange.references import references
from desktop_app.core.exchange.selection import Selection, load_with_clocks
from desktop_app.core.exchange.sync_records import (
    KIND_ORDER,
    MAX_CLOCK_ENTRIES,
    RecordsPart,
    SyncRecord,
)
from desktop_app.core.strict_json import canonical_json

_BATCH = 500  # records loaded per query
# The manifest's fields other than the attachments: 64 recipients' key ids and a few stamps.
_MANIFEST_RESERVE = 64 * 1024


@dataclass(frozen=True)
class BundleLimits:
    """What one bundle may carry (the format's limits; tests lower them)."""

    records_bytes: int = MAX_RECORDS_BYTES
    attachments: int = MAX_ATTACHMENTS
    manifest_bytes: int = MAX_MANIFEST_BYTES - _MANIFEST_RESERVE
    body_bytes: int = MAX_BODY_BYTES


FORMAT_LIMITS = BundleLimits()


@dataclass
class Packed:
    """The records and attachments a bundle carries, within its limits."""

    part: RecordsPart = field(default_factory=RecordsPart)
    attachments: list[Attachment] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KIND_ORDER, 0))
    deletions: int = 0
    protected_people: int = 0  # people it names who are protected (their real names travel)
    taken: set[UUID] = field(default_factory=set)
    manifest_bytes: int = 0
    body_bytes: int = 0
    exceeded: str = ""  # the limit that stopped a since-last export ("" if all fit)


def sync_record(
    record: Record, content: dict[str, Any], clock: dict[str, int] | None
) -> SyncRecord:
    """A vault record (and its content, from to_content) as a bundle carries it."""
    return SyncRecord(
        kind=kind_of(record),
        content=content,
        deleted=record.is_deleted,
        # Every record has a clock since the exchange migration; this fallback is its value.
        clock=clock or {record.updated_by: record.version},
        created_at=record.created_at,
        created_by=record.created_by,
        updated_at=record.updated_at,
        updated_by=record.updated_by,
    )


@dataclass(frozen=True)
class _Entry:
    """A record ready to pack: its entry's bytes, and its content to follow its references."""

    record: Record
    content: dict[str, Any]
    data: bytes
    is_deleted: bool


def _manifest_entry_bytes(attachment: Attachment) -> int:
    entry = {"id": str(attachment.id), "name": attachment.file_name, "sha256": "0" * 64}
    return len(canonical_json({**entry, "size": attachment.size})) + 1


def _exceeded(packed: Packed, entries: list[_Entry], limits: BundleLimits) -> str:
    """The name of the limit that adding entries would break, or ""."""
    size = packed.part.size + sum(packed.part.added_size(entry.data) for entry in entries)
    records = [entry.record for entry in entries]
    files = [r for r in records if isinstance(r, Attachment) and not r.is_deleted]
    if size > limits.records_bytes:
        return f"{limits.records_bytes} bytes of records"
    if len(packed.attachments) + len(files) > limits.attachments:
        return f"{limits.attachments} attachments"
    if packed.manifest_bytes + sum(map(_manifest_entry_bytes, files)) > limits.manifest_bytes:
        return f"{limits.manifest_bytes} bytes of attachment list"
    if size + packed.body_bytes + sum(f.size for f in files) > limits.body_bytes:
        return f"{limits.body_bytes} bytes in all"
    return ""


def _add(packed: Packed, entries: list[_Entry]) -> None:
    for entry in entries:
        record = entry.record
        kind = kind_of(record)
        packed.part.add(kind, entry.data)
        packed.counts[kind] += 1
        packed.deletions += entry.is_deleted
        packed.protected_people += kind == "person" and bool(entry.content.get("protected"))
        packed.taken.add(record.id)
        if isinstance(record, Attachment) and not record.is_deleted:
            packed.attachments.append(record)
            packed.manifest_bytes += _manifest_entry_bytes(record)
            packed.body_bytes += record.size


def _unwritable_clock_problem(clock: Clock) -> str:
    """Why a reader would refuse clock (the format's limits), or ""."""
    if len(clock) > MAX_CLOCK_ENTRIES:
        return f"{len(clock)} entries, more than {MAX_CLOCK_ENTRIES}"
    if max(clock.values()) > MAX_SEQUENCE:
        return f"a count above {MAX_SEQUENCE}"
    return ""


def _entry(
    record: Record, clock: dict[str, int] | None, instead: Mapping[UUID, SyncRecord]
) -> _Entry:
    """The record's entry, or the version instead holds for it (a hold's colleague version)."""
    sent = instead.get(record.id) or sync_record(record, to_content(record), clock)
    # A bundle every recipient refuses must not be written: its changes would count as sent.
    problem = _unwritable_clock_problem(sent.clock)
    if problem:
        raise InvalidInput(
            f"{kind_of(record)} {record.id} cannot be sent: its version vector has {problem}, "
            "which no reader accepts; no bundle was written."
        )
    return _Entry(record, sent.content, RecordsPart.entry_bytes(sent), sent.deleted)


def pack_cases(
    session: Session,
    selection: Selection,
    limits: BundleLimits,
    progress: ProgressCallback,
    meter: Meter,
) -> Packed:
    """Every record of a case selection; InvalidInput naming the limit if they do not fit."""
    packed = Packed()
    total = sum(len(ids) for ids in selection.values())
    instead = colleague_versions(session)
    for kind in KIND_ORDER:
        for record, clock in load_with_clocks(session, kind, selection[kind]):
            entry = _entry(record, clock, instead)
            exceeded = _exceeded(packed, [entry], limits)
            if exceeded:
                raise InvalidInput(
                    f"These cases need more than one bundle carries ({exceeded}); "
                    "send fewer cases in each bundle."
                )
            _add(packed, [entry])
            if len(packed.taken) % _BATCH == 0:
                meter.check_cancel()
                progress(len(packed.taken), total)
        session.expunge_all()
    packed.part.finish()
    return packed


def _with_references(
    session: Session,
    record: Record,
    clock: dict[str, int] | None,
    changed: dict[UUID, tuple[str, int]],
    packed: Packed,
    instead: Mapping[UUID, SyncRecord],
) -> list[_Entry]:
    """The record's entry and those of the changed records it needs that are not packed yet."""
    group = [_entry(record, clock, instead)]
    seen = {record.id}
    for current in group:  # grows while it is walked: the needed records' own needs
        for _, target, target_id in references(kind_of(current.record), current.content):
            if target_id in changed and target_id not in packed.taken and target_id not in seen:
                model: Any = MODEL_OF_KIND[target]
                needed = cast(Record, session.get(model, target_id))
                seen.add(target_id)
                clock = clocks_of(session, [target_id]).get(target_id)
                group.append(_entry(needed, clock, instead))
    return group


def _in_order(
    session: Session, batch: Iterable[tuple[UUID, str]]
) -> list[tuple[Record, Clock | None]]:
    """The records of batch (id, kind) with their clocks, in batch's order."""
    by_kind: dict[str, list[UUID]] = {}
    order: list[UUID] = []
    for record_id, kind in batch:
        by_kind.setdefault(kind, []).append(record_id)
        order.append(record_id)
    loaded = {
        loaded[0].id: loaded
        for kind, ids in by_kind.items()
        for loaded in load_with_clocks(session, kind, ids)
    }
    return [loaded[record_id] for record_id in order if record_id in loaded]


def pack_changes(
    session: Session,
    changed: dict[UUID, tuple[str, int]],
    limits: BundleLimits,
    progress: ProgressCallback,
    meter: Meter,
) -> tuple[Packed, int | None]:
    """The oldest changes that fit, and the audit position they reach (None: all of them).

    changed must be in the order of the records' latest change (as changed_since gives it).
    """
    packed = Packed()
    pending = iter(changed.items())
    instead = colleague_versions(session)
    done = 0
    while batch := list(itertools.islice(pending, _BATCH)):
        for record, clock in _in_order(session, ((id_, kind) for id_, (kind, _) in batch)):
            if record.id in packed.taken:
                continue  # taken earlier by a record that needs it
            group = _with_references(session, record, clock, changed, packed, instead)
            packed.exceeded = _exceeded(packed, group, limits)
            if packed.exceeded:
                if not packed.taken:
                    raise InvalidInput(
                        f"A record needs more than one bundle carries ({packed.exceeded})."
                    )
                packed.part.finish()
                return packed, changed[record.id][1] - 1
            _add(packed, group)
        session.expunge_all()
        meter.check_cancel()
        done += len(batch)
        progress(done, len(changed))
    packed.part.finish()
    return packed, None
