"""Deciding, record by record, what an incoming bundle changes.

Every record is first checked and summarized (``incoming_records``: the core's own rules, the
exact form Sandiq writes, ids and references); records come in foreign-key order, once each;
every attachment file must match its record. Then each record is compared with the vault's
copy by content and version vector (``clock``):

- not in the vault: insert it (a new person who is not protected but carries the name of a
  person protected here, or of one the bundle protects, is held instead: ``apply._held_new``,
  ``arriving_protected``; so is an update giving a person here such a name, below);
- same content and tombstone flag: nothing (the clocks are merged); so too our version back, with
  our clock, as the colleague's import tidied it (``one_line_text``);
- the incoming clock has seen every edit of ours, and more: update;
- ours has seen every edit of theirs: nothing (an old bundle never overwrites newer data);
- each has an edit the other has not seen (or equal clocks with different content): conflict.

A newer version that would weaken a record's protection, bring back a record this vault
deleted, or pass on an edit by a contact this vault removed (``safeguards``), is a conflict
too; who is protected here, and which contacts were removed, is read once, before the first
batch is written. A new record with such an edit is inserted, named in the report.

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

A person kept here deleted only as a hold (a newcomer bearing a protected person's name, held
or kept out: ``held_entering.colleague_versions``) is weighed as nobody's deletion here: a
later version of hers that still bears such a name is held again, one that no longer does
comes in as an update, not as bringing back a record this vault deleted. The very version kept
out coming back (from her, or from a colleague who kept it out too and sends it in place of
the hold) is unchanged: the user has decided on it.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.exchange_state import ExchangedBundle
from db.models import Person
from desktop_app.core.content import content_hash
from desktop_app.core.exchange.clock import Clock, Order, compare
from desktop_app.core.exchange.contacts import removed_contacts
from desktop_app.core.exchange.format import AttachmentEntry
from desktop_app.core.exchange.held_entering import colleague_versions, held_entering
from desktop_app.core.exchange.incoming_records import (
    Incoming,
    check_case_references,
    check_ids,
    check_references,
    invalid_record,
    summarize,
)
from desktop_app.core.exchange.local_state import (
    Local,
    attachments_with_bytes,
    local_state,
    never_held,
    ours_tidied,
    protected_people,
)
from desktop_app.core.exchange.progress import Meter
from desktop_app.core.exchange.safeguards import (
    BY_REMOVED_CONTACT,
    GIVES_PROTECTED_NAME,
    NAMES_PROTECTED_IN_PSEUDONYM,
    Protected,
    conflict_label,
    held_reasons,
    new_record_reasons,
    removed_editors,
)
from desktop_app.core.exchange.sync_records import KIND_ORDER, SyncRecord
from desktop_app.core.id_batches import in_batches
from desktop_app.core.protected_names import NO_ONE, either_protected
from desktop_app.core.record_validation import ValidRecord

_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}


class Action(enum.Enum):
    """What importing does to one record."""

    INSERT = "insert"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    OLDER = "older"  # the vault has seen this version and edited it since
    CONFLICT = "conflict"
    REFUSED = "refused"  # not imported: a version no contact may send (``own_claims``)


@dataclass(frozen=True, slots=True)
class Decision:
    """One incoming record and what happens to it."""

    incoming: Incoming
    action: Action
    local_clock: Clock
    # A conflict's version that would weaken a safeguard: why (see ``safeguards``).
    reasons: tuple[str, ...] = ()
    # A conflict over a record new to this vault: it is kept here deleted (``apply._held_new``).
    is_new: bool = False
    # The contacts this vault removed (display names) whose edits the version brings in: a
    # conflict's reason (BY_REMOVED_CONTACT), or an insert the report names.
    removed_authors: tuple[str, ...] = ()
    # The key id of the vault that wrote the incoming version (its updated_by), who need not
    # be the sender: a colleague passes on versions others wrote.
    author: str = ""


@dataclass
class MergePlan:
    """Every decision, in the bundle's order, and which attachment files to store."""

    decisions: list[Decision] = field(default_factory=list)
    attachments_to_store: set[UUID] = field(default_factory=set)

    def count(self, action: Action) -> int:
        """How many records get this action."""
        return sum(1 for decision in self.decisions if decision.action is action)


class Unsent(NamedTuple):
    """This vault's key id, and when it wrote its last bundle ("" if none)."""

    me: str
    last_sent_at: str

    def holds(self, local: Local) -> bool:
        """True when local is an edit made here that no bundle has carried yet."""
        return local.updated_by == self.me and local.updated_at > self.last_sent_at


def _by_removed(
    record: Incoming, local: Local | None, removed: Mapping[str, str]
) -> tuple[str, ...]:
    """The removed contacts, by name, with an edit in record that local has not seen."""
    mine = local.clock if local is not None else {}
    return tuple(removed[key] for key in removed_editors(record.clock, mine, removed))


