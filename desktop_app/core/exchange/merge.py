"""Deciding, record by record, what an incoming bundle changes.

Every record is validated with the core's own rules (``validate_record``, as for writing) and
must be in the exact form Sandiq writes; records come in foreign-key order; every reference must
point to a record in the bundle or in the vault; every attachment file must match its record.
Then each record is compared with the vault's copy by content and version vector (``clock``):

- not in the vault: insert it;
- same content and tombstone flag: nothing (the clocks are merged);
- the incoming clock has seen every edit of ours, and more: update;
- ours has seen every edit of theirs: nothing (an old bundle never overwrites newer data);
- each has an edit the other has not seen (or equal clocks with different content): conflict.

A newer version that would weaken a record's protection, or bring back a record this vault
deleted (``safeguards``), is a conflict too; who is protected here is read once, before the
first batch is written.

A vault restored from a backup counts its edits again from the backup's clocks: a version made
since can look older than one sent before. So when the sender seems restored (another bundle of
theirs had this sequence number), an "older" version this vault never held (no revision has its
content) is a conflict. Only then: from any other sender it is one they replaced themselves.
This vault may have been restored itself: an edit made here since counts from the backup's
clock too, and a colleague's version built on a lost edit looks newer than it. No colleague can
have seen an edit made here after this vault's last bundle went out, so a version that seems to
have seen such an edit saw another one with the same count: a conflict.

``MergePlanner`` decides a batch of records at a time, and the importer writes each batch before
the next is decided, in the same uncommitted transaction: each record is read, validated and
hashed once. A decision still sees the vault as it was before the bundle, because a record's
id appears once in a bundle and a batch's writes touch only its own records. The checks that
need every record (case references, attachment files) run at the end, before the commit. The
plan keeps only a summary of each record (ids, hashes, clocks, references), not its content, so
a bundle of 10,000 testimonies costs a few MB to plan, not the size of every narrative. The
vault's side of each comparison is read by ``local_state``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from db.models import Case, ExchangedBundle
from desktop_app.core.content import MODEL_OF_KIND, record_label
from desktop_app.core.errors import BundleRejected, InvalidInput
from desktop_app.core.exchange.clock import Clock, Order, compare
from desktop_app.core.exchange.format import AttachmentEntry, attachment_name_problem
from desktop_app.core.exchange.local_state import (
    Local,
    attachments_with_bytes,
    held_versions,
    local_state,
    protected_people,
)
from desktop_app.core.exchange.progress import Meter
from desktop_app.core.exchange.references import references
from desktop_app.core.exchange.safeguards import (
    NOTHING,
    Protected,
    Safeguarded,
    conflict_label,
    held_reasons,
    safeguarded,
)
from desktop_app.core.exchange.sync_records import KIND_ORDER, SyncRecord
from desktop_app.core.id_batches import as_one_parameter, in_batches
from desktop_app.core.record_validation import ValidRecord, validate_record

INVALID_RECORD = "This bundle holds an invalid record: {}."
_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}


class Action(enum.Enum):
    """What importing does to one record."""

    INSERT = "insert"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    OLDER = "older"  # the vault has seen this version and edited it since
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Incoming:
    """What the plan keeps of one validated incoming record."""

    kind: str
    id: UUID
    deleted: bool
    clock: Clock
    content_hash: str
    label: str
    references: tuple[tuple[str, str, UUID], ...]
    case_reference: str = ""  # cases only
    file: tuple[str, int, str] | None = None  # attachments only: sha256, size, file name
    safeguarded: Safeguarded = NOTHING


@dataclass(frozen=True, slots=True)
class Decision:
    """One incoming record and what happens to it."""

    incoming: Incoming
    action: Action
    local_clock: Clock
    # A conflict's version that would weaken a safeguard: why (see ``safeguards``).
    reasons: tuple[str, ...] = ()


@dataclass
class MergePlan:
    """Every decision, in the bundle's order, and which attachment files to store."""

    decisions: list[Decision] = field(default_factory=list)
    attachments_to_store: set[UUID] = field(default_factory=set)

    def count(self, action: Action) -> int:
        """How many records get this action."""
        return sum(1 for decision in self.decisions if decision.action is action)


def _invalid_message(detail: str) -> str:
    return INVALID_RECORD.format(detail.rstrip("."))


def _invalid(detail: str) -> BundleRejected:
    return BundleRejected(_invalid_message(detail))


class MissingReference(BundleRejected):
    """A record refers to one that is neither in the bundle nor in the vault: the sender's
    earlier bundles were not imported here. The kinds and ids are kept so that the GUI can say
    it in the user's language; str() is the English line the CLI prints."""

    def __init__(
        self, kind: str, record_id: UUID, field: str, target: str, target_id: UUID
    ) -> None:
        super().__init__(
            _invalid_message(
                f"{kind} {record_id}: {field} refers to a {target} ({target_id}) that is "
                "neither in the bundle nor in this vault; import the sender's earlier "
                "bundles first"
            )
        )
        self.kind = kind
        self.record_id = record_id
        self.target = target
        self.target_id = target_id


