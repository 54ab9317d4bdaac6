"""Vault > Back up: an encrypted copy of the vault in a new folder, on a worker with Cancel.

The copy reports its progress; the check that follows (half a minute on a large vault) cannot,
so the dialog then says "Checking the backup…" with the time spent and a busy bar, and Cancel
still abandons the backup.
"""

from __future__ import annotations

import errno
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from db.engine import DriverOperationalError
from desktop_app.core.backup import back_up
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.vault import Vault
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.messages import inform, show_error, warn
from desktop_app.ui.tasks import Progress, Result, Task, run_with_progress

# What the worker reports when the copy is done and its check, of unknown length, starts.
CHECK_STARTED = (0, 0)


def elapsed_text(seconds: float) -> str:
    """A time spent as minutes and seconds: 0:07, 12:30."""
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


def show_check_stage(task: Task, checking_label: str) -> None:
    """Once task reports CHECK_STARTED, its progress dialog shows checking_label with %1 the
    time spent, and a busy bar."""
    # After the copy the bar would stand at 100% for half a minute: it turns busy instead,
    # and the label counts the seconds, so that a slow check does not look like a hang.
    dialog = task.dialog
    if dialog is None:
        return
    timer = QTimer(dialog)
    timer.setInterval(1000)
    started = time.monotonic()

    def show_time_spent() -> None:
        dialog.setLabelText(checking_label.replace("%1", elapsed_text(time.monotonic() - started)))

    def on_progress(done: int, total: int) -> None:
        nonlocal started
        if (done, total) == CHECK_STARTED and not timer.isActive():
            started = time.monotonic()
            dialog.setRange(0, 0)
            show_time_spent()
            timer.start()

    timer.timeout.connect(show_time_spent)
    task.signals.progress.connect(on_progress)


def new_folder_in(parent_folder: Path, stem: str) -> Path:
    """stem (sandiq-backup-2026-11-26) in parent_folder, or stem-2, -3... if that is taken."""
    candidate, number = parent_folder / stem, 1
    while candidate.exists():
        number += 1
        candidate = parent_folder / f"{stem}-{number}"
    return candidate


class _DiskFull(Exception):
    """The disk the backup went to filled up; back_up removed what it had written."""


def _back_up_or_say_disk_full(vault: Vault, target: Path, progress: Progress) -> Path:
    # A full stick shows as the driver's "database or disk is full" (the database copy) or as
    # ENOSPC (the header copy); either way the user needs to hear "full", not "unexpected".
    try:
        return back_up(
            vault, target, progress, progress.cancelled, checking=lambda: progress(*CHECK_STARTED)
        )
    except DriverOperationalError as exc:
        if "full" in str(exc):
            raise _DiskFull from None
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise _DiskFull from None
        raise


def back_up_vault(parent: QWidget, vault: Vault) -> None:
    """Ask where (a memory stick, say), then write the backup into a new folder there."""
    folder = choose_existing_folder(
        parent, QCoreApplication.translate("Backup", "Where to put the backup")
    )
    if not folder:
        return
    target = new_folder_in(Path(folder), f"sandiq-backup-{date.today().isoformat()}")

    def work(progress: Progress) -> Path:
        with database_errors_reported():  # the driver's other errors, as one sentence each
            return _back_up_or_say_disk_full(vault, target, progress)

    def done(result: Result[Path]) -> None:
        if isinstance(result.error, _DiskFull):
            warn(
                parent,
                QCoreApplication.translate("Backup", "The disk is full; nothing was changed."),
            )
            return
        if not result.ok or result.value is None:
            show_error(parent, result.error or RuntimeError())
            return
        inform(
            parent,
            QCoreApplication.translate(
                "Backup",
                "The backup is in %1. It is encrypted and opens with the passphrase the vault "
                "has now. Keep it apart from this computer.",
            ).replace("%1", str(result.value)),
        )

    task = run_with_progress(
        parent, QCoreApplication.translate("Backup", "Backing up the vault…"), work, done
    )
    show_check_stage(
        task,
        QCoreApplication.translate(
            "Backup", "Checking the backup… %1", "%1: time spent, minutes:seconds"
        ),
    )
