"""The work the Exchange page hands to ``run_task``: export, preview and import of bundles.

Each job runs on a worker thread and sees only a ``Progress`` (report, ask for cancel). While
it runs, Python's full garbage collections are held back: a full collection walks every object
of the process while holding the interpreter lock, which froze the window for a third of a
second in the middle of a 10,000-testimony import. Young collections still run, and the held
back work is done by the first full collection after the job, when the job's objects are gone.
The benchmark (tests/benchmarks/bench_exchange.py) measures the stall through these same jobs.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, TypeVar

from desktop_app.core.exchange.export import ExportReport, export_bundle
from desktop_app.core.exchange.importer import ImportReport, import_bundle
from desktop_app.core.vault import Vault

R = TypeVar("R")
_NO_FULL_COLLECTION = 1 << 30  # generation 2's threshold while a job runs
_lock = threading.Lock()
_running = 0
_saved_threshold: tuple[int, int, int] = gc.get_threshold()


class JobProgress(Protocol):
    """What a job needs of ``desktop_app.ui.tasks.Progress``."""

    def __call__(self, done: int, total: int) -> None: ...

    def cancelled(self) -> bool: ...


@contextmanager
def fewer_pauses() -> Iterator[None]:
    """Hold back full garbage collections while the block runs (nested and threads alike)."""
    global _running, _saved_threshold
    with _lock:
        if _running == 0:
            _saved_threshold = gc.get_threshold()
            young, middle, _ = _saved_threshold
            gc.set_threshold(young, middle, _NO_FULL_COLLECTION)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.set_threshold(*_saved_threshold)


def _job(work: Callable[[JobProgress], R]) -> Callable[[JobProgress], R]:
    def run(progress: JobProgress) -> R:
        with fewer_pauses():
            return work(progress)

    return run


def export_job(
    vault: Vault,
    out: Path,
    recipients: Sequence[str],
    case_references: Sequence[str],
    since_last: bool,
    include_attachments: bool,
) -> Callable[[JobProgress], ExportReport]:
    """Write a bundle (see ``export_bundle``); the target may be replaced (the user chose it)."""
    return _job(
        lambda progress: export_bundle(
            vault,
            out,
            recipients,
            case_references=case_references,
            since_last=since_last,
            include_attachments=include_attachments,
            overwrite=True,
            progress=progress,
            cancel=progress.cancelled,
        )
    )


def import_job(
    vault: Vault, path: Path, *, dry_run: bool, staging_dir: Path | None = None
) -> Callable[[JobProgress], ImportReport]:
    """Preview (dry_run) or import a bundle (see ``import_bundle``)."""
    return _job(
        lambda progress: import_bundle(
            vault,
            path,
            dry_run=dry_run,
            staging_dir=staging_dir,
            progress=progress,
            cancel=progress.cancelled,
        )
    )