class CaseReferenceTaken(BundleRejected):
    """An incoming case has the reference of another case in the vault. The reference and both
    ids are kept so that the GUI can say it in the user's language; str() is the CLI's line."""

    def __init__(self, case_id: UUID, reference: str, other_id: UUID) -> None:
        super().__init__(
            _invalid_message(
                f"case {case_id}: its reference {reference!r} is already used by another case "
                f"in this vault ({other_id}); rename one of them first"
            )
        )
        self.case_id = case_id
        self.reference = reference
        self.other_id = other_id


def summarize(record: SyncRecord, act_types: set[str]) -> tuple[Incoming, ValidRecord]:
    """Validate a record (the core's rules, in the exact form Sandiq writes) and summarize it."""
    try:
        valid = validate_record(record.kind, record.content, act_types, record.id)
    except InvalidInput as exc:
        raise _invalid(str(exc)) from None
    content = record.content
    unknown = content.keys() - valid.content.keys()
    if unknown:
        raise _invalid(f"{record.kind} {record.id}: unknown field {min(unknown)[:40]!r}")
    if content != valid.content:  # one comparison in C for the usual, exact record
        for name, value in valid.content.items():
            if content.get(name) != value:
                raise _invalid(f"{record.kind} {record.id}: {name}: not in the form Sandiq writes")
    file = None
    if record.kind == "attachment":
        problem = attachment_name_problem(content["file_name"])
        if problem:
            raise _invalid(f"{record.kind} {record.id}: file_name {problem}")
        file = (content["sha256"], content["size"], content["file_name"])
    summary = Incoming(
        kind=record.kind,
        id=record.id,
        deleted=record.deleted,
        clock=record.clock,
        content_hash=valid.content_hash,
        label=record_label(record.kind, content),
        references=tuple(references(record.kind, content)),
        case_reference=content["reference"] if record.kind == "case" else "",
        file=file,
        safeguarded=safeguarded(record.kind, content, is_deleted=record.deleted),
    )
    return summary, valid


def _existing_ids(session: Session, kind: str, ids: Iterable[UUID]) -> set[UUID]:
    model: Any = MODEL_OF_KIND[kind]
    found: set[UUID] = set()
    for batch in in_batches(ids):
        found.update(session.scalars(select(model.id).where(model.id.in_(batch))))
    return found


def _check_ids(session: Session, incoming: dict[str, set[UUID]]) -> None:
    # Ids are unique across kinds: history, search and attachments find a record by id alone.
    for kind, ids in incoming.items():
        if not ids:
            continue
        others = [other for other in KIND_ORDER if other != kind]
        # One statement for the five other tables (a batch's ids bound once, not five times).
        listed = select(as_one_parameter(uid.hex for uid in ids).c.value)
        models: list[Any] = [MODEL_OF_KIND[other] for other in others]
        query = union_all(
            *(
                select(literal(rank), model.id).where(model.id.in_(listed))
                for rank, model in enumerate(models)
            )
        )
        clash: dict[int, set[UUID]] = {}
        for rank, uid in session.execute(query):
            clash.setdefault(rank, set()).add(uid)
        if clash:
            rank = min(clash)
            raise _invalid(f"{kind} {min(clash[rank])}: the id is already used by a {others[rank]}")


def _check_references(
    session: Session, records: Sequence[Incoming], incoming: dict[str, set[UUID]]
) -> None:
    wanted: dict[str, set[UUID]] = {kind: set() for kind in KIND_ORDER}
    for record in records:
        for _, target, uid in record.references:
            if uid not in incoming[target]:
                wanted[target].add(uid)
    known = {kind: _existing_ids(session, kind, ids) for kind, ids in wanted.items() if ids}
    for record in records:
        for name, target, uid in record.references:
            if uid not in incoming[target] and uid not in known[target]:
                raise MissingReference(record.kind, record.id, name, target, uid)


class Unsent(NamedTuple):
    """This vault's key id, and when it wrote its last bundle ("" if none)."""

    me: str
    last_sent_at: str

    def holds(self, local: Local) -> bool:
        """True when local is an edit made here that no bundle has carried yet."""
        return local.updated_by == self.me and local.updated_at > self.last_sent_at


def _held(record: Incoming, local: Local, reasons: tuple[str, ...]) -> Decision:
    """A conflict, saying which safeguards (if any) the incoming version would weaken."""
    label = conflict_label(record.kind, record.id, local.safeguarded, record.label)
    return Decision(replace(record, label=label), Action.CONFLICT, local.clock, reasons)


def _decide(
    record: Incoming, local: Local | None, unsent: Unsent, protected: Protected
) -> Decision:
    if local is None:
        return Decision(record, Action.INSERT, {})
    if local.content_hash == record.content_hash and local.is_deleted == record.deleted:
        return Decision(record, Action.UNCHANGED, local.clock)
    order = compare(local.clock, record.clock)
    if order is Order.OLDER:
        return Decision(record, Action.OLDER, local.clock)
    reasons = held_reasons(local.safeguarded, record.safeguarded, protected)
    if order is Order.NEWER and not unsent.holds(local) and not reasons:
        return Decision(record, Action.UPDATE, local.clock)
    # Concurrent edits, or the same clock on different content (a vault restored from an
    # old backup and edited again): neither version may silently replace the other.
    return _held(record, local, reasons)


