"""Where the keyboard focus and the cursors are when a record form opens: the focus in its
first field, so the first keys typed land there; a restored draft's focus in the field, and its
cursor at the place, where the user was typing when it was kept (draft_focus.py); and every
one-line field showing the start of its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.core.drafts import DraftFocus
from desktop_app.ui.forms.draft_focus import focus_field, place_cursor


def first_field(fields: QFormLayout) -> QWidget | None:
    """The first field of fields that takes the keyboard focus (a composite field through its
    focus proxy), or None."""
    for row in range(fields.rowCount()):
        item = fields.itemAt(row, QFormLayout.ItemRole.FieldRole)
        field = item.widget() if item is not None else None
        if field is None or not field.isEnabled():
            continue
        if field.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return field
    return None


def focus_on_open(form: QWidget, fields: QFormLayout, kept: DraftFocus | None) -> DraftFocus | None:
    """Give the focus to the first of fields, then to the field kept names (a restored draft's);
    kept if that field took the focus, else None."""
    # Left to Qt, the focus went to the first widget that takes it, the fields' scroll area,
    # and the keys typed right after Ctrl+N (or opening a record) went nowhere.
    first = first_field(fields)
    if first is not None:
        first.setFocus(Qt.FocusReason.OtherFocusReason)
    # Before, a restored draft opened in its first field, away from the words typed last.
    if kept is not None and not focus_field(form, kept):
        return None
    return kept


def place_cursors_on_show(form: QWidget, *, continues_draft: bool, kept: DraftFocus | None) -> None:
    """Show the start of every one-line field's text; for a restored draft (continues_draft),
    the end of its text boxes, where the typing goes on, and the cursor of its focused field
    where kept says it was, else at the end."""
    # A filled-in field shows its end by default, and QDialog, as it shows, gives its
    # focused field a Tab focus event that selects the whole text: a long name opened as
    # "…ал-Ферганий", and the first key typed would have replaced it.
    for edit in form.findChildren(QLineEdit):
        edit.deselect()
        edit.setCursorPosition(0)
    if not continues_draft:
        return
    # At the start, the words typed on went in front of what the draft kept.
    for text_edit in form.findChildren(QPlainTextEdit):
        text_edit.moveCursor(QTextCursor.MoveOperation.End)
    focused = form.focusWidget()
    if kept is not None and place_cursor(focused, kept.cursor):
        return
    if isinstance(focused, QLineEdit):
        focused.end(False)
