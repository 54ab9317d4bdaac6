"""The list of possible duplicate people: one row a pair, and why core finds the two alike.

Core gives each reason as a code with its names or years (``duplicates.ReasonCode``); the
sentence is said here in the interface language, for the list and for the dialog's line under
it (``duplicates_dialog``). A big vault can give tens of thousands of (mostly weaker) pairs, so
the list takes them in pages as it is scrolled, as the record lists do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from desktop_app.core.duplicates import DuplicateCandidate, Reason, ReasonCode
from desktop_app.ui.i18n import fill
from desktop_app.ui.record_list_model import ROOT, Index
from desktop_app.ui.row_models import RowsModel

_CONTEXT = "Duplicates"
_REASONS = {
    ReasonCode.SAME_NAME: QT_TRANSLATE_NOOP("Duplicates", "the same name: “%1” and “%2”"),
    ReasonCode.SAME_WRITTEN_NAME: QT_TRANSLATE_NOOP("Duplicates", "the same name for both: “%1”"),
    ReasonCode.OTHER_SPELLING: QT_TRANSLATE_NOOP(
        "Duplicates", "the same name in another spelling: “%1” and “%2”"
    ),
    # %3 is the ending in the script of the name: xon, jon, хон, bek.
    ReasonCode.NAME_WITH_ENDING: QT_TRANSLATE_NOOP(
        "Duplicates", "the same name, one with the ending -%3: “%1” and “%2”"
    ),
    ReasonCode.SAME_BIRTH_YEAR: QT_TRANSLATE_NOOP("Duplicates", "both born in %1"),
    ReasonCode.SAME_BIRTH_DATE: QT_TRANSLATE_NOOP("Duplicates", "both born on %1"),
    ReasonCode.SAME_CASE: QT_TRANSLATE_NOOP("Duplicates", "both in case %1"),
    ReasonCode.OTHER_BIRTH_YEAR: QT_TRANSLATE_NOOP("Duplicates", "born in %1 and in %2"),
}


def reason_text(reason: Reason) -> str:
    """Why core thinks two people are one, in the interface language."""
    if reason.code is ReasonCode.COMMON_NAME:
        (count,) = reason.details
        # Written out here, not in _REASONS: lupdate marks a message plural only where it
        # sees the count passed, and a message not so marked falls back to English.
        return QCoreApplication.translate(
            "Duplicates", "%n people have this name", None, int(count)
        )
    return fill(QCoreApplication.translate(_CONTEXT, _REASONS[reason.code]), *reason.details)


class DuplicatePairModel(RowsModel):
    """Pairs of people likely entered twice: both names, how likely, and why."""

    COL_FIRST, COL_SECOND, COL_LIKELIHOOD, COL_REASONS = range(4)
    COLUMN_COUNT = 4
    STRETCH_COLUMN = COL_REASONS
    COLUMN_CHARS: ClassVar[dict[int, int]] = {COL_FIRST: 24, COL_SECOND: 24, COL_LIKELIHOOD: 10}
    # The two names are what the user compares; the reasons give way first (they are shown
    # whole under the list for the pair chosen).
    WHOLE_COLUMNS = (COL_FIRST, COL_SECOND, COL_LIKELIHOOD)
    PAGE = 500  # pairs shown at first, and added each time the list is scrolled to its end

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[DuplicateCandidate] = []

    def set_rows(self, rows: Sequence[DuplicateCandidate]) -> None:
        """Take these pairs, showing the first page of them."""
        self._pairs = list(rows)
        super().set_rows(self._pairs[: self.PAGE])

    def pair_count(self) -> int:
        """How many pairs the list holds, shown or still to be fetched."""
        return len(self._pairs)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """True while pairs are left to show."""
        return not parent.isValid() and self.rowCount() < len(self._pairs)

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Show the next page of pairs."""
        if not self.canFetchMore(parent):
            return
        first = self.rowCount()
        page = self._pairs[first : first + self.PAGE]
        self.beginInsertRows(ROOT, first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def fetch_through(self, row: int) -> None:
        """Show pages until the pair at row is shown (to select it)."""
        while row >= self.rowCount() and self.canFetchMore():
            self.fetchMore()

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Person"), self.tr("Other person"), self.tr("Likelihood"), self.tr("Why")]

    def display(self, row: DuplicateCandidate, column: int) -> str:
        """Cell text."""
        if column in (self.COL_FIRST, self.COL_SECOND):
            return row.names[column]
        if column == self.COL_LIKELIHOOD:
            return self.tr("%1%").replace("%1", QLocale().toString(round(row.score * 100)))
        return "; ".join(map(reason_text, row.reasons))
