"""What the main window shows while the vault is locked: no case data, the way back in, and
the way to a vault restored from a backup (after a lost or seized laptop, say)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class LockedPage(QWidget):
    """The line "The vault is locked.", an Unlock button and a Restore button, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("The vault is locked."))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
