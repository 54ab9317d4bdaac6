"""Conflicts: a colleague's version of a record edited concurrently here, until the user picks.

While a conflict is open the vault keeps its own version as the record; the colleague's
version waits in ``sync_conflict``. Resolving keeps one of the two as a new local edit whose
version vector has seen both, so the next exchange carries the choice to the colleague and
replaces their version there instead of raising the conflict again.

A conflict is also how a newer version that would weaken a safeguard waits for the user
(``safeguards``); why a conflict is one, and how it names its record, is read when it is listed
(``conflict_info``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from db.models import Case, Person
from desktop_app.core.case_file import CaseReferences, reference_labels
from desktop_app.core.content import Record, to_content
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.exchange.clock import (
    Clock,
    Order,
    advanced,
    clocks_of,
    compare,
    merge,
    set_clocks,
)
from desktop_app.core.exchange.conflict_diff import FieldDifference, field_differences
from desktop_app.core.exchange.conflict_info import (
    ConflictInfo,
    Here,
    Judge,
    conflict_info,
    conflict_infos,
    copies_here,
)
from desktop_app.core.exchange.dangling import DanglingReference, dangling_references
from desktop_app.core.exchange.held_entering import held_entering
from desktop_app.core.exchange.merged_away import (
    keep_merge,
    merged_into,
    with_merges_kept_since,
)
from desktop_app.core.exchange.safeguards import COMING_IN_HELD
from desktop_app.core.exchange.sync_records import SyncRecord
from desktop_app.core.records import RecordWriter, get_record

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

KEEP_CHOICES = ("mine", "theirs")


@dataclass(frozen=True)
class ConflictDetail:
    """Both versions of a conflicted record, side by side."""

    info: ConflictInfo
    mine: dict[str, Any]
    mine_deleted: bool
    theirs: dict[str, Any]
    theirs_deleted: bool
    labels: dict[str, str]  # the records either version refers to, by id text
    # A person deleted on one side and edited on the other: the person the deleted side was
    # merged into (its id and name), if it was merged.
    merged_into: UUID | None = None
    merged_into_label: str = ""

    @property
    def differing_fields(self) -> tuple[str, ...]:
        """The content fields whose values differ (plus "deleted" if only one is deleted)."""
        fields = [k for k in self.mine if self.mine.get(k) != self.theirs.get(k)]
        if self.mine_deleted != self.theirs_deleted:
            fields.append("deleted")
        return tuple(fields)

    @property
    def is_held_out(self) -> bool:
        """True for a colleague's person this vault keeps out for bearing a protected person's
        name: deleted on this side only as a hold, never a deletion of their record."""
        held_out = COMING_IN_HELD & set(self.info.reasons)
        return self.mine_deleted and not self.theirs_deleted and bool(held_out)

    @property
    def differences(self) -> tuple[FieldDifference, ...]:
        """How each differing content field differs: word by word, or item by item for lists."""
        return field_differences(self.mine, self.theirs)


@dataclass(frozen=True)
class Resolution:
    """A resolved conflict, and the live records its decision left pointing at a deleted
    record (a colleague's deletion or merge kept while a testimony here names the person)."""

    info: ConflictInfo
    dangling: tuple[DanglingReference, ...] = ()
    merged_into_label: str = ""  # the merge was kept: the colleague's edit went into this person


def _here(session: Session, conflict: SyncConflict) -> Here | None:
    """This vault's copy of a conflicted record, read as an import reads it."""
    return copies_here(session, conflict.record_kind, [conflict.record_id]).get(conflict.record_id)


def _open_conflicts(session: Session, record_id: UUID) -> list[SyncConflict]:
    return list(
        session.scalars(
            select(SyncConflict).where(
                SyncConflict.record_id == record_id, SyncConflict.resolved_at == ""
            )
        )
    )


def keep_conflict(
    session: Session, incoming: SyncRecord, sender: str, bundle_id: UUID, now: str
) -> None:
    """Hold incoming as the other side of a conflict (replacing an older version of theirs)."""
    fields = {
        "theirs": incoming.content,
        "theirs_deleted": incoming.deleted,
        "theirs_clock": incoming.clock,
        "theirs_updated_at": incoming.updated_at,
        "theirs_updated_by": incoming.updated_by,
        "sender": sender,
        "bundle_id": bundle_id,
        "detected_at": now,
    }
    for conflict in _open_conflicts(session, incoming.id):
        order = compare(conflict.theirs_clock, incoming.clock)
        if order in (Order.OLDER, Order.SAME):
            return  # this version of theirs, or a newer one, is already waiting
        if order is Order.NEWER:
            for name, value in fields.items():
                setattr(conflict, name, value)
            return
    session.add(
        SyncConflict(
            record_kind=incoming.kind,
            record_id=incoming.id,
            resolved_at="",
            resolution="",
            **fields,
        )
    )


def close_superseded(session: Session, record_id: UUID, clock: Clock, now: str) -> None:
    """Close the open conflicts of a record whose other side the record has now seen."""
    for conflict in _open_conflicts(session, record_id):
        if compare(conflict.theirs_clock, clock) in (Order.NEWER, Order.SAME):
            conflict.resolved_at, conflict.resolution = now, "superseded"


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """Conflicts, oldest first; only the open ones unless asked."""
    query = select(SyncConflict).order_by(SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at == "")
    return conflict_infos(session, list(session.scalars(query)))


def _conflict(session: Session, conflict_id: int) -> tuple[SyncConflict, Record]:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise RecordNotFound(f"no conflict {conflict_id} (see sandiq conflicts)")
    return conflict, get_record(session, conflict.record_kind, conflict.record_id)


def _merged_into(session: Session, conflict: SyncConflict, record: Record) -> Person | None:
    """The person the deleted side of a person's deletion-against-edit conflict went into."""
    if conflict.record_kind != "person" or record.is_deleted == conflict.theirs_deleted:
        return None
    if record.is_deleted:
        if record.id in held_entering(session, [record.id]):
            # Held for coming in under a protected person's name: the name is all that links
            # it to her, and keeping it out must not put the colleague's values in her record.
            return None
        return merged_into(session, to_content(record), record.updated_at)
    return merged_into(session, conflict.theirs, conflict.theirs_updated_at)


def kept_label(person: Person) -> str:
    """How a person a merge went into is named: a protected one by her pseudonym (never the
    real name), by kind and id if she has none."""
    if person.is_protected:
        return person.pseudonym or f"person {person.id}"
    return person.name


def conflict_detail(session: Session, conflict_id: int) -> ConflictDetail:
    """This vault's version and the colleague's version of a conflicted record."""
    conflict, record = _conflict(session, conflict_id)
    mine, theirs = to_content(record), dict(conflict.theirs)
    into = _merged_into(session, conflict, record)
    return ConflictDetail(
        info=conflict_info(session, conflict, _here(session, conflict), Judge.read(session)),
        mine=mine,
        mine_deleted=record.is_deleted,
        theirs=theirs,
        theirs_deleted=conflict.theirs_deleted,
        labels=reference_labels(session, conflict.record_kind, (mine, theirs)),
        merged_into=into.id if into else None,
        merged_into_label=kept_label(into) if into else "",
    )


def _check_reference_free(cases: CaseReferences, record: Record, theirs: dict[str, Any]) -> None:
    if cases.owner(str(theirs.get("reference")), record.id):
        raise InvalidInput(
            f"their version uses the reference {theirs.get('reference')!r} of another case; "
            "rename that case first"
        )


def check_keep(keep: str) -> None:
    """Raise InvalidInput unless keep is "mine" or "theirs"."""
    if keep not in KEEP_CHOICES:
        raise InvalidInput("keep must be mine or theirs")


def resolve_conflict(vault: Vault, conflict_id: int, keep: str) -> Resolution:
    """Keep this vault's version ("mine") or the colleague's ("theirs") of a conflicted record.

    The choice becomes a new local edit that supersedes both versions; raises InvalidInput
    (changing nothing) if the conflict is already resolved or their version no longer fits.
    Keeping a merge of a person that the other side edited keeps the edit too (``keep_merge``).
    If the record stays deleted, the live records still pointing at it are named, as an
    import names them.
    """
    check_keep(keep)
    with vault.transaction() as session:
        conflict, record = _conflict(session, conflict_id)
        if conflict.resolved_at:
            raise InvalidInput(f"conflict {conflict_id} was already resolved")
        # Why it was held, as the list said it before the choice changed anything.
        before, judge = _here(session, conflict), Judge.read(session)
        into = keep_version(vault, vault.writer(session), conflict, record, keep, now=utc_now())
        session.flush()
        dangling = dangling_references(session, [(conflict.record_kind, record.id)])
        label = kept_label(into) if into is not None else ""
        info = conflict_info(session, conflict, before, judge)
        return Resolution(info, tuple(dangling), label)


def keep_version(
    vault: Vault,
    writer: RecordWriter,
    conflict: SyncConflict,
    record: Record,
    keep: str,
    *,
    now: str,
    cases: CaseReferences | None = None,
) -> Person | None:
    """Resolve an open conflict inside the caller's transaction, as ``resolve_conflict`` does,
    logging the decision at now; returns the person a kept merge went into (None if no merge
    was kept). cases: the live cases' references, if the caller keeps them across many
    choices (they are read here otherwise), kept current here."""
    session = writer.session
    mine = clocks_of(session, [record.id]).get(record.id) or {record.updated_by: record.version}
    # Keeping out a person held for coming in under a protected person's name protects this
    # vault only: no edit of this vault's joins her clock, so no bundle takes it for a
    # deletion of her record (``held_entering.colleague_versions``).
    is_kept_out = keep == "mine" and bool(held_entering(session, [record.id]))
    into = _merged_into(session, conflict, record)
    kept_deleted = record.is_deleted if keep == "mine" else conflict.theirs_deleted
    if into is not None and kept_deleted:
        edited = dict(conflict.theirs) if keep == "mine" else to_content(record)
        keep_merge(writer, record, edited, into)
    elif keep == "theirs":
        is_case = conflict.record_kind == "case"
        if is_case and not conflict.theirs_deleted:
            _check_reference_free(cases or CaseReferences(session), record, conflict.theirs)
        # Their text, but no link to a record deleted here since (ReferenceDeleted if
        # the record would come back pointing at one).
        theirs = writer.with_live_references(record, conflict.theirs)
        if isinstance(record, Person) and not conflict.theirs_deleted:
            theirs = with_merges_kept_since(session, record.id, theirs, conflict.detected_at)
        # Their version kept whole is their work: History names them, and the colleague,
        # who holds that very version, takes it as theirs. One changed here is this vault's.
        author = conflict.theirs_updated_by if theirs == conflict.theirs else None
        writer.update(record, theirs, action="resolve", is_local_edit=True, author=author)
        if conflict.theirs_deleted:
            writer.delete(record, author=author)
        if cases is not None and isinstance(record, Case):
            cases.note(record)
    session.flush()  # the triggers count the writes above; the merged clock replaces that
    clock = merge(mine, conflict.theirs_clock)
    if not is_kept_out:
        clock = advanced(clock, vault.fingerprint)
    set_clocks(session, {record.id: clock})
    # Logged against the record even when its content stays: the next "since last" bundle
    # must carry the decision to the colleague (for one kept out, her own version). Logged by
    # this vault, whoever wrote the version it kept.
    writer.audit.append(
        now,
        vault.fingerprint,
        "resolve_conflict",
        conflict.record_kind,
        record.id,
        record.version,
        record.content_hash,
    )
    conflict.resolved_at, conflict.resolution = now, keep
    close_superseded(session, record.id, clock, now)
    return into if into is not None and kept_deleted else None
