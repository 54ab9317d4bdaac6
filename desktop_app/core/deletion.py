"""Deleting a case, person, testimony or event by hand, and bringing it (or a file) back.

A deletion is a tombstone: the record keeps every version, colleagues receive it as deleted
with the next bundle, and ``restore_deleted`` makes its last version current again. Only a
record nothing else uses may be deleted: a testimony whose witness, or an event whose victim,
was deleted would point at nobody (``dangling`` lists such records after an import, where
two vaults' changes meet, but a single user's deletion can be stopped before it happens).
The user removes the uses first, or merges two records of one person instead. Deleted
attachments are listed and restored like the others, once the record they belong to is live.
A person merged into another (``person_merge.merge_persons``), here or by a colleague, is listed
with the person it went into (``merge_targets``), so that restoring it is not mistaken for
undoing the merge. A colleague's person kept out for bearing a protected person's name
(``held_entering.kept_out_entering``) is listed by kind and id, and comes back only when asked
for explicitly: it would show her name, unprotected, as another person's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Attachment, Case, Event, Person
from db.vault_bookkeeping import Revision
from desktop_app.core.attachments import attachment_digest
from desktop_app.core.authors import vault_names
from desktop_app.core.content import KIND_OF_MODEL, MODEL_OF_KIND, record_label, to_content
from desktop_app.core.errors import InvalidInput, RecordNotFound, ReferenceDeleted, SandiqError
from desktop_app.core.exchange.dangling import LISTED_BY_EVENTS, POINTING_AT
from desktop_app.core.exchange.held_entering import held_entering, kept_out_entering
from desktop_app.core.exchange.references import references
from desktop_app.core.id_batches import as_one_parameter, in_batches
from desktop_app.core.merge_targets import merge_targets
from desktop_app.core.records import RecordWriter, get_record, gone_references

DELETABLE = ("case", "person", "testimony", "event")
_DATED = ("testimony", "event")
# Attachments are deleted from their record's form, but listed and restored here too.
_LISTED: dict[str, Any] = {kind: MODEL_OF_KIND[kind] for kind in (*DELETABLE, "attachment")}
# Matched by the GUI (ui/core_messages.py) to say it in the user's language.
FILE_NOT_RECEIVED = (
    "the file of attachment {} is not in this vault: it was deleted before it was sent here; "
    "ask the colleague who attached it"
)


# How the command line names what still uses a record (the GUI words it in ui/deleted_records).
_USES_SAID = {
    "case_party": ("role in a case", "roles in cases"),
    "testimony": ("testimony", "testimonies"),
    "event": ("event", "events"),
    "attachment": ("attachment", "attachments"),
    "person": ("person", "people"),
    "case": ("case", "cases"),
}


def _uses_said(used_by: str, count: int) -> str:
    one, many = _USES_SAID.get(used_by, (used_by, used_by))
    return f"{count} {one if count == 1 else many}"


class BearsProtectedName(SandiqError):
    """A person kept out for bearing a protected person's name, restored without asking."""

    def __init__(self, record_id: UUID) -> None:
        super().__init__(
            f"person {record_id} bears the name of a protected person (a colleague's bundle "
            "brought it in and it was kept out): restored, it is a person who is not protected, "
            "bearing that name"
        )
        self.record_id = record_id


class RecordInUse(SandiqError):
    """A record other live records still use; uses counts them by kind ("testimony": 2)."""

    def __init__(self, kind: str, uses: dict[str, int]) -> None:
        listed = ", ".join(_uses_said(used_by, count) for used_by, count in uses.items())
        super().__init__(f"this {kind} is still used by: {listed}")
        self.kind = kind
        self.uses = uses


@dataclass(frozen=True)
class DeletedRecord:
    """A deleted record, as the list of deleted records shows it."""

    kind: str
    record_id: UUID
    label: str
    date: str  # a testimony's or event's own date (partial ISO), which starts its label
    # What tells apart testimonies and events with no date or summary: the reference of the
    # case they belong to, and a testimony's witness ('' for other kinds, or none given).
    case_reference: str
    witness_name: str
    deleted_at: str
    deleted_by: str  # the fingerprint of the vault that deleted it
    deleted_by_name: str  # that colleague's name; '' for this vault or one no longer known
    # An attachment's record: its kind and label ('' for other kinds); case_reference is then
    # that record's case.
    owner_kind: str = ""
    owner_label: str = ""
    # A person deleted by a merge, here or by a colleague: the person it was merged into, and
    # that one's name (None and '' for any other deletion).
    merged_into_id: UUID | None = None
    merged_into_name: str = ""
    # A colleague's person kept out for bearing a protected person's name: label is its kind
    # and id, never that name (``kept_out_entering``); restoring it asks first.
    bears_protected_name: bool = False


