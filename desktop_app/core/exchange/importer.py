"""``sandiq bundle import``: verify a bundle completely, then merge it in one transaction.

Everything happens inside one vault transaction (a read-only session for a dry run), which
commits only after every check has passed; any error rolls all of it back. ``open_bundle``
decrypts and checks every byte (signature, addressed to us, known contact, hashes,
completeness). The records part comes first: it goes to an encrypted staging file, and as soon
as it is complete the replay check runs and the records are read back once, in batches (the
people a first time on their own, for those the bundle protects: ``arriving_protected``): each
batch is validated and decided (``merge.MergePlanner``; ``own_claims`` refuses the bundle, or
leaves records out, for what no contact may claim; ``outcome`` notes what it does to open
conflicts, for the report) and then written through ``RecordWriter`` (``apply``: revisions,
audit entries, search index, version vectors, conflicts). The checks that need every record end
the records part. The attachment files that follow go straight into the same transaction
(``vault_store``). So the transaction is the bundle's encrypted staging area: nothing in it is
committed, or visible to anyone else, before age has authenticated the whole file and every
check has passed. (Records are written before the files rather than after them because SQLite's
page cache is then still free of the files' pages: 7 s instead of 9 to 11 s for 13,200 records.
Planning on a thread while the files stream was tried too: Python's interpreter lock serialized
the two.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from platformdirs import user_cache_path
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import Contact, ExchangedBundle
from desktop_app.core.audit import was_restored
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.apply import RecordApplier
from desktop_app.core.exchange.arriving_protected import protected_arriving
from desktop_app.core.exchange.contacts import (
    active_contact_keys,
    removed_contacts,
    sender_name,
    sender_refusal,
    vault_identity,
)
from desktop_app.core.exchange.dangling import dangling_references
from desktop_app.core.exchange.import_report import (
    Change,
    ImportReport,
    NotImported,
    SettledConflict,
)
from desktop_app.core.exchange.import_report_builder import (
    counted_report,
    first_report,
    missed_bundles_of,
)
from desktop_app.core.exchange.incoming_records import MissingReference
from desktop_app.core.exchange.merge import Action, MergePlan, MergePlanner
from desktop_app.core.exchange.open_refusals import OwnBundle, UnknownSender
from desktop_app.core.exchange.outcome import Outcome
from desktop_app.core.exchange.own_claims import ClaimsCheck
from desktop_app.core.exchange.progress import CancelCheck, Meter, Phases, ProgressCallback
from desktop_app.core.exchange.reader import open_bundle
from desktop_app.core.exchange.sequences import (
    EarlierBundlesMissing,
    check_sequence_jump,
    not_imported,
    sent_before_summary,
)
from desktop_app.core.exchange.staging import remove_abandoned
from desktop_app.core.exchange.sync_records import SyncRecord, parse_records
from desktop_app.core.exchange.vault_store import VaultAttachmentStore
from desktop_app.core.exchange.verified import VerifiedBundle
from desktop_app.core.records import RecordWriter

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

__all__ = ["Change", "ImportReport", "NotImported", "SettledConflict", "import_bundle"]

OWN_BUNDLE = "This bundle was made by this vault for {}; there is nothing to import."
_BATCH = 500  # records decided and written together


def default_staging_dir() -> Path:
    """Where encrypted working copies of bundles go: the user's cache, on disk (not tmpfs),
    cleared of what killed imports left there."""
    cache = user_cache_path("sandiq", appauthor=False)
    cache.mkdir(parents=True, exist_ok=True, mode=0o700)
    directory = cache / "staging"
    directory.mkdir(exist_ok=True, mode=0o700)
    remove_abandoned(directory)
    return directory


def _open(
    session: Session,
    path: Path,
    merge: _Merge,
    staging_dir: Path | None,
    progress: ProgressCallback,
    cancel: CancelCheck | None,
) -> VerifiedBundle:
    try:
        return open_bundle(
            path,
            vault_identity(session),
            active_contact_keys(session),
            # Strangers' bundles may be inspected (dry run), never applied; a removed contact's
            # is refused by a dry run as by an import: what the preview would list is judged
            # with the sender's own edits as a removed contact's (every update held), which is
            # neither what the import does (nothing) nor what it would do once they are added
            # again.
            require_known_sender=merge.store is not None,
            refused_senders=removed_contacts(session).keys(),
            staging_dir=staging_dir or default_staging_dir(),
            progress=progress,
            cancel=cancel,
            store=merge.store,
            on_records=merge.records_staged,
        )
    except OwnBundle as exc:
        raise BundleRejected(OWN_BUNDLE.format(_names(session, exc.recipients))) from None
    except UnknownSender as exc:
        raise BundleRejected(sender_refusal(session, exc.sender)) from None


def _names(session: Session, key_ids: tuple[str, ...]) -> str:
    """The display names of contacts (the start of the key id of one no longer known)."""
    contacts = [session.get(Contact, key_id) for key_id in key_ids]
    return ", ".join(
        contact.display_name if contact else key_id[:16]
        for contact, key_id in zip(contacts, key_ids, strict=True)
    )


class _Merge:
    """What happens once a bundle's records are staged, before its first file arrives."""

    def __init__(
        self,
        writer: RecordWriter,
        store: VaultAttachmentStore | None,  # None for a dry run
        progress: ProgressCallback,
        cancel: CancelCheck | None,
    ) -> None:
        self.writer = writer
        self.store = store
        self.plan: MergePlan | None = None  # None for a bundle imported before
        self.outcome: Outcome | None = None
        self.not_imported: dict[UUID, str] = {}  # records left out (own_claims), and why
        self.already_imported_at = ""  # when that was
        self.same_sequence_imported_at = ""  # when another bundle with its sequence was
        self._progress = progress
        self._cancel = cancel

    def records_staged(self, bundle: VerifiedBundle) -> None:
        """Decide the merge and, unless this is a dry run, write the records, batch by batch."""
        session = self.writer.session
        info = bundle.info
        # By sender and id: the id is the sender's to choose, so another contact's bundle, or
        # one this vault sent, with the same id is a different bundle, not this one again.
        key = {"sender": info.sender.key_id, "bundle_id": info.bundle_id}
        previous = session.get(ExchangedBundle, key)
        if previous is not None:
            self.already_imported_at = previous.processed_at
            return  # a replay: the report says so, and nothing is written
        check_sequence_jump(session, info.sender, info.sequence)
        self.same_sequence_imported_at = _same_sequence_imported_at(session, bundle)
        meter = Meter(info.records_size, self._progress, self._cancel)
        planner = MergePlanner(
            session,
            info.attachments,
            self.writer.act_types,
            self.writer.actor,
            is_sender_restored=bool(self.same_sequence_imported_at),
            arriving_protected=protected_arriving(session, bundle, meter),
        )
        self.outcome = outcome = Outcome(session)
        applier = None
        if self.store is not None:
            applier = RecordApplier(self.writer, info.sender.key_id, info.bundle_id)
        claims = ClaimsCheck(session, self.writer.actor, was_restored(session))
        self.not_imported = claims.not_imported
        try:
            for batch in _batches(parse_records(_counted_chunks(bundle, meter)), _BATCH):
                decided = planner.decide(batch, meter)
                decided = planner.refuse(decided, claims.check(batch, decided))
                outcome.add([decision for decision, _ in decided])  # before the batch is written
                if applier is not None:
                    applier.write(batch, decided)
            self.plan = planner.finish()
        except MissingReference as exc:
            raise _missing_reference_refusal(session, bundle, exc) from None
        if self.store is not None:
            self.store.wanted = self.plan.attachments_to_store


