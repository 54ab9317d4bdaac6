"""Vault > Back up: an encrypted copy of the vault in a new folder, on a worker with Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.core.backup import back_up
from desktop_app.core.vault import Vault
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.messages import inform, show_error
from desktop_app.ui.tasks import Progress, Result, run_with_progress


def _new_folder_in(parent_folder: Path) -> Path:
    """sandiq-backup-2026-11-26 in parent_folder, or -2, -3... if that name is taken."""
    stem = f"sandiq-backup-{date.today().isoformat()}"
    candidate, number = parent_folder / stem, 1
    while candidate.exists():
        number += 1
        candidate = parent_folder / f"{stem}-{number}"
    return candidate


def back_up_vault(parent: QWidget, vault: Vault) -> None:
    """Ask where (a memory stick, say), then write the backup into a new folder there."""
    folder = choose_existing_folder(
        parent, QCoreApplication.translate("Backup", "Where to put the backup")
    )
    if not folder:
        return
    target = _new_folder_in(Path(folder))

    def work(progress: Progress) -> Path:
        return back_up(vault, target, progress, progress.cancelled)

    def done(result: Result[Path]) -> None:
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