def uses_of(session: Session, kind: str, record_id: UUID) -> dict[str, int]:
    """How many live records of each kind refer to this record (none: {})."""

    def live(model: Any, condition: Any) -> int:
        count = (
            select(func.count()).select_from(model).where(condition, model.is_deleted.is_(False))
        )
        return session.scalar(count) or 0

    counts = {"attachment": live(Attachment, Attachment.owner_id == record_id)}
    for model, column, _ in POINTING_AT.get(kind, ()):
        counts[KIND_OF_MODEL[model]] = live(model, column == record_id)
    if kind in LISTED_BY_EVENTS:
        listing, _ = LISTED_BY_EVENTS[kind]
        counts["event"] = live(Event, listing([record_id]))
    return {used_by: count for used_by, count in counts.items() if count}


def _deletable(session: Session, kind: str, record_id: UUID) -> Any:
    if kind not in _LISTED:  # a case party goes with "remove from case", a contact otherwise
        raise InvalidInput(f"{kind.replace('_', ' ')} records cannot be deleted this way")
    record = get_record(session, kind, record_id)
    if record.is_deleted:
        raise RecordNotFound(f"{kind} {record_id} is deleted already")
    return record


def delete_unused(writer: RecordWriter, kind: str, record_id: UUID) -> None:
    """Tombstone a record nothing live refers to; RecordInUse (nothing written) otherwise."""
    record = _deletable(writer.session, kind, record_id)
    uses = uses_of(writer.session, kind, record_id)
    if uses:
        raise RecordInUse(kind, uses)
    writer.delete(record)


def deleted_records(session: Session, limit: int = 500) -> list[DeletedRecord]:
    """Deleted cases, people, testimonies, events and attachments, the latest deleted first;
    not the people held for the user's decision, which nobody here deleted (the conflicts
    list them, by id: their name is a protected person's), and those kept out listed by id."""
    names = vault_names(session)
    held_ids = held_entering(session)
    held = {uid.hex for uid in held_ids}
    found: list[tuple[str, Any]] = []
    for kind, model in _LISTED.items():
        query = (
            select(model)
            .where(model.is_deleted.is_(True))
            .order_by(model.updated_at.desc())
            .limit(limit)
        )
        if kind == "person" and held:
            query = query.where(model.id.not_in(select(as_one_parameter(held).c.value)))
        found += [(kind, r) for r in session.scalars(query)]
    found.sort(key=lambda pair: pair[1].updated_at, reverse=True)
    found = found[:limit]
    owners = _owners(session, [r for kind, r in found if kind == "attachment"])
    # The record that places each in a case: an attachment's owner, or the record itself.
    placing = {r.id: owners.get(r.owner_id, r) if kind == "attachment" else r for kind, r in found}
    case_references = _column_of(session, Case.reference, {_case_of(r) for r in placing.values()})
    witness_ids = {r.witness_id for kind, r in found if kind == "testimony"} - {None}
    people = {r.id for kind, r in found if kind == "person"} | witness_ids
    # Named by kind and id, as the conflicts name them while held: the name is hers.
    unnamed = kept_out_entering(session, people) | (held_ids & witness_ids)
    witnesses = _column_of(session, Person.name, witness_ids)
    witnesses.update((uid, f"person {uid}") for uid in unnamed & witness_ids)
    merged_into = merge_targets(session, [r for kind, r in found if kind == "person"])
    kept_names = _column_of(session, Person.name, set(merged_into.values()))
    listed = []
    for kind, r in found:
        owner = owners.get(r.owner_id) if kind == "attachment" else None
        owner_kind = KIND_OF_MODEL[type(owner)] if owner is not None else ""
        listed.append(
            DeletedRecord(
                kind=kind,
                record_id=r.id,
                label=f"person {r.id}" if r.id in unnamed else _label(kind, to_content(r)),
                date=r.date if kind in _DATED else "",
                case_reference=case_references.get(_case_of(placing[r.id]), ""),
                witness_name=witnesses.get(getattr(r, "witness_id", None), ""),
                deleted_at=r.updated_at,
                deleted_by=r.updated_by,
                deleted_by_name=names.get(r.updated_by, ""),
                owner_kind=owner_kind,
                owner_label=_label(owner_kind, to_content(owner)) if owner is not None else "",
                merged_into_id=merged_into.get(r.id),
                merged_into_name=kept_names.get(merged_into.get(r.id), ""),
                bears_protected_name=r.id in unnamed,
            )
        )
    return listed


