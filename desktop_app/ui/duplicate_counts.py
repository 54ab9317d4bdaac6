"""The row under the list of possible duplicates: how many pairs are likely, the button that
adds the weaker ones after them, and the check box that lists the pairs marked as not the same
person instead."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.duplicates import DuplicateCandidate

# The row's words were the dialog's before it had a module of its own, and keep its
# translation context (lupdate reads the literal "DuplicatesDialog" of each call).
translate = QCoreApplication.translate


class PairCounts(QWidget):
    """How many pairs there are of each kind, and the two ways to list other kinds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel()
        self.weaker_button = QPushButton()
        self.weaker_button.setAutoDefault(False)
        self.weaker_button.setToolTip(
            translate(
                "DuplicatesDialog",
                "Namesakes of a common name who have nothing else in common but, at most, "
                "a birth year: no birth date, no case.",
            )
        )
        self.marked_box = QCheckBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label, 1)
        layout.addWidget(self.weaker_button)
        layout.addWidget(self.marked_box)

    def show_counts(
        self,
        pairs: Sequence[DuplicateCandidate],
        shown: int,
        is_showing_weaker: bool,
        is_showing_marked: bool,
    ) -> None:
        """Say how many of pairs (all found) are likely, and offer what is not shown of them;
        shown: how many the list holds."""
        unmarked = [pair for pair in pairs if not pair.is_marked_not_same]
        likely = sum(pair.is_likely for pair in unmarked)
        weaker = len(unmarked) - likely
        marked = len(pairs) - len(unmarked)
        self.marked_box.setText(
            translate(
                "DuplicatesDialog",
                "Show only the %n pair(s) marked as not the same person",
                None,
                marked,
            )
        )
        self.marked_box.setVisible(marked > 0 or is_showing_marked)
        if is_showing_marked or not unmarked:
            self.count_label.setText("")
        elif shown > likely:
            self.count_label.setText(
                translate(
                    "DuplicatesDialog",
                    "The weaker pairs follow the %n likely one(s).",
                    None,
                    likely,
                )
            )
        else:
            self.count_label.setText(
                translate("DuplicatesDialog", "%n likely pair(s).", "", likely)
            )
        self.weaker_button.setText(
            translate("DuplicatesDialog", "Show %n &weaker pair(s)", "", weaker)
        )
        self.weaker_button.setVisible(
            weaker > 0 and not is_showing_weaker and not is_showing_marked
        )
