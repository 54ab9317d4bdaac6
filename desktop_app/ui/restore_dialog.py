"""Restore from a backup: the backup folder, its passphrase (or the recovery key, or colleagues'
recovery shares), the folder to restore into, then core's restore on a worker with progress
and Cancel.

The checks are those of ``sandiq restore`` (``backup.restore``): a folder that is no backup, a
target that holds anything, a wrong passphrase or a damaged copy leave the target as it was, and
the backup is never written to. The dialog refuses a folder holding a vault before it starts.
The restored vault opens at once (one restored from an older Sandiq's backup, in its format,
once the user agrees to upgrade it, as at an unlock); the main window then gives the user
guide's advice and, when it was opened without the passphrase, asks for a new one, as after such
an unlock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.backup import DamagedBackup, holds_anything, restore
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import (
    NotARecoveryKey,
    NotRecoveryShares,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from desktop_app.core.vault import Vault, default_vault_dir
from desktop_app.ui.backup_action import CHECK_STARTED, new_folder_in, show_check_stage
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import error_text
from desktop_app.ui.passphrase_dialog import note_opened_without_passphrase
from desktop_app.ui.screen_fit import resize_within_screen, room_on_screen
from desktop_app.ui.secret_entry import SecretEntry
from desktop_app.ui.shares_edit import SharesEdit
from desktop_app.ui.tasks import Progress, Result, Task, run_with_progress
from desktop_app.ui.vault_folders import is_vault_folder, vault_in

RESTORED_FOLDER_STEM = "sandiq-vault"


def advice_after_restore() -> str:
    """What to do first with a restored vault (docs/security.md, "Backups": its edit counts
    restart from the backup's until colleagues' bundles bring the lost ones back)."""
    return QCoreApplication.translate(
        "RestoreDialog",
        "The vault is restored from the backup. Before you edit anything, send each colleague "
        "a bundle of everything changed since the last bundle, then import the bundles they "
        "send back (and any you already have): this vault has forgotten what it did after the "
        "backup, including bundles it already sent.",
    )


def is_empty_or_new(folder: Path) -> bool:
    """True if folder does not exist yet, or is an empty folder: a place a vault may go."""
    try:
        return not holds_anything(folder)
    except OSError:
        return False


class RestoreDialog(QDialog):
    """Asks for a backup, its passphrase and a new place, and restores the vault there."""

    # The restored Vault, unlocked; True if opened without the passphrase (recovery key or
    # shares), which the user then replaces.
    restored = Signal(object, bool)

    def __init__(self, suggested_target: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setModal(True)
        self.task: Task | None = None
        intro = QLabel(
            self.tr(
                "Choose a backup folder (sandiq-backup-…), on a memory stick for example. "
                "Sandiq copies it into a new folder and opens the copy; the backup itself is "
                "not changed."
            )
        )
        intro.setWordWrap(True)
        self.backup_edit = QLineEdit()
        self.backup_edit.setAccessibleName(self.tr("Backup folder"))
        self.backup_button = QPushButton(self.tr("C&hoose…"))
        shares_edit = SharesEdit()
        self.secret = SecretEntry(shares_edit, self.tr("Passphrase of the backup"), self)
        # Shortcuts to the boxes, used throughout the dialog.
        self.passphrase_edit, self.passphrase_label = self.secret.passphrase_edit, self.secret.label
        self.recovery_check = self.secret.recovery_check
        self.shares_check, self.shares_edit = self.secret.shares_check, shares_edit
        self.target_edit = QLineEdit(str(suggested_target) if suggested_target else "")
        self.target_edit.setAccessibleName(self.tr("Folder for the restored vault"))
        self.target_button = QPushButton(self.tr("Ch&oose…"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Res&tore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in (self.backup_button, self.target_button, self.cancel_button):
            button.setAutoDefault(False)

        backup_label = QLabel(self.tr("&Backup:"))
        backup_label.setBuddy(self.backup_edit)
        target_label = QLabel(self.tr("Restore &into:"))
        target_label.setBuddy(self.target_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(backup_label, _beside(self.backup_edit, self.backup_button))
        self.secret.add_rows(form)
        form.addRow(target_label, _beside(self.target_edit, self.target_button))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        self.backup_button.clicked.connect(self.choose_backup)
        self.target_button.clicked.connect(self.choose_target)
        self.secret.mode_changed.connect(self.message_label.clear)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.returnPressed.connect(self.attempt)
        self.shares_edit.submitted.connect(self.attempt)

    def event(self, event: QEvent) -> bool:
        """After a change of layout (the shares box shown, a message of several lines), grow
        to the size the shares and the wrapped texts need, within the screen."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._grow_to_fit()
        return handled

    def _grow_to_fit(self) -> None:
        # Qt leaves a window with word-wrapped labels at the size it had: the shares box took
        # the room of the checkboxes below it, and they were drawn over it. Wider, where the
        # screen has room, the shares typed show whole.
        room = room_on_screen(self)
        width = max(self.width(), self.sizeHint().width())
        width = min(width, room.width()) if room is not None else width
        layout = self.layout()
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        if width > self.width() or height > self.height():
            resize_within_screen(self, width, max(height, self.height()))

    def choose_backup(self) -> None:
        """Pick the backup folder (or the memory stick that holds it)."""
        folder = choose_existing_folder(self, self.tr("Choose the backup folder"))
        if folder:
            self.backup_edit.setText(str(vault_in(Path(folder))))
            self.message_label.clear()

    def choose_target(self) -> None:
        """Pick where the vault goes: an empty folder, or a new one inside a folder in use."""
        folder = choose_existing_folder(self, self.tr("Where to restore the vault"))
        if not folder:
            return
        chosen = Path(folder)
        if is_vault_folder(chosen):
            self.message_label.setText(self._holds_a_vault(chosen))
            return
        target = chosen if is_empty_or_new(chosen) else new_folder_in(chosen, RESTORED_FOLDER_STEM)
        self.target_edit.setText(str(target))
        self.message_label.clear()

    def _holds_a_vault(self, folder: Path) -> str:
        return fill(
            self.tr(
                "%1 holds a vault already. Sandiq never restores over a vault: choose a new "
                "or empty folder."
            ),
            str(folder),
        )

    def attempt(self) -> None:
        """Check the entries, then restore on a worker."""
        if self.task is not None:
            return
        backup_text, target_text = self.backup_edit.text().strip(), self.target_edit.text().strip()
        use_shares, typed = self.secret.uses_shares(), self.secret.typed()
        if not backup_text:
            self.message_label.setText(self.tr("Choose the backup folder."))
            return
        if not target_text:
            self.message_label.setText(self.tr("Choose where to restore the vault."))
            return
        if not typed.strip():
            (self.shares_edit if use_shares else self.passphrase_edit).setFocus()
            return
        secret: str | list[str] = self.shares_edit.shares() if use_shares else typed
        backup, target = vault_in(Path(backup_text).expanduser()), Path(target_text).expanduser()
        if is_vault_folder(target):
            self.message_label.setText(self._holds_a_vault(target))
            return
        if target == default_vault_dir():  # the usual place, on a new computer: as the CLI
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        is_recovery_key = self.secret.uses_recovery_key()

        def work(progress: Progress) -> Vault:
            with database_errors_reported():
                return restore(
                    backup,
                    target,
                    secret,
                    is_recovery_key=is_recovery_key,
                    progress=progress,
                    cancelled=progress.cancelled,
                    checking=lambda: progress(*CHECK_STARTED),
                )

        self.message_label.clear()
        self._set_busy(True)
        self.task = run_with_progress(self, self.tr("Copying the backup…"), work, self._finished)
        show_check_stage(
            self.task,
            self.tr("Checking the restored copy… %1", "%1: time spent, minutes:seconds"),
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.backup_edit,
            self.backup_button,
            *self.secret.widgets(),
            self.target_edit,
            self.target_button,
            self.restore_button,
        ):
            widget.setEnabled(not busy)

    def _finished(self, result: Result[Vault]) -> None:
        self.task = None
        self._set_busy(False)
        if result.ok and result.value is not None:
            self.secret.clear()
            self.accept()
            recovering = self.secret.uses_recovery_key() or self.secret.uses_shares()
            note_opened_without_passphrase(
                result.value.path, recovering, with_shares=self.secret.uses_shares()
            )
            self.restored.emit(result.value, recovering)
            return
        self.message_label.setText(self._problem_text(result.error or RuntimeError()))
        if isinstance(result.error, WrongPassphrase):
            self.secret.focus_after_wrong_secret()

    def _problem_text(self, error: BaseException) -> str:
        match error:
            case NotRecoveryShares(problem="no_shares"):
                return self.tr(
                    "This backup has no recovery shares: they were made after the backup, or "
                    "removed before it. Restore it with the passphrase or the recovery key it had."
                )
            case NotARecoveryKey() | NotRecoveryShares():  # which share, which word
                return error_text(error)
            case WrongPassphrase() if self.secret.uses_shares():
                return self.tr(
                    "These shares do not open this backup. A backup opens with the shares the "
                    "vault had when the backup was made."
                )
            case WrongPassphrase() if self.secret.uses_recovery_key():
                return self.tr("The recovery key does not open this backup.")
            case WrongPassphrase():
                return self.tr(
                    "The passphrase is not correct. A backup opens with the passphrase the "
                    "vault had when the backup was made."
                )
            case VaultNotFound():
                return self.tr("There is no backup in this folder.")
            case VaultExists():
                return self.tr(
                    "The vault cannot go there: choose a new or empty folder outside the backup."
                )
            case DamagedBackup():  # its pages that still read can be copied out
                return self.tr(
                    "The backup is damaged; nothing was restored. Try another backup, or "
                    "rescue the records that still read in this one with sandiq salvage, as "
                    'the user guide explains under "When the vault is damaged".'
                )
            case VaultCorrupted():
                return self.tr("The backup is damaged; nothing was restored. Try another backup.")
        return error_text(error)

    def reject(self) -> None:
        """Cancel (or Esc) stops a restore under way first; nothing is left of it."""
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing stops a restore under way instead of leaving it running unseen."""
        if self.task is not None:
            self.task.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def _beside(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row
