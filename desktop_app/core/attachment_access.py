"""Reading an attachment back: into memory for the in-app viewer, or out to a file.

The viewer never writes a temporary file: it gets the bytes here and renders them from memory.
Writing a copy outside the vault puts the file in the clear on disk, so callers must have
warned the user first; the copy is written atomically (temp name, fsync, rename).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO
from uuid import UUID

from sqlalchemy.orm import Session

from db.models import Attachment
from desktop_app.core.attachments import iter_attachment_bytes
from desktop_app.core.errors import AttachmentTooLarge, Cancelled, RecordNotFound
from desktop_app.core.fileio import write_atomically_with

MAX_VIEW_BYTES = 256 * 1024 * 1024  # larger files are opened outside, after a warning


def _attachment(session: Session, attachment_id: UUID) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None or attachment.is_deleted:
        raise RecordNotFound(f"no attachment {attachment_id}")
    return attachment


def read_attachment_bytes(
    session: Session, attachment_id: UUID, max_bytes: int = MAX_VIEW_BYTES
) -> bytes:
    """The whole file in memory, for viewing; AttachmentTooLarge past max_bytes."""
    if _attachment(session, attachment_id).size > max_bytes:
        raise AttachmentTooLarge("the file is too large to show inside Sandiq")
    return b"".join(iter_attachment_bytes(session, attachment_id))


def write_attachment_copy(
    session: Session,
    attachment_id: UUID,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the attachment's bytes to path, in the clear (warn the user before calling)."""
    total = _attachment(session, attachment_id).size

    def write(fh: BinaryIO) -> None:
        done = 0
        for chunk in iter_attachment_bytes(session, attachment_id):
            if cancelled is not None and cancelled():
                raise Cancelled("copy cancelled; no file was written")
            fh.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)

    write_atomically_with(path, write)
