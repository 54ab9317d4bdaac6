"""A long text of a conflicted record, both versions side by side with their changes marked.

The choice is for the whole record, so one corrected sentence in a 20 KB narrative must be
found without reading it twice: each change is highlighted and the buttons jump to it in both
versions at once. Changes are formats, never characters added to the text: a testimony may hold
"{+" itself, and a lawyer must tell its words from the marks. Text only in the left version is
struck out, only in the right one underlined, so the colour is not the only cue (colour-blind
users, printouts in grey).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from desktop_app.core.exchange.conflict_diff import (
    MINE,
    SAME,
    THEIRS,
    FieldDifference,
    Segment,
    side_segments,
)
from desktop_app.ui.i18n import field_label, fill

# Mixed into the palette's text background, so a dark palette gets a dark red and green that
# its light text stays readable on, and a light palette pale ones.
TINTS = {MINE: QColor(214, 39, 40), THEIRS: QColor(44, 160, 44)}
TINT_SHARE = 0.3


class TextComparison(QWidget):
    """One differing text field: how many places differ, both versions, changes formatted."""

    def __init__(
        self,
        difference: FieldDifference,
        sender: str,
        parent: QWidget | None = None,
        own_name: str | None = None,
    ):
        super().__init__(parent)
        # History compares two versions of one vault's record: its sides are named by version.
        own_name = self.tr("This vault") if own_name is None else own_name
        self.places = difference.places
        self.current = -1  # the change last jumped to
        self.summary = QLabel(
            self.tr("%1: %n place(s) differ", "", self.places).replace(
                "%1", field_label(difference.name)
            )
        )
        self.first_button = QPushButton(self.tr("&First difference"))
        self.next_button = QPushButton(self.tr("Ne&xt difference"))
        self.first_button.clicked.connect(lambda: self.show_difference(0))
        self.next_button.clicked.connect(lambda: self.show_difference(self.current + 1))
        self.next_button.setEnabled(self.places > 1)
        self.formats = change_formats(self.palette().color(QPalette.ColorRole.Base))
        self.legend = QLabel(self._legend(own_name, sender))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        descriptions = {
            MINE: self.tr("Text only in this version is highlighted and struck out."),
            THEIRS: self.tr("Text only in this version is highlighted and underlined."),
        }
        self.mine_view, self.theirs_view = QTextBrowser(), QTextBrowser()
        self.change_starts: dict[QTextBrowser, list[int]] = {}
        for view, side, name in (
            (self.mine_view, MINE, own_name),
            (self.theirs_view, THEIRS, sender),
        ):
            segments = side_segments(difference.pieces, side)
            self.change_starts[view] = write_segments(view, segments, self.formats)
            view.setAccessibleName(
                fill(self.tr("%1, version of %2"), field_label(difference.name), name)
            )
            view.setAccessibleDescription(descriptions[side])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.first_button)
        top.addWidget(self.next_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0, 1, 2)
        layout.addWidget(self.legend, 1, 0, 1, 2)
        layout.addWidget(QLabel(own_name), 2, 0)
        theirs_label = QLabel(sender)
        theirs_label.setWordWrap(True)
        layout.addWidget(theirs_label, 2, 1)
        layout.addWidget(self.mine_view, 3, 0)
        layout.addWidget(self.theirs_view, 3, 1)
        layout.setRowStretch(3, 1)

    def show_difference(self, index: int) -> None:
        """Bring the change at index (counting from 0, wrapping around) to the top of both
        versions, the cursor at its start so keyboard and screen reader users are there too."""
        self.current = index % max(self.places, 1)
        for view, starts in self.change_starts.items():
            if self.current >= len(starts):
                continue
            cursor = QTextCursor(view.document())
            cursor.setPosition(starts[self.current])
            view.setTextCursor(cursor)
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + view.cursorRect(cursor).top())

    def _legend(self, own_name: str, sender: str) -> str:
        """One line showing each side's format next to the version that has the text."""
        samples = []
        for side, name in ((MINE, own_name), (THEIRS, sender)):
            line = "line-through" if side == MINE else "underline"
            colour = self.formats[side].background().color().name()
            text = escape(fill(self.tr("Only in: %1"), name))
            samples.append(
                f'<span style="background-color:{colour}; text-decoration:{line}">'
                f"&nbsp;{text}&nbsp;</span>"
            )
        return "&nbsp;&nbsp;&nbsp;".join(samples)


def change_formats(base: QColor) -> dict[str, QTextCharFormat]:
    """The character format of text in both versions, only in mine, only in theirs, for a
    view whose background is base."""
    formats = {SAME: QTextCharFormat()}
    for side, tint in TINTS.items():
        mixed = QColor(
            *(
                round(b + (t - b) * TINT_SHARE)
                for b, t in zip(base.getRgb()[:3], tint.getRgb()[:3], strict=True)
            )
        )
        formats[side] = QTextCharFormat()
        formats[side].setBackground(mixed)
    formats[MINE].setFontStrikeOut(True)
    formats[THEIRS].setFontUnderline(True)
    return formats


def write_segments(
    view: QTextBrowser, segments: Sequence[Segment], formats: dict[str, QTextCharFormat]
) -> list[int]:
    """Write one version's segments into view, each in its kind's format; return the position
    where each change begins."""
    document = view.document()
    document.clear()
    document.setUndoRedoEnabled(False)  # read-only: no copy of 150,000 characters to undo to
    cursor = QTextCursor(document)
    starts = []
    for segment in segments:
        if segment.change is not None:
            starts.append(cursor.position())
        cursor.insertText(segment.text, formats[segment.kind])
    # The view's own cursor was pushed along by every insertion: the text opens at its start.
    view.moveCursor(QTextCursor.MoveOperation.Start)
    return starts
