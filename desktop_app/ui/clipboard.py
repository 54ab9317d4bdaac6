"""Copying case data to the clipboard, and taking it back.

As KeePassXC does: a copy is marked as concealed for clipboard managers, cleared after 30
seconds, and cleared on lock — but only if the clipboard still holds what Sandiq put there, so
something the user copied later from another program is never wiped.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000
# Clipboard managers (KDE Klipper, GPaste, Windows history) skip data carrying these hints.
_CONCEALED_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
}


class ClipboardGuard(QObject):
    """Copies text and clears it again after a while or on demand."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        """Put text on the clipboard and start the countdown to clear it."""
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _CONCEALED_HINTS.items():
            mime.setData(kind, value)
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = text
        self.timer.start()

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds Sandiq's copy."""
        self.timer.stop()
        if self._copied is not None and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
        self._copied = None
