"""Opening a bundle: decrypt it, check every byte, and expose nothing before all of it is checked.

Order of checks, each before the next step (the spec gives the reasons): the age header's size,
then age itself (is it for us, is each chunk intact), then our magic, the manifest length, the
manifest, the sender's signature, that we are a signed recipient, that the sender is a contact,
that the declared sizes fit the file and the disk; then the body is hashed part by part, and the
stream must end exactly where the manifest says. The records part is staged in an encrypted
file (``staging``); attachment bytes go to the caller's ``AttachmentStore`` as they arrive - the
vault importer writes them into its still-open transaction, so the vault itself is their
encrypted staging area and a gigabyte of files is decrypted and written once, not three times.
``open_bundle`` returns only after all of that: a store must treat what it received as
provisional (the importer rolls its transaction back) until then.
"""

from __future__ import annotations

import enum
import hashlib
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, Protocol

import pyrage

from desktop_app.core.errors import BundleRejected, SandiqError
from desktop_app.core.exchange.format import (
    LENGTH_BYTES,
    MAGIC,
    MAX_AGE_HEADER_BYTES,
    MAX_MANIFEST_BYTES,
    SIGNATURE_BYTES,
    AttachmentEntry,
    BundleInfo,
    parse_manifest,
    signed_message,
)
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys
from desktop_app.core.exchange.progress import CancelCheck, Meter, ProgressCallback
from desktop_app.core.exchange.staging import StagingArea, StagingFailed, StagingWriter
from desktop_app.core.exchange.verified import VerifiedBundle

_AGE_MAGIC = b"age-encryption.org/v1\n"
_LATER_MAGIC = re.compile(rb"sandiq-bundle/v[2-9]\n")
_AGE_HEADER_END = b"\n--- "
# age adds 16 bytes per 64 KiB chunk to the staging file; keep some room besides.
_STAGING_MARGIN_BYTES = 16 * 1024 * 1024

NOT_A_BUNDLE = "This file is not a Sandiq bundle, or its header is damaged."
HEADER_TOO_LARGE = "This file's encryption header is too large for a Sandiq bundle."
NOT_FOR_ME = "This bundle is not addressed to this vault, or its header was altered."
DAMAGED = "This bundle is damaged or incomplete: part of it failed its integrity check."
NEWER_VERSION = "This bundle was made by a newer version of Sandiq; update Sandiq to open it."
ABSURD_LENGTH = "This bundle declares an impossible manifest length."
BAD_SIGNATURE = "The sender's signature on this bundle is not valid."
FORWARDED = "This bundle was signed for other recipients, not for this vault."
UNKNOWN_SENDER = "This bundle comes from an unknown sender (fingerprint {}); add the contact first."
TOO_LARGE_FOR_FILE = "This bundle declares more content than the file holds."
RECORDS_MISMATCH = "The records in this bundle do not match its manifest."
ATTACHMENT_MISMATCH = "Attachment {} in this bundle does not match its recorded SHA-256."
ENDS_EARLY = "This bundle ends before all of its declared content."
EXTRA_DATA = "This bundle has unexpected data after its last attachment."
NO_SPACE = "Not enough free disk space to check this bundle (about {} MB needed)."
READ_FAILED = "Could not read the bundle file: {}."
STAGING_FAILED = "Could not keep the encrypted working copy of the bundle: {}."


class AttachmentStore(Protocol):
    """Where open_bundle hands each attachment's bytes as age releases them, in manifest order.

    Nothing a store receives is verified until open_bundle returns: the part's SHA-256 is
    checked before ``end`` and the stream's completeness at the very end, so a store keeps what
    it received somewhere it can discard (an uncommitted transaction) and discards it when
    open_bundle raises.
    """

    def begin(self, entry: AttachmentEntry) -> bool:
        """A new attachment starts; True to receive its bytes, False to have them skipped."""
        ...

    def write(self, data: memoryview) -> None:
        """The next bytes of the current attachment."""
        ...

    def end(self, entry: AttachmentEntry) -> None:
        """The current attachment is complete and matched its SHA-256."""
        ...


