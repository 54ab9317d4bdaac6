"""Setting a new passphrase (from the Vault menu, or right after unlocking with the recovery
key). Rewrapping runs Argon2id, so it happens on a worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.passphrase import estimate_strength
from desktop_app.core.vault import MIN_PASSPHRASE_LENGTH, Vault
from desktop_app.ui.messages import error_text, inform
from desktop_app.ui.tasks import Result, run_task


class ChangePassphraseDialog(QDialog):
    """Two fields, a strength meter, and the rewrap on a worker."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        kdf: KdfParams = DEFAULT_KDF,
        after_recovery: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.vault = vault
        self.kdf = kdf
        self.setWindowTitle(self.tr("Change passphrase"))
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat passphrase"))
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        # Shown right after an unlock with the recovery key or shares, which the user did not
        # ask to be followed by this dialog.
        self.reason_label = QLabel(
            self.tr(
                "You opened the vault with the recovery key (or recovery shares). Choose a new "
                "passphrase now: from then on the vault opens with it."
            )
        )
        self.reason_label.setWordWrap(True)
        self.reason_label.setHidden(not after_recovery)
        form.addRow(self.reason_label)
        new_label = QLabel(self.tr("&New passphrase:"))
        new_label.setBuddy(self.new_edit)
        repeat_label = QLabel(self.tr("&Repeat:"))
        repeat_label.setBuddy(self.repeat_edit)
        form.addRow(new_label, self.new_edit)
        form.addRow(repeat_label, self.repeat_edit)
        form.addRow(self.tr("Strength:"), self.strength_bar)
        form.addRow(self.message_label)
        form.addRow(self.buttons)
        self.new_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _problem(self) -> str:
        if len(self.new_edit.text()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH))
        if self.new_edit.text() != self.repeat_edit.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        self.strength_bar.setValue(estimate_strength(self.new_edit.text()).level)
        problem = self._problem()
        self.message_label.setText(problem if self.new_edit.text() else "")
        self.ok_button.setEnabled(not problem)

    def change(self) -> None:
        """Rewrap the data key under the new passphrase (on a worker)."""
        if self._problem():
            return
        passphrase, vault, kdf = self.new_edit.text(), self.vault, self.kdf
        self.ok_button.setEnabled(False)
        self.message_label.setText(self.tr("Changing the passphrase…"))
        run_task(self, lambda _p: vault.change_passphrase(passphrase, kdf), self._done)

    def _done(self, result: Result[None]) -> None:
        if not result.ok:
            self.message_label.setText(error_text(result.error or RuntimeError()))
            self.ok_button.setEnabled(True)
            return
        self.accept()
        inform(
            self.parentWidget(),
            self.tr(
                "The passphrase is changed: from now on the vault opens with the new one. "
                "Backups made before still open with the old passphrase."
            ),
        )
