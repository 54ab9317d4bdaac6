"""Table models of the Exchange page: contacts, open conflicts, and an import's changes.

The lists are short (a team's colleagues, the records edited on two sides at once, what one
bundle changes), so each model holds the whole list as frozen rows from core, never ORM objects
or a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.core.exchange.conflicts import ConflictInfo, list_conflicts
from desktop_app.core.exchange.contacts import ContactInfo, list_contacts
from desktop_app.core.exchange.importer import Change
from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import format_timestamp, vocab_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row behind a line
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of frozen rows."""

    STRETCH_COLUMN = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def headers(self) -> list[str]:
        """Column titles, translated."""
        raise NotImplementedError

    def display(self, row: T, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show these rows instead."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        """The row object on line row."""
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (also as tooltip), or the row object."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None


class ContactListModel(RowsModel[ContactInfo]):
    """The vault's active contacts."""

    COL_NAME, COL_FINGERPRINT, COL_STATE, COL_ADDED = range(4)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Name"), self.tr("Fingerprint"), self.tr("Checked"), self.tr("Added")]

    def display(self, row: ContactInfo, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_NAME:
            return row.display_name
        if column == self.COL_FINGERPRINT:
            return row.fingerprint
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


class ConflictListModel(RowsModel[ConflictInfo]):
    """Records edited here and by a colleague at the same time, waiting for a decision."""

    COL_RECORD, COL_KIND, COL_SENDER, COL_DETECTED = range(4)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Record"), self.tr("Kind"), self.tr("From"), self.tr("Found")]

    def display(self, row: ConflictInfo, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_RECORD:
            return row.label
        if column == self.COL_KIND:
            return vocab_label(row.record_kind)
        if column == self.COL_SENDER:
            return row.sender
        return format_timestamp(row.detected_at)

    def refresh(self, vault: Vault | None) -> None:
        """Read the open conflicts again (none while locked)."""
        if vault is None:
            self.set_rows([])
            return
        with vault.read() as session:
            self.set_rows(list_conflicts(session))


class ChangeListModel(RowsModel[Change]):
    """What an import would do, record by record."""

    COL_ACTION, COL_KIND, COL_RECORD = range(3)
    STRETCH_COLUMN = 2

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Change"), self.tr("Kind"), self.tr("Record")]

    def display(self, row: Change, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_ACTION:
            return {
                "insert": self.tr("New"),
                "update": self.tr("Newer version"),
                "conflict": self.tr("Conflict"),
            }.get(row.action, row.action)
        if column == self.COL_KIND:
            return vocab_label(row.kind)
        return row.label
