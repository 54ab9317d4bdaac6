"""Benchmark: exporting and importing a bundle of 10,000 testimonies and their attachments.

Run by `make bench` (figures only) or `make bench CHECK=1` (fails on a missed target). Alice's
vault holds 10,000 synthetic testimonies (``synthetic.py``: 200 cases, 2,000 people, 1,000
events) and attachments of random bytes: 256 MB by default, 1 GB with
SANDIQ_BENCH_ATTACHMENT_MB=1024 (the workload the issue names; it takes a few minutes).

Each timed run is its own process, so its peak RSS is the run's memory high-water mark, and
starts after ``os.sync()``, so that no run pays for writing back an earlier one's data:

- Sandiq export: ``export_bundle`` of everything to a contact (records read from the vault and
  serialized, attachments streamed from the vault, age encryption, signature, atomic write).
- Sandiq import: ``import_bundle`` into an empty vault (age decryption, every check, the records
  part into encrypted staging and the attachments into the open vault transaction, merge
  through RecordWriter, one commit).
- Baseline export: the same payload bytes (attachments read from the vault the same way, a
  records part of the same size) through raw ChaCha20-Poly1305 from ``cryptography`` in 64 KiB
  chunks, written to a file and fsynced.
- Baseline import: that file read back in 64 KiB chunks, decrypted, and the attachment bytes
  written into a vault's attachment table in 1 MiB rows, one commit: the same writes.
- In-memory raw cipher (information): ChaCha20-Poly1305 over the same number of bytes, no I/O.
- The same records imported by import-json (information): the core's own write path
  (validation, revisions, audit chain, search index) that a bundle import also goes through.

The GUI-thread stall is measured in this process: an offscreen QApplication runs a 5 ms QTimer
while export and then import run on a worker through ``run_task``; the longest gap between two
ticks, less the interval, is the stall.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from db import models
from db.models import Attachment, AttachmentChunk
from desktop_app.core.attachments import add_attachment, iter_attachment_bytes
from desktop_app.core.exchange.contacts import add_contact, my_contact_file
from desktop_app.core.exchange.export import export_bundle
from desktop_app.core.exchange.importer import import_bundle
from desktop_app.core.interchange import import_document
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.exchange_jobs import export_job, import_job
from tests.benchmarks.synthetic import synthetic_document
from tests.conftest import FAST_KDF, PASSPHRASE

TESTIMONIES = 10_000
ATTACHMENT_MB = int(os.environ.get("SANDIQ_BENCH_ATTACHMENT_MB", "256"))
FILE_MB = 16
CHUNK = 64 * 1024
TAG = 16
TARGET_RATIO = 0.8
TARGET_PEAK_MB = 200
TARGET_STALL_MS = 50
TIMER_MS = 5
# Each measured run is repeated and its best time kept: the shared disk's speed swings by half
# from minute to minute. Round i exports to its own colleague (so that "since last" carries
# everything each time) and imports into a fresh copy of that colleague's empty vault.
ROUNDS = int(os.environ.get("SANDIQ_BENCH_ROUNDS", "2"))
RECEIVERS = tuple(f"Bob{index}" for index in range(1, ROUNDS + 1))
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    """What one child process measured."""

    seconds: float
    bytes: int
    peak_mb: float

    @property
    def mb_per_s(self) -> float:
        """Throughput in MB/s."""
        return self.bytes / self.seconds / 1e6


def _site(root: Path, name: str) -> Vault:
    return create_vault(root / name, PASSPHRASE, display_name=name, kdf=FAST_KDF).vault


def _fill(vault: Vault) -> None:
    with vault.transaction() as session:
        import_document(vault.writer(session), synthetic_document(TESTIMONIES, seed=2026))
    with vault.read() as session:
        owners = list(session.scalars(select(models.Testimony.id).limit(ATTACHMENT_MB // FILE_MB)))
    for index, owner in enumerate(owners):
        data = os.urandom(FILE_MB * 1024 * 1024)
        with vault.transaction() as session:
            add_attachment(
                vault.writer(session), "testimony", owner, io.BytesIO(data), f"rec-{index}.wav"
            )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Alice's full vault, and empty vaults of colleagues who know her (all locked)."""
    root = tmp_path_factory.mktemp("exchange-bench")
    names = ("Alice", "Carol", "Dave", "Erin", *RECEIVERS)
    vaults = {name: _site(root, name) for name in names}
    _fill(vaults["Alice"])
    for name in names[1:]:
        with vaults[name].read() as session:
            add_contact(vaults["Alice"], my_contact_file(session))
        with vaults["Alice"].read() as session:
            add_contact(vaults[name], my_contact_file(session))
    with vaults["Dave"].transaction() as session:  # an attachment row for the baseline's chunks
        writer = vaults["Dave"].writer(session)
        case = writer.create("case", {"reference": "B-1", "title": "baseline"})
        session.flush()
        add_attachment(writer, "case", case.id, io.BytesIO(b"x"), "x.bin")
    for vault in vaults.values():
        vault.lock()
    yield {name: root / name for name in names} | {"root": root}


