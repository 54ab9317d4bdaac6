"""The decrypted payload of a bundle, checked as age releases it, before any of it is used.

age hands the reader the plaintext in pieces of any size. ``PayloadSink`` takes them in order:
our magic, the manifest's length, the manifest and the sender's signature (kept in memory,
each checked as soon as it is complete), then the body, hashed part by part, its records part
staged encrypted and each attachment's bytes passed to the caller's store. The file around it
and age itself are ``reader``'s; the order and the reasons of the checks are in
``docs/bundle-format.md``.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.format import (
    LENGTH_BYTES,
    MAGIC_BYTES,
    MAX_MANIFEST_BYTES,
    SIGNATURE_BYTES,
    VERSION_1,
    VERSIONS,
    AttachmentEntry,
    BundleInfo,
    parse_manifest,
)
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys
from desktop_app.core.exchange.open_refusals import (
    ABSURD_LENGTH,
    ATTACHMENT_MISMATCH,
    BAD_SIGNATURE,
    ENDS_EARLY,
    EXTRA_DATA,
    FORWARDED,
    NEWER_VERSION,
    NO_SPACE,
    NOT_A_BUNDLE,
    RECORDS_MISMATCH,
    STAGING_FAILED,
    TOO_LARGE_FOR_FILE,
    OwnBundle,
    UnknownSender,
    staging_reason,
)
from desktop_app.core.exchange.staging import StagingArea, StagingFailed, StagingWriter
from desktop_app.core.exchange.verified import VerifiedBundle

if TYPE_CHECKING:
    # A type only (imported at run time it would be a cycle): a store's contract is part of
    # open_bundle's, in reader.
    from desktop_app.core.exchange.reader import AttachmentStore


# Every magic of this shape that is not in VERSIONS is a later version's (the spec reserves them).
_VERSION_MAGIC = re.compile(rb"sandiq-bundle/v[1-9]\n")
# age adds 16 bytes per 64 KiB chunk to the staging file; keep some room besides.
_STAGING_MARGIN_BYTES = 16 * 1024 * 1024


class _Stage(enum.Enum):
    """Where in the payload the next decrypted byte belongs."""

    MAGIC = enum.auto()
    LENGTH = enum.auto()
    MANIFEST = enum.auto()  # the manifest and the signature after it
    BODY = enum.auto()  # records and attachments, staged
    DONE = enum.auto()


class PayloadSink:
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
        refused_senders: Collection[str] = frozenset(),
    ) -> None:
        self._me = me
        self._contacts = contacts
        self._require_known_sender = require_known_sender
        self._refused_senders = refused_senders
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
        self._head_size = MAGIC_BYTES  # how much of it the current stage needs
        self._version = VERSION_1  # until the magic says
        self._entries: tuple[AttachmentEntry, ...] = ()
        self._part = -1  # 0: the records; i > 0: attachment i - 1
        self._remaining = 0
        self._digest = hashlib.sha256()
        self._writer: StagingWriter | None = None

    def write(self, data: bytes) -> int:
        """Take the next decrypted bytes, all of them, or raise what refuses the bundle."""
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
            version = VERSIONS.get(bytes(self._head))
            if version is None:
                newer = _VERSION_MAGIC.fullmatch(self._head)
                raise BundleRejected(NEWER_VERSION if newer else NOT_A_BUNDLE)
            self._version = version
            self._stage, self._head_size = _Stage.LENGTH, MAGIC_BYTES + LENGTH_BYTES
        elif self._stage is _Stage.LENGTH:
            length = int.from_bytes(self._head[MAGIC_BYTES:], "big")
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
        info = parse_manifest(header[MAGIC_BYTES + LENGTH_BYTES :], self._version)
        if not info.sender.has_signed(self._version.signed_message(header), signature):
            raise BundleRejected(BAD_SIGNATURE)
        contact = self._contacts.get(info.sender.key_id)
        # A writer encrypts to itself too; a vault is no contact of its own.
        if info.sender.key_id == self._me.key_id and contact is None:
            raise OwnBundle(tuple(r for r in info.recipients if r != self._me.key_id))
        # age let us decrypt, but only the signed list says the sender meant us: a recipient
        # could re-encrypt a bundle to someone else.
        if self._me.key_id not in info.recipients:
            raise BundleRejected(FORWARDED)
        is_refused = self._require_known_sender or info.sender.key_id in self._refused_senders
        if contact is None and is_refused:
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
            raise BundleRejected(STAGING_FAILED.format(staging_reason(exc))) from exc
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
