"""Attachments: streamed in chunks, hashed at intake, bounded in size, safely named."""

from __future__ import annotations

import hashlib
import io
import os
import unicodedata
from pathlib import Path
from typing import BinaryIO
from uuid import UUID, uuid4

import pytest
from sqlalchemy import func, select

from db.models import Attachment, AttachmentChunk
from desktop_app.core.attachment_access import name_for_disk, write_attachment_copy
from desktop_app.core.attachments import (
    CHUNK_SIZE,
    add_attachment,
    attachments_of,
    iter_attachment_bytes,
    safe_file_name,
)
from desktop_app.core.errors import AttachmentTooLarge, Cancelled, InvalidInput, RecordNotFound
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.core.verify import verify_vault


class CountingReader(io.RawIOBase):
    """A file that produces its bytes on demand and records the largest read asked of it."""

    def __init__(self, size: int) -> None:
        self.remaining = size
        self.largest_read = 0
        self.digest = hashlib.sha256()
        self._counter = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        self.largest_read = max(self.largest_read, n)
        n = self.remaining if n < 0 else min(n, self.remaining)
        data = bytes((self._counter + i) % 251 for i in range(n))
        self._counter += n
        self.remaining -= n
        self.digest.update(data)
        return data


def _case(vault: Vault) -> UUID:
    with vault.transaction() as session:
        return vault.writer(session).create("case", {"reference": "R", "title": "T"}).id


def _attach(vault: Vault, owner: UUID, source: BinaryIO, name: str, **kw: object) -> Attachment:
    with vault.transaction() as session:
        return add_attachment(vault.writer(session), "case", owner, source, name, **kw)


def _stored_bytes(vault: Vault, attachment_id: UUID) -> bytes:
    with vault.read() as session:
        return b"".join(iter_attachment_bytes(session, attachment_id))


def _chunk_count(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(AttachmentChunk)) or 0


def test_file_larger_than_a_chunk_round_trips_byte_for_byte(tmp_vault: Vault) -> None:
    case_id = _case(tmp_vault)
    data = os.urandom(2 * CHUNK_SIZE + 12345)
    progress: list[tuple[int, int]] = []
    attachment = _attach(
        tmp_vault,
        case_id,
        io.BytesIO(data),
        "recording.ogg",
        total_size=len(data),
        progress=lambda done, total: progress.append((done, total)),
    )
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert attachment.size == len(data)
    assert attachment.media_type == "audio/ogg"
    assert _stored_bytes(tmp_vault, attachment.id) == data
    assert _chunk_count(tmp_vault) == 3
    assert progress[-1] == (len(data), len(data))
    assert verify_vault(tmp_vault) == []


def test_intake_reads_one_chunk_at_a_time(tmp_vault: Vault) -> None:
    case_id = _case(tmp_vault)
    source = CountingReader(3 * CHUNK_SIZE + 1)
    attachment = _attach(tmp_vault, case_id, source, "scan.pdf")  # type: ignore[arg-type]
    assert source.largest_read == CHUNK_SIZE
    assert attachment.sha256 == source.digest.hexdigest()


def test_empty_file_is_kept_with_its_hash(tmp_vault: Vault) -> None:
    attachment = _attach(tmp_vault, _case(tmp_vault), io.BytesIO(b""), "empty.txt")
    assert attachment.size == 0
    assert attachment.sha256 == hashlib.sha256(b"").hexdigest()
    assert _stored_bytes(tmp_vault, attachment.id) == b""


def test_oversize_file_is_refused_and_nothing_is_stored(tmp_vault: Vault) -> None:
    case_id = _case(tmp_vault)
    with pytest.raises(AttachmentTooLarge, match=r"big\.bin is larger than the 1000 bytes"):
        _attach(tmp_vault, case_id, io.BytesIO(bytes(CHUNK_SIZE)), "big.bin", max_bytes=1000)
    # Refused up front when the size is known.
    with pytest.raises(AttachmentTooLarge, match="2 MiB"):
        _attach(
            tmp_vault,
            case_id,
            CountingReader(3 * CHUNK_SIZE),  # type: ignore[arg-type]
            "video.mp4",
            total_size=3 * CHUNK_SIZE,
            max_bytes=2 * CHUNK_SIZE,
        )
    assert _chunk_count(tmp_vault) == 0
    with tmp_vault.read() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_refused_file_leaves_no_chunk_even_if_the_caller_carries_on(tmp_vault: Vault) -> None:
    case_id = _case(tmp_vault)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        with pytest.raises(AttachmentTooLarge):
            add_attachment(
                writer, "case", case_id, io.BytesIO(bytes(3 * CHUNK_SIZE)), "a.bin",
                max_bytes=2 * CHUNK_SIZE,
            )  # fmt: skip
        with pytest.raises(Cancelled):
            add_attachment(
                writer, "case", case_id, io.BytesIO(bytes(3 * CHUNK_SIZE)), "b.bin",
                cancelled=lambda: True,
            )  # fmt: skip
        add_attachment(writer, "case", case_id, io.BytesIO(b"kept"), "c.txt")
    assert _chunk_count(tmp_vault) == 1
    assert verify_vault(tmp_vault) == []


