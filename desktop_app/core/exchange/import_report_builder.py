"""How ``importer.import_bundle`` fills in its report: who sent the bundle and when it was
imported before (``first_report``), then what the merge did to each record, counted and listed
(``counted_report``)."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from sqlalchemy.orm import Session

from db.exchange_state import Contact, ExchangedBundle
from desktop_app.core.exchange.contacts import (
    sender_name,
    sender_refusal,
    vault_identity,
)
from desktop_app.core.exchange.format import format_timestamp
from desktop_app.core.exchange.import_report import (
    Change,
    ImportReport,
    NotImported,
    SettledConflict,
)
from desktop_app.core.exchange.incoming_records import Incoming
from desktop_app.core.exchange.merge import Action, MergePlan
from desktop_app.core.exchange.outcome import Outcome
from desktop_app.core.exchange.sequences import MissedBundles, missed_bundles
from desktop_app.core.exchange.verified import VerifiedBundle


def missed_bundles_of(session: Session, bundle: VerifiedBundle) -> MissedBundles | None:
    """The sender's earlier bundles to this vault never imported here, if the bundle says."""
    info = bundle.info
    sent = info.sent_before_to(vault_identity(session).key_id)
    return (
        None if sent is None else missed_bundles(session, info.sender.key_id, info.sequence, sent)
    )


def first_report(
    session: Session,
    bundle: VerifiedBundle,
    *,
    is_dry_run: bool,
    already_imported_at: str,
    same_sequence_imported_at: str,
) -> ImportReport:
    """Who sent the bundle and when, and when it was imported before if it was."""
    info = bundle.info
    contact = session.get(Contact, info.sender.key_id)
    imported = None
    if already_imported_at:
        key = {"sender": info.sender.key_id, "bundle_id": info.bundle_id}
        imported = session.get(ExchangedBundle, key)
    return ImportReport(
        bundle_id=info.bundle_id,
        sequence=info.sequence,
        created_at=format_timestamp(info.created_at),
        sender_name=sender_name(session, info.sender),
        sender_fingerprint=info.sender.fingerprint,
        is_sender_known=bundle.is_sender_known,
        sender_refusal="" if bundle.is_sender_known else sender_refusal(session, info.sender),
        is_dry_run=is_dry_run,
        already_imported_at=already_imported_at,
        already_imported_sequence=imported.sequence if imported else 0,
        last_sequence=contact.last_sequence_received if contact else 0,
        missed=missed_bundles_of(session, bundle),
        same_sequence_imported_at=same_sequence_imported_at,
    )


def counted_report(
    report: ImportReport,
    bundle: VerifiedBundle,
    plan: MergePlan,
    outcome: Outcome,
    not_imported: dict[UUID, str],
) -> ImportReport:
    """report with what plan and outcome do: the counts, the files stored, the changes, the
    conflicts settled, and the records left out (not_imported: why, by record id)."""
    stored = [e for e in bundle.info.attachments if e.id in plan.attachments_to_store]
    deleted = sum(1 for d in plan.decisions if d.action is Action.UPDATE and d.incoming.deleted)
    return replace(
        report,
        inserted=plan.count(Action.INSERT),
        updated=plan.count(Action.UPDATE) - deleted,
        deleted=deleted,
        unchanged=plan.count(Action.UNCHANGED),
        older=plan.count(Action.OLDER),
        conflicts=plan.count(Action.CONFLICT) - len(outcome.already_waiting),
        conflicts_waiting=len(outcome.already_waiting),
        attachments_stored=len(stored),
        attachment_bytes=sum(entry.size for entry in stored),
        changes=_changes(plan, outcome, bundle.info.sender.key_id),
        settled=_settled(outcome),
        not_imported=_not_imported(plan, not_imported, outcome),
    )


def _party(record: Incoming, outcome: Outcome) -> dict[str, str]:
    person, case, sex = outcome.parties.get(record.id, ("", "", ""))
    return {"person": person, "case": case, "person_sex": sex}


def _changes(plan: MergePlan, outcome: Outcome, sender: str) -> tuple[Change, ...]:
    shown = (Action.INSERT, Action.UPDATE, Action.CONFLICT)
    return tuple(
        Change(
            kind=d.incoming.kind,
            record_id=d.incoming.id,
            action="delete" if d.action is Action.UPDATE and d.incoming.deleted else d.action.value,
            label=d.incoming.label,
            **_party(d.incoming, outcome),
            reasons=d.reasons,
            removed_authors=d.removed_authors,
            author=outcome.author_name(d.author) if d.author not in ("", sender) else "",
        )
        for d in plan.decisions
        if d.action in shown
    )


def _settled(outcome: Outcome) -> tuple[SettledConflict, ...]:
    return tuple(
        SettledConflict(cid, r.kind, r.id, r.label, **_party(r, outcome))
        for cid, r in outcome.settled
    )


def _not_imported(
    plan: MergePlan, why: dict[UUID, str], outcome: Outcome
) -> tuple[NotImported, ...]:
    return tuple(
        NotImported(
            d.incoming.kind,
            d.incoming.id,
            d.incoming.label,
            why[d.incoming.id],
            **_party(d.incoming, outcome),
        )
        for d in plan.decisions
        if d.action is Action.REFUSED
    )
