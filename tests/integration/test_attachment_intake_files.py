"""Opening a file for intake: only regular files, refused before a byte is read or a pipe is
waited on; a Cancel stops the intake before the next chunk is read."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Attachment, AttachmentChunk
from desktop_app.core.attachments import (
    CHUNK_SIZE,
    NOT_A_REGULAR_FILE,
    add_attachment,
    intake_size,
    open_for_intake,
)
from desktop_app.core.errors import Cancelled, InvalidInput
from desktop_app.core.vault import Vault

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _refusal_within_seconds(path: Path) -> BaseException | None:
    """What open_for_intake(path) raised, on a thread given 5 s (a blocked open would hang the
    test run); None if it opened the file."""
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            open_for_intake(path).close()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive() and hasattr(os, "mkfifo") and path.is_fifo():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # let the blocked open return
        thread.join(5)
        pytest.fail(f"opening {path} waited for a writer")
    assert outcome, f"opening {path} did not return"
    return outcome[0]


@needs_fifo
def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refusal = _refusal_within_seconds(fifo)
    assert isinstance(refusal, InvalidInput)
    assert str(refusal) == NOT_A_REGULAR_FILE.format(fifo) == f"{fifo} is not a regular file"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_is_refused_before_a_byte_is_read() -> None:
    refusal = _refusal_within_seconds(Path("/dev/zero"))
    assert isinstance(refusal, InvalidInput)
    assert str(refusal) == "/dev/zero is not a regular file"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("Windows refuses to open a folder as a file (PermissionError)")
    assert str(_refusal_within_seconds(tmp_path)) == f"{tmp_path} is not a regular file"


def test_a_regular_file_opens_with_its_size_and_reads_whole(tmp_path: Path) -> None:
    source = tmp_path / "протокол.pdf"
    source.write_bytes(b"%PDF-1.4 statement")
    with open_for_intake(source) as opened:
        assert intake_size(opened) == len(b"%PDF-1.4 statement")
        assert opened.read() == b"%PDF-1.4 statement"


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_for_intake(tmp_path / "gone.txt")


def test_cancel_stops_the_intake_before_the_next_read(tmp_vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "recording.ogg"
    source.write_bytes(bytes(4 * CHUNK_SIZE))
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create("case", {"reference": "R", "title": "T"})
        case_id = case.id
    cancel = threading.Event()
    with open_for_intake(source) as opened:
        with pytest.raises(Cancelled), tmp_vault.transaction() as session:
            add_attachment(
                tmp_vault.writer(session),
                "case",
                case_id,
                opened,
                source.name,
                total_size=intake_size(opened),
                progress=lambda _done, _total: cancel.set(),  # Cancel pressed at the first bar
                cancelled=cancel.is_set,
            )
        assert opened.tell() == CHUNK_SIZE
    with tmp_vault.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 0
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
