"""Where in a form the user was typing, kept with its draft and found again when it is restored.

A field is named by the form's attribute that holds it (``summary_edit``): unlike its label,
the name is the same in every language, and a restart in another language restores as well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop_app.core.drafts import DraftFocus


def focus_in(form: QWidget) -> DraftFocus | None:
    """The field of form that has (or last had) the keyboard focus and the cursor in it, or
    None if the focus is on nothing the form names."""
    focused = form.focusWidget()
    names = {id(w): name for name, w in vars(form).items() if isinstance(w, QWidget)}
    # The innermost named widget: a composite field's inner box is focused, not the field.
    widget = focused
    while widget is not None and widget is not form:
        if id(widget) in names:
            return DraftFocus(names[id(widget)], _cursor_of(focused))
        widget = widget.parentWidget()
    return None


def focus_field(form: QWidget, focus: DraftFocus) -> bool:
    """Give the keyboard focus to the field focus names; False if form has no such field or it
    cannot take the focus (disabled, say)."""
    field = getattr(form, focus.field, None)
    if not isinstance(field, QWidget) or not field.isEnabled():
        return False
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    focused = form.focusWidget()
    return focused is not None and (focused is field or field.isAncestorOf(focused))


def place_cursor(widget: QWidget | None, position: int) -> bool:
    """Put the cursor of a text field at position (at most its end); False if widget has no
    text cursor."""
    if isinstance(widget, QLineEdit):
        widget.deselect()
        widget.setCursorPosition(min(position, len(widget.text())))
        return True
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, widget.document().characterCount() - 1))
        widget.setTextCursor(cursor)
        return True
    return False


def _cursor_of(widget: QWidget | None) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().position()
    return 0
