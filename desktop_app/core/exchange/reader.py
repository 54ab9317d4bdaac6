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

This module is the file and age around the payload; the checks on what age decrypts are
``payload``'s, and the sentence of each refusal is ``open_refusals``'.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import BinaryIO, Protocol

import pyrage

from desktop_app.core.errors import BundleRejected, SandiqError
from desktop_app.core.exchange.format import MAX_AGE_HEADER_BYTES, AttachmentEntry
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys
from desktop_app.core.exchange.open_refusals import (
    DAMAGED,
    HEADER_TOO_LARGE,
    NOT_A_BUNDLE,
    NOT_FOR_ME,
    READ_FAILED,
    STAGING_FAILED,
    staging_reason,
)
from desktop_app.core.exchange.payload import PayloadSink
from desktop_app.core.exchange.progress import CancelCheck, Meter, ProgressCallback
from desktop_app.core.exchange.staging import StagingArea, StagingFailed
from desktop_app.core.exchange.verified import VerifiedBundle

_AGE_MAGIC = b"age-encryption.org/v1\n"
_AGE_HEADER_END = b"\n--- "


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


def _rejection(exc: BaseException, source: _BundleFile, sink: PayloadSink) -> BaseException:
    """The error to raise for exc: ours if we raised it inside pyrage, else a rejection."""
    for error in (sink.error, source.error):
        if isinstance(error, SandiqError):  # BundleRejected, Cancelled
            return error
        if isinstance(error, StagingFailed):
            return BundleRejected(STAGING_FAILED.format(staging_reason(error)))
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
    refused_senders: Collection[str] = frozenset(),
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
    signature is still checked; ``is_sender_known`` is False), unless its sender's key id is
    among refused_senders (contacts the vault removed): that is refused as unknown. Raises
    Cancelled if cancel() turns true. Leaves no file behind on any error.
    """
    contacts = {contact.key_id: contact for contact in known_contacts}
    staging = StagingArea(staging_dir)
    sink: PayloadSink | None = None
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
            sink = PayloadSink(
                me,
                contacts,
                require_known_sender,
                file_size,
                staging,
                store,
                on_records,
                refused_senders,
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
