"""Vault > Back up: an encrypted copy of the vault in a new folder, on a worker with Cancel.

The copy reports its progress; the check that follows (half a minute on a large vault) cannot,
so the dialog then says "Checking the backup…" with the time spent and a busy bar, and Cancel
still abandons the backup. The idle lock waits for the backup (see idle.py), and the dialog
says so meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.backup import back_up
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import VaultCorrupted
from desktop_app.core.vault import Vault
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.idle import IdleLockHold
from desktop_app.ui.messages import inform, show_error, warn
from desktop_app.ui.tasks import Progress, Result, Task, run_with_progress

# What the worker reports when the copy is done and its check, of unknown length, starts.
CHECK_STARTED = (0, 0)


def elapsed_text(seconds: float) -> str:
    """A time spent as minutes and seconds: 0:07, 12:30."""
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


class StageLabel:
    """A progress dialog's label: the stage under way and, on a line below it, a note."""

    def __init__(self, dialog: QProgressDialog) -> None:
        self._dialog = dialog
        self._stage = dialog.labelText()
        self._note = ""

    def show(self, stage: str | None = None, note: str | None = None) -> None:
        """Show stage and note, each left as it was if None."""
        self._stage = self._stage if stage is None else stage
        self._note = self._note if note is None else note
        if shiboken6.isValid(self._dialog):
            self._dialog.setLabelText("\n".join(filter(None, (self._stage, self._note))))


def show_check_stage(task: Task, checking_label: str) -> StageLabel | None:
    """Once task reports CHECK_STARTED, its progress dialog shows checking_label with %1 the
    time spent, and a busy bar; returns the dialog's label (None without a dialog)."""
    # After the copy the bar would stand at 100% for half a minute: it turns busy instead,
    # and the label counts the seconds, so that a slow check does not look like a hang.
    dialog = task.dialog
    if dialog is None:
        return None
    label = StageLabel(dialog)
    timer = QTimer(dialog)
    timer.setInterval(1000)
    started = time.monotonic()

    def show_time_spent() -> None:
        label.show(checking_label.replace("%1", elapsed_text(time.monotonic() - started)))

    def on_progress(done: int, total: int) -> None:
        nonlocal started
        if (done, total) == CHECK_STARTED and not timer.isActive():
            started = time.monotonic()
            dialog.setRange(0, 0)
            show_time_spent()
            timer.start()

    timer.timeout.connect(show_time_spent)
    task.signals.progress.connect(on_progress)
    return label


def new_folder_in(parent_folder: Path, stem: str) -> Path:
    """stem (sandiq-backup-2026-11-26) in parent_folder, or stem-2, -3... if that is taken."""
    candidate, number = parent_folder / stem, 1
    while candidate.exists():
        number += 1
        candidate = parent_folder / f"{stem}-{number}"
    return candidate


def back_up_vault(
    parent: QWidget, vault: Vault, then: Callable[[bool], object] | None = None
) -> None:
    """Ask where (a memory stick, say), then write the backup into a new folder there; then,
    if given, gets whether a backup was written, once the user has been told the outcome."""
    finished = then or (lambda _is_written: None)
    folder = choose_existing_folder(
        parent, QCoreApplication.translate("Backup", "Where to put the backup")
    )
    if not folder:
        finished(False)
        return
    target = new_folder_in(Path(folder), f"sandiq-backup-{date.today().isoformat()}")
    hold = IdleLockHold()
    has_shares = vault.has_recovery_shares  # as in the header the backup copies

    def work(progress: Progress) -> Path:
        # A full disk comes as core's CopyDoesNotFit, naming the place; the driver's other
        # errors as one sentence each.
        with database_errors_reported():
            return back_up(
                vault,
                target,
                progress,
                progress.cancelled,
                checking=lambda: progress(*CHECK_STARTED),
            )

    def done(result: Result[Path]) -> None:
        is_stopped_by_lock = not result.ok and vault.is_locked
        # Before any message box: one nobody answers must not keep the vault unlocked.
        hold.end()
        if is_stopped_by_lock:  # Lock or Panic, not Cancel: "Cancelled" would blame the user
            stopped = QCoreApplication.translate(
                "Backup",
                "The backup was stopped because the vault was locked; no backup was written.",
            )
            warn(parent, stopped)
            finished(False)
            return
        if isinstance(result.error, VaultCorrupted):
            # As the user guide promises: with no new backup, the older ones may be the only
            # good copy left.
            damaged = QCoreApplication.translate(
                "Backup",
                "The vault is damaged, so no backup was written: it would carry the damage. "
                "Run sandiq verify to see what is affected, and keep your older backups: they "
                "may be the only good copy. To save what can still be read, use the command "
                "sandiq salvage --to NEWFOLDER.",
            )
            warn(parent, damaged)
            finished(False)
            return
        if not result.ok or result.value is None:
            show_error(parent, result.error or RuntimeError())
            finished(False)
            return
        # The backup holds the header as it is now, with each of its ways in.
        opens_with = (
            QCoreApplication.translate(
                "Backup",
                "The backup is in %1. It is encrypted and opens with the passphrase the vault "
                "has now, with its recovery key, or with the colleagues' recovery shares it has "
                "now. Keep it apart from this computer.",
            )
            if has_shares
            else QCoreApplication.translate(
                "Backup",
                "The backup is in %1. It is encrypted and opens with the passphrase the vault "
                "has now or with its recovery key. Keep it apart from this computer.",
            )
        )
        inform(parent, opens_with.replace("%1", str(result.value)))
        finished(True)

    task = run_with_progress(
        parent, QCoreApplication.translate("Backup", "Backing up the vault…"), work, done
    )
    task.signals.done.connect(lambda _result: hold.end())  # also if done was dropped
    label = show_check_stage(
        task,
        QCoreApplication.translate(
            "Backup", "Checking the backup… %1", "%1: time spent, minutes:seconds"
        ),
    )
    if label is not None:
        waiting = QCoreApplication.translate("Backup", "Sandiq will lock when the backup is done.")
        hold.due_changed.connect(lambda is_due: label.show(note=waiting if is_due else ""))
