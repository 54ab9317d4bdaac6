"""Reading the attachments an export sends from the vault a few chunks ahead of age.

Reading a gigabyte of chunks out of SQLCipher (decrypting and checking every page) takes about
as long as age takes to encrypt it, and both ran one after the other on the exporting thread.
A helper thread with its own read session now reads the chunks, in the order the bundle sends
the files, into a queue of at most ``DEPTH`` chunks (8 MiB); SQLite does that work without
Python's interpreter lock, so it overlaps with age's. Attachment chunks never change under the
same id, and the writer checks every file's SHA-256 against the one it signed, so reading
them in a second, later snapshot is safe.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.engine import CACHE_KIB
from desktop_app.core.attachments import iter_attachment_bytes

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

DEPTH = 8  # chunks of 1 MiB read ahead
_POLL_S = 0.1  # how often a blocked helper looks whether it should stop
_END = None  # after the last chunk of a file
_CACHE_KIB = 1024  # the helper connection's page cache while it reads


class ChunkPrefetcher:
    """Reads the chunks of the attachments added to it, in order, on a helper thread.

    ``add`` the ids first; the thread starts at the first ``chunks`` call, and each file's
    chunks must be asked for in the order the ids were added. Use it as a context manager: on
    exit the helper stops and is joined, whatever happened.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._ids: list[UUID] = []
        self._queue: queue.Queue[tuple[UUID, bytes | None] | BaseException] = queue.Queue(DEPTH)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def add(self, attachment_id: UUID) -> None:
        """Send this attachment's file next."""
        self._ids.append(attachment_id)

    def chunks(self, attachment_id: UUID) -> Iterator[bytes]:
        """The chunks of attachment_id, which must be the next file added."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._read, name="sandiq-export-prefetch", daemon=True
            )
            self._thread.start()
        while True:
            item = self._queue.get()
            if isinstance(item, BaseException):
                raise item
            chunk_of, chunk = item
            if chunk_of != attachment_id:
                raise RuntimeError("attachments were read out of the order they were added")
            if chunk is _END:
                return
            yield chunk

    def _read(self) -> None:
        try:
            with self._vault.read() as session:
                # Chunks are read once: a page cache would only hold memory (32 MB at the
                # connection's usual size, which put an export's peak above 200 MB).
                session.execute(text(f"PRAGMA cache_size = -{_CACHE_KIB}"))
                try:
                    self._read_all(session)
                finally:
                    session.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))
        except BaseException as exc:  # handed to the reading thread
            self._put(exc)

    def _read_all(self, session: Session) -> None:
        for attachment_id in self._ids:
            for chunk in iter_attachment_bytes(session, attachment_id):
                if not self._put((attachment_id, chunk)):
                    return
            if not self._put((attachment_id, _END)):
                return

    def _put(self, item: tuple[UUID, bytes | None] | BaseException) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def close(self) -> None:
        """Stop the helper and wait for it."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> ChunkPrefetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
