"""Table models of the Exchange page: contacts, open conflicts, and an import's changes (the
notes under them are in ``import_notes``).

The lists are short (a team's colleagues, the records edited on two sides at once, what one
bundle changes), so each model holds the whole list as frozen rows from core, never ORM objects
or a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCollator, QLocale, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.core.exchange.conflicts import ConflictInfo, list_conflicts
from desktop_app.core.exchange.contacts import ContactInfo, list_contacts
from desktop_app.core.exchange.importer import Change, ImportReport
from desktop_app.core.vault import Vault
from desktop_app.ui.held_reasons import held_reason_text
from desktop_app.ui.i18n import format_timestamp, vocab_label
from desktop_app.ui.import_notes import change_held_notes, record_name
from desktop_app.ui.record_list_model import Index
from desktop_app.ui.role_labels import record_text
from desktop_app.ui.row_models import RowsModel

# A column floor (in characters) wider than any value: the fitter's floor is then the width of
# the column's values, never less.
WHOLE_VALUES = 200


class ContactListModel(RowsModel):
    """The vault's active contacts."""

    COL_NAME, COL_FINGERPRINT, COL_STATE, COL_ADDED = range(4)
    COLUMN_COUNT = 4
    STRETCH_COLUMN = COL_NAME
    # A team's name ("… — Andijan branch") gets the room left over, never less than this: on a
    # small window it wraps onto a second line (the rows grow), as the fingerprint does.
    STRETCH_MIN_CHARS = 24
    # Never cut: "Verified" or not ("Tasdiqlanmagan", "Не проверен"), and the fingerprint, read
    # out by voice to compare, on two lines.
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_STATE: WHOLE_VALUES, COL_FINGERPRINT: WHOLE_VALUES}

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Name"), self.tr("Fingerprint"), self.tr("Checked"), self.tr("Added")]

    def display(self, row: ContactInfo, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_NAME:
            return row.display_name
        if column == self.COL_FINGERPRINT:
            return fingerprint_lines(row.fingerprint)
        if column == self.COL_STATE:
            return self.tr("Verified") if row.is_verified else self.tr("Not verified")
        return format_timestamp(row.added_at)

    def refresh(self, vault: Vault | None) -> None:
        """Read the contacts again (none while locked)."""
        if vault is None:
            self.set_rows([])
            return
        with vault.read() as session:
            self.set_rows(list_contacts(session))


def fingerprint_lines(fingerprint: str) -> str:
    """A fingerprint's groups on two lines of equal halves, to fit a narrow column whole."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return "\n".join(line for line in (" ".join(groups[:half]), " ".join(groups[half:])) if line)


class ConflictListModel(RowsModel):
    """Records edited here and by a colleague at the same time, waiting for a decision; held
    versions (which would weaken a protection) are marked, and listed first until the user
    sorts by another column."""

    COL_HELD, COL_RECORD, COL_KIND, COL_SENDER, COL_DETECTED = range(5)
    COLUMN_COUNT = 5
    STRETCH_COLUMN = COL_RECORD
    STRETCH_MIN_CHARS = 40  # reference and title; the colleague's name gives way first
    # "Held" is never cut, in any language ("Kutmoqda"); when it was found, on two lines
    # ("2026-yil 27-" / "noyabr, 06:55") on a small window.
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_HELD: WHOLE_VALUES, COL_DETECTED: 16}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column, self._sort_order = self.COL_HELD, Qt.SortOrder.AscendingOrder

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [
            self.tr("Held"),
            self.tr("Record"),
            self.tr("Kind"),
            self.tr("From"),
            self.tr("Found"),
        ]

    def display(self, row: ConflictInfo, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_HELD:
            return self.tr("Held") if row.is_held else ""
        if column == self.COL_RECORD:
            return record_text(row.record_kind, row.label, row.person_sex)
        if column == self.COL_KIND:
            return vocab_label(row.record_kind)
        if column == self.COL_SENDER:
            return row.sender
        return format_timestamp(row.detected_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; in the Held column, a warning sign and why it was held (the tooltip and
        the description a screen reader gives), and "Not held" read aloud for the others."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or index.column() != self.COL_HELD:
            return super().data(index, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return _warning_icon() if row.is_held else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return held_reason_text(row) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Held") if row.is_held else self.tr("Not held")
        return super().data(index, role)

    def set_rows(self, rows: Sequence[ConflictInfo]) -> None:
        """Replace every row, in the order the user last chose."""
        super().set_rows(self._sorted(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column; selected rows stay selected."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        shown = [self._rows[index.row()] for index in before]
        self._rows = self._sorted(self._rows)
        position = {id(row): n for n, row in enumerate(self._rows)}
        after = [
            self.index(position[id(row)], index.column())
            for row, index in zip(shown, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[ConflictInfo]) -> list[ConflictInfo]:
        """rows in the chosen order; rows alike keep the order they were found in."""
        column = self._sort_column
        if not 0 <= column < self.COLUMN_COUNT:  # the sort indicator cleared
            return list(rows)
        if column == self.COL_HELD:
            keys: dict[int, Any] = {id(r): not r.is_held for r in rows}  # held first, ascending
        elif column == self.COL_DETECTED:
            keys = {id(r): r.detected_at for r in rows}
        else:
            collator = QCollator(QLocale())
            collator.setNumericMode(True)  # "UZ-2025-9" before "UZ-2025-10"
            keys = {id(r): collator.sortKey(self.display(r, column)) for r in rows}
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda r: keys[id(r)], reverse=descending)

    def refresh(self, vault: Vault | None) -> None:
        """Read the open conflicts again (none while locked)."""
        if vault is None:
            self.set_rows([])
            return
        with vault.read() as session:
            self.set_rows(list_conflicts(session))


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ChangeListModel(RowsModel):
    """What an import would do, record by record."""

    COL_ACTION, COL_KIND, COL_RECORD = range(3)
    COLUMN_COUNT = 3
    STRETCH_COLUMN = COL_RECORD

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Change"), self.tr("Kind"), self.tr("Record")]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report: ImportReport | None = None  # whose sender the held rows' tooltips name

    def set_report(self, report: ImportReport) -> None:
        """Show the changes of report."""
        self._report = report
        self.set_rows(report.changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; a held change (``Change.reasons``) has a warning sign in the Change column
        and says why in its tooltip, as the conflict list does."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not row.reasons or index.column() != self.COL_ACTION:
            return super().data(index, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return _warning_icon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return (
                "\n".join(change_held_notes(self._report.sender_name, row))
                if self._report
                else None
            )
        return super().data(index, role)

    def display(self, row: Change, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_ACTION and row.reasons:
            return self.tr("Held")
        if column == self.COL_ACTION:
            return {
                "insert": self.tr("New"),
                "update": self.tr("Newer version"),
                "delete": self.tr("Deleted"),
                "conflict": self.tr("Conflict"),
            }.get(row.action, row.action)
        if column == self.COL_KIND:
            return vocab_label(row.kind)
        return record_name(row)