# --- child processes ---------------------------------------------------------------------


def _peak_mb() -> float:
    # VmHWM, not getrusage's ru_maxrss: that one keeps the parent's size across fork and exec.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _child_export(vault_dir: Path, out: Path, to: str) -> dict[str, Any]:
    vault = unlock(vault_dir, PASSPHRASE)
    started = time.perf_counter()
    export_bundle(vault, out, [to], since_last=True)
    return {"seconds": time.perf_counter() - started, "bytes": out.stat().st_size}


def _child_import(vault_dir: Path, bundle: Path) -> dict[str, Any]:
    vault = unlock(vault_dir, PASSPHRASE)
    started = time.perf_counter()
    report = import_bundle(vault, bundle, staging_dir=vault_dir.parent)
    assert report.inserted > TESTIMONIES
    return {"seconds": time.perf_counter() - started, "bytes": bundle.stat().st_size}


def _child_baseline(vault_dir: Path, target_dir: Path, work: Path, records_size: int) -> dict:
    """Baseline export then import, sharing one key; returns both runs' figures."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    key = ChaCha20Poly1305.generate_key()
    cipher = ChaCha20Poly1305(key)
    records = os.urandom(records_size)
    encrypted = work / "baseline.bin"
    source = unlock(vault_dir, PASSPHRASE)
    started = time.perf_counter()
    counter = total = 0
    with source.read() as session, open(encrypted, "wb") as file:
        ids = list(session.scalars(select(Attachment.id).order_by(Attachment.id)))
        pending = bytearray()
        pieces = itertools.chain([records], *(iter_attachment_bytes(session, i) for i in ids))
        for piece in pieces:
            pending += piece
            total += len(piece)
            while len(pending) >= CHUNK:
                file.write(cipher.encrypt(counter.to_bytes(12, "big"), pending[:CHUNK], None))
                del pending[:CHUNK]
                counter += 1
        file.write(cipher.encrypt(counter.to_bytes(12, "big"), pending, None))
        file.flush()
        os.fsync(file.fileno())
    export_seconds = time.perf_counter() - started
    source.lock()
    target = unlock(target_dir, PASSPHRASE)
    with target.read() as session:
        attachment_id = session.scalar(select(Attachment.id))
    started = time.perf_counter()
    counter = seq = 0
    pending = bytearray()
    with target.transaction() as session, open(encrypted, "rb") as file:
        skip = records_size
        while block := file.read(CHUNK + TAG):
            plain = cipher.decrypt(counter.to_bytes(12, "big"), block, None)
            counter += 1
            if skip:  # the records part: decrypted, not stored (its storing is Sandiq's work)
                taken = min(skip, len(plain))
                skip -= taken
                plain = plain[taken:]
            pending += plain
            while len(pending) >= 1024 * 1024:
                seq += 1
                session.execute(
                    insert(AttachmentChunk),
                    {"attachment_id": attachment_id, "seq": seq, "data": bytes(pending[:1048576])},
                )
                del pending[:1048576]
    import_seconds = time.perf_counter() - started
    return {"export": [export_seconds, total], "import": [import_seconds, total]}


def _child_core_import(vault_dir: Path) -> dict[str, Any]:
    """The same records through the core's own write path (import-json), for comparison."""
    vault = unlock(vault_dir, PASSPHRASE)
    document = synthetic_document(TESTIMONIES, seed=2026)
    started = time.perf_counter()
    with vault.transaction() as session:
        import_document(vault.writer(session), document)
    return {"seconds": time.perf_counter() - started, "bytes": 0}


