"""The records part of a bundle: every record with the bookkeeping a merge needs.

Its bytes are canonical JSON (``strict_json.canonical_json``) of::

    {"format": "sandiq-records", "records": [entry, ...], "version": 1}

where each entry is one record: its kind, its content in the interchange shape of
``docs/json-format.md``, its tombstone flag, its version vector and who made and last changed it.
Writers emit entries in foreign-key order (cases first, attachments last). The part is written
and read one entry at a time, so the interpreter lock is never held for the whole part (a GUI
must keep repainting while a 10,000-testimony bundle is processed on a worker thread).
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any
from uuid import UUID

from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.clock import Clock
from desktop_app.core.exchange.format import (
    CHUNK_BYTES,
    MAX_SEQUENCE,
)
from desktop_app.core.one_line_text import tidied_from_bundle
from desktop_app.core.record_validation import with_article
from desktop_app.core.strict_json import canonical_json, strict_decoder

RECORDS_FORMAT = "sandiq-records"
RECORDS_VERSION = 1
KIND_ORDER = ("case", "person", "case_party", "testimony", "event", "attachment")
_PREFIX = '{"format":"sandiq-records","records":['
_SUFFIX = '],"version":1}'
_ENTRY_KEYS = {
    "clock",
    "content",
    "created_at",
    "created_by",
    "deleted",
    "kind",
    "updated_at",
    "updated_by",
}
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
MAX_CLOCK_ENTRIES = 10_000  # vaults that ever edited one record; far above any real team
# A record's created_at and updated_at, as dates.utc_now writes them (ASCII digits only).
_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
# A UUID exactly as str(UUID(...)) writes it: lower-case hex digits in groups of 8-4-4-4-12.
_LOWER_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_READ_BYTES = 256 * 1024
# A part stays uncompressed up to this size (the bench's 10,000 testimonies: 35 MB).
RAW_BYTES = 48 * 1024 * 1024
_COMPRESS_BYTES = 256 * 1024  # a compressing run is handed to zlib in pieces this large

INVALID = "This bundle's records are malformed: {}."


@dataclass(frozen=True)
class SyncRecord:
    """One record as a bundle carries it."""

    kind: str
    content: dict[str, Any]
    deleted: bool
    clock: Clock
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str

    @cached_property
    def id(self) -> UUID:
        """The record's id (checked to be a UUID when the entry was read)."""
        # Parsed once: an import asks for it about six times per record.
        return UUID(self.content["id"])

    def to_json(self) -> dict[str, Any]:
        """The entry as the records part holds it."""
        return {
            "clock": self.clock,
            "content": self.content,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "deleted": self.deleted,
            "kind": self.kind,
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
        }


def encode_records(records: Iterable[SyncRecord]) -> bytearray:
    """The canonical records part for records, built one entry at a time (one copy in memory)."""
    part = bytearray(_PREFIX.encode())
    for index, record in enumerate(records):
        if index:
            part += b","
        part += canonical_json(record.to_json())
    part += _SUFFIX.encode()
    return part


def _after_commas(entries: list[bytes]) -> Iterator[bytes]:
    """Each of entries after a comma, joined into pieces of about CHUNK_BYTES."""
    group: list[bytes] = []
    size = 0
    for entry in entries:
        group += (b",", entry)
        size += 1 + len(entry)
        if size >= CHUNK_BYTES:
            yield b"".join(group)
            group, size = [], 0
    if group:
        yield b"".join(group)


