"""What the main window shows while no vault is open: no case data, the way back in, the way
to a vault restored from a backup (after a lost or seized laptop, say), and the language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.language_chooser import LanguageChooser
from desktop_app.ui.settings import Settings


class LockedPage(QWidget):
    """A line saying why no vault is open, with Unlock (or Create) and Restore, centred, and a
    language chooser below them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        # Not Alt+C: the main window's Case menu, beside this page, has it.
        self.create_button = QPushButton(self.tr("Create a &new vault…"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        # Here too, not only in Settings: see language_chooser.
        self.language = LanguageChooser(settings)
        self.language_combo = self.language.combo
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        for button in (self.unlock_button, self.create_button, self.restore_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.language, 0, Qt.AlignmentFlag.AlignHCenter)
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
