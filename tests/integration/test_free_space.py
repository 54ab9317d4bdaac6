"""A file that cannot fit on its disk is refused at once, in one line, with nothing written:
an attachment taken into the vault, a copy of one written out, a bundle.

The disk cannot be filled for a test, so only the free space that shutil.disk_usage reports
for the folder concerned is made up; everything is written for real.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from db.exchange_state import ExchangedBundle
from desktop_app.core.attachment_access import write_attachment_copy
from desktop_app.core.attachments import CHUNK_SIZE, INTAKE_MARGIN_BYTES, add_attachment
from desktop_app.core.disk_space import NotEnoughSpace
from desktop_app.core.verify import verify_vault
from tests.integration.exchange_support import Site, acquainted, sample_case
from tests.integration.test_attachments import CountingReader

GiB = 1024**3


class Recording(CountingReader):
    """A file of size bytes made on demand that fails the test once read past read_at_most
    bytes: an intake that went on would otherwise fill the test machine's disk first."""

    def __init__(self, size: int, read_at_most: int) -> None:
        super().__init__(size)
        self.size, self.read_at_most = size, read_at_most

    def read(self, n: int = -1) -> bytes:
        assert self.size - self.remaining < self.read_at_most, "read on after the refusal"
        return super().read(n)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice, with a case and its attachments, and Bob, her contact."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        sample_case(alice)
        yield alice, bob


def _attach(site: Site, source: io.RawIOBase | io.BytesIO, name: str, size: int) -> UUID:
    case_id = UUID(site.document()["cases"][0]["id"])
    with site.vault.transaction() as session:
        writer = site.vault.writer(session)
        return add_attachment(writer, "case", case_id, source, name, total_size=size).id  # type: ignore[arg-type]


def free_space_of(
    monkeypatch: pytest.MonkeyPatch, folder: Path, free: Callable[[], int]
) -> list[Path]:
    """Make the disk of folder (and of what is in it) report free() bytes free; the folders
    asked about are listed in the list returned."""
    real = shutil.disk_usage
    asked: list[Path] = []

    def disk_usage(path: str | Path) -> object:
        usage = real(path)
        if not Path(path).resolve().is_relative_to(folder.resolve()):
            return usage
        asked.append(Path(path))
        return type(usage)(usage.total, usage.total - free(), free())

    monkeypatch.setattr(shutil, "disk_usage", disk_usage)
    return asked


def test_a_video_larger_than_the_free_space_is_refused_at_once(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = sites
    before = alice.snapshot()
    asked = free_space_of(monkeypatch, alice.vault.path, lambda: 1 * GiB)
    video = Recording(3 * GiB, read_at_most=CHUNK_SIZE)
    with pytest.raises(NotEnoughSpace) as refused:
        _attach(alice, video, "допрос.mp4", 3 * GiB)
    # Before: chunks went into the write-ahead log until the disk was full ("database or disk
    # is full"), and the vault would not open again until space was freed.
    assert str(refused.value) == (
        "Not enough free space: adding this file to the vault needs about 6.4 GiB, 1.0 GiB free"
    )
    assert asked and all(p == alice.vault.path for p in asked)
    monkeypatch.undo()
    assert alice.snapshot() == before
    assert verify_vault(alice.vault) == []


def test_a_disk_filling_up_midway_stops_the_intake_and_the_vault_goes_on(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = sites
    before = alice.snapshot()
    # A recording of unknown length (a pipe) while another program fills the disk: 2 bytes
    # gone for each byte read.
    recording = CountingReader(64 * CHUNK_SIZE)
    start = INTAKE_MARGIN_BYTES + 12 * CHUNK_SIZE
    free_space_of(
        monkeypatch,
        alice.vault.path,
        lambda: start - 2 * (64 * CHUNK_SIZE - recording.remaining),
    )
    with pytest.raises(NotEnoughSpace, match=r"^Not enough free space: adding this file"):
        _attach(alice, recording, "stream.ogg", 0)
    assert 0 < recording.remaining < 64 * CHUNK_SIZE  # stopped midway
    monkeypatch.undo()
    assert alice.snapshot() == before
    _attach(alice, io.BytesIO(b"a later file"), "later.txt", 12)
    assert verify_vault(alice.vault) == []


def test_a_copy_that_does_not_fit_is_refused_and_nothing_is_written(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alice, _ = sites
    attachment_id = _attach(alice, io.BytesIO(bytes(3 * CHUNK_SIZE)), "scan.tiff", 3 * CHUNK_SIZE)
    stick = tmp_path / "usb"
    stick.mkdir()
    free_space_of(monkeypatch, stick, lambda: CHUNK_SIZE)
    with alice.vault.read() as session:
        with pytest.raises(NotEnoughSpace) as refused:
            write_attachment_copy(session, attachment_id, stick / "scan.tiff")
        assert str(refused.value) == (
            "Not enough free space: this copy needs about 3.0 MiB, 1.0 MiB free"
        )
        assert list(stick.iterdir()) == []
        monkeypatch.undo()
        written = write_attachment_copy(session, attachment_id, stick / "scan.tiff")
    assert written.read_bytes() == bytes(3 * CHUNK_SIZE)


def test_a_bundle_that_does_not_fit_is_refused_and_nothing_is_recorded_as_sent(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = sites
    free_space_of(monkeypatch, alice.folder, lambda: 1000)
    with pytest.raises(NotEnoughSpace, match=r"^Not enough free space: this bundle needs about "):
        alice.export("Bob", since_last=True)
    assert list(alice.folder.glob("*.sandiq*")) == []
    with alice.vault.read() as session:
        assert session.scalars(select(ExchangedBundle)).all() == []
    monkeypatch.undo()
    assert alice.export("Bob", since_last=True).sequence == 1