class UnknownSender(BundleRejected):
    """The bundle is signed by keys that are no contact of ours; ``sender`` holds them."""

    def __init__(self, sender: ContactKeys) -> None:
        super().__init__(UNKNOWN_SENDER.format(sender.fingerprint))
        self.sender = sender


class OwnBundle(BundleRejected):
    """The bundle was written by this vault; ``recipients`` holds the key ids it is for."""

    def __init__(self, recipients: tuple[str, ...]) -> None:
        super().__init__("This bundle was made by this vault.")
        self.recipients = recipients


class _Stage(enum.Enum):
    """Where in the payload the next decrypted byte belongs."""

    MAGIC = enum.auto()
    LENGTH = enum.auto()
    MANIFEST = enum.auto()  # the manifest and the signature after it
    BODY = enum.auto()  # records and attachments, staged
    DONE = enum.auto()


class _BundleFile:
    """The bundle file as pyrage reads it: its age header checked first, bytes counted."""

    def __init__(self, stream: BinaryIO, meter: Meter) -> None:
        self._stream = stream
        self._meter = meter
        self.error: BaseException | None = None  # pyrage may wrap what read() raises
        self._head = self._read_age_header()
        self._position = 0

    def _read_age_header(self) -> bytes:
        # age's header parser slows down quadratically with header size (seconds at 256 KiB),
        # so a hostile header must be refused before pyrage sees it. Ours are under 8 KiB.
        try:
            head = self._stream.read(MAX_AGE_HEADER_BYTES)
        except OSError as exc:
            raise BundleRejected(READ_FAILED.format(exc.strerror or "I/O error")) from exc
        if not head.startswith(_AGE_MAGIC):
            raise BundleRejected(NOT_A_BUNDLE)
        end = head.find(_AGE_HEADER_END)
        if end < 0 or head.find(b"\n", end + len(_AGE_HEADER_END)) < 0:
            raise BundleRejected(HEADER_TOO_LARGE)
        return head

    def read(self, size: int = -1) -> bytes:
        try:
            if self._position < len(self._head):
                end = len(self._head) if size < 0 else self._position + size
                data = self._head[self._position : end]
                self._position += len(data)
            else:
                data = self._stream.read(size)
            self._meter.advance(len(data))
            return data
        except BaseException as exc:
            self.error = exc
            raise


