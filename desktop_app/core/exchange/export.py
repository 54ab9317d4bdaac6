"""``sandiq bundle export``: chosen cases, or every change since the last bundle, to contacts.

The records are read in one snapshot, serialized entry by entry, and streamed with the
attachments (straight from the vault's chunks, read ahead on a helper thread: ``prefetch``)
through ``write_bundle`` into a temp file that replaces the target only when complete. Only
after the file is on disk does the vault record the bundle (sequence number, and for
``since_last`` how far each recipient is now served), in a short transaction, so a failed
export leaves no trace and a later one sends the same changes.

A since-last bundle to a colleague whose vault went back (restored from a backup) carries
everything again, once; a restored vault writes one to each colleague even with nothing new,
so that they learn it (``after_restore``).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast
from uuid import UUID

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.engine import CACHE_KIB
from db.exchange_state import Contact, ExchangedBundle
from db.models import Attachment
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.dates import utc_now
from desktop_app.core.disk_space import ensure_free_space
from desktop_app.core.errors import InvalidInput, SandiqError
from desktop_app.core.exchange.after_restore import (
    RESENT_EVERYTHING,
    needs_everything_again,
    owes_word_of_restore,
    resent_everything_note,
)
from desktop_app.core.exchange.contacts import contact_keys, vault_identity
from desktop_app.core.exchange.export_plan import find_recipients
from desktop_app.core.exchange.format import attachment_name_problem
from desktop_app.core.exchange.packing import (
    FORMAT_LIMITS,
    BundleLimits,
    pack_cases,
    pack_changes,
)
from desktop_app.core.exchange.prefetch import ChunkPrefetcher
from desktop_app.core.exchange.progress import CancelCheck, Meter, Phases, ProgressCallback
from desktop_app.core.exchange.selection import audit_head, changed_since, select_cases
from desktop_app.core.exchange.sequences import sent_before
from desktop_app.core.exchange.writer import AttachmentSource, write_bundle
from desktop_app.core.fileio import write_atomically_with
from desktop_app.core.leftovers import ledger_of

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

_EXPORT_CACHE_KIB = 1024
_LARGE_EXPORT_RECORDS = 50_000


class ExportFailed(SandiqError):
    """The bundle file could not be written (disk full, no permission); nothing was recorded."""


@dataclass(frozen=True)
class ExportReport:
    """What a bundle export wrote (or that there was nothing to write)."""

    path: Path | None  # None: nothing had changed, no file written
    bundle_id: UUID | None
    sequence: int | None  # None: nothing written, so no number used
    recipients: tuple[str, ...]  # display names
    records: dict[str, int] = field(default_factory=dict)  # kind -> count
    deletions: int = 0
    attachments: int = 0
    attachment_bytes: int = 0
    # A since-last export too large for one bundle carries the oldest changes that fit: how
    # many changed records there were, and when the last change it carries was made.
    changed_records: int = 0
    carried_up_to: str | None = None  # None: it carries every change
    # Protected people it carries, under their real names (the recipients' vaults keep them
    # protected): a user who ticked "Protected" is told so.
    protected_people: int = 0

    @property
    def record_count(self) -> int:
        """All records, of every kind."""
        return sum(self.records.values())


class _ChunkReader(io.RawIOBase):
    """An attachment's bytes as a readable file, straight from the vault's chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill buffer from the current chunk; 0 at the end."""
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _attachment_source(attachment: Attachment, prefetch: ChunkPrefetcher) -> AttachmentSource:
    problem = attachment_name_problem(attachment.file_name)
    if problem:
        raise InvalidInput(
            f"Attachment {attachment.id} has a file name that {problem}; it cannot be sent."
        )
    attachment_id = attachment.id
    prefetch.add(attachment_id)
    return AttachmentSource(
        id=attachment_id,
        name=attachment.file_name,
        size=attachment.size,
        sha256=bytes.fromhex(attachment.sha256),
        open=lambda: cast(BinaryIO, _ChunkReader(prefetch.chunks(attachment_id))),
    )


@contextmanager
def _page_cache_for(session: Session, records: int) -> Iterator[None]:
    """The session's connection with a 1 MiB page cache while a large export is packed."""
    # Each record is read once, so the usual 32 MB cache only holds memory: a split export of
    # a 100,000-testimony vault reached 230 MB with it. Smaller exports keep it (measured a
    # little faster with it, and far from the limit either way).
    if records < _LARGE_EXPORT_RECORDS:
        yield
        return
    session.execute(text(f"PRAGMA cache_size = -{_EXPORT_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))


def _change_time(session: Session, position: int) -> str:
    """When the change at audit position (or the last one before it) was made."""
    query = select(AuditEntry.at).where(AuditEntry.seq <= position)
    return session.scalar(query.order_by(AuditEntry.seq.desc()).limit(1)) or ""


def _since_last_marks(contacts: Sequence[Contact], is_everything: bool) -> tuple[int, int]:
    """The audit positions after which a since-last bundle to contacts carries changed records
    and attachments: those of the contact served least far, or 0 (everything)."""
    if is_everything:
        return 0, 0
    return (
        min(c.records_sent_through for c in contacts),
        min(c.attachments_sent_through for c in contacts),
    )


def _record_export(
    vault: Vault,
    report: ExportReport,
    recipients: Sequence[str],
    since_last_through: int | None,
    include_attachments: bool,
    resent_everything: dict[str, str],
) -> None:
    """Log the bundle written, and how far since-last serves its recipients now: a recipient
    sent everything again is served up to this bundle only (it may carry less than before,
    if split), and its files from the start if the bundle left them out."""
    summary: dict[str, object] = {"records": report.record_count, "attachments": report.attachments}
    if resent_everything:
        summary[RESENT_EVERYTHING] = resent_everything
    with vault.transaction() as session:
        session.add(
            ExchangedBundle(
                bundle_id=report.bundle_id,
                direction="sent",
                sender=vault.fingerprint,
                recipients=list(recipients),
                sequence=report.sequence,
                created_at=utc_now(),
                processed_at=utc_now(),
                summary=summary,
            )
        )
        if since_last_through is not None:
            for key_id in recipients:
                contact = session.get(Contact, key_id)
                assert contact is not None
                if key_id in resent_everything:
                    contact.records_sent_through = since_last_through
                    contact.attachments_sent_through = (
                        since_last_through if include_attachments else 0
                    )
                    continue
                contact.records_sent_through = max(contact.records_sent_through, since_last_through)
                if include_attachments:
                    contact.attachments_sent_through = max(
                        contact.attachments_sent_through, since_last_through
                    )
        vault.writer(session).audit.append(utc_now(), vault.fingerprint, "export_bundle")


def export_bundle(
    vault: Vault,
    out: Path,
    recipients: Sequence[str],
    *,
    case_references: Sequence[str] = (),
    since_last: bool = False,
    include_attachments: bool = True,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    limits: BundleLimits = FORMAT_LIMITS,
) -> ExportReport:
    """Write a bundle of the chosen cases (or of every change since the last bundle to these
    recipients; of everything, once, to one whose vault went back to a backup) to out,
    encrypted to the named contacts and signed by this vault.

    Raises InvalidInput or RecordNotFound before writing anything (also when the cases exceed
    one bundle's limits), Cancelled or ExportFailed with no file left behind and nothing
    recorded. With since_last and nothing changed, writes no file and returns a report whose
    path is None (unless this vault was restored since its last bundle to one of them); with
    more changes than one bundle carries, writes the oldest that fit and serves the recipients
    only up to them (the report's carried_up_to says when).
    """
    if bool(case_references) == since_last:
        raise InvalidInput(
            "Choose either cases (by reference) or everything since the last bundle."
        )
    if out.exists() and not overwrite:
        raise InvalidInput(f"{out} already exists; choose another file name.")
    phases = Phases(progress, (1, 9))
    meter = Meter(0, None, cancel)
    with vault.read() as session, ChunkPrefetcher(vault) as prefetch:
        contacts = find_recipients(session, recipients)
        head = audit_head(session)
        names = tuple(c.display_name for c in contacts)
        through: int | None = None
        resent_everything: dict[str, str] = {}
        if since_last:
            again = [c.key_id for c in contacts if needs_everything_again(session, c.key_id)]
            resent_everything = resent_everything_note(session, again)
            records_after, attachments_after = _since_last_marks(contacts, bool(again))
            changed = changed_since(
                session,
                records_after,
                attachments_after if include_attachments else None,
                head,
            )
            is_empty = not changed and not owes_word_of_restore(session, contacts)
        else:
            selection = select_cases(session, case_references, include_attachments)
            is_empty = not any(selection.values())
        if is_empty:
            return ExportReport(path=None, bundle_id=None, sequence=None, recipients=names)
        if since_last:
            with _page_cache_for(session, len(changed)):
                packed, through = pack_changes(session, changed, limits, phases.step(0), meter)
            carried_up_to = None if through is None else _change_time(session, through)
            changed_records = len(changed)
            del changed  # not held while the bundle is written
        else:
            with _page_cache_for(session, sum(map(len, selection.values()))):
                packed = pack_cases(session, selection, limits, phases.step(0), meter)
            carried_up_to, changed_records = None, 0
        sources = [_attachment_source(a, prefetch) for a in packed.attachments]
        sequence = 1 + (
            session.scalar(
                select(func.max(ExchangedBundle.sequence)).where(
                    ExchangedBundle.direction == "sent"
                )
            )
            or 0
        )
        keys = [contact_keys(c) for c in contacts]
        key_ids = [c.key_id for c in contacts]
        me = vault_identity(session)
        sent = sent_before(session, key_ids)
        report: list[ExportReport] = []

        def write(file: BinaryIO) -> None:
            info = write_bundle(
                file,
                me,
                keys,
                sequence,
                packed.part,
                sources,
                sent_before=sent,
                progress=phases.step(1),
                cancel=cancel,
            )
            file.flush()
            os.fsync(file.fileno())
            done = ExportReport(
                path=out,
                bundle_id=info.bundle_id,
                sequence=sequence,
                recipients=names,
                records=packed.counts,
                deletions=packed.deletions,
                attachments=len(sources),
                attachment_bytes=sum(s.size for s in sources),
                changed_records=changed_records,
                carried_up_to=carried_up_to,
                protected_people=packed.protected_people,
            )
            report.append(done)

        # The attachments at least: the records part's compressed size is known only once written.
        ensure_free_space(out.parent, sum(s.size for s in sources), "this bundle")
        try:
            write_atomically_with(out, write, ledger=ledger_of(vault))
        except OSError as exc:
            raise ExportFailed(
                f"Could not write {out}: {exc.strerror or exc}; nothing was recorded as sent."
            ) from exc
        # Recorded once the file is in place: recorded first, a failed rename left changes
        # marked as sent that no colleague would ever get. A failed record removes the file;
        # a crash between the two leaves a bundle whose changes the next one carries again,
        # which importing twice merges as unchanged.
        try:
            served_through = (head if through is None else through) if since_last else None
            _record_export(
                vault, report[0], key_ids, served_through, include_attachments, resent_everything
            )
        except BaseException:
            out.unlink(missing_ok=True)
            raise
    return report[0]
