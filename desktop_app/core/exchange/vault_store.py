"""Writing a bundle's attachment files into the vault while the bundle is still being read.

The vault is the encrypted staging area for attachment bytes: ``open_bundle`` hands each file
over as age releases it, and this store writes it in 1 MiB chunks into the import's
transaction, which commits only after the whole bundle authenticated and its records merged,
and rolls back on any error (so a damaged tail leaves nothing behind). SQLCipher encrypts every
page, in the write-ahead log too, so no byte of a file reaches the disk in the clear. Compared
with staging the files in an encrypted temp file first, each byte is decrypted and written once
instead of three times.

Which files to take is the merge plan's decision (``MergePlan.attachments_to_store``: the files
the vault does not hold yet), made from the records before the first file arrives.

The chunks are inserted by a helper thread, on the session's own connection, while the
importing thread decrypts and checks the next ones: SQLite works without Python's interpreter
lock, so the two overlap (a 1 GiB import took 22 s instead of 25 to 33). Nothing else uses
the connection while the files stream; ``flush`` waits for every chunk before the importer
goes on, and leaving the store's ``with`` block stops the helper before the transaction ends.
"""

from __future__ import annotations

import queue
import shutil
import threading
from pathlib import Path
from types import TracebackType
from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from db.engine import DriverOperationalError
from db.rows import insert_attachment_chunk
from desktop_app.core.attachments import CHUNK_SIZE
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.format import AttachmentEntry

# Room kept free besides a file's own size: the write-ahead log's pages and the records.
_MARGIN_BYTES = 64 * 1024 * 1024
_DEPTH = 8  # chunks of 1 MiB waiting for the helper

NO_SPACE_IN_VAULT = "Not enough free disk space in the vault's folder for this bundle's files."
VAULT_WRITE_FAILED = "Could not write this bundle's files into the vault: {}."


class _ChunkInserts:
    """Inserts (attachment id, seq, data) chunks on a helper thread, in the order given."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self._queue: queue.Queue[tuple[UUID, int, bytes] | None] = queue.Queue(_DEPTH)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sandiq-import-chunks", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        cursor = self._connection.cursor()
        try:
            while (chunk := self._queue.get()) is not None:
                if self.error is None:  # after a failure, only drain the queue
                    try:
                        insert_attachment_chunk(cursor, *chunk)
                    except BaseException as exc:
                        self.error = exc
        finally:
            cursor.close()

    def put(self, chunk: tuple[UUID, int, bytes]) -> None:
        self._raise_failure()
        self._queue.put(chunk)

    def finish(self) -> None:
        """Wait until every chunk given so far is written (or failed)."""
        self._queue.put(None)
        self._thread.join()
        self._raise_failure()

    def _raise_failure(self) -> None:
        if isinstance(self.error, DriverOperationalError):  # a full disk, mostly
            raise BundleRejected(VAULT_WRITE_FAILED.format(self.error)) from self.error
        if self.error is not None:
            raise self.error


class VaultAttachmentStore:
    """An ``AttachmentStore`` writing the files in ``wanted`` into the import's session."""

    def __init__(self, session: Session, vault_dir: Path) -> None:
        self._session = session
        self._vault_dir = vault_dir
        self.wanted: set[UUID] = set()  # filled from the merge plan
        self._id: UUID | None = None
        self._seq = 0
        self._pending = bytearray()
        self._inserts: _ChunkInserts | None = None

    def begin(self, entry: AttachmentEntry) -> bool:
        """Take entry's bytes if the plan wants them."""
        if entry.id not in self.wanted:
            return False
        if shutil.disk_usage(self._vault_dir).free < entry.size + _MARGIN_BYTES:
            raise BundleRejected(NO_SPACE_IN_VAULT)
        self._id, self._seq = entry.id, 0
        return True

    def write(self, data: memoryview) -> None:
        """Add bytes of the current file, writing each full chunk."""
        self._pending += data
        while len(self._pending) >= CHUNK_SIZE:
            self._insert(bytes(self._pending[:CHUNK_SIZE]))
            del self._pending[:CHUNK_SIZE]

    def end(self, entry: AttachmentEntry) -> None:
        """Write the last, partial chunk of the current file."""
        if self._pending:
            self._insert(bytes(self._pending))
            self._pending.clear()
        self._id = None

    def flush(self) -> None:
        """Wait until every chunk is in the session's transaction; then the session may be
        used again."""
        inserts, self._inserts = self._inserts, None
        if inserts is not None:
            inserts.finish()

    def _insert(self, data: bytes) -> None:
        assert self._id is not None
        if self._inserts is None:
            connection = self._session.connection().connection.dbapi_connection
            self._inserts = _ChunkInserts(connection)
        self._inserts.put((self._id, self._seq, data))
        self._seq += 1

    def __enter__(self) -> VaultAttachmentStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # On an error the helper must stop before the transaction rolls back.
        try:
            self.flush()
        except BaseException:
            if exc is None:
                raise
