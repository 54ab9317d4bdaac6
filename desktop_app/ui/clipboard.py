"""Copying case data to the clipboard, and taking it back.

As KeePassXC does: a copy is marked as concealed for clipboard managers, cleared after 30
seconds, and cleared on lock — but only if the clipboard still holds what Sandiq put there, so
something the user copied later from another program is never wiped.

The application's guard also watches the clipboard (`watch_application`): whatever any Sandiq
widget puts there (Ctrl+C or the context menu's Copy in a text field, a selectable label) is
set again with the concealed hints, and timed out and cleared like a table copy. The X11
mouse selection (PRIMARY), which Sandiq's text fields set whenever text is selected, gets the
same hints and is cleared the same time after it last changed, and with the clipboard, while
Sandiq still owns it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# Clipboard managers (KDE Klipper, GPaste, Windows history) skip data carrying these hints.
_CONCEALED_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
}
# Platforms whose clipboard lives inside this process (Qt's default QPlatformClipboard): no
# other program can write to it, and they cannot report ownership (ownsClipboard() is False).
_IN_PROCESS_CLIPBOARD_PLATFORMS = {
    "offscreen",
    "minimal",
    "minimalegl",
    "eglfs",
    "linuxfb",
    "vnc",
    "vkkhrdisplay",
}


def holds_sandiq_data(mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
    """Whether this process put the current clipboard (or X11 selection) data there."""
    if QGuiApplication.platformName() in _IN_PROCESS_CLIPBOARD_PLATFORMS:
        return True
    clipboard = QGuiApplication.clipboard()
    if mode == QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    return clipboard.ownsClipboard()


def _is_concealed(mime: QMimeData) -> bool:
    return all(mime.hasFormat(kind) for kind in _CONCEALED_HINTS)


def _concealed(mime: QMimeData) -> QMimeData:
    """A copy of mime, rich text (a QTextEdit's HTML) included, with the hints that keep
    clipboard managers from recording it."""
    concealed = QMimeData()
    for kind in mime.formats():
        concealed.setData(kind, mime.data(kind))
    for kind, value in _CONCEALED_HINTS.items():
        concealed.setData(kind, value)
    return concealed


class ClipboardGuard(QObject):
    """Copies text and clears it again after a while or on demand."""

    # The one guard that adopts widget copies; a later watch_application() takes over.
    _application_guard: ClipboardGuard | None = None

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._setting = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_ours)
        self.selection_timer = QTimer(self)
        self.selection_timer.setSingleShot(True)
        self.selection_timer.setInterval(clear_after_ms)
        self.selection_timer.timeout.connect(self._clear_selection_if_ours)

    def watch_application(self) -> None:
        """Treat every copy made by a Sandiq widget as this guard's own (the latest caller's),
        and every text selected in one (the X11 selection) too."""
        ClipboardGuard._application_guard = self
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._conceal_widget_copy)
        clipboard.selectionChanged.connect(self._conceal_widget_selection)

    def copy(self, text: str) -> None:
        """Put text on the clipboard and start the countdown to clear it."""
        mime = QMimeData()
        mime.setText(text)
        self._set_concealed(mime)

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds Sandiq's copy, and a selection Sandiq owns."""
        self.timer.stop()
        clipboard = QGuiApplication.clipboard()
        self._setting = True
        try:
            if (
                self._copied is not None
                and holds_sandiq_data()
                and clipboard.text() == self._copied
            ):
                clipboard.clear()
        finally:
            self._setting = False
        self._clear_selection_if_ours()
        self._copied = None

    def _clear_selection_if_ours(self) -> None:
        self.selection_timer.stop()
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and holds_sandiq_data(QClipboard.Mode.Selection):
            self._setting = True
            try:
                clipboard.clear(QClipboard.Mode.Selection)
            finally:
                self._setting = False

    def _conceal_widget_selection(self) -> None:
        """Text selected in a Sandiq widget: set it again concealed, and clear it after the
        same while as a copy (a middle click pastes it into any program until then)."""
        if self._setting or ClipboardGuard._application_guard is not self:
            return
        if not holds_sandiq_data(QClipboard.Mode.Selection):
            self.selection_timer.stop()  # another program's selection: never touched
            return
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData(QClipboard.Mode.Selection)
        if mime is None or not mime.text():
            self.selection_timer.stop()
            return
        if not _is_concealed(mime) and clipboard.supportsSelection():
            self._put(_concealed(mime), QClipboard.Mode.Selection)
        self.selection_timer.start()

    def _set_concealed(self, mime: QMimeData) -> None:
        concealed = _concealed(mime)
        self._put(concealed, QClipboard.Mode.Clipboard)
        self._copied = concealed.text()
        self.timer.start()

    def _put(self, mime: QMimeData, mode: QClipboard.Mode) -> None:
        # Not taken for a widget's copy or selection by this guard's own signal handlers.
        self._setting = True
        try:
            QGuiApplication.clipboard().setMimeData(mime, mode)
        finally:
            self._setting = False

    def _conceal_widget_copy(self) -> None:
        """A Sandiq widget copied text without the hints: set it again, concealed and timed."""
        if self._setting or ClipboardGuard._application_guard is not self:
            return
        if not holds_sandiq_data():
            return  # another program's copy: never adopted
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.text() or _is_concealed(mime):
            return
        self._set_concealed(mime)