def _unheld_as_conflicts(session: Session, decisions: list[Decision]) -> list[Decision]:
    """decisions, with every older version this vault never held made a conflict."""
    held = held_versions(session, [d.incoming.id for d in decisions if d.action is Action.OLDER])
    return [
        replace(d, action=Action.CONFLICT)
        if d.action is Action.OLDER
        and (d.incoming.id, d.incoming.content_hash, d.incoming.deleted) not in held
        else d
        for d in decisions
    ]


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
        other = owner.setdefault(record.case_reference, case_id)
        if other != case_id:
            raise CaseReferenceTaken(case_id, record.case_reference, other)


def _plan_attachments(
    session: Session,
    plan: MergePlan,
    local: dict[UUID, Local],
    entries: Sequence[AttachmentEntry],
) -> None:
    by_id = {entry.id: entry for entry in entries}
    decisions = {d.incoming.id: d for d in plan.decisions if d.incoming.kind == "attachment"}
    for entry in entries:
        decision = decisions.get(entry.id)
        if decision is None:
            raise _invalid(f"the file of attachment {entry.id} has no attachment record")
        if (entry.sha256.hex(), entry.size, entry.name) != decision.incoming.file:
            raise _invalid(f"attachment {entry.id}: its file does not match its record")
    with_bytes = attachments_with_bytes(
        session, [uid for uid, state in local.items() if state.file]
    )
    for uid, decision in decisions.items():
        assert decision.incoming.file is not None
        sha256, size, _ = decision.incoming.file
        mine = local.get(uid)
        if mine is not None and mine.file != (sha256, size):
            raise _invalid(f"attachment {uid}: its file differs from the one this vault holds")
        has_bytes = mine is not None and (uid in with_bytes or size == 0)
        if uid in by_id and not has_bytes:
            plan.attachments_to_store.add(uid)
        elif decision.action is Action.INSERT and not decision.incoming.deleted and size:
            raise _invalid(f"attachment {uid} arrives without its file")


class MergePlanner:
    """Validates and decides an incoming bundle's records, batch by batch, in bundle order."""

    def __init__(
        self,
        session: Session,
        attachment_entries: Sequence[AttachmentEntry],
        act_types: set[str],
        me: str,
        *,
        is_sender_restored: bool = False,
    ) -> None:
        self.plan = MergePlan()
        sent = select(func.max(ExchangedBundle.created_at)).where(
            ExchangedBundle.direction == "sent"
        )
        self._unsent = Unsent(me, session.scalar(sent) or "")
        # Before any batch is written: a bundle is judged by who was protected before it.
        self._protected = protected_people(session)
        self._session = session
        self._entries = attachment_entries
        self._act_types = act_types
        self._is_sender_restored = is_sender_restored
        self._incoming: dict[str, set[UUID]] = {kind: set() for kind in KIND_ORDER}
        self._rank = 0
        self._local_files: dict[UUID, Local] = {}  # the vault's attachments the bundle has

    def _validate(self, record: SyncRecord) -> tuple[Incoming, ValidRecord]:
        if _RANK[record.kind] < self._rank:
            raise _invalid(f"{record.kind} {record.id} comes after records that refer to it")
        self._rank = _RANK[record.kind]
        summary, valid = summarize(record, self._act_types)
        if any(summary.id in ids for ids in self._incoming.values()):
            raise _invalid(f"{record.kind} {record.id} appears twice")
        self._incoming[record.kind].add(summary.id)
        return summary, valid

    def decide(
        self, records: Sequence[SyncRecord], meter: Meter | None = None
    ) -> list[tuple[Decision, ValidRecord]]:
        """Validate the next records and decide each; meter, if given, is asked after each
        record whether to stop (it raises Cancelled)."""
        checked = []
        batch: dict[str, set[UUID]] = {kind: set() for kind in KIND_ORDER}
        for record in records:
            checked.append(self._validate(record))
            batch[record.kind].add(record.id)
            if meter is not None:
                meter.check_cancel()
        summaries = [summary for summary, _ in checked]
        _check_ids(self._session, batch)
        _check_references(self._session, summaries, self._incoming)
        local = {
            uid: state
            for kind, ids in batch.items()
            for uid, state in local_state(self._session, kind, ids).items()
        }
        self._local_files.update((uid, state) for uid, state in local.items() if state.file)
        decisions = [
            _decide(summary, local.get(summary.id), self._unsent, self._protected)
            for summary in summaries
        ]
        if self._is_sender_restored:
            decisions = _unheld_as_conflicts(self._session, decisions)
        self.plan.decisions += decisions
        return [(decision, valid) for decision, (_, valid) in zip(decisions, checked, strict=True)]

    def finish(self) -> MergePlan:
        """Check what needs every record (case references, files) and return the plan."""
        _check_case_references(self._session, self.plan)
        _plan_attachments(self._session, self.plan, self._local_files, self._entries)
        return self.plan
