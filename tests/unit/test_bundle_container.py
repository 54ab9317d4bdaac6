"""Bundles end to end: write, open, and refuse damaged files without leaving anything behind."""

from __future__ import annotations

import errno
import functools
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import threading
import tracemalloc
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest

from desktop_app.core.errors import BundleRejected, Cancelled, InvalidInput
from desktop_app.core.exchange import (
    AttachmentSource,
    BundleIdentity,
    VerifiedBundle,
    open_bundle,
    staging,
    write_bundle,
)
from desktop_app.core.exchange import open_refusals as messages
from desktop_app.core.exchange.format import CURRENT
from desktop_app.core.exchange.staging import StagingArea
from desktop_app.core.exchange.verified import STAGING_DAMAGED
from tests.unit.bundle_stores import CountingStore, MemoryStore
from tests.unit.bundle_versions import nothing_before

ALICE = BundleIdentity.generate()
BOB = BundleIdentity.generate()
CAROL = BundleIdentity.generate()
CANARY = "CANARY-Ҷӯрабек-7f3a9c"
RECORDS = {"format": "sandiq-interchange", "cases": [{"title": CANARY, "n": 1}]}
BIG_RECORDS = {"cases": [{"title": CANARY, "n": n} for n in range(20_000)]}  # about 800 KB
AGE_CHUNK = 64 * 1024 + 16
TO_BOB = nothing_before(BOB.public)


def source(data: bytes, name: str = "photo.jpg") -> AttachmentSource:
    return AttachmentSource(
        uuid.uuid4(), name, len(data), hashlib.sha256(data).digest(), lambda: io.BytesIO(data)
    )


def bundle_bytes(
    attachments: list[AttachmentSource] | None = None,
    recipients: tuple = (BOB,),
    records: dict = RECORDS,
    **kwargs,
) -> bytes:
    out = io.BytesIO()
    keys = [r.public for r in recipients]
    write_bundle(
        out, ALICE, keys, 1, records, attachments or [], sent_before=nothing_before(*keys), **kwargs
    )
    return out.getvalue()


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    yield
    staging = [t for t in threading.enumerate() if t.name.startswith("sandiq-staging")]
    assert not staging, "a staging thread outlived its bundle"


@pytest.fixture
def staging_dir(tmp_path: Path) -> Iterator[Path]:
    """Where staging happens; every test checks it is empty afterwards."""
    directory = tmp_path / "staging"
    directory.mkdir()
    yield directory
    assert list(directory.iterdir()) == []


def open_data(tmp_path: Path, staging_dir: Path, data: bytes, me=BOB, **kwargs) -> VerifiedBundle:
    path = tmp_path / "in.sandiq"
    path.write_bytes(data)
    kwargs.setdefault("known_contacts", [ALICE.public])
    return open_bundle(path, me, staging_dir=staging_dir, **kwargs)


def assert_refused(tmp_path: Path, staging_dir: Path, data: bytes, message: str, **kw) -> None:
    with pytest.raises(BundleRejected, match=f"^{re.escape(message)}$"):
        open_data(tmp_path, staging_dir, data, **kw)


def test_round_trip_keeps_records_and_every_attachment_byte(tmp_path, staging_dir) -> None:
    big = random.Random(1).randbytes(3 * 65536 + 123)
    attachments = [source(big, "запись интервью.mp3"), source(b"", "empty.txt"), source(b"x")]
    created = datetime(2025, 3, 1, 12, 30, 15, 999, tzinfo=UTC)
    data = bundle_bytes(attachments, created_at=created)
    store = MemoryStore()
    with open_data(tmp_path, staging_dir, data, store=store) as bundle:
        assert bundle.read_records() == RECORDS
        assert bundle.is_sender_known and bundle.sender == ALICE.public
        assert bundle.info.created_at == created.replace(microsecond=0)
        assert bundle.info.recipients == (BOB.key_id,)
        # A second pass gives the same records.
        assert bundle.read_records() == RECORDS
    received = [(e.name, e.id, store.files[e.id]) for e in store.entries]
    assert received == [(a.name, a.id, a.open().read()) for a in attachments]


def test_a_store_gets_only_the_files_it_asks_for(tmp_path, staging_dir) -> None:
    attachments = [source(b"first"), source(b"second"), source(b"third")]

    class Picky(MemoryStore):
        def begin(self, entry) -> bool:
            super().begin(entry)
            return entry.id != attachments[1].id

    store = Picky()
    open_data(tmp_path, staging_dir, bundle_bytes(attachments), store=store).close()
    assert store.files == {attachments[0].id: b"first", attachments[2].id: b"third"}


