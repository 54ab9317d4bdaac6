"""Reading an attachment back: into memory for the in-app viewer, or out to a file.

The viewer never writes a temporary file: it gets the bytes here and renders them from memory.
Writing a copy outside the vault puts the file in the clear on disk, so callers must have
warned the user first; the copy is written atomically (temp name, fsync, rename), under a name
``name_for_disk`` makes of the stored one, after checking that it fits on the disk, and its
bytes are checked against the SHA-256 recorded at intake as they are written.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO
from uuid import UUID

from sqlalchemy.orm import Session

from db.models import Attachment
from desktop_app.core.attachments import iter_attachment_bytes
from desktop_app.core.content import quoted
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.disk_space import ensure_free_space
from desktop_app.core.errors import (
    AttachmentTooLarge,
    Cancelled,
    RecordNotFound,
    VaultCorrupted,
)
from desktop_app.core.file_name_characters import is_dropped_from_names
from desktop_app.core.fileio import (
    MAX_NAME_BYTES,
    cut_to_bytes,
    write_atomically_with,
)
from desktop_app.core.leftovers import VaultOutputLedger

MAX_VIEW_BYTES = 256 * 1024 * 1024  # larger files are opened outside, after a warning
_NAME_WITHOUT_ANY_LEFT = "attachment"
# Characters Windows refuses in a name (':' macOS too): each becomes '_', on every system, so
# that a stored name holding '\' or '/' (from Linux, or a colleague's bundle) is never a path.
_REFUSED_CHARACTERS = set('<>:"/\\|?*')
# Device names Windows opens instead of a file, in any letter case and with any extension
# ("nul.txt" is NUL); spaces before the dot do not make them files.
_WINDOWS_DEVICE = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(COM|LPT)[0-9¹²³]) *", re.I)
# Blanks around a name, and dots at its end, which Windows drops (so "report." is "report").
_LOOSE_ENDS = re.compile(r"\A\s+|[\s.]+\Z")
# The copy is the file a lawyer is told to check against its SHA-256: bytes that no longer
# match what was taken in are the vault's damage, and must not leave it as the evidence.
COPY_DOES_NOT_MATCH = (
    "the stored bytes of {} do not match the SHA-256 recorded when it was attached: the vault "
    "is damaged (run sandiq verify); no file was written"
)


def _attachment(session: Session, attachment_id: UUID) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None or attachment.is_deleted:
        raise RecordNotFound(f"no attachment {attachment_id}")
    return attachment


def read_attachment_bytes(
    session: Session, attachment_id: UUID, max_bytes: int = MAX_VIEW_BYTES
) -> bytes:
    """The whole file in memory, for viewing; AttachmentTooLarge past max_bytes,
    VaultCorrupted if a page of it is damaged."""
    # A damaged chunk page is the vault's damage, said as such: the driver's bare error
    # reached the user as "an unexpected error", or as nothing at all.
    with database_errors_reported():
        if _attachment(session, attachment_id).size > max_bytes:
            raise AttachmentTooLarge(
                "the file is too large to show inside Sandiq", max_bytes, viewing=True
            )
        return b"".join(iter_attachment_bytes(session, attachment_id))


def read_attachment_start(session: Session, attachment_id: UUID, max_bytes: int) -> bytes:
    """The first max_bytes of the file (all of it if smaller), read chunk by chunk so that a
    large file's remainder is never decrypted. VaultCorrupted if a page of it is damaged."""
    with database_errors_reported():
        _attachment(session, attachment_id)
        start = bytearray()
        for chunk in iter_attachment_bytes(session, attachment_id):
            start += chunk[: max_bytes - len(start)]
            if len(start) >= max_bytes:
                break
        return bytes(start)