def test_attachment_needs_a_live_owner(tmp_vault: Vault) -> None:
    with pytest.raises(RecordNotFound, match="no case with id"):
        _attach(tmp_vault, uuid4(), io.BytesIO(b"x"), "x.txt")
    case_id = _case(tmp_vault)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        with pytest.raises(InvalidInput, match="attachments belong to one of"):
            add_attachment(writer, "attachment", case_id, io.BytesIO(b"x"), "x.txt")
        writer.delete(get_record(session, "case", case_id))
    with pytest.raises(RecordNotFound):
        _attach(tmp_vault, case_id, io.BytesIO(b"x"), "x.txt")


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("/etc/shadow", "shadow"),
        # A backslash is a letter of a Linux or macOS name: the drive goes, the name stays.
        ("C:\\Windows\\System32\\evil.dll", "\\Windows\\System32\\evil.dll"),
        ("..\\..\\boot.ini", "..\\..\\boot.ini"),
        ("photo\x00.jpg", "photo.jpg"),
        # A line break parted two words, as a space does; not glued into one.
        ("line\nbreak.txt", "line break.txt"),
        ("строка1 \r\n строка2\t(копия).txt", "строка1 строка2 (копия).txt"),
        ("\x1b[31mred\x1b[0m.txt", "[31mred[0m.txt"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),  # RIGHT-TO-LEFT OVERRIDE
        ("\u200fright\u200e-to-left.pdf", "right-to-left.pdf"),
        ("  протокол допроса.pdf  ", "протокол допроса.pdf"),
        ("x" * 300 + ".txt", "x" * 251 + ".txt"),
        ("y" * 300, "y" * 255),
        # decomposed (as macOS writes names) and composed: one spelling
        (unicodedata.normalize("NFD", "Йўлдош_ёзув.txt"), "Йўлдош_ёзув.txt"),
        ("Йўлдош_ёзув.txt", "Йўлдош_ёзув.txt"),
    ],
)
def test_file_names_are_sanitised(tmp_vault: Vault, given: str, kept: str) -> None:
    assert safe_file_name(given) == kept
    attachment = _attach(tmp_vault, _case(tmp_vault), io.BytesIO(b"data"), given)
    assert attachment.file_name == kept


def test_a_long_cyrillic_name_is_kept_and_its_copy_is_written_under_a_shorter_one(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # 199 characters, 369 bytes in UTF-8: a name NTFS takes, longer than ext4 does.
    stored = "Протокол допроса свидетеля " * 7 + "Оʻktam.pdf"
    attachment = _attach(tmp_vault, _case(tmp_vault), io.BytesIO(b"%PDF-1.7 text"), stored)
    with tmp_vault.read() as session:
        assert get_record(session, "attachment", attachment.id).file_name == stored
        # The name Sandiq suggests, and the stored name typed into the save dialog.
        for chosen in (name_for_disk(stored), stored):
            # Before: the name typed was refused ("File name too long").
            written = write_attachment_copy(session, attachment.id, out / chosen)
            assert written.parent == out and written.read_bytes() == b"%PDF-1.7 text"
            assert written.suffix == ".pdf" and len(written.name.encode()) <= 255
            assert stored.startswith(written.stem)
    assert {p.name for p in out.iterdir()} == {name_for_disk(stored)}


@pytest.mark.parametrize("length", [242, 250, 255])
def test_a_name_of_up_to_255_bytes_is_saved_back_as_it_is(
    tmp_vault: Vault, tmp_path: Path, length: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stored = "ж" * ((length - 5) // 2) + "x" * ((length - 5) % 2) + ".docx"
    assert len(stored.encode()) == length
    attachment = _attach(tmp_vault, _case(tmp_vault), io.BytesIO(b"PK\x03\x04"), stored)
    # Before: names past 241 bytes were cut, for a temp name 14 bytes longer.
    assert name_for_disk(stored) == stored
    with tmp_vault.read() as session:
        write_attachment_copy(session, attachment.id, out / name_for_disk(stored))
    assert [p.name for p in out.iterdir()] == [stored]


@pytest.mark.parametrize("given", ["", "..", ".", "/", "../", "\u202e", "\x00\x01", "dir/.."])
def test_names_with_nothing_left_are_refused(tmp_vault: Vault, given: str) -> None:
    with pytest.raises(InvalidInput, match="no usable file name"):
        _attach(tmp_vault, _case(tmp_vault), io.BytesIO(b"x"), given)


def test_attachments_of_lists_live_ones_by_name(tmp_vault: Vault) -> None:
    case_id = _case(tmp_vault)
    for name in ("b.jpg", "a.jpg", "c.jpg"):
        _attach(tmp_vault, case_id, io.BytesIO(name.encode()), name)
    with tmp_vault.transaction() as session:
        first = attachments_of(session, case_id)[0]
        tmp_vault.writer(session).delete(first)
    with tmp_vault.read() as session:
        assert [a.file_name for a in attachments_of(session, case_id)] == ["b.jpg", "c.jpg"]


def test_verify_notices_altered_attachment_bytes(tmp_vault: Vault) -> None:
    attachment = _attach(tmp_vault, _case(tmp_vault), io.BytesIO(b"original"), "a.txt")
    with tmp_vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE attachment_chunk SET data = X'00'")
    assert f"attachment {attachment.id}: bytes do not match their SHA-256" in verify_vault(
        tmp_vault
    )