def test_a_store_may_have_received_bytes_of_a_bundle_that_is_then_refused(
    tmp_path, staging_dir
) -> None:
    # Why a store must keep what it gets somewhere it can discard: age hands over each chunk
    # as it authenticates, and a damaged last chunk is only found at the end.
    damaged = bytearray(bundle_bytes([source(random.Random(6).randbytes(5 * 65536))]))
    damaged[-5] ^= 1
    store = CountingStore()
    assert_refused(tmp_path, staging_dir, bytes(damaged), messages.DAMAGED, store=store)
    assert store.received >= 4 * 65536


def test_bundle_without_attachments_round_trips(tmp_path, staging_dir) -> None:
    store = MemoryStore()
    with open_data(tmp_path, staging_dir, bundle_bytes(), store=store) as bundle:
        assert bundle.read_records() == RECORDS
    assert store.entries == []


def test_every_recipient_can_open_and_no_one_else(tmp_path, staging_dir) -> None:
    data = bundle_bytes(recipients=(BOB, CAROL, ALICE))
    for me in (BOB, CAROL, ALICE):
        with open_data(tmp_path, staging_dir, data, me=me) as bundle:
            assert bundle.read_records() == RECORDS
    assert_refused(tmp_path, staging_dir, data, messages.NOT_FOR_ME, me=BundleIdentity.generate())


def test_unknown_sender_is_refused_but_can_be_inspected(tmp_path, staging_dir) -> None:
    data = bundle_bytes()
    message = messages.UNKNOWN_SENDER.format(ALICE.fingerprint)
    assert_refused(tmp_path, staging_dir, data, message, known_contacts=[CAROL.public])
    with open_data(
        tmp_path, staging_dir, data, known_contacts=[], require_known_sender=False
    ) as bundle:
        assert not bundle.is_sender_known
        assert bundle.sender.fingerprint == ALICE.fingerprint


def test_output_is_a_standard_age_file(tmp_path) -> None:
    data = bundle_bytes([source(b"attachment")])
    assert pyrage.decrypt(data, [BOB.age_identity()]).startswith(CURRENT.magic)
    if shutil.which("age") is None:
        pytest.skip("the reference age tool is not installed")
    key = tmp_path / "bob.key"
    key.write_text(str(BOB.age_identity()) + "\n")
    plain = subprocess.run(
        ["age", "--decrypt", "-i", str(key)], input=data, capture_output=True, check=True
    ).stdout
    assert plain == pyrage.decrypt(data, [BOB.age_identity()])


def test_staging_holds_no_plaintext_and_is_removed_on_close(tmp_path, staging_dir) -> None:
    attachment = (CANARY.encode() * 5000)[:100_000]
    with open_data(tmp_path, staging_dir, bundle_bytes([source(attachment)])) as bundle:
        (staged,) = [p for d in staging_dir.iterdir() for p in d.iterdir()]
        content = staged.read_bytes()
        assert content.startswith(b"age-encryption.org/v1\n")
        assert CANARY.encode() not in content and b"photo.jpg" not in content
        bundle.read_records()


def test_damaged_staging_file_fails_the_read_not_silently(tmp_path, staging_dir) -> None:
    with open_data(tmp_path, staging_dir, bundle_bytes(records=BIG_RECORDS)) as bundle:
        (staged,) = [p for d in staging_dir.iterdir() for p in d.iterdir()]
        content = bytearray(staged.read_bytes())
        content[-100] ^= 1
        staged.write_bytes(bytes(content))
        with pytest.raises(BundleRejected, match=re.escape(STAGING_DAMAGED)):
            bundle.read_records()


def test_stopping_early_leaves_no_thread_or_file(tmp_path, staging_dir) -> None:
    with open_data(tmp_path, staging_dir, bundle_bytes(records=BIG_RECORDS)) as bundle:
        for _ in bundle.records_chunks():
            break
        passes = bundle.records_chunks()
        next(passes)  # left suspended: close() must still stop it


