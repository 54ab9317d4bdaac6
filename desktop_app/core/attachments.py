"""Attachments: files taken into the vault in chunks, with their SHA-256 fixed at intake.

A file is read and stored one chunk at a time, so a 1 GB recording never sits in memory.
The hash of the original bytes, computed while reading, is the chain-of-custody value that
reports list and that a recipient can check.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO
from uuid import UUID, uuid4

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from db.models import Attachment, AttachmentChunk
from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.dates import utc_now
from desktop_app.core.disk_space import ensure_free_space
from desktop_app.core.errors import (
    AttachmentTooLarge,
    Cancelled,
    InvalidInput,
    RecordNotFound,
)
from desktop_app.core.file_name_characters import is_dropped_from_names
from desktop_app.core.records import RecordWriter

CHUNK_SIZE = 1024 * 1024
MAX_ATTACHMENT_BYTES = 4 * 1024**3
# In characters, as a bundle carries names: the vault keeps the name the user attached (no file
# system gives a longer one), and a copy written out is named by ``name_for_disk``, which cuts
# it to the bytes a disk takes.
MAX_FILE_NAME = 255
# Room kept free on the vault's disk besides the file: its record, revision and index entries,
# and whatever else is saved meanwhile.
INTAKE_MARGIN_BYTES = 64 * 1024 * 1024
OWNER_KINDS = ("case", "person", "testimony", "event")

Progress = Callable[[int, int], None]
_DRIVE = re.compile(r"[A-Za-z]:")
_BREAKS = re.compile(r"[ ]*[\t\n\v\f\r\x85\u2028\u2029]+[ ]*")
# Matched by the GUI (ui/core_messages.py) to say it in the user's language.
NO_USABLE_NAME = "the attachment has no usable file name"
# A folder, a pipe, a device or a socket: /dev/zero would stream into the vault without end,
# holding its write lock, and a pipe has no size to check. Matched by the GUI as above.
NOT_A_REGULAR_FILE = "{} is not a regular file"
# Opening a pipe waits for a writer, and opening a terminal may make it the process's own;
# these flags exist only where those things do.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_INTAKE_OPEN_FLAGS = (
    os.O_RDONLY
    | _NONBLOCK
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def open_for_intake(path: Path) -> BinaryIO:
    """The file at path, open for reading; InvalidInput (NOT_A_REGULAR_FILE) without reading a
    byte or waiting if it is not a regular file, OSError if it cannot be opened."""
    fd = os.open(path, _INTAKE_OPEN_FLAGS)
    try:
        # Checked on the open descriptor: the path may be swapped for a pipe after a stat().
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InvalidInput(NOT_A_REGULAR_FILE.format(path))
        # Most systems ignore it for files, but some network file systems would answer a
        # slow read with EAGAIN instead of waiting.
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def intake_size(source: BinaryIO) -> int:
    """The size of a file opened by open_for_intake, as its descriptor says."""
    return os.fstat(source.fileno()).st_size


def safe_file_name(name: str) -> str:
    """name, a file's name as its file system gives it (``Path.name``), fit to keep: after its
    last '/', without control characters or a drive prefix (so any attachment can travel in an
    exchange bundle); InvalidInput if nothing usable is left."""
    # A backslash stays: Linux and macOS allow it in a name ("notes ..\x.txt" is one file
    # there), Path.name on Windows has already split at it, and ``name_for_disk`` never lets
    # it become a folder when a copy is written.
    # One name, one spelling: macOS writes names decomposed (NFD), and the same name composed
    # would otherwise show as a second, identical-looking file.
    name = unicodedata.normalize("NFC", name.rsplit("/", 1)[-1])
    # A line break or tab parted two words, as a space does ("строка1 строка2.txt", not
    # "строка1строка2.txt"); other controls go without a trace.
    name = _BREAKS.sub(" ", name)
    name = "".join(ch for ch in name if not is_dropped_from_names(ch)).strip()
    while _DRIVE.match(name):  # "C:photo.jpg" is a path on Windows
        name = name[2:].strip()
    if name in ("", ".", ".."):
        raise InvalidInput(NO_USABLE_NAME)
    if len(name) <= MAX_FILE_NAME:
        return name
    # Shorten the stem, not the extension, so the file still opens with the right program.
    stem, dot, suffix = name.rpartition(".")
    if not stem or len(suffix) > 16:
        return name[:MAX_FILE_NAME].rstrip()
    return stem[: MAX_FILE_NAME - len(suffix) - 1].rstrip() + dot + suffix


def add_attachment(
    writer: RecordWriter,
    owner_kind: str,
    owner_id: UUID,
    source: BinaryIO,
    file_name: str,
    *,
    total_size: int = 0,
    media_type: str | None = None,
    note: str = "",
    captured_at: str = "",
    max_bytes: int = MAX_ATTACHMENT_BYTES,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Attachment:
    """Stream source into the vault as an attachment of owner, in the writer's transaction;
    NotEnoughSpace, adding nothing, if the vault's disk cannot take it."""
    if owner_kind not in OWNER_KINDS:
        raise InvalidInput(f"attachments belong to one of: {', '.join(OWNER_KINDS)}")
    name = safe_file_name(file_name)
    session = writer.session
    owner = session.get(MODEL_OF_KIND[owner_kind], owner_id)
    if owner is None or owner.is_deleted:
        raise RecordNotFound(f"no {owner_kind} with id {owner_id}")
    if total_size > max_bytes:
        raise _too_large(name, max_bytes)
    vault_folder = _database_folder(session)
    attachment_id = uuid4()
    # The chunks are written before the attachment row, whose hash is only known at the end.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    digest = hashlib.sha256()
    size = 0
    # A savepoint: if the file turns out too large or the user cancels, no chunk stays behind
    # even when the caller goes on with its transaction.
    with session.begin_nested():
        seq = 0
        while True:
            # Before each read: a Cancel waits for at most the chunk being stored.
            if cancelled is not None and cancelled():
                raise Cancelled("attachment intake cancelled; nothing was added")
            chunk = source.read(CHUNK_SIZE)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(name, max_bytes)
            # Before the first chunk, and again as the file goes in: it may be larger than
            # said or of unknown size (a pipe), and other programs fill the disk too.
            _ensure_room(vault_folder, max(total_size, size), size - len(chunk))
            digest.update(chunk)
            session.execute(
                insert(AttachmentChunk),
                {"attachment_id": attachment_id, "seq": seq, "data": chunk},
            )
            seq += 1
            if progress is not None:
                progress(size, max(total_size, size))
    record = writer.create(
        "attachment",
        {
            "id": str(attachment_id),
            "owner_kind": owner_kind,
            "owner": str(owner_id),
            "file_name": name,
            "media_type": media_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
            "size": size,
            "sha256": digest.hexdigest(),
            "captured_at": captured_at,
            "received_at": utc_now(),
            "note": note,
        },
    )
    assert isinstance(record, Attachment)
    return record