def _decide(
    record: Incoming,
    local: Local | None,
    unsent: Unsent,
    protected: Protected,
    protected_for_new: Protected,
    *,
    removed: Mapping[str, str],
    kept_out: str = "",
    tidied_ours: str = "",
) -> Decision:
    if local is None:
        reasons = new_record_reasons(record.kind, record.safeguarded, protected_for_new)
        if not reasons:
            by_removed = _by_removed(record, None, removed)
            return Decision(record, Action.INSERT, {}, removed_authors=by_removed)
        # Named as the hold it becomes, kept here deleted until the user decides (apply).
        kept = record.safeguarded._replace(is_deleted=True)
        label = conflict_label(record.kind, record.id, kept, record.label, reasons)
        return Decision(replace(record, label=label), Action.CONFLICT, {}, reasons, is_new=True)
    # Named as this vault names it: a person protected here by her pseudonym, whatever the
    # colleague's version calls her (the preview lists deletions and updates too).
    label = conflict_label(record.kind, record.id, local.safeguarded, record.label)
    if label != record.label:
        record = replace(record, label=label)
    if local.content_hash == record.content_hash and local.is_deleted == record.deleted:
        return Decision(record, Action.UNCHANGED, local.clock)
    order = compare(local.clock, record.clock)
    if order is Order.SAME and record.content_hash == kept_out and not record.deleted:
        # The very version the user kept out, back from its author or relayed by a colleague
        # (whose bundles carry it in place of their own hold): decided already.
        return Decision(record, Action.UNCHANGED, local.clock)
    is_ours_tidied = record.content_hash == tidied_ours and record.deleted == local.is_deleted
    if order is Order.SAME and is_ours_tidied:
        # Our version as the colleague's import tidied it (``one_line_text``), come back.
        return Decision(record, Action.UNCHANGED, local.clock)
    if order is Order.OLDER:
        return Decision(record, Action.OLDER, local.clock)
    reasons = held_reasons(local.safeguarded, record.safeguarded, protected)
    if reasons:  # held for a name or pseudonym of a protected person's: named without it
        label = conflict_label(record.kind, record.id, local.safeguarded, label, reasons)
        record = replace(record, label=label)
    by_removed = _by_removed(record, local, removed)
    if by_removed:
        reasons += (BY_REMOVED_CONTACT,)
    if order is Order.NEWER and not unsent.holds(local) and not reasons:
        return Decision(record, Action.UPDATE, local.clock)
    # Concurrent edits, or the same clock on different content (a vault restored from an
    # old backup and edited again): neither version may silently replace the other.
    return Decision(record, Action.CONFLICT, local.clock, reasons, removed_authors=by_removed)


def _as_hold(local: Local) -> Local:
    """A hold as merging weighs it: no deletion, nor any unsent edit, of this vault's."""
    guarded = local.safeguarded._replace(is_deleted_here=False)
    return local._replace(updated_by="", safeguarded=guarded)


def _named_as_here(session: Session, decisions: list[Decision]) -> list[Decision]:
    """decisions, a person held for being given a protected person's name named as it is here
    (the name their version gives it is hers; one protected here keeps its pseudonym), and so
    is a live one held for a pseudonym that holds such a name (their version may rename it)."""
    given_name = {d.incoming.id for d in decisions if GIVES_PROTECTED_NAME in d.reasons}
    in_pseudonym = {d.incoming.id for d in decisions if NAMES_PROTECTED_IN_PSEUDONYM in d.reasons}
    names = {
        uid: name
        for batch in in_batches(given_name | in_pseudonym)
        for uid, name, is_deleted in session.execute(
            select(Person.id, Person.name, Person.is_deleted).where(
                Person.id.in_(batch), ~Person.is_protected
            )
        )
        # A deleted one is a newcomer held before, or coming back: named by id (conflict_label).
        if uid in given_name or not is_deleted
    }
    return [
        replace(d, incoming=replace(d.incoming, label=names[d.incoming.id]))
        if d.incoming.id in names
        else d
        for d in decisions
    ]


