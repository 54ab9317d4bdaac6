"""How wide a line edit must be to show a text whole (its placeholder, a longest value)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

_LINE_EDIT_MARGIN = 2  # what QLineEdit leaves each side of its text inside the frame


def width_for_texts(edit: QLineEdit, texts: list[str]) -> int:
    """The width edit needs to show each of texts whole, with its frame and the cursor."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    style = edit.style()
    margins = edit.textMargins()
    widest = max(edit.fontMetrics().horizontalAdvance(text) for text in texts)
    cursor = style.pixelMetric(QStyle.PixelMetric.PM_TextCursorWidth, option, edit)
    inner = widest + 2 * _LINE_EDIT_MARGIN + margins.left() + margins.right() + cursor
    contents = QSize(inner, edit.sizeHint().height())
    return style.sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, contents, edit).width()