def _ensure_room(vault_folder: Path, size: int, stored: int) -> None:
    """NotEnoughSpace unless the vault's disk can take a file of size bytes, stored bytes of
    which are in already. The write-ahead log takes each page first and the database after the
    commit, each copy about 5% larger than the file (page headers, SQLCipher's IV and MAC per
    page): a disk full midway would leave the log filling it, and the vault unable to open
    until space is freed."""
    needed = (2 * size - stored) * 21 // 20 + INTAKE_MARGIN_BYTES
    ensure_free_space(vault_folder, needed, "adding this file to the vault")


def _database_folder(session: Session) -> Path:
    """The folder of the vault the session writes to (where its log and database grow)."""
    rows = session.execute(text("PRAGMA database_list")).all()
    return Path(next(file for _seq, name, file in rows if name == "main")).parent


def _too_large(name: str, max_bytes: int) -> AttachmentTooLarge:
    limit = f"{max_bytes / 1024**2:g} MiB" if max_bytes >= 1024**2 else f"{max_bytes} bytes"
    return AttachmentTooLarge(f"{name} is larger than the {limit} an attachment may be", max_bytes)


def iter_attachment_bytes(session: Session, attachment_id: UUID) -> Iterator[bytes]:
    """The attachment's bytes, one chunk at a time."""
    seq = 0
    while True:
        data = session.scalar(
            select(AttachmentChunk.data).where(
                AttachmentChunk.attachment_id == attachment_id, AttachmentChunk.seq == seq
            )
        )
        if data is None:
            return
        yield data
        seq += 1


def attachment_digest(session: Session, attachment_id: UUID) -> str:
    """SHA-256 of the stored bytes, to check them against the hash taken at intake."""
    digest = hashlib.sha256()
    for chunk in iter_attachment_bytes(session, attachment_id):
        digest.update(chunk)
    return digest.hexdigest()


def attachments_with_sha256(session: Session, sha256: str) -> list[Attachment]:
    """The live attachments of live records that hold the bytes with this SHA-256, the first
    received first: the same file attached before, to one record or to several."""
    # add_attachment takes a second copy like any file: two copies of one piece of evidence
    # confuse its chain of custody, but only the user knows whether it was meant, so callers
    # ask or say (the CLI refuses one on the same record unless --again).
    found = session.scalars(
        select(Attachment)
        .where(Attachment.sha256 == sha256.lower(), Attachment.is_deleted.is_(False))
        .order_by(Attachment.received_at, Attachment.id)
    )
    return [attachment for attachment in found if _owner_is_live(session, attachment)]


def _owner_is_live(session: Session, attachment: Attachment) -> bool:
    model = MODEL_OF_KIND.get(attachment.owner_kind)
    owner = None if model is None else session.get(model, attachment.owner_id)
    return owner is not None and not owner.is_deleted


def attachments_of(session: Session, owner_id: UUID) -> list[Attachment]:
    """The live attachments of one record, by file name."""
    return list(
        session.scalars(
            select(Attachment)
            .where(Attachment.owner_id == owner_id, Attachment.is_deleted.is_(False))
            .order_by(Attachment.file_name)
        )
    )
