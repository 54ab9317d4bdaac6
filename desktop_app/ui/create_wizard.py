"""The create-vault wizard: folder and passphrase (typed twice, with a strength meter), then the
recovery key shown once, then two groups of it typed back, so an unwritten key is caught now
(Back returns to the key to mend the copy). Its first page also leads to the other ways in on a
first start: a restore from a backup, or a vault kept elsewhere (a memory stick, say). The same
two key pages make a new recovery key for an open vault (``NewRecoveryKeyWizard``), stored only
once the copy is checked.

Creation runs Argon2id on a worker. ``kdf`` is a constructor parameter only so tests can use
cheap parameters; the application always passes the strong default.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.errors import SandiqError
from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.passphrase import estimate_strength
from desktop_app.core.vault import (
    MIN_PASSPHRASE_LENGTH,
    CreatedVault,
    PendingRecoveryKey,
    create_vault,
)
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import APP_NAME, error_text, warn
from desktop_app.ui.tasks import Result, run_task
from desktop_app.ui.unlock_dialog import is_vault_folder, vault_in


class PassphrasePage(QWizardPage):
    """Where the vault goes and the passphrase that opens it."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Create a vault"))
        self.setSubTitle(
            self.tr(
                "Everything you record is encrypted with this passphrase. Nobody, including "
                "the makers of Sandiq, can recover it for you."
            )
        )
        self.folder_edit = QLineEdit(str(wizard.path))
        self.folder_edit.setAccessibleName(self.tr("Vault folder"))
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name of this vault"))
        self.name_edit.setPlaceholderText(self.tr("e.g. your organisation (optional)"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat passphrase"))
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        # Room for two lines kept free: the wizard does not grow when a message comes.
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing() * 2)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        # Someone on a new computer after a lost laptop needs these, not a new, empty vault.
        other_ways_label = QLabel(self.tr("Already have a vault, or a backup of one?"))
        other_ways_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Re&store from a backup…"))
        self.open_button = QPushButton(self.tr("Open an e&xisting vault…"))
        for button in (self.browse_button, self.restore_button, self.open_button):
            button.setAutoDefault(False)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        other_ways = QHBoxLayout()
        other_ways.addWidget(self.restore_button)
        other_ways.addWidget(self.open_button)
        other_ways.addStretch(1)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength_bar, 1)
        strength_row.addWidget(self.strength_label)
        form = QFormLayout(self)
        for text, field, row in (
            (self.tr("&Folder:"), self.folder_edit, folder_row),
            (self.tr("&Name:"), self.name_edit, self.name_edit),
            (self.tr("&Passphrase:"), self.passphrase_edit, self.passphrase_edit),
            (self.tr("&Repeat:"), self.repeat_edit, self.repeat_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row)
        form.addRow(self.tr("Strength:"), strength_row)
        form.addRow(self.message_label)
        form.addRow(self.busy)
        form.addRow(line)
        form.addRow(other_ways_label)
        form.addRow(other_ways)

        self.browse_button.clicked.connect(self._browse)
        self.restore_button.clicked.connect(wizard.restore_requested)
        self.open_button.clicked.connect(self._open_existing)
        for edit in (self.passphrase_edit, self.repeat_edit, self.folder_edit):
            edit.textChanged.connect(self._update)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self._update()

    def _browse(self) -> None:
        folder = choose_existing_folder(
            self, self.tr("Choose a folder for the vault"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _open_existing(self) -> None:
        start = Path(self.folder_edit.text().strip()).expanduser().parent
        folder = choose_existing_folder(self, self.tr("Choose the vault's folder"), str(start))
        if not folder:
            return
        path = vault_in(Path(folder))
        if is_vault_folder(path):
            self._wizard.open_requested.emit(path)
        else:
            self.message_label.setText(
                fill(
                    self.tr(
                        "There is no vault in %1. Choose the folder that holds it, or the memory "
                        "stick it is on."
                    ),
                    str(path),
                )
            )

    def _problem(self) -> str:
        passphrase, repeat = self.passphrase_edit.text(), self.repeat_edit.text()
        if not self.folder_edit.text().strip():
            return self.tr("Choose a folder.")
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH))
        if repeat != passphrase:
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        strength = estimate_strength(self.passphrase_edit.text())
        self.strength_bar.setValue(strength.level)
        self.strength_label.setText(
            [
                self.tr("very weak"),
                self.tr("weak"),
                self.tr("fair"),
                self.tr("strong"),
                self.tr("very strong"),
            ][strength.level]
        )
        typed = bool(self.passphrase_edit.text() or self.repeat_edit.text())
        self.message_label.setText(self._problem() if typed else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next is enabled only for a usable folder and two equal, long-enough passphrases."""
        return not self._problem() and not self.busy.isVisible()

    def validatePage(self) -> bool:
        """Create the vault on a worker; the wizard moves on when it is done."""
        if self._wizard.created is not None:
            return True
        if self.busy.isVisible():
            return False
        path = Path(self.folder_edit.text().strip()).expanduser()
        passphrase, name, kdf = self.passphrase_edit.text(), self.name_edit.text(), self._wizard.kdf
        self.busy.show()
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.message_label.setText(self.tr("Creating the vault…"))
        for widget in self._inputs():
            widget.setEnabled(False)
        self.completeChanged.emit()
        run_task(self, lambda _p: create_vault(path, passphrase, name, kdf), self._created)
        return False

    def _inputs(self) -> tuple[QWidget, ...]:
        # Also the ways out: leaving while the vault is being made would hide its recovery key.
        return (
            self.folder_edit,
            self.browse_button,
            self.name_edit,
            self.passphrase_edit,
            self.repeat_edit,
            self.restore_button,
            self.open_button,
        )

    def _created(self, result: Result[CreatedVault]) -> None:
        self.busy.hide()
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        for widget in self._inputs():
            widget.setEnabled(True)
        if not result.ok:
            self.message_label.setText(error_text(result.error or RuntimeError()))
            self.completeChanged.emit()
            return
        self._wizard.created = result.value
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self._wizard.next()


def _as_key_group(typed: str) -> str:
    # Forgiven as when unlocking: case, and O for 0, I and L for 1.
    return typed.strip().upper().translate(str.maketrans("OIL", "011"))


def recovery_groups(key: str) -> list[str]:
    """The dash-separated groups of a recovery key."""
    return key.split("-")


class KeyWizard(QWizard):
    """A wizard that shows a recovery key and then checks the user's copy of it; closing it
    before the copy was checked asks first, as the key cannot be shown again."""

    confirm_page: ConfirmKeyPage
    interrupted = Signal()  # a lock closed it before the key was confirmed

    def recovery_key(self) -> str | None:
        """The key to show and check, once there is one."""
        raise NotImplementedError

    def unchecked_question(self) -> str:
        """What to ask before closing with the key unconfirmed."""
        raise NotImplementedError

    def is_key_unconfirmed(self) -> bool:
        """True if closing now would leave the key unconfirmed: shown, its copy not checked."""
        return self.recovery_key() is not None and not self.confirm_page.isComplete()

    def reject(self) -> None:
        """Close (Cancel, Esc), asking first if the key is unconfirmed."""
        if self.is_key_unconfirmed():
            answer = QMessageBox.question(self, APP_NAME, self.unchecked_question())
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def close_for_lock(self) -> None:
        """Close at once, without asking: the vault is locking."""
        if self.is_key_unconfirmed():
            self.interrupted.emit()
        QWizard.reject(self)


class RecoveryKeyPage(QWizardPage):
    """Shows the recovery key, once."""

    def __init__(self, wizard: KeyWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        # In the page, not the wizard's subtitle: that shows two lines, and in Russian and
        # Uzbek the last sentence ("shown only once") was cut off.
        self.warning_label = QLabel(
            self.tr(
                "Write this key on paper now and keep it somewhere safe, away from this "
                "computer. It opens the vault if the passphrase is forgotten. It is shown "
                "only once."
            )
        )
        self.warning_label.setWordWrap(True)
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.key_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Show the key, in groups of four."""
        key = self._wizard.recovery_key()
        if key is not None:
            groups = recovery_groups(key)
            lines = ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
            self.key_label.setText("\n".join(lines))


class ConfirmKeyPage(QWizardPage):
    """Asks for two groups of the recovery key back."""

    def __init__(self, wizard: KeyWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check your copy"))
        self.setSubTitle(
            self.tr("Type two groups from the recovery key you wrote down, to be sure it is right.")
        )
        self.first_edit = QLineEdit()
        self.second_edit = QLineEdit()
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.first_label.setBuddy(self.first_edit)
        self.second_label.setBuddy(self.second_edit)
        self.message_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.first_label, self.first_edit)
        form.addRow(self.second_label, self.second_edit)
        form.addRow(self.message_label)
        self.positions: tuple[int, int] = (0, 1)
        for edit in (self.first_edit, self.second_edit):
            edit.textChanged.connect(self._update)

    def initializePage(self) -> None:
        """Pick two groups at random, so the user must have the whole key at hand."""
        key = self._wizard.recovery_key()
        count = len(recovery_groups(key)) if key else 2
        first = secrets.randbelow(count)
        second = (first + 1 + secrets.randbelow(count - 1)) % count
        self.positions = tuple(sorted((first, second)))  # type: ignore[assignment]
        for label, edit, position in (
            (self.first_label, self.first_edit, self.positions[0]),
            (self.second_label, self.second_edit, self.positions[1]),
        ):
            # No Alt key: "Group &1" and "Group &13" would share Alt+1.
            label.setText(self.tr("Group %1:").replace("%1", str(position + 1)))
            edit.setAccessibleName(self.tr("Group %1").replace("%1", str(position + 1)))
            edit.clear()

    def _matches(self) -> bool:
        key = self._wizard.recovery_key()
        if key is None:
            return False
        groups = recovery_groups(key)
        typed = (self.first_edit.text(), self.second_edit.text())
        return all(
            _as_key_group(t) == groups[p] for t, p in zip(typed, self.positions, strict=True)
        )

    def _update(self) -> None:
        complete = all(len(e.text().strip()) >= 4 for e in (self.first_edit, self.second_edit))
        if complete and not self._matches():
            self.message_label.setText(self.tr("That does not match the key. Check your copy."))
        else:
            self.message_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Finish is enabled only when both groups match."""
        return self._matches()


class CreateVaultWizard(KeyWizard):
    """The three steps of making a new vault; emits created_vault(Vault) when the key is
    confirmed. Its first page asks for a restore (restore_requested) or for a vault that exists
    already (open_requested(Path)); the main window does those, and give_way closes the wizard."""

    created_vault = Signal(object)
    restore_requested = Signal()
    open_requested = Signal(object)  # the folder of a vault

    def __init__(
        self, path: Path, kdf: KdfParams = DEFAULT_KDF, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.kdf = kdf
        self.created: CreatedVault | None = None
        self.setWindowTitle(self.tr("New vault"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        _translate_buttons(self)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create >"))
        self.passphrase_page = PassphrasePage(self)
        # Creating the vault cannot be undone: no way Back to the passphrase once it exists.
        self.passphrase_page.setCommitPage(True)
        self.recovery_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmKeyPage(self)
        for page in (self.passphrase_page, self.recovery_page, self.confirm_page):
            self.addPage(page)
        self.finished.connect(self._on_finished)

    def recovery_key(self) -> str | None:
        """The new vault's recovery key, once the vault exists."""
        return self.created.recovery_key if self.created is not None else None

    def unchecked_question(self) -> str:
        """The vault exists; its key will not be shown again."""
        return self.tr(
            "Your copy of the recovery key was not checked, and it cannot be shown again. "
            "Close anyway? (Vault > New recovery key makes another.)"
        )

    def reject(self) -> None:
        """Cancel waits while the vault is being created: closing then would leave a vault
        whose recovery key nobody saw."""
        if self.passphrase_page.busy.isVisible():
            return
        super().reject()

    def give_way(self) -> None:
        """Close for a vault restored or opened instead: not a Cancel, so nothing that follows
        a Cancel (the unlock dialog) comes up."""
        self.hide()
        self.deleteLater()

    def _on_finished(self, code: int) -> None:
        if code == QWizard.DialogCode.Accepted and self.created is not None:
            self.created_vault.emit(self.created.vault)
        elif self.created is not None:
            # Closed before confirming the key: the vault exists; lock it rather than keep it
            # open behind a window the user has dismissed.
            self.created.vault.lock()


def _translate_buttons(wizard: QWizard) -> None:
    # Qt ships no Uzbek catalogue of its own: the wizard's buttons are ours to translate.
    for button, text in (
        (QWizard.WizardButton.BackButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "< &Back")),
        (QWizard.WizardButton.NextButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "&Next >")),
        (QWizard.WizardButton.FinishButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "&Finish")),
        (QWizard.WizardButton.CancelButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "Cancel")),
    ):
        wizard.setButtonText(button, QCoreApplication.translate("CreateVaultWizard", text))