class RecordsPart:
    """A records part built entry by entry in any order and read back in foreign-key order.

    Each kind's entries are kept as they are while the part is small: compressing and then
    decompressing a 35 MB part took half a second of a 3 s export. Once the part passes
    ``raw_bytes`` every kind's run is zlib-compressed from then on (JSON text shrinks several
    times), so a part near the 256 MiB limit costs a fraction of that in memory while the
    bundle is written.
    """

    def __init__(self, raw_bytes: int = RAW_BYTES) -> None:
        self._raw_bytes = raw_bytes
        self._runs: dict[str, list[bytes]] = {kind: [] for kind in KIND_ORDER}  # uncompressed
        self._run_bytes = dict.fromkeys(KIND_ORDER, 0)
        self._compressors: dict[str, zlib._Compress] = {}  # once past raw_bytes
        self._pieces: dict[str, list[bytes]] = {kind: [] for kind in KIND_ORDER}
        self._count = 0
        self.size = len(_PREFIX) + len(_SUFFIX)
        self.sha256 = b""  # set by finish()

    @property
    def is_compressed(self) -> bool:
        """Whether the entries are kept compressed (the part passed raw_bytes)."""
        return bool(self._compressors)

    @staticmethod
    def entry_bytes(record: SyncRecord) -> bytes:
        """The canonical bytes of one entry."""
        return canonical_json(record.to_json())

    def added_size(self, entry: bytes) -> int:
        """How many bytes entry would add to the part (with its separating comma)."""
        return len(entry) + (1 if self._count else 0)

    def add(self, kind: str, entry: bytes) -> None:
        """Append an entry (from entry_bytes) to its kind's run."""
        self.size += self.added_size(entry)
        self._count += 1
        self._runs[kind].append(entry)
        self._run_bytes[kind] += len(entry)
        if self._compressors:
            if self._run_bytes[kind] >= _COMPRESS_BYTES:
                self._compress(kind)
        elif self.size > self._raw_bytes:
            self._compressors = {kind: zlib.compressobj(1) for kind in KIND_ORDER}
            for each in KIND_ORDER:
                self._compress(each)

    def _compress(self, kind: str) -> None:
        # Every entry is stored after a comma; chunks() drops the first one of the part.
        for data in _after_commas(self._runs[kind]):
            piece = self._compressors[kind].compress(data)
            if piece:
                self._pieces[kind].append(piece)
        self._runs[kind], self._run_bytes[kind] = [], 0

    def finish(self) -> None:
        """Close the runs and compute the part's SHA-256 (before the manifest needs it)."""
        for kind, compressor in self._compressors.items():
            self._compress(kind)
            self._pieces[kind].append(compressor.flush())
        digest = hashlib.sha256()
        for chunk in self.chunks():
            digest.update(chunk)
        self.sha256 = digest.digest()

    def chunks(self) -> Iterator[bytes]:
        """The part's bytes, a piece of about CHUNK_BYTES at a time (after finish())."""
        yield _PREFIX.encode()
        skip = 1  # the comma before the part's first entry
        for kind in KIND_ORDER:
            for data in itertools.chain(self._inflated(kind), _after_commas(self._runs[kind])):
                yield data[skip:]
                skip = 0
        yield _SUFFIX.encode()

    def _inflated(self, kind: str) -> Iterator[bytes]:
        decompressor = zlib.decompressobj()
        for piece in self._pieces[kind]:
            data = decompressor.decompress(piece, CHUNK_BYTES)
            while data:
                yield data
                data = decompressor.decompress(decompressor.unconsumed_tail, CHUNK_BYTES)


def _malformed(what: str) -> BundleRejected:
    return BundleRejected(INVALID.format(what))


def _stamp(value: Any, what: str) -> str:
    # Shown as the record's times (testimony show, Deleted records): free text there could
    # carry a direction override or anything a rogue contact likes to put in a date.
    if isinstance(value, str) and _STAMP.fullmatch(value):
        try:
            # Of that exact form, a real time (no 24:00, no 30 February): what strptime with
            # its format checked, at a twentieth of its cost.
            datetime.fromisoformat(value[:-1])
            return value
        except ValueError:
            pass
    raise _malformed(f"{what} must be a UTC time like 2025-01-31T12:00:00.000000Z")


