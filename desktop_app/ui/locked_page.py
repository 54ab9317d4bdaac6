"""What the main window shows while no vault is open: no case data, the way back in, the way
to a vault restored from a backup (after a lost or seized laptop, say), and the language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.i18n import LANGUAGES, current_language, fill
from desktop_app.ui.messages import confirm
from desktop_app.ui.restart import restart_after_closing
from desktop_app.ui.settings import Settings


class LockedPage(QWidget):
    """A line saying why no vault is open, with Unlock (or Create) and Restore, centred, and a
    language chooser below them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        # Not Alt+C: the main window's Case menu, beside this page, has it.
        self.create_button = QPushButton(self.tr("Create a &new vault…"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        # Here too, not only in Settings: a language picked by mistake at the first start put
        # every word, the menu that leads to Settings too, in one the user may not read. The
        # choices are named in their own language.
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        language = settings.preferences().language
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        for button in (self.unlock_button, self.create_button, self.restore_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addLayout(language_row)
        self.language_combo.activated.connect(self.choose_language)
        self.show_vault_exists(True)

    def show_vault_exists(self, exists: bool) -> None:
        """Offer Unlock for a vault that is there; without one (wiped, say), offer what a first
        run offers: a new vault, or one restored from a backup."""
        if exists:
            self.label.setText(self.tr("The vault is locked."))
        else:
            self.label.setText(
                self.tr("There is no vault here. Create a new one, or restore one from a backup.")
            )
        self.unlock_button.setVisible(exists)
        self.create_button.setVisible(not exists)

    def choose_language(self) -> None:
        """Keep the language chosen for the next start and, if it is not the one shown, offer
        to restart in it now (nothing is open to lose while the vault is locked)."""
        language = str(self.language_combo.currentData())
        prefs = self.settings.preferences()
        prefs.language = language
        self.settings.save_preferences(prefs)
        if language == current_language():
            return
        question = self.tr("%1 is used after Sandiq restarts. Restart now?")
        if confirm(self.window(), fill(question, LANGUAGES[language])):
            restart_after_closing(self.window())
