"""The box colleagues' recovery shares are typed into, one share a line: Enter starts the next
share's line, Ctrl+Enter goes on, as Enter does in a passphrase box. A long share wraps between
words, and a rule under each share shows where the next begins."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop_app.core.recovery_shares import shares_in_text

VISIBLE_LINES = 9  # a share a line: room for the shares of most teams and a scroll bar
SHARE_CHARS = 160  # a share of 20 words, as wide as the box would like to be


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
        # A share of 20 words is wider than the box. Kept on one line, it scrolled sideways
        # and could not be read word by word against the paper; wrapped alone, it ran on over
        # two or three lines and no one could tell where the next share began. So it wraps
        # between words, and a rule is drawn under each share (paintEvent).
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * VISIBLE_LINES)

    def sizeHint(self) -> QSize:
        """As wide as a share, so a dialog that has the room shows each share whole."""
        width = self.fontMetrics().averageCharWidth() * SHARE_CHARS
        return QSize(width + self.verticalScrollBar().sizeHint().width(), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, and a rule under each line typed that another follows."""
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        width = self.viewport().width()
        while block.isValid() and block.next().isValid():
            bottom = int(self.blockBoundingGeometry(block).translated(offset).bottom())
            if bottom > event.rect().bottom():
                break
            painter.drawLine(0, bottom, width, bottom)
            block = block.next()
        painter.end()

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
