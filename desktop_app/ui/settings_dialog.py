"""The Settings dialog: language, auto-lock, panic confirmation, wipe after failed unlocks,
whether the vault's folder is remembered. A new language shows after a restart, which the
dialog offers at once (``restart``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop_app.ui.i18n import LANGUAGES, current_language, fill
from desktop_app.ui.messages import confirm
from desktop_app.ui.restart import restart_after_closing
from desktop_app.ui.settings import Preferences, Settings


class SettingsDialog(QDialog):
    """Edits the preferences; the language applies at the next start, which Save offers to
    bring about at once (is_vault_open: saying that the restart locks the vault)."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, is_vault_open: bool = False
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.settings = settings
        self.is_vault_open = is_vault_open
        prefs = settings.preferences()
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self.language_combo.setAccessibleName(self.tr("Language"))
        language_note = QLabel(self.tr("A new language is used after Sandiq restarts."))
        language_note.setWordWrap(True)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setValue(prefs.idle_minutes)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setAccessibleName(self.tr("Lock after idle minutes"))
        self.confirm_panic_check = QCheckBox(
            self.tr("Ask before the &panic action destroys the vault")
        )
        self.confirm_panic_check.setChecked(prefs.confirm_panic)
        self.remember_check = QCheckBox(self.tr("&Open the vault last used at the next start"))
        self.remember_check.setToolTip(
            self.tr(
                "Its folder is written in the settings file, unencrypted. Turn this off if "
                "nothing on this computer may say where the vault is."
            )
        )
        self.remember_check.setChecked(prefs.remember_vault_folder)
        self.wipe_check = QCheckBox(self.tr("&Destroy the vault after failed unlock attempts"))
        self.wipe_check.setChecked(prefs.wipe_after_failures > 0)
        self.wipe_spin = QSpinBox()
        self.wipe_spin.setRange(3, 100)
        self.wipe_spin.setValue(prefs.wipe_after_failures or 10)
        self.wipe_spin.setAccessibleName(self.tr("Failed attempts before the vault is destroyed"))
        self.wipe_spin.setEnabled(self.wipe_check.isChecked())
        wipe_note = QLabel(
            self.tr(
                "Risk: a few mistyped passphrases in a row — by you, a colleague or a child — "
                "destroy every record for good, unless you have a backup. Use this only if "
                "seizure is a greater danger than losing the data."
            )
        )
        wipe_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow(language_note)
        idle_label = QLabel(self.tr("Loc&k after:"))
        idle_label.setBuddy(self.idle_spin)
        form.addRow(idle_label, self.idle_spin)
        form.addRow(self.confirm_panic_check)
        form.addRow(self.remember_check)
        form.addRow(self.wipe_check)
        attempts_label = QLabel(self.tr("&Attempts:"))
        attempts_label.setBuddy(self.wipe_spin)
        form.addRow(attempts_label, self.wipe_spin)
        form.addRow(wipe_note)
        form.addRow(self.buttons)
        self.wipe_check.toggled.connect(self.wipe_spin.setEnabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, self.sizeHint().height())

    def preferences(self) -> Preferences:
        """The preferences as set in the dialog."""
        return Preferences(
            language=str(self.language_combo.currentData()),
            idle_minutes=self.idle_spin.value(),
            confirm_panic=self.confirm_panic_check.isChecked(),
            wipe_after_failures=self.wipe_spin.value() if self.wipe_check.isChecked() else 0,
            remember_vault_folder=self.remember_check.isChecked(),
        )

    def save(self) -> None:
        """Write the preferences and close; if the language chosen is not the one shown, offer
        to restart in it."""
        prefs = self.preferences()
        self.settings.save_preferences(prefs)
        self.accept()
        window = self.parentWidget()
        if window is not None and prefs.language != current_language():
            self._offer_restart(window, prefs.language)

    def _offer_restart(self, window: QWidget, language: str) -> None:
        if self.is_vault_open:
            # Quitting saves open forms as drafts in the vault, and asks before losing any it
            # cannot take: the restart goes the same way.
            question = self.tr(
                "%1 is used after Sandiq restarts. Restart now? The vault locks: open forms "
                "are kept as drafts, offered again after you unlock."
            )
        else:
            question = self.tr("%1 is used after Sandiq restarts. Restart now?")
        if confirm(window, fill(question, LANGUAGES[language])):
            restart_after_closing(window)
