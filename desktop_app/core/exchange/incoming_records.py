"""An incoming bundle's records checked before any is compared with the vault's copy.

Every record is validated with the core's own rules (``validate_record``, as for writing) and
must be in the exact form Sandiq writes; it is then kept only as a summary (``Incoming``: ids,
hashes, clocks, references), not its content. An id is unique across kinds, every reference
points to a record in the bundle or in the vault, and a case's reference is not another case's,
in any letter case.
Each refusal is a ``BundleRejected`` built on the fixed sentence ``INVALID_RECORD``, which the
GUI matches to translate; the two a user can act on are classes that keep their facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import literal, select, union_all
from sqlalchemy.orm import Session

from db.models import Case
from desktop_app.core.content import MODEL_OF_KIND, record_label
from desktop_app.core.errors import BundleRejected, InvalidInput
from desktop_app.core.exchange.clock import Clock
from desktop_app.core.exchange.format import attachment_name_problem
from desktop_app.core.exchange.references import references
from desktop_app.core.exchange.safeguards import (
    NOTHING,
    Safeguarded,
    conflict_label,
    safeguarded,
)
from desktop_app.core.exchange.sync_records import KIND_ORDER, SyncRecord
from desktop_app.core.id_batches import as_one_parameter, in_batches
from desktop_app.core.record_validation import ValidRecord, validate_record, with_article
from desktop_app.core.reference_folding import is_same_spelling, reference_key

INVALID_RECORD = "This bundle holds an invalid record: {}."
# How a refusal that leads with its fix names a record and what it needs ("an attachment
# belongs to an event it brought"): by what the user knows, not by field.
_NOUNS = {"case_party": "role in a case"}
_NEEDS = {"owner": "belongs to", "case": "belongs to", "sources": "rests on"}  # others: names


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
    sex: str = ""  # people only: their case parties' roles are named for it


def _invalid_message(detail: str) -> str:
    return INVALID_RECORD.format(detail.rstrip("."))


def invalid_record(detail: str) -> BundleRejected:
    """The refusal of a bundle for one invalid record, detail saying what is wrong."""
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
                f"{kind} {record_id}: {field} refers to {with_article(target)} ({target_id}) "
                "that is neither in the bundle nor in this vault; import the sender's earlier "
                "bundles first"
            )
        )
        self.kind = kind
        self.record_id = record_id
        self.field = field
        self.target = target
        self.target_id = target_id

    def need(self, brought_by: str) -> str:
        """What the record needs, as plain words: "an attachment belongs to an event it brought"
        for brought_by "it" (the earlier bundle that holds the missing record)."""
        noun = with_article(_NOUNS.get(self.kind, self.kind))
        target = with_article(_NOUNS.get(self.target, self.target))
        return f"{noun} {_NEEDS.get(self.field, 'names')} {target} {brought_by} brought"


class CaseReferenceTaken(BundleRejected):
    """An incoming case has the reference of another case in the vault, or one that differs
    from it only in letter case or Unicode form (taken, as the other case writes it). The
    references and both ids are kept so that the GUI can say it in the user's language; str()
    is the CLI's line."""

    def __init__(self, case_id: UUID, reference: str, other_id: UUID, taken: str = "") -> None:
        taken = taken or reference
        where = f"in this vault ({other_id})"
        if taken != reference and is_same_spelling(taken, reference):
            # Shown alike, so naming the other spelling would tell the user nothing.
            where += ", written there with the same letters in another Unicode form"
        elif taken != reference:
            where = (
                f"in this vault as {taken!r} ({other_id}), and references must differ in more "
                "than letter case"
            )
        super().__init__(
            _invalid_message(
                f"case {case_id}: its reference {reference!r} is already used by another case "
                f"{where}; rename one of them first"
            )
        )
        self.case_id = case_id
        self.reference = reference
        self.other_id = other_id
        self.taken = taken


def summarize(record: SyncRecord, act_types: set[str]) -> tuple[Incoming, ValidRecord]:
    """Validate a record (the core's rules, in the exact form Sandiq writes) and summarize it."""
    try:
        valid = validate_record(record.kind, record.content, act_types, record.id)
    except InvalidInput as exc:
        raise invalid_record(str(exc)) from None
    content = record.content
    unknown = content.keys() - valid.content.keys()
    if unknown:
        raise invalid_record(f"{record.kind} {record.id}: unknown field {min(unknown)[:40]!r}")
    if content != valid.content:  # one comparison in C for the usual, exact record
        for name, value in valid.content.items():
            if content.get(name) != value:
                raise invalid_record(
                    f"{record.kind} {record.id}: {name}: not in the form Sandiq writes"
                )
    file = None
    if record.kind == "attachment":
        problem = attachment_name_problem(content["file_name"])
        if problem:
            raise invalid_record(f"{record.kind} {record.id}: file_name {problem}")
        file = (content["sha256"], content["size"], content["file_name"])
    guarded = safeguarded(record.kind, content, is_deleted=record.deleted)
    summary = Incoming(
        kind=record.kind,
        id=record.id,
        deleted=record.deleted,
        clock=record.clock,
        content_hash=valid.content_hash,
        # A person the colleague protects is shown by her pseudonym, as reports show her.
        label=conflict_label(record.kind, record.id, guarded, record_label(record.kind, content)),
        references=tuple(references(record.kind, content)),
        case_reference=content["reference"] if record.kind == "case" else "",
        file=file,
        safeguarded=guarded,
        sex=str(content.get("sex") or "") if record.kind == "person" else "",
    )
    return summary, valid


def _existing_ids(session: Session, kind: str, ids: Iterable[UUID]) -> set[UUID]:
    model: Any = MODEL_OF_KIND[kind]
    found: set[UUID] = set()
    for batch in in_batches(ids):
        found.update(session.scalars(select(model.id).where(model.id.in_(batch))))
    return found


def check_ids(session: Session, incoming: Mapping[str, set[UUID]]) -> None:
    """Refuse the bundle if an incoming id (by kind) is a record of another kind here."""
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
            raise invalid_record(
                f"{kind} {min(clash[rank])}: the id is already used by {with_article(others[rank])}"
            )


def check_references(
    session: Session, records: Sequence[Incoming], incoming: Mapping[str, set[UUID]]
) -> None:
    """Raise MissingReference for a reference to a record neither incoming nor in the vault."""
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


def check_case_references(session: Session, changing: Mapping[UUID, Incoming]) -> None:
    """Raise CaseReferenceTaken if a case the bundle inserts or updates (by id) would share
    its reference, in any letter case (``reference_folding``), with another live case, here or
    in the bundle."""
    # Also for a pair a vault took in before letter case counted: the batches are written by
    # now, so a case this bundle brings cannot be told from one held before; renaming one of
    # them lets the bundle in.
    owner: dict[str, tuple[UUID, str]] = {}
    for case_id, reference in session.execute(
        select(Case.id, Case.reference).where(Case.is_deleted.is_(False))
    ):
        if case_id not in changing:
            owner[reference_key(reference)] = (case_id, reference)
    for case_id, record in changing.items():
        if record.deleted:
            continue
        key = reference_key(record.case_reference)
        other, taken = owner.setdefault(key, (case_id, record.case_reference))
        if other != case_id:
            raise CaseReferenceTaken(case_id, record.case_reference, other, taken)
