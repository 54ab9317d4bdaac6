"""Two versions of a record from a case's History, only where they differ: short fields side
by side, long texts with their changed passages marked and First / Next difference, as the
conflict window shows them (``conflict_comparison``).

"View this version" shows a whole 150,000-character testimony; to find what edit 17 changed,
the user compares version 17 with the one before it and is taken to the first change.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_app.core.version_changes import VersionComparison
from desktop_app.ui.conflict_comparison import TextComparison
from desktop_app.ui.field_table import field_table
from desktop_app.ui.i18n import fill
from desktop_app.ui.screen_fit import resize_within_screen


class VersionComparisonDialog(QDialog):
    """What differs between two versions of one record, the older on the left."""

    def __init__(
        self,
        heading: str,
        comparison: VersionComparison,
        labels: Mapping[str, str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # The heading may name a witness: window titles are read by every program on the
        # display (docs/security.md), so the title stays generic.
        self.setWindowTitle(self.tr("Compare versions"))
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        older = fill(self.tr("Version %1"), str(comparison.older))
        newer = fill(self.tr("Version %1"), str(comparison.newer))
        differences = comparison.differences
        short = [d.name for d in differences if not d.is_long_text]
        self.summary = QLabel(self._summary_text(comparison))
        self.summary.setWordWrap(True)
        self.table = field_table(
            [self.tr("Field"), older, newer],
            short,
            [comparison.older_content, comparison.newer_content],
            self.tr("Fields that changed"),
            labels,
        )
        self.table.setVisible(bool(short))
        self.comparisons = [
            TextComparison(d, newer, own_name=older) for d in differences if d.is_long_text
        ]
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        for part in (self.table, *self.comparisons):
            parts.addWidget(part)
        for index in range(len(self.comparisons)):
            parts.setStretchFactor(index + 1, 3)  # the texts get the room
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(parts, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        resize_within_screen(self, 1000, 640)
        if self.comparisons:
            # Laid out first: a text not yet laid out has no place to scroll to.
            QTimer.singleShot(0, self, lambda: self.comparisons[0].show_difference(0))

    def _summary_text(self, comparison: VersionComparison) -> str:
        """What the newer version did: changed fields, and deleted or restored the record (a
        deletion keeps the content: "the same content" alone read as if nothing happened)."""
        newer = str(comparison.newer)
        if comparison.deletes:
            status = fill(self.tr("The record is deleted in version %1."), newer)
        elif comparison.restores:
            status = fill(
                self.tr("The record, deleted in version %1, is restored in version %2."),
                str(comparison.older),
                newer,
            )
        else:
            status = ""
        if comparison.differences:
            fields = self.tr("%n field(s) changed", "", len(comparison.differences))
        elif status:
            fields = self.tr("Its fields are the same in both versions.")
        else:
            fields = self.tr("The two versions have the same content.")
        return " ".join(filter(None, (status, fields)))