def _missing_reference_refusal(
    session: Session, bundle: VerifiedBundle, exc: MissingReference
) -> BundleRejected:
    """exc, naming the sender's earlier bundles never imported here (one probably holds the
    record): for a bundle that says what it followed, only those it says were sent here, since
    the sender numbers the bundles to every colleague in one series."""
    info = bundle.info
    name = sender_name(session, info.sender)
    missed = missed_bundles_of(session, bundle)
    if missed is not None:
        return EarlierBundlesMissing(exc, name, missed=missed) if missed else exc
    missing = not_imported(session, info.sender.key_id, info.sequence)
    return EarlierBundlesMissing(exc, name, missing=missing) if missing else exc


def _same_sequence_imported_at(session: Session, bundle: VerifiedBundle) -> str:
    info = bundle.info
    query = select(ExchangedBundle.processed_at).where(
        ExchangedBundle.direction == "received",
        ExchangedBundle.sender == info.sender.key_id,
        ExchangedBundle.sequence == info.sequence,
        ExchangedBundle.bundle_id != info.bundle_id,
    )
    return session.scalar(query.order_by(ExchangedBundle.processed_at).limit(1)) or ""


def _counted_chunks(bundle: VerifiedBundle, meter: Meter) -> Iterator[bytes]:
    for chunk in bundle.records_chunks():
        meter.advance(len(chunk))
        yield chunk


