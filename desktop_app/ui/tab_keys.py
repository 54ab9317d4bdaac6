"""Keys that turn a window's tabs from anywhere in the window, as a browser's do.

Qt's QTabWidget answers Ctrl+Tab and Ctrl+PgDown only while the focus is inside it, so a
window that opens with the focus on a button above its tabs ignored them. These shortcuts
belong to one window: a multi-line text box in another window (a testimony's narrative) keeps
Qt's Ctrl+Tab, which moves the focus out of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

_NEXT = ("Ctrl+Tab", "Ctrl+PgDown")
# A keyboard sends Shift+Tab as Backtab; both spellings are taken so neither is missed.
_PREVIOUS = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp")


def add_tab_keys(window: QWidget, tabs: QTabWidget) -> None:
    """Let Ctrl+Tab / Ctrl+PgDown show the next tab and Ctrl+Shift+Tab / Ctrl+PgUp the
    previous one (round from the last to the first), wherever the focus is in window."""
    for keys, step in ((_NEXT, 1), (_PREVIOUS, -1)):
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: _turn(tabs, step))


def _turn(tabs: QTabWidget, step: int) -> None:
    """Show the tab step places on, skipping disabled tabs as Qt's own keys do."""
    if not tabs.isEnabled():  # a case that cannot be read
        return
    count = tabs.count()
    index = tabs.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            return