class NewRecoveryKeyWizard(KeyWizard):
    """Shows a new recovery key and checks the user's copy, as at creation; only Finish, with
    the copy checked, stores it. Until then the old key keeps opening the vault, so a crash or
    a closed window never leaves a key that nobody holds."""

    def __init__(self, pending: PendingRecoveryKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._pending = pending
        self._is_stored = False
        self.setWindowTitle(self.tr("New recovery key"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        _translate_buttons(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmKeyPage(self)
        for page in (self.recovery_page, self.confirm_page):
            self.addPage(page)

    def recovery_key(self) -> str | None:
        """The new key."""
        return self._pending.text

    def is_key_unconfirmed(self) -> bool:
        """True until Finish has stored the key: a checked copy alone replaces nothing."""
        return not self._is_stored

    def unchecked_question(self) -> str:
        """Closing keeps the old key; the new one is dropped."""
        return self.tr(
            "Close without changing the recovery key? The old key keeps opening the vault; "
            "the new key shown here never will."
        )

    def validateCurrentPage(self) -> bool:
        """Finish: store the new key now that the copy is checked (the old one stops working);
        if it cannot be stored, say so and stay, the old key still valid."""
        if self.currentPage() is not self.confirm_page:
            return super().validateCurrentPage()
        if not self.confirm_page.isComplete():
            return False
        try:
            self._pending.store()
        except SandiqError as error:
            warn(
                self,
                self.tr(
                    "The new recovery key was not saved, and the old key still opens the vault. %1"
                ).replace("%1", error_text(error)),
            )
            return False
        self._is_stored = True
        return True