def test_truncation_at_every_chunk_boundary_and_random_offsets(tmp_path, staging_dir) -> None:
    data = bundle_bytes([source(random.Random(2).randbytes(4 * 65536))])
    header = data.index(b"\n--- ") + data[data.index(b"\n--- ") + 1 :].index(b"\n") + 2
    cuts = {header, header + 16, len(data) - 1, len(data) - 17, 0, 10}
    cuts |= {header + 16 + k * AGE_CHUNK for k in range(len(data) // AGE_CHUNK + 1)}
    cuts |= set(random.Random(3).sample(range(len(data)), 20))
    for cut in sorted(c for c in cuts if c < len(data)):
        with pytest.raises(BundleRejected):
            open_data(tmp_path, staging_dir, data[:cut])


def test_reordered_or_repeated_chunks_are_refused(tmp_path, staging_dir) -> None:
    data = bundle_bytes([source(random.Random(4).randbytes(3 * 65536))])
    start = data.index(b"\n--- ") + data[data.index(b"\n--- ") + 1 :].index(b"\n") + 2 + 16
    chunks = [data[i : i + AGE_CHUNK] for i in range(start, len(data), AGE_CHUNK)]
    head = data[:start]
    for order in ([1, 0, 2, 3], [0, 2, 1, 3], [0, 1, 1, 3], [0, 1, 2, 2, 3]):
        damaged = head + b"".join(chunks[i] for i in order)
        assert_refused(tmp_path, staging_dir, damaged, messages.DAMAGED)
    # A dropped chunk is caught even before age notices: the manifest promises more.
    dropped = head + chunks[0] + chunks[1] + chunks[3]
    assert_refused(tmp_path, staging_dir, dropped, messages.TOO_LARGE_FOR_FILE)


def test_every_flipped_header_byte_is_refused(tmp_path, staging_dir) -> None:
    data = bundle_bytes()
    header_end = data.index(b"\n--- ") + data[data.index(b"\n--- ") + 1 :].index(b"\n") + 2
    for position in range(header_end + 16):
        damaged = bytearray(data)
        damaged[position] ^= 0x20
        with pytest.raises(BundleRejected):
            open_data(tmp_path, staging_dir, bytes(damaged))


def test_flipped_payload_bytes_are_refused(tmp_path, staging_dir) -> None:
    data = bundle_bytes([source(bytes(100_000))])
    for position in [*random.Random(5).sample(range(400, len(data)), 40), len(data) - 1]:
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        assert_refused(tmp_path, staging_dir, bytes(damaged), messages.DAMAGED)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", messages.NOT_A_BUNDLE),
        (b"garbage" * 1000, messages.NOT_A_BUNDLE),
        (b"age-encryption.org/v1\n-> X25519 abc\n" + b"A" * 64 * 1024, messages.HEADER_TOO_LARGE),
        (b"age-encryption.org/v1\n" + b"-> X\nAAAA\n" * 5000, messages.HEADER_TOO_LARGE),
        (b"age-encryption.org/v1\n-> X25519 abc\n--- abc\n" + bytes(100), messages.NOT_A_BUNDLE),
    ],
)
def test_garbage_and_oversized_headers_are_refused(tmp_path, staging_dir, data, message) -> None:
    assert_refused(tmp_path, staging_dir, data, message)


def test_armored_age_file_is_refused(tmp_path, staging_dir) -> None:
    plain = pyrage.decrypt(bundle_bytes(), [BOB.age_identity()])
    armored = pyrage.encrypt(plain, [BOB.public.age_recipient_key()], armored=True)
    assert_refused(tmp_path, staging_dir, armored, messages.NOT_A_BUNDLE)


def test_missing_file_is_one_line_error(tmp_path, staging_dir) -> None:
    with pytest.raises(BundleRejected, match=r"^Could not read the bundle file"):
        open_bundle(tmp_path / "nope.sandiq", BOB, [ALICE.public], staging_dir=staging_dir)


def test_writer_refuses_unsafe_attachment_names_before_writing() -> None:
    for name in ("../etc/passwd", "/abs", "C:\\x", "a\x00b", "a\u202egpj.exe", ".", " x"):
        out = io.BytesIO()
        with pytest.raises(InvalidInput):
            write_bundle(
                out, ALICE, [BOB.public], 1, RECORDS, [source(b"x", name)], sent_before=TO_BOB
            )
        assert out.getvalue() == b""


def test_writer_refuses_bad_arguments() -> None:
    for kwargs in (
        {"recipients": []},
        {"sequence": 0},
        {"sequence": 2**53},
        {"records": {"x": float("nan")}},
        {"records": {"x": object()}},
        {"created_at": datetime(2025, 1, 1)},
    ):
        arguments = {
            "recipients": [BOB.public], "sequence": 1, "records": RECORDS, "sent_before": TO_BOB
        } | kwargs  # fmt: skip
        with pytest.raises(InvalidInput):
            write_bundle(io.BytesIO(), ALICE, **arguments)  # type: ignore[arg-type]


