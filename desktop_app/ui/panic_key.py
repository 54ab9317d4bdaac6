"""The panic key, Ctrl+Shift+F12, from every window and dialog of the application.

A shortcut, even an application-wide one, belongs to a window, and Qt does not fire it while a
modal dialog blocks that window: the key did nothing in the unlock dialog (open after every
start and every idle lock, the likeliest state when someone is at the door) and in any modal
dialog over an unlocked vault. An event filter on the application sees every key press first,
whichever window has the focus, so the key is taken there: its shortcut override is claimed,
so that no window's shortcut or widget takes the key, and the key press that follows runs the
panic.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

PANIC_KEY = QKeySequence("Ctrl+Shift+F12")
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class PanicKey(QObject):
    """The application's event filter that runs panic on Ctrl+Shift+F12, once per press."""

    def __init__(self, panic: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._panic = panic
        self._is_running = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Claim the panic key's shortcut override; run the panic on its key press."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not is_panic_key(event):
            return False
        event.accept()
        # A held key repeats, and a press while the confirmation is open would ask again.
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat() and not self._is_running:
            self._is_running = True
            try:
                self._panic()
            finally:
                self._is_running = False
        return True


def is_panic_key(event: QKeyEvent) -> bool:
    """Whether event is Ctrl+Shift+F12 (the keypad's modifier aside)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_F12 and modifiers == _MODIFIERS


def install_panic_key(panic: Callable[[], object], owner: QObject) -> PanicKey:
    """Run panic on the panic key in any window of the application for as long as owner
    lives (the filter is its child, and goes with it)."""
    key = PanicKey(panic, owner)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(key)
    return key
