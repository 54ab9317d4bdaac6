"""Vault > Back up: an encrypted copy of the vault in a new folder, on a worker with Cancel."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.engine import DriverOperationalError
from desktop_app.core.backup import back_up
from desktop_app.core.vault import Vault, database_errors_reported
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.messages import inform, show_error, warn
from desktop_app.ui.tasks import Progress, Result, run_with_progress


def _new_folder_in(parent_folder: Path) -> Path:
    """sandiq-backup-2026-11-26 in parent_folder, or -2, -3... if that name is taken."""
    stem = f"sandiq-backup-{date.today().isoformat()}"
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
        return back_up(vault, target, progress, progress.cancelled)
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
    target = _new_folder_in(Path(folder))

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

    run_with_progress(
        parent, QCoreApplication.translate("Backup", "Backing up the vault…"), work, done
    )
