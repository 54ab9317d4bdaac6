"""The box colleagues' recovery shares are typed into, one share a line: Enter starts the next
share's line, Ctrl+Enter goes on, as Enter does in a passphrase box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop_app.core.recovery_shares import shares_in_text

VISIBLE_LINES = 9  # two or three shares of 20 words, wrapped at a small screen's width


class SharesEdit(QPlainTextEdit):
    """Recovery shares as colleagues read them out; submitted on Ctrl+Enter."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            self.tr("One share per line, as your colleagues read them out; then Ctrl+Enter")
        )
        self.setAccessibleName(self.tr("Recovery shares"))
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * VISIBLE_LINES)

    def shares(self) -> list[str]:
        """The shares typed, one a line; blank lines and headings ("Share 2 of 3:") left out."""
        return shares_in_text(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter submits; Enter alone starts a new line."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)
