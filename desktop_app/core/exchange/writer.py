"""Writing a bundle: the payload of ``format.py``, signed, then encrypted with age."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO
from uuid import UUID

import pyrage

from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.format import (
    CHUNK_BYTES,
    CURRENT,
    LENGTH_BYTES,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_BODY_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_RECIPIENTS,
    MAX_RECORDS_BYTES,
    MAX_SEQUENCE,
    AttachmentEntry,
    BundleInfo,
    SentBefore,
    attachment_name_problem,
    encode_manifest,
    sent_before_problem,
)
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys
from desktop_app.core.exchange.progress import CancelCheck, Meter, ProgressCallback
from desktop_app.core.exchange.streams import RecordingFile
from desktop_app.core.exchange.sync_records import RecordsPart
from desktop_app.core.strict_json import canonical_json


@dataclass(frozen=True)
class AttachmentSource:
    """An attachment to send: what the vault recorded about it, and how to read its bytes."""

    id: UUID
    name: str
    size: int
    sha256: bytes
    open: Callable[[], BinaryIO]  # called once, when its turn comes; closed after


@dataclass(frozen=True)
class _Part:
    """The records part as the manifest describes it and the payload streams it."""

    size: int
    sha256: bytes
    chunks: Callable[[], Iterator[bytes]]


def _in_chunks(data: bytes | bytearray) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), CHUNK_BYTES):
        yield bytes(view[start : start + CHUNK_BYTES])


def _serialize_records(records: Mapping[str, Any] | bytes | bytearray | RecordsPart) -> _Part:
    if isinstance(records, RecordsPart):
        # Built entry by entry by the export, which kept it within the limit.
        part = _Part(records.size, records.sha256, records.chunks)
    elif isinstance(records, bytes | bytearray):
        # Already serialized by the caller, entry by entry (sync_records.encode_records).
        data = records
    elif not isinstance(records, Mapping):
        raise InvalidInput("Bundle records must be a JSON object.")
    else:
        try:
            data = canonical_json(records)
        except (TypeError, ValueError, UnicodeEncodeError):
            raise InvalidInput("The records cannot be written as JSON.") from None
    if not isinstance(records, RecordsPart):
        part = _Part(len(data), hashlib.sha256(data).digest(), lambda: _in_chunks(data))
    if part.size > MAX_RECORDS_BYTES:
        raise InvalidInput("Too many records for one bundle; send them in several bundles.")
    return part


def _check_attachments(attachments: Sequence[AttachmentSource]) -> tuple[AttachmentEntry, ...]:
    if len(attachments) > MAX_ATTACHMENTS:
        raise InvalidInput(f"A bundle carries at most {MAX_ATTACHMENTS} attachments.")
    entries = []
    for source in attachments:
        problem = attachment_name_problem(source.name)
        if problem:
            raise InvalidInput(f"Attachment {source.id} has a file name that {problem}.")
        if not 0 <= source.size <= MAX_ATTACHMENT_BYTES or len(source.sha256) != 32:
            raise InvalidInput(f"Attachment {source.id} has an impossible size or SHA-256.")
        entries.append(AttachmentEntry(source.id, source.name, source.size, source.sha256))
    if len({entry.id for entry in entries}) != len(entries):
        raise InvalidInput("The same attachment is listed twice.")
    return tuple(entries)


def _check_sent_before(
    sent_before: Sequence[SentBefore], key_ids: list[str], sequence: int
) -> tuple[SentBefore, ...]:
    by_key = {entry.key_id: entry for entry in sent_before}
    if sorted(by_key) != key_ids or len(by_key) != len(sent_before):
        raise InvalidInput("The bundle must say what was sent before to each recipient, once.")
    for entry in sent_before:
        problem = sent_before_problem(entry, sequence)
        if problem:
            raise InvalidInput(f"Impossible count of earlier bundles: {problem}.")
    return tuple(by_key[key_id] for key_id in key_ids)


def _describe(
    sender: BundleIdentity,
    recipients: Sequence[ContactKeys],
    sequence: int,
    records: _Part,
    attachments: Sequence[AttachmentSource],
    bundle_id: UUID | None,
    created_at: datetime | None,
    sent_before: Sequence[SentBefore],
) -> BundleInfo:
    key_ids = sorted({recipient.key_id for recipient in recipients})
    if not 1 <= len(key_ids) <= MAX_RECIPIENTS:
        raise InvalidInput(f"A bundle needs 1 to {MAX_RECIPIENTS} recipients.")
    if isinstance(sequence, bool) or not 1 <= sequence <= MAX_SEQUENCE:
        raise InvalidInput("The bundle sequence number is out of range.")
    created_at = created_at or datetime.now(UTC)
    if created_at.tzinfo is None:
        raise InvalidInput("The bundle creation time needs a time zone.")
    info = BundleInfo(
        bundle_id=bundle_id or uuid.uuid4(),
        created_at=created_at.astimezone(UTC).replace(microsecond=0),
        sender=sender.public,
        recipients=tuple(key_ids),
        sequence=sequence,
        records_size=records.size,
        records_sha256=records.sha256,
        attachments=_check_attachments(attachments),
        sent_before=_check_sent_before(sent_before, key_ids, sequence),
    )
    if info.body_size > MAX_BODY_BYTES:
        raise InvalidInput("The attachments are too large for one bundle.")
    return info


def _payload_pieces(
    head: bytes, records: _Part, attachments: Sequence[AttachmentSource]
) -> Iterator[bytes]:
    yield head
    yield from records.chunks()
    for source in attachments:
        digest = hashlib.sha256()
        size = 0
        with source.open() as stream:
            while chunk := stream.read(CHUNK_BYTES):
                size += len(chunk)
                if size > source.size:
                    break
                digest.update(chunk)
                yield bytes(chunk)
        # The signed manifest already promised these bytes; if they differ, stop before age
        # writes its final chunk, so what was written is a file no reader accepts.
        if size != source.size or digest.digest() != source.sha256:
            raise InvalidInput(
                f"Attachment {source.id} no longer matches its recorded size and SHA-256."
            )


class _PayloadSource:
    """The payload as a file-like object for pyrage.encrypt_io to read."""

    def __init__(self, pieces: Iterator[bytes], meter: Meter) -> None:
        self._pieces = pieces
        self._meter = meter
        self._piece = b""
        self._position = 0
        self.error: BaseException | None = None  # pyrage wraps what read() raises; keep it

    def read(self, size: int = -1) -> bytes:
        try:
            while self._position >= len(self._piece):
                self._piece = next(self._pieces, b"")
                self._position = 0
                if not self._piece:
                    return b""
            end = len(self._piece) if size < 0 else self._position + size
            data = self._piece[self._position : end]
            self._position += len(data)
            self._meter.advance(len(data))
            return data
        except BaseException as exc:
            self.error = exc
            raise


def write_bundle(
    out: BinaryIO,
    sender: BundleIdentity,
    recipients: Sequence[ContactKeys],
    sequence: int,
    records: Mapping[str, Any] | bytes | bytearray | RecordsPart,
    attachments: Sequence[AttachmentSource] = (),
    *,
    sent_before: Sequence[SentBefore],
    bundle_id: UUID | None = None,
    created_at: datetime | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> BundleInfo:
    """Write a bundle of the current format version signed by sender and encrypted to
    recipients into out.

    records is a JSON object, the canonical JSON bytes of one, or a finished RecordsPart (so a
    large part can be serialized piece by piece and kept compressed). sent_before, one entry
    per recipient (``sequences.sent_before``), tells each which earlier bundles to it went
    astray.

    Raises InvalidInput for arguments a bundle cannot carry (before writing anything) and
    Cancelled if cancel() turns true. After any error out holds a partial file that every
    reader rejects: write to a temp name and rename on success.
    """
    records_json = _serialize_records(records)
    info = _describe(
        sender,
        recipients,
        sequence,
        records_json,
        attachments,
        bundle_id,
        created_at,
        sent_before,
    )
    manifest = encode_manifest(info)
    if len(manifest) > MAX_MANIFEST_BYTES:
        raise InvalidInput("Too many attachments for one bundle; send them in several bundles.")
    header = CURRENT.magic + len(manifest).to_bytes(LENGTH_BYTES, "big") + manifest
    head = header + sender.sign(CURRENT.signed_message(header))
    meter = Meter(len(head) + info.body_size, progress, cancel)
    meter.check_cancel()
    source = _PayloadSource(_payload_pieces(head, records_json, attachments), meter)
    # Also to the sender (the format allows it), so that this vault can tell its own bundle
    # from one not addressed to it.
    unique = {recipient.key_id: recipient for recipient in [*recipients, sender.public]}
    age_recipients = [recipient.age_recipient_key() for recipient in unique.values()]
    output = RecordingFile(out)
    try:
        pyrage.encrypt_io(source, output, age_recipients)
    except BaseException:
        # pyrage flattens what our reader or writer raised into EncryptError; raise the original
        # (InvalidInput, Cancelled, or the OSError of a full disk) instead.
        original = source.error or output.error
        if original is not None:
            raise original from None
        raise
    out.flush()
    return info