def test_attachment_changed_since_intake_leaves_an_unreadable_file(tmp_path, staging_dir) -> None:
    good = source(bytes(70_000))
    changed = AttachmentSource(
        uuid.uuid4(), good.name, good.size, good.sha256, lambda: io.BytesIO(bytes(69_999) + b"1")
    )
    for attachments in ([changed], [good, changed]):
        out = io.BytesIO()
        with pytest.raises(InvalidInput, match=str(changed.id)):
            write_bundle(out, ALICE, [BOB.public], 1, RECORDS, attachments, sent_before=TO_BOB)
        with pytest.raises(BundleRejected):
            open_data(tmp_path, staging_dir, out.getvalue())


def test_progress_reaches_the_total_and_cancel_stops(tmp_path, staging_dir) -> None:
    reports: list[tuple[int, int]] = []
    data = bundle_bytes([source(bytes(3_000_000))], progress=lambda d, t: reports.append((d, t)))
    assert reports[-1][0] == reports[-1][1] and len(reports) >= 3
    checks = iter(range(100))
    with pytest.raises(Cancelled):
        bundle_bytes([source(bytes(3_000_000))], cancel=lambda: next(checks) == 50)
    reports.clear()
    open_data(tmp_path, staging_dir, data, progress=lambda d, t: reports.append((d, t))).close()
    assert reports[-1] == (len(data), len(data))
    checks = iter(range(100))
    with pytest.raises(Cancelled):
        open_data(tmp_path, staging_dir, data, cancel=lambda: next(checks) == 50)


class PatternFile(io.RawIOBase):
    """size bytes of a repeating pattern, produced as they are read (never all in memory)."""

    PATTERN = bytes(range(256)) * 256

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size, self.position = size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        offset = self.position % len(self.PATTERN)
        count = min(len(buffer), self.size - self.position, len(self.PATTERN) - offset)
        buffer[:count] = self.PATTERN[offset : offset + count]
        self.position += count
        return count

    @classmethod
    def digest(cls, size: int) -> bytes:
        digest = hashlib.sha256()
        for piece in iter(functools.partial(cls(size).read, 1 << 20), b""):
            digest.update(piece)
        return digest.digest()


def test_memory_stays_bounded_for_a_large_attachment(tmp_path, staging_dir) -> None:
    size = 24 * 1024 * 1024 + 7
    big = AttachmentSource(
        uuid.uuid4(), "big.bin", size, PatternFile.digest(size), lambda: PatternFile(size)
    )
    path = tmp_path / "big.sandiq"
    tracemalloc.start()
    try:
        with open(path, "wb") as out:
            write_bundle(out, ALICE, [BOB.public], 1, RECORDS, [big], sent_before=TO_BOB)
        store = CountingStore()
        open_bundle(path, BOB, [ALICE.public], staging_dir=staging_dir, store=store).close()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert store.received == size
    assert peak < 6 * 1024 * 1024


def test_too_little_disk_space_is_refused_before_staging(tmp_path, staging_dir, monkeypatch):
    monkeypatch.setattr(StagingArea, "free_bytes", lambda self: 1000)
    data = bundle_bytes([source(bytes(100))])
    assert_refused(tmp_path, staging_dir, data, messages.NO_SPACE.format(17))


def test_disk_full_while_staging_is_refused_and_cleaned_up(tmp_path, staging_dir, monkeypatch):
    class FullDisk(io.FileIO):
        def write(self, data) -> int:
            if self.tell() > 100_000:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return super().write(data)

    monkeypatch.setattr(staging, "open", FullDisk, raising=False)
    data = bundle_bytes(records=BIG_RECORDS)
    message = messages.STAGING_FAILED.format(os.strerror(errno.ENOSPC))
    assert_refused(tmp_path, staging_dir, data, message)


def test_disk_full_while_writing_raises_the_os_error() -> None:
    class FullDisk(io.BytesIO):
        def write(self, data) -> int:
            if self.tell() > 100_000:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return super().write(data)

    with pytest.raises(OSError) as failure:
        write_bundle(
            FullDisk(),
            ALICE,
            [BOB.public],
            1,
            RECORDS,
            [source(bytes(500_000))],
            sent_before=TO_BOB,
        )
    assert failure.value.errno == errno.ENOSPC
