"""The unlock dialog: passphrase (or recovery key, or colleagues' recovery shares), a growing
delay after failures, and the opt-in wipe after too many wrong passphrases in a row. Argon2id
runs on a worker, so the dialog shows a busy bar instead of freezing for half a second."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import (
    NotARecoveryKey,
    NotRecoveryShares,
    VaultBusy,
    VaultCorrupted,
    VaultFromNewerVersion,
    VaultHeaderDamaged,
    VaultPartMissing,
    VaultUnavailable,
    WrongPassphrase,
)
from desktop_app.core.recovery_shares import shares_in_text
from desktop_app.core.vault import (
    HEADER_NAME,
    Vault,
    unlock,
    unlock_with_recovery_key,
    unlock_with_shares,
)
from desktop_app.core.vault_wipe import wipe
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.i18n import fill
from desktop_app.ui.language_chooser import LanguageChooser
from desktop_app.ui.messages import error_text
from desktop_app.ui.passphrase_dialog import (
    is_opened_without_passphrase,
    note_opened_without_passphrase,
)
from desktop_app.ui.secret_entry import SecretEntry
from desktop_app.ui.settings import Settings
from desktop_app.ui.tasks import Result, run_task
from desktop_app.ui.unlock_failures import UnlockFailures
from desktop_app.ui.vault_folders import is_vault_folder, vault_in


class UnlockDialog(QDialog):
    """Asks for the passphrase and opens the vault on a worker thread."""

    unlocked = Signal(object)  # the Vault
    create_requested = Signal(object)  # a folder Path for a new vault
    restore_requested = Signal()
    wiped = Signal()
    recovered = Signal(object)  # the Vault, opened with the recovery key or shares
    quit_requested = Signal()

    def __init__(self, path: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Unlock Sandiq"))
        self.setModal(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        shares_edit = QPlainTextEdit()
        shares_edit.setPlaceholderText(
            self.tr("One share per line, as your colleagues read them out; then Ctrl+Enter")
        )
        shares_edit.setAccessibleName(self.tr("Recovery shares"))
        shares_edit.setTabChangesFocus(True)
        # Two or three shares of 20 words, wrapped at a small screen's width (1024x600).
        shares_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 9)
        self.secret = SecretEntry(shares_edit, self.tr("Passphrase"), self)
        # Shortcuts to the boxes, used throughout the dialog.
        self.passphrase_edit, self.passphrase_label = self.secret.passphrase_edit, self.secret.label
        self.recovery_check = self.secret.recovery_check
        self.shares_check, self.shares_edit = self.secret.shares_check, shares_edit
        # Enter starts a new share's line; Ctrl+Enter unlocks, as Enter does for a passphrase.
        shares_edit.installEventFilter(self)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.other_button = QPushButton(self.tr("Open &another vault…"))
        self.new_button = QPushButton(self.tr("Create a &new vault…"))
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter in the passphrase box unlocks (returnPressed below); no button may take Enter
        # over when focus moves while the worker runs (it could quit or open a folder chooser).
        for button in (
            self.other_button,
            self.new_button,
            self.restore_button,
            self.unlock_button,
            self.quit_button,
        ):
            button.setAutoDefault(False)
        # The main window's chooser takes no input while this window-modal dialog is open: a
        # user who picked a language she cannot read at the first start changes it here.
        self.language = LanguageChooser(settings)
        self.language_combo = self.language.combo

        form = QFormLayout()
        self.secret.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.other_button)
        layout.addWidget(self.new_button)
        layout.addWidget(self.restore_button)
        foot = QHBoxLayout()
        foot.addWidget(self.language)
        foot.addStretch(1)
        foot.addWidget(self.buttons)
        layout.addLayout(foot)

        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)
        self._wait_left = 0
        self._attempted_path = path
        self._failures = UnlockFailures(settings)
        self.buttons.accepted.connect(self.attempt)
        self.passphrase_edit.returnPressed.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        self.quit_button.clicked.connect(self.quit_requested)
        self.other_button.clicked.connect(self.choose_folder)
        self.new_button.clicked.connect(lambda: self.create_requested.emit(self.path))
        self.restore_button.clicked.connect(self.restore_requested)
        self.secret.mode_changed.connect(self.message_label.clear)
        self._show_folder()
        self._start_wait(self._failures.delay(self.path))

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("Vault: %1").replace("%1", str(self.path)))
        if not (self.path / HEADER_NAME).exists():
            self.message_label.setText(error_text(VaultPartMissing("", "header")))
        else:
            # Opened with the recovery key or shares, then locked (or Cancel) before a new
            # passphrase was set: the user knows none that opens it.
            again = is_opened_without_passphrase(self.path) and self.tr(
                "No new passphrase was set: unlock with the recovery key or shares again."
            )
            lines = (again, self._failures.text(self.path))
            self.message_label.setText("\n".join(line for line in lines if line))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the shares box unlocks."""
        if (
            watched is self.shares_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.attempt()
            return True
        return super().eventFilter(watched, event)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            # Disabled, the box typed in would hand the focus on to the one button left enabled,
            # Quit: Space would quit, and a screen reader say "Quit" while the key is derived.
            self.busy.show()
            self.busy.setFocus(Qt.FocusReason.OtherFocusReason)
        for widget in (
            *self.secret.widgets(),
            self.other_button,
            self.new_button,
            self.restore_button,
            self.language,  # a restart would close the window the opened vault is shown in
        ):
            widget.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._wait_left == 0)
        if not busy:
            # Back to the box before the bar holding the focus hides (hidden first, it handed
            # the focus on to a button), a passphrase selected so the next try replaces it.
            self.secret.focus_after_wrong_secret()
            self.busy.hide()

    def reject(self) -> None:
        """Esc, the title bar's close button and Quit: close, unless the key is being derived.
        The derivation cannot be stopped, and its vault, opened for a dialog already closed,
        would have been left open unseen (or shown after all, the dialog not yet deleted)."""
        if not self.busy.isVisible():
            super().reject()

    def attempt(self) -> None:
        """Try the typed secret on a worker thread."""
        use_shares = self.secret.uses_shares()
        secret = self.secret.typed()
        if not secret.strip() or self._wait_left or self.busy.isVisible():
            return
        path = self.path
        # Counted against the vault tried, even if the folder shown changes before the answer.
        self._attempted_path = path
        if use_shares:
            shares = shares_in_text(secret)

            def opener(_progress: object) -> Vault:
                return unlock_with_shares(
                    path, shares, rebuild_stale_index=False, upgrade_older_format=False
                )
        else:
            open_with = unlock_with_recovery_key if self.secret.uses_recovery_key() else unlock

            def opener(_progress: object) -> Vault:
                return open_with(
                    path, secret, rebuild_stale_index=False, upgrade_older_format=False
                )

        self.message_label.setText(self.tr("Unlocking…"))
        self._set_busy(True)
        # A stale search index is rebuilt afterwards by the main window, with a progress dialog;
        # an older format is upgraded only once the user has agreed (see format_upgrade).
        run_task(self, opener, self._finished)

    def _finished(self, result: Result[Vault]) -> None:
        self._set_busy(False)
        recovering = self.secret.uses_recovery_key() or self.secret.uses_shares()
        if result.ok:
            assert result.value is not None
            self._failures.reset(self._attempted_path)
            note_opened_without_passphrase(
                self._attempted_path, recovering, with_shares=self.secret.uses_shares()
            )
            self.secret.clear()
            self.message_label.clear()
            self.accept()
            if recovering:
                self.recovered.emit(result.value)
            else:
                self.unlocked.emit(result.value)
            return
        # A recovery key of the wrong shape, or shares that do not combine, were never tried
        # against the vault: a typo, not a guess, which must not bring the opt-in wipe closer.
        is_real_attempt = isinstance(result.error, WrongPassphrase) and not isinstance(
            result.error, NotARecoveryKey | NotRecoveryShares
        )
        # A damaged header cannot tell a right passphrase from a wrong one: counting the try
        # would let a bad sector destroy a vault that the recovery key still opens. (Whoever
        # damages it on purpose can as well copy it and guess offline, out of the wipe's reach.)
        header_damaged = isinstance(result.error, VaultHeaderDamaged)
        if not (is_real_attempt or header_damaged):
            self._show_message(self._not_opened_text(result.error or RuntimeError()))
            return
        path = self._attempted_path
        if recovering or header_damaged:
            # A recovery key (256 random bits) or the shares' secret cannot be guessed, so a
            # wrong one is a misread copy; a damaged header cannot tell right from wrong. Both
            # wait, but the wipe guards weak passphrases only.
            self._failures.add_uncounted(path)
        elif self._failures.add_wrong_passphrase(path):  # the last one the opt-in wipe allows
            self._wipe(path)
            return
        if header_damaged:
            problem = error_text(result.error)
        elif self.secret.uses_shares():
            problem = self.tr(
                "These shares do not open this vault: they were made for another vault, "
                "or replaced by newer shares, or removed."
            )
        elif self.secret.uses_recovery_key():
            problem = self.tr("The recovery key is not correct.")
        else:
            problem = error_text(result.error)
        self._show_message("\n".join(filter(None, (problem, self._failures.text(path)))))
        self._start_wait(self._failures.delay(path))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        # A wrapped label's new lines do not make a shown window taller: a message of four
        # lines was cut to two, over the buttons.
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _not_opened_text(self, error: BaseException) -> str:
        """Why the vault did not open, and for damage or a place Sandiq cannot write, the way
        out this dialog offers: its Restore button."""
        restore = self.restore_button.text().replace("&", "")
        match error:
            case VaultPartMissing() | VaultFromNewerVersion() | VaultBusy():
                return error_text(error)
            case VaultCorrupted():
                text = self.tr(
                    "The vault is damaged and cannot be opened. Restore a backup made before "
                    "the damage with “%1” below. If there is no backup, the command "
                    "sandiq salvage --to NEWFOLDER may still copy what can be read into a new "
                    "vault."
                )
                return fill(text, restore)
            case VaultUnavailable():
                # A write-protected stick is a common way to carry a vault: opening it there
                # cannot work (unlock writes), but a copy of its folder on this computer can.
                text = self.tr(
                    "Sandiq needs to write to the vault's folder, so it cannot open a vault on a "
                    "write-protected memory stick or in a folder you may not change. To work "
                    "with such a vault, copy it to this computer with “%1” below, choosing the "
                    "vault's folder as the backup."
                )
                return "\n".join((error_text(error), fill(text, restore)))
        return error_text(error)

    def _wipe(self, path: Path) -> None:
        try:
            wipe(path)
        finally:
            self._failures.reset(path)
            self.message_label.setText(
                self.tr("Too many failed attempts: the vault was destroyed, as set in Settings.")
            )
            for widget in (self.passphrase_edit, self.shares_edit, self.unlock_button):
                widget.setEnabled(False)
            self.wiped.emit()

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        if seconds:
            self.unlock_button.setEnabled(False)
            self._tick_text()
            self._wait_timer.start()

    def _restart_wait(self, seconds: int) -> None:
        self._wait_timer.stop()
        self._wait_left = 0
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setEnabled(not self.busy.isVisible())
        self._start_wait(seconds)

    def _tick_text(self) -> None:
        self.unlock_button.setText(self.tr("Wait %n s", "", self._wait_left))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._wait_timer.stop()
            self.unlock_button.setText(self.tr("&Unlock"))
            self.unlock_button.setEnabled(not self.busy.isVisible())
        else:
            self._tick_text()

    def choose_folder(self) -> None:
        """Pick another vault folder; a folder without a vault offers to create one there."""
        folder = choose_existing_folder(
            self, self.tr("Choose a vault folder"), str(self.path.parent)
        )
        if not folder:
            return
        path = vault_in(Path(folder))
        if is_vault_folder(path):
            self.path = path
            self._show_folder()
            # The delay belongs to the vault shown: its own failures set it, not the last one's.
            self._restart_wait(self._failures.delay(path))
            self.passphrase_edit.setFocus()
        else:
            self.create_requested.emit(path)
