"""Encrypted scratch space for a bundle while it is being checked and applied.

pyrage hands over the plaintext of each chunk as soon as that chunk authenticates, long before
it knows whether the stream was cut short, so nothing may be applied while a bundle decrypts.
The reader parks the payload here instead: an age file encrypted to a throw-away X25519 identity
that lives only in memory, inside a private temp directory, deleted on close. Bundle plaintext
therefore never reaches the disk, and a leftover staging file after a crash is noise. Reusing
age (rather than a cipher of our own) keeps chunking, nonces and truncation checks reviewed.

pyrage's streaming calls run on the calling thread and either push (``decrypt_io`` writes to us)
or pull (``encrypt_io`` reads from us). Each copy into or out of staging therefore runs one side
on a helper thread, joined by a bounded pipe, so memory stays at a few MiB for any bundle size.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections import deque
from pathlib import Path
from typing import NoReturn

import pyrage
from pyrage import x25519

from desktop_app.core.exchange.format import CHUNK_BYTES
from desktop_app.core.exchange.streams import RecordingFile
from desktop_app.core.fileio import lock_folder, remove_if_abandoned

_PIPE_BYTES = 16 * CHUNK_BYTES
_STAGING_NAME = "payload.age"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line ends
_PREFIX = "sandiq-staging-"
# A staging directory this old belongs to no running import (where locks cannot tell: Windows),
# and one this young may not be locked by its import yet.
_SETTLING_S = 10


class StagingFailed(Exception):
    """The staging file could not be written or read back; the cause is chained."""


class _PipeClosed(Exception):
    """The other end of a pipe has gone away."""


class _Pipe:
    """A bounded byte-chunk queue between exactly one producer and one consumer thread."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._chunks: deque[bytes] = deque()
        self._size = 0
        self._is_closed = False  # the producer is done
        self._has_failed = False  # ... and did not finish its stream
        self._is_abandoned = False  # the consumer is gone

    def put(self, chunk: bytes) -> None:
        """Queue chunk, waiting while the pipe is full; _PipeClosed if the consumer left."""
        with self._condition:
            while self._size >= _PIPE_BYTES and not self._is_abandoned:
                self._condition.wait()
            if self._is_abandoned:
                raise _PipeClosed
            self._chunks.append(chunk)
            self._size += len(chunk)
            self._condition.notify_all()

    def close(self, *, failed: bool = False) -> None:
        """Producer side: no more chunks; failed tells the consumer the stream is incomplete."""
        with self._condition:
            self._is_closed = True
            self._has_failed = failed
            self._condition.notify_all()

    def get(self) -> bytes:
        """Next chunk, b"" at a clean end; _PipeClosed if the producer failed or we left."""
        with self._condition:
            while not self._chunks and not self._is_closed and not self._is_abandoned:
                self._condition.wait()
            if self._is_abandoned or (self._is_closed and self._has_failed):
                raise _PipeClosed
            if not self._chunks:
                return b""
            chunk = self._chunks.popleft()
            self._size -= len(chunk)
            self._condition.notify_all()
            return chunk

    def abandon(self) -> None:
        """Consumer side: stop; a waiting or later put() raises _PipeClosed."""
        with self._condition:
            self._is_abandoned = True
            self._chunks.clear()
            self._size = 0
            self._condition.notify_all()


class _PipeSource:
    """A file-like object pyrage.encrypt_io can read from."""

    def __init__(self, pipe: _Pipe) -> None:
        self._pipe = pipe
        self._chunk = b""
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        while self._position >= len(self._chunk):
            self._chunk = self._pipe.get()
            self._position = 0
            if not self._chunk:
                return b""
        end = len(self._chunk) if size < 0 else self._position + size
        data = self._chunk[self._position : end]
        self._position += len(data)
        return data


class _Coalescer:
    """Gathers small writes into CHUNK_BYTES pieces: fewer thread hand-overs per GiB."""

    def __init__(self, pipe: _Pipe) -> None:
        self._pipe = pipe
        self._pending = bytearray()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._pending += data
        if len(self._pending) >= CHUNK_BYTES:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._pending:
            self._pipe.put(bytes(self._pending))
            self._pending.clear()


