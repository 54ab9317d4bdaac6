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
"""

from __future__ import annotations

import shutil
from pathlib import Path
from uuid import UUID

from sqlalchemy import insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.models import AttachmentChunk
from desktop_app.core.attachments import CHUNK_SIZE
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.format import AttachmentEntry

# Room kept free besides a file's own size: the write-ahead log's pages and the records.
_MARGIN_BYTES = 64 * 1024 * 1024

NO_SPACE_IN_VAULT = "Not enough free disk space in the vault's folder for this bundle's files."
VAULT_WRITE_FAILED = "Could not write this bundle's files into the vault: {}."


class VaultAttachmentStore:
    """An ``AttachmentStore`` writing the files in ``wanted`` into the import's session."""

    def __init__(self, session: Session, vault_dir: Path) -> None:
        self._session = session
        self._vault_dir = vault_dir
        self.wanted: set[UUID] = set()  # filled from the merge plan
        self._id: UUID | None = None
        self._seq = 0
        self._pending = bytearray()

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

    def _insert(self, data: bytes) -> None:
        try:
            self._session.execute(
                insert(AttachmentChunk),
                {"attachment_id": self._id, "seq": self._seq, "data": data},
            )
        except OperationalError as exc:  # a full disk, mostly
            raise BundleRejected(VAULT_WRITE_FAILED.format(exc.orig)) from exc
        self._seq += 1