def _fingerprint(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _FINGERPRINT.fullmatch(value):
        raise _malformed(f"{what} must be 64 lower-case hex digits")
    return value


def _clock(value: Any) -> Clock:
    if not isinstance(value, dict) or not 1 <= len(value) <= MAX_CLOCK_ENTRIES:
        raise _malformed(f"a clock must map 1 to {MAX_CLOCK_ENTRIES} vaults to counts")
    for actor, count in value.items():
        _fingerprint(actor, "a clock's vault")
        if type(count) is not int or not 1 <= count <= MAX_SEQUENCE:
            raise _malformed(f"a clock's count must be an integer from 1 to {MAX_SEQUENCE}")
    return dict(value)


def parse_entry(raw: Any) -> SyncRecord:
    """Check the shape of one entry (not its content, which the importer validates)."""
    if not isinstance(raw, dict) or raw.keys() != _ENTRY_KEYS:
        raise _malformed(f"an entry must have exactly the keys {', '.join(sorted(_ENTRY_KEYS))}")
    kind = raw["kind"]
    if kind not in MODEL_OF_KIND:
        raise _malformed(f"{str(kind)[:40]!r} is not a record kind")
    content = raw["content"]
    if not isinstance(content, dict):
        raise _malformed(f"the content of {with_article(kind)} must be an object")
    record_id = content.get("id")
    if not isinstance(record_id, str) or not _LOWER_UUID.fullmatch(record_id):
        raise _malformed(f"{with_article(kind)} needs a lower-case UUID as its id")
    if not isinstance(raw["deleted"], bool):
        raise _malformed(f"{kind} {record_id}: deleted must be true or false")
    return SyncRecord(
        kind=kind,
        # Names and titles as a form would keep them: no invisible or direction characters.
        content=tidied_from_bundle(kind, content),
        deleted=raw["deleted"],
        clock=_clock(raw["clock"]),
        created_at=_stamp(raw["created_at"], "created_at"),
        created_by=_fingerprint(raw["created_by"], "created_by"),
        updated_at=_stamp(raw["updated_at"], "updated_at"),
        updated_by=_fingerprint(raw["updated_by"], "updated_by"),
    )


class _EntryReader:
    """Pulls entries out of the records part one at a time, reading only what it needs."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._text = ""
        self._position = 0
        self._is_done = False
        self._json = strict_decoder()

    def _read_more(self, at_least: int) -> bool:
        """Append at least at_least more characters if there are any; False at the end."""
        if self._is_done:
            return False
        # Joined once: adding each 64 KiB piece to the text copied all of it every time (a
        # 64 MiB entry took 40 s to read, a 256 MiB one over ten minutes).
        pieces = [self._text[self._position :]]
        self._text, self._position = "", 0
        added = 0
        while added < at_least:
            chunk = next(self._chunks, None)
            try:
                piece = self._decoder.decode(chunk or b"", final=chunk is None)
            except UnicodeDecodeError:
                raise _malformed("they are not UTF-8") from None
            pieces.append(piece)
            added += len(piece)
            if chunk is None:
                self._is_done = True
                break
        self._text = "".join(pieces)
        return added > 0

    def expect(self, literal: str) -> None:
        """Consume exactly literal."""
        while len(self._text) - self._position < len(literal) and self._read_more(len(literal)):
            pass
        if not self._text.startswith(literal, self._position):
            raise _malformed("they are not a sandiq-records object of version 1")
        self._position += len(literal)

    def peek(self) -> str:
        """The next character without consuming it ("" at the end)."""
        if self._position >= len(self._text):
            self._read_more(1)
        return self._text[self._position : self._position + 1]

    def value(self) -> Any:
        """Decode the next JSON value strictly."""
        while True:
            try:
                value, end = self._json.raw_decode(self._text, self._position)
            except json.JSONDecodeError:
                # Perhaps the value is only cut by the end of what was read so far: read as
                # much again (so a long value costs linear, not quadratic, time) and retry.
                if self._read_more(max(_READ_BYTES, len(self._text) - self._position)):
                    continue
                raise _malformed("an entry is not strict JSON") from None
            except (ValueError, RecursionError):
                raise _malformed("an entry is not strict JSON") from None
            self._position = end
            return value

    def expect_end(self) -> None:
        """Nothing may follow."""
        if self.peek() or self._read_more(1):
            raise _malformed("unexpected data follows them")


def parse_records(chunks: Iterator[bytes]) -> Iterator[SyncRecord]:
    """The entries of a records part given as byte chunks; BundleRejected if malformed."""
    reader = _EntryReader(chunks)
    reader.expect(_PREFIX)
    if reader.peek() == "]":
        reader.expect(_SUFFIX)
    else:
        while True:
            yield parse_entry(reader.value())
            if reader.peek() != ",":
                break
            reader.expect(",")
        reader.expect(_SUFFIX)
    reader.expect_end()
