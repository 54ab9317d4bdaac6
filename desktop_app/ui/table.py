"""The table view every list uses: whole-row selection, Enter or double-click opens, Ctrl+C
copies the current cell through the clipboard guard (cleared after 30 s and on lock)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.clipboard import ClipboardGuard


class RecordTable(QTableView):
    """A read-only table of records; emits activated_row when the user opens a row."""

    activated_row = Signal(int)

    def __init__(
        self,
        model: QAbstractItemModel,
        clipboard: ClipboardGuard,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        self.setModel(model)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(header.fontMetrics().averageCharWidth() * 16)
        metrics = header.fontMetrics()
        chars = getattr(model, "COLUMN_CHARS", {})  # typical widths of the values, in characters
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(title) + 2 * metrics.height()  # never cut a title
            usual = metrics.averageCharWidth() * chars.get(column, 16)
            header.resizeSection(column, max(needed, usual))
        stretch = getattr(model, "STRETCH_COLUMN", None)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if hasattr(model, "SORT_FIELDS"):
            self._sort_column = model.DEFAULT_SORT_COLUMN
            header.setSortIndicator(self._sort_column, Qt.SortOrder.AscendingOrder)
            self.setSortingEnabled(True)
            header.sortIndicatorChanged.connect(self._sort_changed)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))
        copy_action = QAction(self)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy_current)
        self.addAction(copy_action)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the arrow on the sorted column when a column cannot be sorted by."""
        model = self.model()
        if model.is_sortable(column):
            self._sort_column = column
            return
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self._sort_column, order)
        header.blockSignals(False)

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row() >= 0:
            self.activated_row.emit(self.current_row())
            return
        super().keyPressEvent(event)

    def copy_current(self) -> None:
        """Copy the current cell's text (cleared from the clipboard after 30 s)."""
        index: QModelIndex = self.currentIndex()
        text = index.data() if index.isValid() else None
        if text:
            self.clipboard.copy(str(text))