class _PayloadSink:
    """Receives the decrypted payload from pyrage, checks it as it comes, stages the body."""

    def __init__(
        self,
        me: BundleIdentity,
        contacts: dict[str, ContactKeys],
        require_known_sender: bool,
        file_size: int,
        staging: StagingArea,
        store: AttachmentStore | None,
        on_records: Callable[[VerifiedBundle], None] | None,
    ) -> None:
        self._me = me
        self._contacts = contacts
        self._require_known_sender = require_known_sender
        self._file_size = file_size
        self._staging = staging
        self._store = store
        self._on_records = on_records
        self.bundle: VerifiedBundle | None = None  # once the records part is staged
        self._is_storing = False  # the store takes the current attachment's bytes
        self.error: BaseException | None = None  # pyrage may wrap what write() raises
        self.info: BundleInfo | None = None
        self.sender: ContactKeys | None = None
        self._stage = _Stage.MAGIC
        self._head = bytearray()  # magic, length, manifest and signature, as they arrive
        self._head_size = len(MAGIC)  # how much of it the current stage needs
        self._entries: tuple[AttachmentEntry, ...] = ()
        self._part = -1  # 0: the records; i > 0: attachment i - 1
        self._remaining = 0
        self._digest = hashlib.sha256()
        self._writer: StagingWriter | None = None

    def write(self, data: bytes) -> int:
        if self.error is not None:  # pyrage may try again after a failed write: keep the cause
            raise self.error
        try:
            view = memoryview(data)
            while view:
                view = self._take(view)
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: pyrage may call it on any writer."""

    def _take(self, view: memoryview) -> memoryview:
        if self._stage is _Stage.DONE:
            raise BundleRejected(EXTRA_DATA)
        if self._stage is _Stage.BODY:
            return self._take_body(view)
        wanted = self._head_size - len(self._head)
        self._head += view[:wanted]
        if len(self._head) == self._head_size:
            self._head_field_complete()
        return view[wanted:]

    def _head_field_complete(self) -> None:
        if self._stage is _Stage.MAGIC:
            if self._head != MAGIC:
                newer = _LATER_MAGIC.fullmatch(self._head)
                raise BundleRejected(NEWER_VERSION if newer else NOT_A_BUNDLE)
            self._stage, self._head_size = _Stage.LENGTH, len(MAGIC) + LENGTH_BYTES
        elif self._stage is _Stage.LENGTH:
            length = int.from_bytes(self._head[len(MAGIC) :], "big")
            # Checked before a byte of the manifest is buffered.
            if not 1 <= length <= min(MAX_MANIFEST_BYTES, self._file_size):
                raise BundleRejected(ABSURD_LENGTH)
            self._stage, self._head_size = (
                _Stage.MANIFEST,
                self._head_size + length + SIGNATURE_BYTES,
            )
        else:
            self._accept_head(bytes(self._head))
            self._head = bytearray()

    def _accept_head(self, head: bytes) -> None:
        header, signature = head[:-SIGNATURE_BYTES], head[-SIGNATURE_BYTES:]
        info = parse_manifest(header[len(MAGIC) + LENGTH_BYTES :])
        if not info.sender.has_signed(signed_message(header), signature):
            raise BundleRejected(BAD_SIGNATURE)
        contact = self._contacts.get(info.sender.key_id)
        # A writer encrypts to itself too; a vault is no contact of its own.
        if info.sender.key_id == self._me.key_id and contact is None:
            raise OwnBundle(tuple(r for r in info.recipients if r != self._me.key_id))
        # age let us decrypt, but only the signed list says the sender meant us: a recipient
        # could re-encrypt a bundle to someone else.
        if self._me.key_id not in info.recipients:
            raise BundleRejected(FORWARDED)
        if contact is None and self._require_known_sender:
            raise UnknownSender(info.sender)
        if len(head) + info.body_size > self._file_size:
            raise BundleRejected(TOO_LARGE_FOR_FILE)
        needed = info.records_size + info.records_size // 4096 + _STAGING_MARGIN_BYTES
        if self._staging.free_bytes() < needed:
            raise BundleRejected(NO_SPACE.format(needed // 1_000_000 + 1))
        self.info, self.sender = info, contact or info.sender
        self._entries = info.attachments
        self._writer = self._staging.writer()
        self._stage = _Stage.BODY
        self._next_part()

    def _expected(self) -> tuple[int, bytes]:
        """The size and SHA-256 of the current part."""
        assert self.info is not None
        if self._part == 0:
            return self.info.records_size, self.info.records_sha256
        entry = self._entries[self._part - 1]
        return entry.size, entry.sha256

    def _next_part(self) -> None:
        """Start the next part, completing empty ones on the way."""
        while True:
            self._part += 1
            if self._part > len(self._entries):
                self._stage = _Stage.DONE
                return
            self._remaining, _ = self._expected()
            self._digest = hashlib.sha256()
            if self._part > 0:
                entry = self._entries[self._part - 1]
                self._is_storing = self._store is not None and self._store.begin(entry)
            if self._remaining:
                return
            self._end_part()

    def _end_part(self) -> None:
        _, expected = self._expected()
        if self._digest.digest() != expected:
            if self._part == 0:
                raise BundleRejected(RECORDS_MISMATCH)
            raise BundleRejected(ATTACHMENT_MISMATCH.format(self._entries[self._part - 1].id))
        if self._part == 0:
            self._finish_records()
        elif self._is_storing:
            assert self._store is not None
            self._store.end(self._entries[self._part - 1])

    def _finish_records(self) -> None:
        assert self._writer is not None and self.info is not None and self.sender is not None
        writer, self._writer = self._writer, None
        try:
            writer.finish()
        except StagingFailed as exc:
            raise BundleRejected(STAGING_FAILED.format(_reason(exc))) from exc
        is_known = self.sender.key_id in self._contacts
        self.bundle = VerifiedBundle(self.info, self.sender, is_known, self._staging)
        if self._on_records is not None:
            self._on_records(self.bundle)

    def _take_body(self, view: memoryview) -> memoryview:
        piece = view[: self._remaining]
        self._digest.update(piece)
        if self._part == 0:
            assert self._writer is not None
            self._writer.write(piece)
        elif self._is_storing:
            assert self._store is not None
            self._store.write(piece)
        self._remaining -= len(piece)
        if not self._remaining:
            self._end_part()
            self._next_part()
        return view[len(piece) :]

    def finish(self) -> None:
        """After age authenticated the whole stream: the payload must be complete."""
        if self._stage is not _Stage.DONE:
            self.abort()
            raise BundleRejected(ENDS_EARLY)

    def abort(self) -> None:
        """Stop staging after a failure."""
        if self._writer is not None:
            self._writer.abort()


def _reason(exc: BaseException) -> str:
    cause = exc.__cause__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return "the disk may be full or the file was removed"


def _rejection(exc: BaseException, source: _BundleFile, sink: _PayloadSink) -> BaseException:
    """The error to raise for exc: ours if we raised it inside pyrage, else a rejection."""
    for error in (sink.error, source.error):
        if isinstance(error, SandiqError):  # BundleRejected, Cancelled
            return error
        if isinstance(error, StagingFailed):
            return BundleRejected(STAGING_FAILED.format(_reason(error)))
        if isinstance(error, OSError):
            return BundleRejected(READ_FAILED.format(error.strerror or "I/O error"))
        if error is not None:
            return error  # a bug of ours: keep its traceback
    if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError):
        return exc
    if isinstance(exc, pyrage.DecryptError) and "No matching keys" in str(exc):
        return BundleRejected(NOT_FOR_ME)
    if isinstance(exc, pyrage.DecryptError):
        return BundleRejected(NOT_A_BUNDLE)
    # pyrage reports a chunk that fails authentication, or a missing last chunk, as OSError.
    return BundleRejected(DAMAGED)


def open_bundle(
    path: Path,
    me: BundleIdentity,
    known_contacts: Iterable[ContactKeys],
    *,
    require_known_sender: bool = True,
    staging_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    store: AttachmentStore | None = None,
    on_records: Callable[[VerifiedBundle], None] | None = None,
) -> VerifiedBundle:
    """Decrypt and verify the bundle at path completely, or raise BundleRejected.

    Nothing of the bundle is returned before every check has passed; its records wait in an
    encrypted staging file that the returned object deletes on close. Attachment bytes go to
    store as they arrive (checked and dropped without one); see ``AttachmentStore``.
    on_records, if given, gets the bundle as soon as its records part is staged and matched its
    hash, before the attachments arrive (the importer plans its merge and writes the records
    there); like a store, it must keep whatever it does with them discardable until
    open_bundle returns, and open_bundle closes that bundle if it then fails. With
    require_known_sender=False a bundle from a stranger opens for inspection only (its
    signature is still checked; ``is_sender_known`` is False). Raises Cancelled if cancel()
    turns true. Leaves no file behind on any error.
    """
    contacts = {contact.key_id: contact for contact in known_contacts}
    staging = StagingArea(staging_dir)
    sink: _PayloadSink | None = None
    try:
        try:
            stream = open(path, "rb")  # noqa: SIM115  (closed below, before staging is kept)
        except OSError as exc:
            raise BundleRejected(READ_FAILED.format(exc.strerror or "I/O error")) from exc
        with stream:
            file_size = os.fstat(stream.fileno()).st_size
            meter = Meter(file_size, progress, cancel)
            meter.check_cancel()
            source = _BundleFile(stream, meter)
            sink = _PayloadSink(
                me, contacts, require_known_sender, file_size, staging, store, on_records
            )
            try:
                pyrage.decrypt_io(source, sink, [me.age_identity()])
            except BaseException as exc:
                sink.abort()
                error = _rejection(exc, source, sink)
                if error is exc:
                    raise
                raise error from exc
            sink.finish()
        assert sink.bundle is not None
        return sink.bundle
    except BaseException:
        if sink is not None and sink.bundle is not None:
            sink.bundle.close()
        staging.remove()
        raise