def _case_of(record: Any) -> UUID | None:
    return record.id if isinstance(record, Case) else getattr(record, "case_id", None)


def _owners(session: Session, attachments: list[Any]) -> dict[UUID, Any]:
    """The records (deleted ones included) that attachments belong to, by id."""
    owners: dict[UUID, Any] = {}
    for kind in DELETABLE:
        model: Any = MODEL_OF_KIND[kind]
        ids = {a.owner_id for a in attachments if a.owner_kind == kind}
        for batch in in_batches(ids):
            owners.update(
                (r.id, r) for r in session.scalars(select(model).where(model.id.in_(batch)))
            )
    return owners


def _label(kind: str, content: dict[str, Any]) -> str:
    label = record_label(kind, content)
    if not label and kind == "testimony":  # no date or summary: its first words tell it apart
        label = record_label(kind, {"summary": content["narrative"]})
    return label


def _column_of(session: Session, column: Any, ids: set[UUID | None]) -> dict[UUID | None, str]:
    """A column's value for each of some records of its table, deleted ones included."""
    model = column.class_
    return {
        uid: value
        for batch in in_batches(uid for uid in ids if uid is not None)
        for uid, value in session.execute(select(model.id, column).where(model.id.in_(batch)))
    }


def _last_live_version(session: Session, record_id: UUID) -> Revision:
    last_live = session.scalar(
        select(Revision)
        .where(Revision.record_id == record_id, Revision.is_deleted.is_(False))
        .order_by(Revision.version.desc())
        .limit(1)
    )
    if last_live is None:  # arrived deleted in a bundle: its one version is its content
        last_live = session.scalar(
            select(Revision).where(Revision.record_id == record_id).order_by(Revision.version)
        )
    assert last_live is not None
    return last_live


def deleted_reference(session: Session, kind: str, record_id: UUID) -> tuple[str, UUID] | None:
    """(kind, id) of the first record that a deleted record's last version before its
    deletion refers to and that is deleted or missing: what stops restoring it (None: nothing
    does)."""
    return _first_gone(session, kind, _last_live_version(session, record_id).data)


def _first_gone(session: Session, kind: str, content: dict[str, Any]) -> tuple[str, UUID] | None:
    gone = gone_references(session, references(kind, content))
    return (gone[0][1], gone[0][2]) if gone else None


def restore_deleted(
    writer: RecordWriter, kind: str, record_id: UUID, *, bears_protected_name: bool = False
) -> None:
    """Make a deleted record's last version before its deletion current again; raises
    ReferenceDeleted (nothing written) while a record it refers to is deleted too
    (``deleted_reference`` says which), InvalidInput for an attachment whose bytes this vault
    never received or a person held for the user's decision (its conflict decides), and
    BearsProtectedName for a person kept out for bearing a protected person's name unless the
    caller has asked the user (bears_protected_name)."""
    session = writer.session
    record = get_record(session, kind, record_id)
    if not record.is_deleted:
        return
    if kind == "person" and held_entering(session, [record_id]):
        raise InvalidInput(f"person {record_id} is held for your decision: resolve its conflict")
    if kind == "person" and not bears_protected_name and kept_out_entering(session, [record_id]):
        raise BearsProtectedName(record_id)
    last_live = _last_live_version(session, record_id)
    gone = _first_gone(session, kind, last_live.data)
    if gone is not None:
        target, uid = gone
        raise ReferenceDeleted(f"restore the {target} {uid} first")
    # A file deleted before a colleague sent it arrives as a tombstone without its bytes.
    if kind == "attachment" and attachment_digest(session, record_id) != last_live.data["sha256"]:
        raise InvalidInput(FILE_NOT_RECEIVED.format(record_id))
    writer.restore_version(record, last_live.version)
