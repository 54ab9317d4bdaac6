"""The create-vault wizard: folder and passphrase (typed twice, with a strength meter), then the
recovery key shown once and checked (the pages of ``recovery_key_wizard``). Its first page
also leads to the other ways in on a first start: a restore from a backup, or a vault kept
elsewhere (a memory stick, say); and it offers the language, as the wizard is what a first
start shows, in the system's language, before Settings can be reached.

Creation runs Argon2id on a worker. ``kdf`` is a constructor parameter only so tests can use
cheap parameters; the application always passes the strong default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.errors import VaultExists
from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.vault import MIN_PASSPHRASE_LENGTH
from desktop_app.core.vault_creation import CreatedVault, create_vault
from desktop_app.ui.file_dialogs import choose_existing_folder
from desktop_app.ui.i18n import LANGUAGES, current_language, fill
from desktop_app.ui.messages import confirm, error_text
from desktop_app.ui.recovery_key_wizard import (
    ConfirmKeyPage,
    KeyWizard,
    RecoveryKeyPage,
    translate_wizard_buttons,
)
from desktop_app.ui.restart import restart_after_closing
from desktop_app.ui.settings import Settings
from desktop_app.ui.strength_meter import StrengthMeter, confirm_weak_passphrase
from desktop_app.ui.tasks import Result, run_task
from desktop_app.ui.vault_folders import is_vault_folder, vault_in


def free_folder_like(path: Path) -> Path:
    """path if it holds no vault, else the first of "path 2", "path 3"... not there yet: asked
    from the unlock dialog, the wizard offered the folder of the vault being unlocked."""
    if not is_vault_folder(path):
        return path
    number = 2
    while (candidate := path.with_name(f"{path.name} {number}")).exists():
        number += 1
    return candidate


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
        # Each language named in itself, as in Settings: readable whatever is shown now.
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.language_combo.setAccessibleName(self.tr("Language"))
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
        self.strength_meter = StrengthMeter()
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
        form = QFormLayout(self)
        for text, field, row in (
            (self.tr("&Language:"), self.language_combo, self.language_combo),
            (self.tr("&Folder:"), self.folder_edit, folder_row),
            (self.tr("&Name:"), self.name_edit, self.name_edit),
            (self.tr("&Passphrase:"), self.passphrase_edit, self.passphrase_edit),
            (self.tr("&Repeat:"), self.repeat_edit, self.repeat_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row)
        form.addRow(self.tr("Strength:"), self.strength_meter)
        form.addRow(self.message_label)
        form.addRow(self.busy)
        form.addRow(line)
        form.addRow(other_ways_label)
        form.addRow(other_ways)

        self.language_combo.activated.connect(self._choose_language)
        self.browse_button.clicked.connect(self._browse)
        self.restore_button.clicked.connect(wizard.restore_requested)
        self.open_button.clicked.connect(self._open_existing)
        for edit in (self.passphrase_edit, self.repeat_edit, self.folder_edit):
            edit.textChanged.connect(self._update)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self._update()

    def _choose_language(self) -> None:
        language = str(self.language_combo.currentData())
        if language != current_language():
            typed = (
                self.passphrase_edit.text()
                or self.repeat_edit.text()
                or self.name_edit.text()
                or self.folder_edit.text() != str(self._wizard.path)
            )
            question = self.tr("Start Sandiq again in %1? What you typed on this page is cleared.")
            if not typed or confirm(self, fill(question, LANGUAGES[language])):
                self._wizard.restart_in(language)
                return
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))

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

    def _folder_problem(self) -> str:
        folder = self.folder_edit.text().strip()
        if not folder:
            return self.tr("Choose a folder.")
        if is_vault_folder(Path(folder).expanduser()):
            return error_text(VaultExists(""))
        return ""

    def _problem(self) -> str:
        passphrase, repeat = self.passphrase_edit.text(), self.repeat_edit.text()
        if folder_problem := self._folder_problem():
            return folder_problem
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH))
        if repeat != passphrase:
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        self.strength_meter.show_strength(self.passphrase_edit.text())
        typed = bool(self.passphrase_edit.text() or self.repeat_edit.text())
        # A folder that holds a vault is told at once: told at Create, it made the user type
        # two passphrases for nothing.
        self.message_label.setText(self._problem() if typed else self._folder_problem())
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
        if not confirm_weak_passphrase(self, passphrase):
            self.passphrase_edit.setFocus()
            return False
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
            self.language_combo,
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


class CreateVaultWizard(KeyWizard):
    """The three steps of making a new vault; emits created_vault(Vault) when the key is
    confirmed. Its first page asks for a restore (restore_requested) or for a vault that exists
    already (open_requested(Path)); the main window does those, and give_way closes the wizard."""

    created_vault = Signal(object)
    restore_requested = Signal()
    open_requested = Signal(object)  # the folder of a vault

    def __init__(
        self,
        path: Path,
        kdf: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = free_folder_like(path)
        self.kdf = kdf
        # Where a language chosen on the first page is saved (the user's settings file if None).
        self.settings = settings or Settings()
        self.created: CreatedVault | None = None
        self.setWindowTitle(self.tr("New vault"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        translate_wizard_buttons(self)
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

    def restart_in(self, language: str) -> None:
        """Save language as the user's choice and start Sandiq again in it, closing the main
        window (this wizard, without one) as Quit does; no vault is open while this page is."""
        prefs = self.settings.preferences()
        prefs.language = language
        self.settings.save_preferences(prefs)
        restart_after_closing(self.parentWidget() or self)

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
