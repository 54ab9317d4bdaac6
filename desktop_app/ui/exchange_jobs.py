"""The work the Exchange page hands to ``run_task``: export, preview and import of bundles.

Each job runs on a worker thread and sees only a ``Progress`` (report, ask for cancel); see
``responsive`` for how the window keeps repainting meanwhile. The benchmark
(tests/benchmarks/bench_exchange.py) measures the stall through these same jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from desktop_app.core.exchange.export import ExportReport, export_bundle
from desktop_app.core.exchange.importer import ImportReport, import_bundle
from desktop_app.core.vault import Vault


class JobProgress(Protocol):
    """What a job needs of ``desktop_app.ui.tasks.Progress``."""

    def __call__(self, done: int, total: int) -> None: ...

    def cancelled(self) -> bool: ...


def export_job(
    vault: Vault,
    out: Path,
    recipients: Sequence[str],
    case_references: Sequence[str],
    since_last: bool,
    include_attachments: bool,
) -> Callable[[JobProgress], ExportReport]:
    """Write a bundle (see ``export_bundle``); the target may be replaced (the user chose it)."""
    return lambda progress: export_bundle(
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


def import_job(
    vault: Vault, path: Path, *, dry_run: bool, staging_dir: Path | None = None
) -> Callable[[JobProgress], ImportReport]:
    """Preview (dry_run) or import a bundle (see ``import_bundle``)."""
    return lambda progress: import_bundle(
        vault,
        path,
        dry_run=dry_run,
        staging_dir=staging_dir,
        progress=progress,
        cancel=progress.cancelled,
    )
