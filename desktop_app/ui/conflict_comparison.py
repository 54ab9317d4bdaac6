"""A long text of a conflicted record, both versions side by side with their changes marked.

The choice is for the whole record, so one corrected sentence in a 20 KB narrative must be
found without reading it twice: each change is highlighted, wrapped in the same [-…-] / {+…+}
marks as `sandiq conflicts show` (a colour alone tells nothing to a colour-blind user or a
screen reader), and the buttons jump to it in both versions at once.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from desktop_app.core.exchange.conflict_diff import (
    MARKS,
    MINE,
    SAME,
    THEIRS,
    FieldDifference,
    changed_runs,
)
from desktop_app.ui.i18n import field_label

HIGHLIGHT = {MINE: "#ffd8b0", THEIRS: "#c8e6ff"}  # orange and blue: told apart by most eyes


class TextComparison(QWidget):
    """One differing text field: how many places differ, both versions, changes marked."""

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
        self.mine_view, self.theirs_view = QTextBrowser(), QTextBrowser()
        for view, side, name in (
            (self.mine_view, MINE, own_name),
            (self.theirs_view, THEIRS, sender),
        ):
            view.setHtml(marked_html(difference, side))
            view.setAccessibleName(
                self.tr("%1, version of %2")
                .replace("%1", field_label(difference.name))
                .replace("%2", name)
            )
            view.setAccessibleDescription(
                self.tr("Text only in this version is marked %1 … %2.")
                .replace("%1", MARKS[side][0])
                .replace("%2", MARKS[side][1])
            )
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.first_button)
        top.addWidget(self.next_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0, 1, 2)
        layout.addWidget(QLabel(own_name), 1, 0)
        theirs_label = QLabel(sender)
        theirs_label.setWordWrap(True)
        layout.addWidget(theirs_label, 1, 1)
        layout.addWidget(self.mine_view, 2, 0)
        layout.addWidget(self.theirs_view, 2, 1)
        layout.setRowStretch(2, 1)

    def show_difference(self, index: int) -> None:
        """Scroll both versions to the change at index (counting from 0), wrapping around."""
        self.current = index % max(self.places, 1)
        for view in (self.mine_view, self.theirs_view):
            view.scrollToAnchor(f"change{self.current}")


def marked_html(difference: FieldDifference, side: str) -> str:
    """One side's text as HTML: what only it has highlighted and marked, an anchor at each
    place (also where only the other side has text, so both scroll to the same change)."""
    pieces = difference.pieces
    starts = {start: number for number, (start, _end) in enumerate(changed_runs(pieces))}
    before, after = MARKS[side]
    parts = []
    for index, piece in enumerate(pieces):
        if index in starts:
            parts.append(f'<a name="change{starts[index]}"></a>')
        if piece.kind == SAME:
            parts.append(escape(piece.text))
        elif piece.kind == side:
            text = escape(f"{before}{piece.text}{after}")
            parts.append(f'<span style="background-color:{HIGHLIGHT[side]}"><u>{text}</u></span>')
    return f'<div style="white-space: pre-wrap">{"".join(parts)}</div>'
