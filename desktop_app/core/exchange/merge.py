"""Deciding, record by record, what an incoming bundle changes, before anything is changed.

Every record is validated with the core's own rules (``apply_content`` on a scratch object) and
must be in the exact form Sandiq writes; every reference must point to a record in the bundle
or in the vault; every attachment file must match its record. Then each record is compared with
the vault's copy by content and version vector (``clock``):

- not in the vault: insert it;
- same content and tombstone flag: nothing (the clocks are merged);
- the incoming clock has seen every edit of ours, and more: update;
- ours has seen every edit of theirs: nothing (an old bundle never overwrites newer data);
- each has an edit the other has not seen (or equal clocks with different content): conflict.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AttachmentChunk, Case
from desktop_app.core.content import MODEL_OF_KIND, Record, apply_content, content_hash, to_content
from desktop_app.core.errors import BundleRejected, InvalidInput
from desktop_app.core.exchange.clock import Clock, Order, clocks_of, compare
from desktop_app.core.exchange.format import AttachmentEntry, attachment_name_problem
from desktop_app.core.exchange.references import references
from desktop_app.core.exchange.selection import load_records
from desktop_app.core.exchange.sync_records import KIND_ORDER, SyncRecord

_BATCH = 500
INVALID_RECORD = "This bundle holds an invalid record: {}."


class Action(enum.Enum):
    """What importing does to one record."""

    INSERT = "insert"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    OLDER = "older"  # the vault has seen this version and edited it since
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Decision:
    """One incoming record and what happens to it."""

    incoming: SyncRecord
    action: Action
    local: Record | None
    local_clock: Clock


@dataclass
class MergePlan:
    """Every decision, in foreign-key order, and which attachment files to store."""

    decisions: list[Decision] = field(default_factory=list)
    attachments_to_store: set[UUID] = field(default_factory=set)

    def count(self, action: Action) -> int:
        """How many records get this action."""
        return sum(1 for decision in self.decisions if decision.action is action)


def _invalid(message: str) -> BundleRejected:
    return BundleRejected(INVALID_RECORD.format(message.rstrip(".")))


def validate_content(record: SyncRecord, act_types: set[str]) -> None:
    """BundleRejected unless the content passes the core's validation in its exact form."""
    scratch: Any = MODEL_OF_KIND[record.kind]()
    try:
        apply_content(scratch, record.content, act_types)
    except InvalidInput as exc:
        raise _invalid(str(exc)) from None
    scratch.id = record.id
    normalized = to_content(scratch)
    label = f"{record.kind} {record.id}"
    unknown = sorted(set(record.content) - set(normalized))
    if unknown:
        raise _invalid(f"{label}: unknown field {unknown[0][:40]!r}")
    for name, value in normalized.items():
        if record.content.get(name) != value:
            raise _invalid(f"{label}: {name}: not in the form Sandiq writes")
    if record.kind == "attachment":
        problem = attachment_name_problem(record.content["file_name"])
        if problem:
            raise _invalid(f"{label}: file_name {problem}")


def _existing_ids(session: Session, kind: str, ids: Iterable[UUID]) -> set[UUID]:
    model: Any = MODEL_OF_KIND[kind]
    pending = sorted(set(ids))
    found: set[UUID] = set()
    for start in range(0, len(pending), _BATCH):
        batch = pending[start : start + _BATCH]
        found.update(session.scalars(select(model.id).where(model.id.in_(batch))))
    return found


def _check_ids(session: Session, incoming: dict[str, set[UUID]]) -> None:
    # Ids are unique across kinds: history, search and attachments find a record by id alone.
    for kind, ids in incoming.items():
        for other in KIND_ORDER:
            if other != kind and ids:
                clash = _existing_ids(session, other, ids)
                if clash:
                    raise _invalid(f"{kind} {min(clash)}: the id is already used by a {other}")


def _check_references(
    session: Session, records: Sequence[SyncRecord], incoming: dict[str, set[UUID]]
) -> None:
    wanted: dict[str, set[UUID]] = {kind: set() for kind in KIND_ORDER}
    refs = [(record, references(record.kind, record.content)) for record in records]
    for _, found in refs:
        for _, target, uid in found:
            if uid not in incoming[target]:
                wanted[target].add(uid)
    known = {kind: _existing_ids(session, kind, ids) for kind, ids in wanted.items() if ids}
    for record, found in refs:
        for name, target, uid in found:
            if uid not in incoming[target] and uid not in known[target]:
                raise _invalid(
                    f"{record.kind} {record.id}: {name} refers to a {target} ({uid}) that is "
                    "neither in the bundle nor in this vault; import the sender's earlier "
                    "bundles first"
                )