class StagingWriter:
    """Encrypts everything written to it into the staging file, on a helper thread."""

    def __init__(self, path: Path, recipient: x25519.Recipient) -> None:
        self._pipe = _Pipe()
        self._input = _Coalescer(self._pipe)
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path, recipient), name="sandiq-staging-write", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, recipient: x25519.Recipient) -> None:
        output: RecordingFile | None = None
        try:
            # Owner-only like every file Sandiq writes: it is encrypted, but its size is no
            # one else's business either.
            created = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
            with open(created, "wb") as file:
                output = RecordingFile(file)
                pyrage.encrypt_io(_PipeSource(self._pipe), output, [recipient])
        except BaseException as exc:  # reported to the writing thread by finish() or write()
            self._error = (output and output.error) or exc
            self._pipe.abandon()

    def _fail(self) -> NoReturn:
        self._thread.join()
        raise StagingFailed("could not write the staging file") from self._error

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Stage data; StagingFailed if the staging file cannot be written."""
        try:
            self._input.write(data)
        except _PipeClosed:
            self._fail()

    def finish(self) -> None:
        """Flush and close the staging file; StagingFailed if any of it was not written."""
        try:
            self._input.flush()
        except _PipeClosed:
            self._fail()
        self._pipe.close()
        self._thread.join()
        if self._error is not None:
            self._fail()

    def abort(self) -> None:
        """Stop writing; the staging file is left incomplete for StagingArea to delete."""
        self._pipe.close(failed=True)
        self._thread.join()


class StagingReader:
    """Decrypts the staging file on a helper thread; read() returns its plaintext in order."""

    def __init__(self, path: Path, identity: x25519.Identity) -> None:
        self._pipe = _Pipe()
        self._source = _PipeSource(self._pipe)
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path, identity), name="sandiq-staging-read", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, identity: x25519.Identity) -> None:
        is_complete = False
        try:
            with open(path, "rb") as staged:
                output = _Coalescer(self._pipe)
                pyrage.decrypt_io(staged, output, [identity])
                output.flush()
            is_complete = True
        except BaseException as exc:  # reported to the reading thread by read()
            self._error = exc
        finally:
            self._pipe.close(failed=not is_complete)

    def read(self, size: int) -> bytes:
        """Up to size bytes (b"" at the end); StagingFailed if the file was damaged."""
        try:
            return self._source.read(size)
        except _PipeClosed:
            self._thread.join()
            raise StagingFailed("the staging file was damaged or removed") from self._error

    def read_exactly(self, size: int) -> bytes:
        """Exactly size bytes; StagingFailed if fewer are left."""
        data = bytearray()
        while len(data) < size:
            piece = self.read(min(size - len(data), CHUNK_BYTES))
            if not piece:
                raise StagingFailed("the staging file ends early")
            data += piece
        return bytes(data)

    def skip(self, size: int) -> None:
        """Read and drop size bytes."""
        while size:
            piece = self.read(min(size, CHUNK_BYTES))
            if not piece:
                raise StagingFailed("the staging file ends early")
            size -= len(piece)

    def expect_end(self) -> None:
        """Confirm nothing is left and age authenticated the file to its last chunk."""
        if self.read(1):
            raise StagingFailed("the staging file is longer than expected")

    def close(self) -> None:
        """Stop decrypting and wait for the helper thread."""
        self._pipe.abandon()
        self._thread.join()


def remove_abandoned(parent: Path) -> None:
    """Delete the staging directories under parent that no running import holds: those of an
    import that was killed. Their files are noise under a lost key, but they pile up and tell
    that (and when) bundles of that size were received."""
    now = time.time()
    for directory in parent.glob(f"{_PREFIX}*"):
        try:
            age = now - directory.lstat().st_mtime
        except OSError:
            continue
        if directory.is_symlink() or not directory.is_dir() or age < _SETTLING_S:
            continue
        remove_if_abandoned(directory, age)


class StagingArea:
    """A private temp directory holding one age file under a key that exists only in memory,
    locked while it is in use so that ``remove_abandoned`` leaves it alone."""

    def __init__(self, parent: Path | None = None) -> None:
        # mkdtemp makes the directory readable by this user only.
        self.directory = Path(tempfile.mkdtemp(prefix=_PREFIX, dir=parent))
        self._lock = lock_folder(self.directory)
        self.path = self.directory / _STAGING_NAME
        self._identity = x25519.Identity.generate()

    def __repr__(self) -> str:
        return f"StagingArea({self.directory})"

    def writer(self) -> StagingWriter:
        """Start writing the staging file (once)."""
        return StagingWriter(self.path, self._identity.to_public())

    def reader(self) -> StagingReader:
        """Start a new pass over the staged plaintext; close it when done."""
        return StagingReader(self.path, self._identity)

    def free_bytes(self) -> int:
        """Free space where the staging file lives."""
        return shutil.disk_usage(self.directory).free

    def remove(self) -> None:
        """Delete the staging file and its directory; the key goes with this object."""
        self.path.unlink(missing_ok=True)
        try:
            os.rmdir(self.directory)
        except OSError:
            shutil.rmtree(self.directory, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