def write_attachment_copy(
    session: Session,
    attachment_id: UUID,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the attachment's bytes to path, in the clear (warn the user before calling), and
    return where: path, its name cut to what the file system takes if it is longer.
    NotEnoughSpace, writing nothing, if the copy cannot fit on path's disk; VaultCorrupted,
    writing nothing, if a page of the file is damaged or its bytes do not match the SHA-256
    recorded at intake."""
    with database_errors_reported():
        attachment = _attachment(session, attachment_id)
        total, expected, stored_name = attachment.size, attachment.sha256, attachment.file_name
    if (fitting := _shortened(path.name)) != path.name:
        path = path.with_name(fitting)
    ensure_free_space(path.parent, total, "this copy")

    def write(fh: BinaryIO) -> None:
        done = 0
        digest = hashlib.sha256()
        with database_errors_reported():
            for chunk in iter_attachment_bytes(session, attachment_id):
                if cancelled is not None and cancelled():
                    raise Cancelled("copy cancelled; no file was written")
                fh.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        # Raised inside the write: the temp file is removed and path is left as it was.
        if digest.hexdigest() != expected:
            raise VaultCorrupted(COPY_DOES_NOT_MATCH.format(quoted(stored_name)))

    # A copy killed midway leaves its temp recorded for the next unlock to remove.
    write_atomically_with(path, write, ledger=VaultOutputLedger(session.get_bind().engine))
    return path


def name_for_disk(stored_name: str) -> str:
    """The name to suggest for a copy of an attachment stored as stored_name: a file name that
    Windows, macOS and Linux all take (never a path or a device), unchanged if it already is
    one. The record keeps stored_name, what the user attached."""
    name = "".join(
        "_" if ch in _REFUSED_CHARACTERS else ch
        for ch in stored_name
        if not is_dropped_from_names(ch)
    )
    name = _shortened(_LOOSE_ENDS.sub("", name))
    if _WINDOWS_DEVICE.fullmatch(name.split(".", 1)[0]):
        name = _shortened("_" + name)
    return name or _NAME_WITHOUT_ANY_LEFT


def _shortened(name: str) -> str:
    """name cut to MAX_NAME_BYTES in UTF-8 within the stem, so the copy keeps its
    extension and still opens with the right program."""
    if cut_to_bytes(name, MAX_NAME_BYTES) == name:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not stem or len(suffix) > 16:
        stem, dot, suffix = name, "", ""
    room = MAX_NAME_BYTES - len((dot + suffix).encode("utf-8", "surrogatepass"))
    return _LOOSE_ENDS.sub("", cut_to_bytes(stem, room)) + dot + suffix


# Files that run code when opened, or that fetch from the network (remote images, templates,
# links) and so tell the sender the reader's address: a stronger warning before opening.
_ACTIVE_SUFFIXES = {
    # programs and scripts
    "exe", "com", "scr", "msi", "bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf", "hta",
    "lnk", "jar", "app", "pkg", "dmg", "deb", "rpm", "apk", "appimage", "sh", "bash", "py",
    "pl", "rb", "run", "bin", "elf", "so", "dll", "desktop", "reg", "cpl", "msc", "url",
    # pages and markup that load remote content
    "html", "htm", "xhtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "eml",
    # office documents (macros, remote templates and images)
    "doc", "docx", "docm", "dot", "dotx", "dotm", "xls", "xlsx", "xlsm", "xlsb", "ppt",
    "pptx", "pptm", "odt", "ods", "odp", "rtf", "pub", "one",
}  # fmt: skip
_ACTIVE_MEDIA_TYPES = ("text/html", "image/svg", "application/xhtml", "application/x-ms")
_ACTIVE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
ACTIVE_MAGIC_BYTES = 4  # how much of the start ``runs_code_or_fetches`` needs


def runs_code_or_fetches(file_name: str, media_type: str, start: bytes) -> bool:
    """True if opening the file outside Sandiq may run code or fetch from the network, judged by
    its name's extension, its media type and its first bytes (start: ACTIVE_MAGIC_BYTES)."""
    suffix = file_name.rpartition(".")[2].strip().lower() if "." in file_name else ""
    return (
        suffix in _ACTIVE_SUFFIXES
        or media_type.startswith(_ACTIVE_MEDIA_TYPES)
        or "officedocument" in media_type
        or media_type.endswith(("msword", "ms-excel", "ms-powerpoint", "+xml", "/xml"))
        or start.startswith(_ACTIVE_MAGIC)
    )
