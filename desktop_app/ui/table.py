"""The table view every list uses: whole-row selection, Enter or double-click opens, Ctrl+C
copies the current cell through the clipboard guard (cleared after 30 s and on lock), a hint
over it while it is empty, and columns fitted to their values (``column_fitter``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QHelpEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.column_fitter import (
    MAIN_MIN_CHARS,
    MEASURED_ROWS,
    ColumnFitter,
    content_width,
    shown_title_width,
)


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
        # Over an empty table, what to do next; the list or tab around it says what, and when.
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(header.fontMetrics().averageCharWidth() * 16)
        metrics = header.fontMetrics()
        chars = getattr(model, "COLUMN_CHARS", {})  # typical widths of the values, in characters
        wanted = {}
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(title) + 2 * metrics.height()  # the whole title
            usual = metrics.averageCharWidth() * chars.get(column, 16)
            wanted[column] = max(needed, usual)
        stretch = getattr(model, "STRETCH_COLUMN", None)
        if stretch is None:
            for column, width in wanted.items():
                header.resizeSection(column, width)
            header.setStretchLastSection(True)
        else:  # the fitter lives as long as the table, its parent
            self._fitter = ColumnFitter(
                self,
                stretch,
                getattr(model, "STRETCH_MIN_CHARS", MAIN_MIN_CHARS),
                getattr(model, "MIN_CHARS", None),
            )
            self._usual_widths = wanted
            self._main_column = stretch
            self._wanted_widths: dict[int, int] = {}
            self._label_widths: dict[int, dict[str, int]] = {}  # a column's labels' widths
            self._labels_seen: dict[int, int] = {}  # the widest of them shown past MEASURED_ROWS
            self._content_widths: dict[int, int] = {}  # of the rows measured, per column
            # Also for a list without whole columns: a list sorted anew is reset, and the
            # sorted column's title wants room for the arrow.
            model.modelReset.connect(self.fit_whole_values)
            # A list's first page may arrive after its reset, read on a worker.
            model.rowsInserted.connect(self._rows_arrived)
            self.fit_whole_values()
        if hasattr(model, "SORT_FIELDS"):
            self._sort_column = model.DEFAULT_SORT_COLUMN
            header.setSortIndicator(self._sort_column, Qt.SortOrder.AscendingOrder)
            self.setSortingEnabled(True)
            header.sortIndicatorChanged.connect(self._sort_changed)
        # A large text size leaves a title short of room ("Sta…"): its tooltip says it whole.
        header.viewport().installEventFilter(self)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))
        copy_action = QAction(self)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy_current)
        self.addAction(copy_action)

    def fit_whole_values(self) -> None:
        """Fit the columns to their values again (as on a reset), for a model whose column is
        filled in after its rows are shown."""
        model = self.model()
        wanted = dict(self._usual_widths)
        sorted_column = self.horizontalHeader().sortIndicatorSection()
        if self.isSortingEnabled() and sorted_column in wanted:
            # The sorted column's title needs room for the arrow too.
            arrow_and_title = self.horizontalHeader().sectionSizeHint(sorted_column)
            wanted[sorted_column] = max(wanted[sorted_column], arrow_and_title)
        # Measured once here, for the fitter too: each cell measured is a style call.
        self._content_widths = {c: content_width(self, c) for c in range(model.columnCount())}
        contents = self._content_widths
        # The main column's own width bounds the share it takes from the others.
        main = self._main_column
        wanted[main] = max(wanted[main], contents[main])
        # A value cut short can lose its meaning ("Предполагаемый в…": victim or perpetrator?,
        # "Женс…"), so these columns want their longest value of the rows measured, and the
        # widest a column can show at all where the model knows (a status's labels): a long
        # list's later pages may hold it.
        values_of = getattr(model, "column_values", None)
        measured = range(min(model.rowCount(), MEASURED_ROWS))
        self._label_widths = {}
        for column in getattr(model, "WHOLE_COLUMNS", ()):
            values = values_of(column) if values_of is not None else []
            widths = {value: self._cell_width(value) for value in values}
            widest = max(widths.values(), default=0)
            wanted[column] = max(wanted[column], contents[column], widest)
            # A column of labels (a status, a role; not a date, whose forms only bound its
            # width) is read in every row for the labels it shows (see _labels_shown).
            if any(model.index(row, column).data() in widths for row in measured):
                self._label_widths[column] = widths
        # A list (an event's victims) is read better whole but may run long: it grows with its
        # values only so far, and takes no room from other columns where its values are short.
        char = self.horizontalHeader().fontMetrics().averageCharWidth()
        for column, chars in getattr(self.model(), "GROWING_COLUMNS", {}).items():
            grown = min(contents[column], char * chars)
            wanted[column] = max(wanted[column], grown)
        # Asked again with the same widths (a filter typed), the fitter would forget the
        # widths the user dragged.
        if wanted != self._wanted_widths:
            self._wanted_widths = wanted
            self._fitter.want(wanted)
        self._labels_seen = self._labels_shown(MEASURED_ROWS, model.rowCount() - 1)
        self._fitter.measure_shown(contents, self._labels_seen)

    def _labels_shown(self, first: int, last: int) -> dict[int, int]:
        """The width of the widest label each column of labels shows in rows first..last.

        Rows past those content_width measures: a case's 200th person, its one "Alleged
        perpetrator" among victims, was cut short where the name took the room. Only the
        texts are read (each label was measured once), and a column no further once it
        shows its widest label.
        """
        model = self.model()
        shown = {}
        for column, widths in self._label_widths.items():
            widest, most = 0, max(widths.values())
            for row in range(first, last + 1):
                widest = max(widest, widths.get(model.index(row, column).data(), 0))
                if widest == most:
                    break
            shown[column] = widest
        return shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Over a column title cut short, a tooltip with the whole title."""
        header = self.horizontalHeader()
        if watched is not header.viewport() or event.type() != QEvent.Type.ToolTip:
            return super().eventFilter(watched, event)
        assert isinstance(event, QHelpEvent)
        column = header.logicalIndexAt(event.pos())
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        if column < 0 or header.sectionSize(column) >= shown_title_width(self, column):
            return False  # whole: the model's own tooltip, if any
        why = self.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        QToolTip.showText(event.globalPos(), "\n".join(filter(None, (title, why))), header)
        return True

    def show_empty_hint(self, text: str) -> None:
        """Show text centred over the rows' area, or nothing for ""."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def viewportEvent(self, event: QEvent) -> bool:
        """Keep the empty table's hint over the whole of the viewport."""
        if event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.viewport().rect())
        return super().viewportEvent(event)

    def _rows_arrived(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first < MEASURED_ROWS:
            self.fit_whole_values()
            return
        # Later rows are not measured, but a wider label in them must not be cut short.
        found = self._labels_shown(first, last)
        if any(width > self._labels_seen.get(column, 0) for column, width in found.items()):
            for column, width in found.items():
                self._labels_seen[column] = max(width, self._labels_seen.get(column, 0))
            self._fitter.measure_shown(self._content_widths, self._labels_seen)

    def _cell_width(self, text: str) -> int:
        """The width a cell needs to show text whole, as content_width measures a value."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.text = text
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        contents = QStyle.ContentsType.CT_ItemViewItem
        size = self.style().sizeFromContents(contents, option, QSize(), self)
        return size.width() + (1 if self.showGrid() else 0)

    def natural_width(self) -> int:
        """The width at which every column gets what it wants (the main column its longest
        value), without a scroll bar."""
        header = self.horizontalHeader()
        columns = range(header.count())
        if hasattr(self, "_fitter"):
            columns_width = self._fitter.natural_width()
        else:
            columns_width = sum(
                max(header.sectionSizeHint(c), content_width(self, c)) for c in columns
            )
        return columns_width + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

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
        # A click that changed nothing looked broken: say why where the user clicked.
        why = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if why:
            QToolTip.showText(QCursor.pos(), str(why), header)

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