def _batches(records: Iterator[SyncRecord], size: int) -> Iterator[list[SyncRecord]]:
    while batch := list(islice(records, size)):
        yield batch


def _targets_touched(plan: MergePlan) -> list[tuple[str, UUID]]:
    """(kind, id) of what the written records point to, and of the records it deleted."""
    written = [d.incoming for d in plan.decisions if d.action in (Action.INSERT, Action.UPDATE)]
    return [(r.kind, r.id) for r in written if r.deleted] + [
        (target, uid) for r in written if not r.deleted for _, target, uid in r.references
    ]


def _log_import(
    vault: Vault, writer: RecordWriter, bundle: VerifiedBundle, report: ImportReport
) -> None:
    session, info = writer.session, bundle.info
    session.add(
        ExchangedBundle(
            bundle_id=info.bundle_id,
            direction="received",
            sender=info.sender.key_id,
            recipients=list(info.recipients),
            sequence=info.sequence,
            created_at=report.created_at,
            processed_at=utc_now(),
            summary={
                "inserted": report.inserted,
                "updated": report.updated,
                "deleted": report.deleted,
                "unchanged": report.unchanged,
                "older": report.older,
                "conflicts": report.conflicts,
                "settled": len(report.settled),
                "not_imported": len(report.not_imported),
                **_sent_before(vault, bundle),
            },
        )
    )
    contact = session.get(Contact, info.sender.key_id)
    assert contact is not None
    contact.last_sequence_received = max(contact.last_sequence_received, info.sequence)
    writer.audit.append(utc_now(), vault.fingerprint, "import_bundle")


def _sent_before(vault: Vault, bundle: VerifiedBundle) -> dict[str, dict[str, int]]:
    """What the bundle said it followed, kept for later imports from its sender: the latest
    bundle to this vault before it, and that none between the two was (``missed_bundles``)."""
    sent = bundle.info.sent_before_to(vault.fingerprint)
    return {} if sent is None else {"sent_before": sent_before_summary(sent)}


def _check_cancel(cancel: CancelCheck | None) -> None:
    Meter(0, None, cancel).check_cancel()


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    dry_run: bool = False,
    staging_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ImportReport:
    """Verify the bundle at path completely and merge it into the vault in one transaction.

    Raises BundleRejected (nothing changed) for any file that is damaged, forged, not for this
    vault, from a stranger, or holds an invalid record; Cancelled if cancel() turns true before
    the commit. A bundle imported before changes nothing (the report says when). With dry_run
    nothing is written and the report says what would change.
    """
    # Writing the records takes about as long as reading and storing 1 GB of files.
    phases = Phases(progress, (5, 5))
    with (
        vault.read() if dry_run else vault.transaction() as session,
        nullcontext() if dry_run else VaultAttachmentStore(session, vault.path) as store,
    ):
        writer = vault.writer(session)
        merge = _Merge(writer, store, phases.step(1), cancel)
        opened = _open(session, path, merge, staging_dir, phases.step(0), cancel)
        if store is not None:
            store.flush()  # the last file's chunks are in; the session is ours again
        with opened as bundle:
            report = first_report(
                session,
                bundle,
                is_dry_run=dry_run,
                already_imported_at=merge.already_imported_at,
                same_sequence_imported_at=merge.same_sequence_imported_at,
            )
            if report.already_imported_at:  # nothing was written for it
                return report
            assert merge.plan is not None and merge.outcome is not None
            report = counted_report(report, bundle, merge.plan, merge.outcome, merge.not_imported)
            if not dry_run:
                targets = _targets_touched(merge.plan)
                report = replace(report, dangling=tuple(dangling_references(session, targets)))
                _log_import(vault, writer, bundle, report)
            _check_cancel(cancel)  # the last chance: after this the transaction commits
    return report