def child_main(mode: str, *args: str) -> None:
    """Entry point of a measuring child process; prints its figures as JSON."""
    paths = [Path(a) for a in args]
    if mode == "export":
        figures: dict[str, Any] = _child_export(paths[0], paths[1], args[2])
    elif mode == "import":
        figures = _child_import(paths[0], paths[1])
    elif mode == "core-import":
        figures = _child_core_import(paths[0])
    else:
        figures = _child_baseline(paths[0], paths[1], paths[2], int(args[3]))
    figures["peak_mb"] = _peak_mb()
    print(json.dumps(figures))


def _run_child(*args: str) -> dict[str, Any]:
    code = (
        "import sys; from tests.benchmarks.bench_exchange import child_main; "
        "child_main(*sys.argv[1:])"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # Each run starts with nothing left to write back: the disk still flushing the previous
    # run's gigabyte (or the world's) slowed whichever run came next by up to half.
    os.sync()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- in-process measurements --------------------------------------------------------------


def in_memory_cipher_mb_per_s(total: int) -> float:
    """Raw ChaCha20-Poly1305 over total bytes in 64 KiB chunks, no I/O."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    cipher = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
    chunk = os.urandom(CHUNK)
    started = time.perf_counter()
    for counter in range(total // CHUNK):
        cipher.encrypt(counter.to_bytes(12, "big"), chunk, None)
    return total / (time.perf_counter() - started) / 1e6


def longest_stall_ms(job: Any) -> float:
    """Run job(progress) on a worker via run_task while a 5 ms timer ticks on this thread."""
    from PySide6.QtCore import QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.tasks import run_task

    app = QApplication.instance() or QApplication([])
    owner = QObject()
    loop = QEventLoop()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TIMER_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    results: list[Any] = []

    def finished(result: Any) -> None:
        results.append(result)
        loop.quit()

    timer.start()
    ticks.append(time.perf_counter())
    run_task(owner, job, finished)
    loop.exec()
    timer.stop()
    assert app is not None and results and results[0].ok, results and results[0].error
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return max(0.0, max(gaps) * 1000 - TIMER_MS)


def _row(name: str, ours: str, base: str, ratio: str, target: str) -> str:
    return f"{name:<34} {ours:>12} {base:>14} {ratio:>8} {target:>10}"


def _fresh_copy(vault_dir: Path, name: str) -> Path:
    """A copy of a locked vault's folder (same identity), to import into."""
    copy = vault_dir.parent / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(vault_dir, copy)
    return copy


def _best(runs: list[Run]) -> Run:
    """The fastest run, with the highest memory peak of all."""
    fastest = min(runs, key=lambda run: run.seconds)
    return Run(fastest.seconds, fastest.bytes, max(run.peak_mb for run in runs))


def test_bundle_throughput_memory_and_gui_stall(world: dict[str, Path], bench_check: bool) -> None:
    root = world["root"]
    alice = unlock(world["Alice"], PASSPHRASE)
    with alice.read() as session:
        attachment_bytes = sum(session.scalars(select(Attachment.size)))
    alice.lock()
    exports: list[Run] = []
    imports: list[Run] = []
    base_exports: list[Run] = []
    base_imports: list[Run] = []
    for index, receiver in enumerate(RECEIVERS):
        bundle = root / f"{receiver}.sandiq"
        exports.append(Run(**_run_child("export", str(world["Alice"]), str(bundle), receiver)))
        target = _fresh_copy(world[receiver], f"{receiver}-import")
        imports.append(Run(**_run_child("import", str(target), str(bundle))))
        shutil.rmtree(target)
        bundle.unlink()
        records_size = max(0, exports[0].bytes - attachment_bytes)
        base_target = _fresh_copy(world["Dave"], f"Dave-{index}")
        base = _run_child(
            "baseline", str(world["Alice"]), str(base_target), str(root), str(records_size)
        )
        base_exports.append(Run(*base["export"], peak_mb=base["peak_mb"]))
        base_imports.append(Run(*base["import"], peak_mb=base["peak_mb"]))
        shutil.rmtree(base_target)
    export, imported = _best(exports), _best(imports)
    base_export, base_import = _best(base_exports), _best(base_imports)
    payload = export.bytes  # the bundle; its age overhead is 0.03%
    memory = in_memory_cipher_mb_per_s(payload)
    core = Run(**_run_child("core-import", str(world["Erin"])))

    alice, carol = unlock(world["Alice"], PASSPHRASE), unlock(world["Carol"], PASSPHRASE)
    to_carol = root / "carol.sandiq"
    # The jobs the Exchange page runs, as it runs them.
    export_stall = longest_stall_ms(export_job(alice, to_carol, ["Carol"], (), True, True))
    import_stall = longest_stall_ms(import_job(carol, to_carol, dry_run=False, staging_dir=root))
    alice.lock()
    carol.lock()

    export_ratio = export.mb_per_s / base_export.mb_per_s
    import_ratio = imported.mb_per_s / base_import.mb_per_s
    print()
    print(
        f"{TESTIMONIES:,} testimonies, {attachment_bytes / 1e6:.0f} MB of attachments in "
        f"{attachment_bytes // (FILE_MB * 1024 * 1024)} files, bundle {payload / 1e6:.0f} MB "
        f"(SANDIQ_BENCH_ATTACHMENT_MB={ATTACHMENT_MB}; 1024 for the full 1 GB); "
        f"best of {ROUNDS} runs each (SANDIQ_BENCH_ROUNDS)"
    )
    print(_row("workload", "Sandiq", "raw ChaCha20", "ratio", "target"))
    print(_row("export throughput", f"{export.mb_per_s:.0f} MB/s",
               f"{base_export.mb_per_s:.0f} MB/s", f"{export_ratio:.2f}×",
               f"≥{TARGET_RATIO}×"))  # fmt: skip
    print(_row("import throughput", f"{imported.mb_per_s:.0f} MB/s",
               f"{base_import.mb_per_s:.0f} MB/s", f"{import_ratio:.2f}×",
               f"≥{TARGET_RATIO}×"))  # fmt: skip
    print(_row("export vs in-memory cipher", f"{export.mb_per_s:.0f} MB/s", f"{memory:.0f} MB/s",
               f"{export.mb_per_s / memory:.2f}×", "info"))  # fmt: skip
    print(_row("import vs in-memory cipher", f"{imported.mb_per_s:.0f} MB/s",
               f"{memory:.0f} MB/s", f"{imported.mb_per_s / memory:.2f}×", "info"))  # fmt: skip
    print(_row("export time", f"{export.seconds:.1f} s", f"{base_export.seconds:.1f} s", "", ""))
    print(_row("import time", f"{imported.seconds:.1f} s", f"{base_import.seconds:.1f} s", "", ""))
    print(_row("  its records alone by import-json", f"{core.seconds:.1f} s", "", "", "info"))
    print(_row("peak memory, export", f"{export.peak_mb:.0f} MB", f"{base_export.peak_mb:.0f} MB",
               "", f"≤{TARGET_PEAK_MB} MB"))  # fmt: skip
    print(_row("peak memory, import", f"{imported.peak_mb:.0f} MB", "", "",
               f"≤{TARGET_PEAK_MB} MB"))  # fmt: skip
    print(_row("GUI stall, export on a worker", f"{export_stall:.0f} ms", "", "",
               f"≤{TARGET_STALL_MS} ms"))  # fmt: skip
    print(_row("GUI stall, import on a worker", f"{import_stall:.0f} ms", "", "",
               f"≤{TARGET_STALL_MS} ms"))  # fmt: skip
    if bench_check:
        assert export_ratio >= TARGET_RATIO and import_ratio >= TARGET_RATIO
        assert max(export.peak_mb, imported.peak_mb) <= TARGET_PEAK_MB
        assert max(export_stall, import_stall) <= TARGET_STALL_MS
