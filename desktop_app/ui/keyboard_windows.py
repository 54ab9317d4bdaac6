"""Keyboard use of every window, installed once for the whole application.

Enter presses the focused button. Qt does this only in a QDialog (a button's autoDefault is
true only there): in the main window and a case window Enter on "Edit case…" did nothing, and
only Space worked. Dialogs keep Qt's own handling, with their default buttons and the buttons
they take out of it; line edits, tables and text boxes never see the change, as only a focused
button's Enter is taken.

The focus shows from the moment a window opens. Qt draws a focus frame only once the focus has
moved by Tab or a shortcut, and forgets it at every other move: a window opening with its focus
on a button or a choice showed no frame until the first Tab. Here only a mouse click hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QToolButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The keypad's Enter comes with KeypadModifier; any other modifier makes another command.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class KeyboardWindows(QObject):
    """The application's event filter for Enter on buttons and the focus frame."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Press a focused button outside a dialog on Enter; keep the focus frame shown."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, (QPushButton, QToolButton)):
            return _pressed_by_enter(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            _show_focus(watched, event)  # type: ignore[arg-type]
        return False


def _pressed_by_enter(button: QPushButton | QToolButton, event: QKeyEvent) -> bool:
    if (
        event.key() not in _ENTER_KEYS
        or event.modifiers() not in _PLAIN
        or not button.hasFocus()
        or not button.isEnabled()
        or isinstance(button.window(), QDialog)
    ):
        return False
    if not event.isAutoRepeat():  # a held Enter opens one form, not one per repeat
        button.click()
    return True


def _show_focus(widget: QWidget, event: QFocusEvent) -> None:
    if event.reason() != Qt.FocusReason.MouseFocusReason:
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)


def install_keyboard_windows() -> None:
    """Install the filter on the application, once however often it is called."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(KeyboardWindows) is None:
        app.installEventFilter(KeyboardWindows(app))