def _unheld_as_conflicts(session: Session, decisions: list[Decision]) -> list[Decision]:
    """decisions, with every older version this vault never held made a conflict."""
    unheld = never_held(session, [d.incoming for d in decisions if d.action is Action.OLDER])
    return [
        replace(d, action=Action.CONFLICT)
        if d.action is Action.OLDER and d.incoming.id in unheld
        else d
        for d in decisions
    ]


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
            raise invalid_record(f"the file of attachment {entry.id} has no attachment record")
        if (entry.sha256.hex(), entry.size, entry.name) != decision.incoming.file:
            raise invalid_record(f"attachment {entry.id}: its file does not match its record")
    with_bytes = attachments_with_bytes(
        session, [uid for uid, state in local.items() if state.file]
    )
    for uid, decision in decisions.items():
        assert decision.incoming.file is not None
        sha256, size, _ = decision.incoming.file
        mine = local.get(uid)
        if mine is not None and mine.file != (sha256, size):
            raise invalid_record(
                f"attachment {uid}: its file differs from the one this vault holds"
            )
        has_bytes = mine is not None and (uid in with_bytes or size == 0)
        if uid in by_id and not has_bytes and decision.action is not Action.REFUSED:
            plan.attachments_to_store.add(uid)
        elif decision.action is Action.INSERT and not decision.incoming.deleted and size:
            raise invalid_record(f"attachment {uid} arrives without its file")


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
        arriving_protected: Protected = NO_ONE,
    ) -> None:
        self.plan = MergePlan()
        sent = select(func.max(ExchangedBundle.created_at)).where(
            ExchangedBundle.direction == "sent"
        )
        self._unsent = Unsent(me, session.scalar(sent) or "")
        # Before any batch is written: a bundle is judged by who was protected before it; a
        # person new here by the people the bundle protects too, who may come after her, and so
        # is a name (or pseudonym) an update gives a person here. What an update does to her
        # records (her file, her testimony) goes by who was protected before it.
        here = protected_people(session)
        self._protected_for_new = either_protected(here, arriving_protected)
        self._protected = self._protected_for_new._replace(ids=here.ids)
        self._removed = removed_contacts(session)
        holds = colleague_versions(session)
        self._holds = holds.keys()
        # The content hash of each version the user kept out ("Keep mine"); the other holds
        # still wait for a choice. The record here keeps the first version's content.
        undecided = held_entering(session)
        self._kept_out = {
            uid: content_hash(version.content)
            for uid, version in holds.items()
            if uid not in undecided
        }
        self._session = session
        self._entries = attachment_entries
        self._act_types = act_types
        self._is_sender_restored = is_sender_restored
        self._incoming: dict[str, set[UUID]] = {kind: set() for kind in KIND_ORDER}
        self._rank = 0
        self._local_files: dict[UUID, Local] = {}  # the vault's attachments the bundle has

    def _validate(self, record: SyncRecord) -> tuple[Incoming, ValidRecord]:
        if _RANK[record.kind] < self._rank:
            raise invalid_record(f"{record.kind} {record.id} comes after records that refer to it")
        self._rank = _RANK[record.kind]
        summary, valid = summarize(record, self._act_types)
        if any(summary.id in ids for ids in self._incoming.values()):
            raise invalid_record(f"{record.kind} {record.id} appears twice")
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
        check_ids(self._session, batch)
        check_references(self._session, summaries, self._incoming)
        local = {
            uid: _as_hold(state) if uid in self._holds else state
            for kind, ids in batch.items()
            for uid, state in local_state(self._session, kind, ids).items()
        }
        self._local_files.update((uid, state) for uid, state in local.items() if state.file)
        tidied = ours_tidied(self._session, summaries, local)
        decisions = [
            _decide(
                summary,
                local.get(summary.id),
                self._unsent,
                self._protected,
                self._protected_for_new,
                removed=self._removed,
                kept_out=self._kept_out.get(summary.id, ""),
                tidied_ours=tidied.get(summary.id, ""),
            )
            for summary in summaries
        ]
        decisions = [
            replace(decision, author=record.updated_by)
            for decision, record in zip(decisions, records, strict=True)
        ]
        decisions = _named_as_here(self._session, decisions)
        if self._is_sender_restored:
            decisions = _unheld_as_conflicts(self._session, decisions)
        self.plan.decisions += decisions
        return [(decision, valid) for decision, (_, valid) in zip(decisions, checked, strict=True)]

    def refuse(
        self, decided: Sequence[tuple[Decision, ValidRecord]], record_ids: Collection[UUID]
    ) -> list[tuple[Decision, ValidRecord]]:
        """The batch decide() returned last, with the records of record_ids not imported."""
        refused = [
            (
                replace(decision, action=Action.REFUSED)
                if decision.incoming.id in record_ids
                else decision,
                valid,
            )
            for decision, valid in decided
        ]
        if record_ids:
            self.plan.decisions[-len(refused) :] = [decision for decision, _ in refused]
        return refused

    def finish(self) -> MergePlan:
        """Check what needs every record (case references, files) and return the plan."""
        changing = {
            d.incoming.id: d.incoming
            for d in self.plan.decisions
            if d.incoming.kind == "case" and d.action in (Action.INSERT, Action.UPDATE)
        }
        check_case_references(self._session, changing)
        _plan_attachments(self._session, self.plan, self._local_files, self._entries)
        return self.plan
