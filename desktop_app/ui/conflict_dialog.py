"""Resolving a conflict: both versions of a record where they differ, and a choice of one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.exchange.conflicts import ConflictDetail
from desktop_app.ui.conflict_comparison import TextComparison
from desktop_app.ui.field_table import field_table
from desktop_app.ui.held_reasons import held_reason_text
from desktop_app.ui.i18n import fill
from desktop_app.ui.role_labels import record_text
from desktop_app.ui.screen_fit import resize_within_screen


class ConflictDialog(QDialog):
    """Both versions of a record, only where they differ: short fields side by side, long
    texts with their changed words marked; the equal fields once, folded away."""

    KEEP_MINE, KEEP_THEIRS = 10, 11
    THEIRS_COLUMN = 2  # the field's name, this vault's value, then the colleague's

    def __init__(self, detail: ConflictDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve a conflict"))
        # Why it waits, when their version would weaken a safeguard (core's ``safeguards``).
        self.reason = QLabel(held_reason_text(detail.info))
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        if self.reason.text():
            text = self.tr(
                "It was held, not applied: nothing changes until you choose. Keep which version?"
            )
        else:
            self.reason.hide()
            text = self.tr(
                "This record was changed here and by %1 at the same time. Keep which version?"
            ).replace("%1", detail.info.written_by)
        intro = QLabel(text)
        intro.setWordWrap(True)
        # A colleague passes on versions others wrote: the credit goes to the author, and the
        # sender is named only as the one who brought it.
        self.relay_note = QLabel(self._relay_note(detail))
        self.relay_note.setWordWrap(True)
        self.relay_note.setTextFormat(Qt.TextFormat.PlainText)
        self.relay_note.setVisible(bool(detail.info.relayed_by))
        # Which record: a person merged on one side is otherwise named only in the fields.
        info = detail.info
        self.record_title = QLabel(record_text(info.record_kind, info.label, info.person_sex))
        self.record_title.setWordWrap(True)
        self.record_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.record_title.font()
        title_font.setBold(True)
        self.record_title.setFont(title_font)
        self.merge_note = QLabel(self._merge_note(detail))
        self.merge_note.setWordWrap(True)
        self.merge_note.setVisible(detail.merged_into is not None)
        # A newcomer kept out is no deletion of anyone's: no "deleted" row, but what it is.
        self.held_out_note = QLabel(self._held_out_note(detail))
        self.held_out_note.setWordWrap(True)
        self.held_out_note.setVisible(detail.is_held_out)
        differences = detail.differences
        long_texts = [d for d in differences if d.is_long_text]
        short = [d.name for d in differences if not d.is_long_text]
        if detail.mine_deleted != detail.theirs_deleted and not detail.is_held_out:
            short.append("deleted")
        differing = {d.name for d in differences} | set(short)
        same = [name for name in detail.mine if name not in differing]
        self.summary = QLabel(self._summary(detail, len(differing)))
        self.summary.setWordWrap(True)
        self.table = field_table(
            [self.tr("Field"), self.tr("This vault"), detail.info.written_by],
            short,
            [
                {**detail.mine, "deleted": detail.mine_deleted},
                {**detail.theirs, "deleted": detail.theirs_deleted},
            ],
            self.tr("Fields that differ"),
            detail.labels,
        )
        self.table.setVisible(bool(short))
        # A colleague's name can be longer than its column: the header breaks it into lines
        # and its tooltip holds it whole.
        self._sender = detail.info.written_by
        self.table.horizontalHeaderItem(self.THEIRS_COLUMN).setToolTip(self._sender)
        self.table.horizontalHeader().sectionResized.connect(self._wrap_sender)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                item.setToolTip(item.text())
        self.comparisons = [TextComparison(d, detail.info.written_by) for d in long_texts]
        self.same_button = QPushButton(self._same_text(detail, len(same)))
        self.same_button.setCheckable(True)
        self.same_button.setVisible(bool(same))
        self.same_table = field_table(
            [
                self.tr("Field"),
                detail.info.written_by if detail.is_held_out else self.tr("Both versions"),
            ],
            same,
            [detail.mine],
            self.tr("Fields that are the same"),
            detail.labels,
        )
        self.same_table.hide()
        self.same_button.toggled.connect(self.same_table.setVisible)
        differing_parts = QSplitter(Qt.Orientation.Vertical)
        differing_parts.setChildrenCollapsible(False)
        for part in (self.table, *self.comparisons, self.same_table):
            differing_parts.addWidget(part)
        for index in range(len(self.comparisons)):
            differing_parts.setStretchFactor(index + 1, 3)  # the texts get the room
        differing_parts.setSizes([1, *(4 for _ in self.comparisons), 1])  # shares, at first
        buttons = QDialogButtonBox()
        self.mine_button = buttons.addButton(
            self.tr("Keep &mine"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.theirs_button = buttons.addButton(
            self.tr("Keep &theirs"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        # No default button: Enter must not pick a side; Esc still closes.
        for button in buttons.buttons():
            button.setAutoDefault(False)
        self.mine_button.clicked.connect(lambda: self.done(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self.done(self.KEEP_THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.record_title)
        layout.addWidget(self.reason)
        layout.addWidget(intro)
        layout.addWidget(self.relay_note)
        layout.addWidget(self.merge_note)
        layout.addWidget(self.held_out_note)
        layout.addWidget(self.summary)
        layout.addWidget(differing_parts, 1)
        layout.addWidget(self.same_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        resize_within_screen(self, 900, 560)
        self._wrap_sender(self.THEIRS_COLUMN, 0, self.table.columnWidth(self.THEIRS_COLUMN))

    def _summary(self, detail: ConflictDetail, differing: int) -> str:
        """How many fields differ; for a newcomer kept out, whose copy here is no version of
        the user's (it has only ever been theirs), what it is instead."""
        if detail.is_held_out:
            return self.tr("A new person from %1, not in this vault.").replace(
                "%1", detail.info.written_by
            )
        return self.tr(
            "%n field(s) differ; the choice keeps all fields of one version.", "", differing
        )

    def _same_text(self, detail: ConflictDetail, same: int) -> str:
        """The button that shows the fields both versions share."""
        if detail.is_held_out:
            return self.tr("%n field(s) as %1 wrote them", "", same).replace(
                "%1", detail.info.written_by
            )
        return self.tr("%n field(s) are the same", "", same)

    def _merge_note(self, detail: ConflictDetail) -> str:
        """What each choice does when one side merged this person and the other edited it."""
        if detail.merged_into is None:
            return ""
        if detail.mine_deleted:
            text = self.tr(
                "This vault merged this person into %1; %2 edited it. Keep mine keeps the merge "
                "and adds their new names and values to %1; Keep theirs brings the person back "
                "as they have it."
            )
        else:
            text = self.tr(
                "%2 merged this person into %1; it was edited here. Keep theirs keeps the merge "
                "and adds your new names and values to %1; Keep mine keeps the person as you "
                "have it."
            )
        return text.replace("%1", detail.merged_into_label).replace("%2", detail.info.written_by)

    def _relay_note(self, detail: ConflictDetail) -> str:
        """Who brought a version another colleague wrote ("" for the sender's own)."""
        if not detail.info.relayed_by:
            return ""
        text = self.tr("%1 made this version; it came in %2's bundle.")
        return fill(text, detail.info.written_by, detail.info.relayed_by)

    def _held_out_note(self, detail: ConflictDetail) -> str:
        """What this vault holds of a newcomer kept out, and what each choice does."""
        if not detail.is_held_out:
            return ""
        text = self.tr(
            "This vault has not taken this person in: it is kept out until you decide (nobody "
            "deleted it). Keep mine keeps it out of this vault only: %1's record stays as they "
            "wrote it, and no bundle of yours deletes it. Keep theirs brings it in, not "
            "protected, under that name."
        )
        # Its author's record, who may not be the colleague who sent it on.
        return text.replace("%1", detail.info.written_by)

    def _wrap_sender(self, column: int, _old: int, width: int) -> None:
        # A stretched section reports its new width before columnWidth() returns it.
        if column != self.THEIRS_COLUMN:
            return
        header = self.table.horizontalHeader()
        margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        text = wrapped(self._sender, header.font(), width - margins)
        item = self.table.horizontalHeaderItem(column)
        if item.text() != text:
            item.setText(text)


def wrapped(text: str, font: QFont, width: int) -> str:
    """text broken at spaces into lines no wider than width, for a header (which cannot wrap
    by itself); a single word wider than that is elided."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        words = text[line.textStart() : line.textStart() + line.textLength()].strip()
        lines.append(metrics.elidedText(words, Qt.TextElideMode.ElideRight, width))
    layout.endLayout()
    return "\n".join(lines)