def _decide(record: SyncRecord, local: Record | None, local_clock: Clock | None) -> Decision:
    if local is None:
        return Decision(record, Action.INSERT, None, {})
    mine = local_clock or {local.updated_by: local.version}
    if local.content_hash == content_hash(record.content) and local.is_deleted == record.deleted:
        return Decision(record, Action.UNCHANGED, local, mine)
    order = compare(mine, record.clock)
    if order is Order.NEWER:
        return Decision(record, Action.UPDATE, local, mine)
    if order is Order.OLDER:
        return Decision(record, Action.OLDER, local, mine)
    # Concurrent edits, or the same clock on different content (a vault restored from an
    # old backup and edited again): neither version may silently replace the other.
    return Decision(record, Action.CONFLICT, local, mine)


def _check_case_references(session: Session, plan: MergePlan) -> None:
    changing = {
        d.incoming.id: d.incoming
        for d in plan.decisions
        if d.incoming.kind == "case" and d.action in (Action.INSERT, Action.UPDATE)
    }
    owner: dict[str, UUID] = {}
    for case_id, reference in session.execute(
        select(Case.id, Case.reference).where(Case.is_deleted.is_(False))
    ):
        if case_id not in changing:
            owner[reference] = case_id
    for case_id, record in changing.items():
        if record.deleted:
            continue
        other = owner.setdefault(record.content["reference"], case_id)
        if other != case_id:
            raise _invalid(
                f"case {case_id}: its reference {record.content['reference']!r} is already "
                f"used by another case in this vault ({other}); rename one of them first"
            )


def _has_bytes(session: Session, ids: Iterable[UUID]) -> set[UUID]:
    pending = sorted(set(ids))
    found: set[UUID] = set()
    for start in range(0, len(pending), _BATCH):
        batch = pending[start : start + _BATCH]
        found.update(
            session.scalars(
                select(AttachmentChunk.attachment_id).where(
                    AttachmentChunk.attachment_id.in_(batch), AttachmentChunk.seq == 0
                )
            )
        )
    return found


def _plan_attachments(
    session: Session, plan: MergePlan, entries: Sequence[AttachmentEntry]
) -> None:
    by_id = {entry.id: entry for entry in entries}
    decisions = {d.incoming.id: d for d in plan.decisions if d.incoming.kind == "attachment"}
    for entry in entries:
        decision = decisions.get(entry.id)
        if decision is None:
            raise _invalid(f"the file of attachment {entry.id} has no attachment record")
        content = decision.incoming.content
        if (entry.sha256.hex(), entry.size, entry.name) != (
            content["sha256"],
            content["size"],
            content["file_name"],
        ):
            raise _invalid(f"attachment {entry.id}: its file does not match its record")
    local_ids = [uid for uid, d in decisions.items() if d.local is not None]
    with_bytes = _has_bytes(session, local_ids)
    for uid, decision in decisions.items():
        content, local = decision.incoming.content, decision.local
        if local is not None and (local.sha256, local.size) != (content["sha256"], content["size"]):  # type: ignore[union-attr]
            raise _invalid(f"attachment {uid}: its file differs from the one this vault holds")
        has_bytes = local is not None and (uid in with_bytes or content["size"] == 0)
        if uid in by_id and not has_bytes:
            plan.attachments_to_store.add(uid)
        elif decision.action is Action.INSERT and not decision.incoming.deleted and content["size"]:
            raise _invalid(f"attachment {uid} arrives without its file")


def plan_merge(
    session: Session,
    records: Sequence[SyncRecord],
    attachment_entries: Sequence[AttachmentEntry],
    act_types: set[str],
) -> MergePlan:
    """Validate every incoming record and decide what importing it does; changes nothing."""
    incoming: dict[str, set[UUID]] = {kind: set() for kind in KIND_ORDER}
    seen: set[UUID] = set()
    for record in records:
        validate_content(record, act_types)
        if record.id in seen:
            raise _invalid(f"{record.kind} {record.id} appears twice")
        seen.add(record.id)
        incoming[record.kind].add(record.id)
    _check_ids(session, incoming)
    _check_references(session, records, incoming)
    plan = MergePlan()
    for kind in KIND_ORDER:
        of_kind = [record for record in records if record.kind == kind]
        ids = [record.id for record in of_kind]
        local = {record.id: record for record in load_records(session, kind, ids)}
        clocks = clocks_of(session, local)
        for record in of_kind:
            plan.decisions.append(_decide(record, local.get(record.id), clocks.get(record.id)))
    _check_case_references(session, plan)
    _plan_attachments(session, plan, attachment_entries)
    return plan
