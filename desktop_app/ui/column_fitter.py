"""The column fitter every list uses: it shares a table's width among its columns so that the
list's main column (its title, a name) stays readable on a small screen."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

MAIN_MIN_CHARS = 20  # the main column never gets narrower while another column can give way
OTHER_MIN_CHARS = 6  # how far the other columns give way before a horizontal scroll bar
# The share of a table's width its main column may take from the others, as far as its values
# need it: on a 1024 px screen a case's title had 120 px ("Detention and b…") beside a status,
# a sensitivity and a timestamp at their whole widths. A quarter keeps every short value whole
# at the main window's usual 1100 px.
MAIN_SHARE = 0.25
# Rows measured for a column's content width. Qt measures every row of a table not yet shown:
# a large case's 1,500 History entries took a second, on every refresh.
MEASURED_ROWS = 50


def content_width(table: QTableView, column: int) -> int:
    """The width a column's values want, measured on its first MEASURED_ROWS rows."""
    model = table.model()
    rows = min(model.rowCount(), MEASURED_ROWS)
    widths = (table.sizeHintForIndex(model.index(row, column)).width() for row in range(rows))
    return max(widths, default=0) + (1 if table.showGrid() else 0)


def title_width(table: QTableView, column: int) -> int:
    """The width a column's title needs to show whole (without a sort arrow)."""
    header = table.horizontalHeader()
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(title) + 2 * margin + 1


def shown_title_width(table: QTableView, column: int) -> int:
    """The width a column's title needs, with its sort arrow if it has one."""
    header = table.horizontalHeader()
    is_sorted = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
    return header.sectionSizeHint(column) if is_sorted else title_width(table, column)


class ColumnFitter(QObject):
    """Shares a table's width among its columns so that its main column stays readable.

    The other columns get the widths they want while everything fits. When it does not, the
    main column keeps a share of the width (as much as its values need of it), and the widest
    of the others give way first (their text is elided; the whole of it is in the tooltip) down
    to a few characters each but never below their whole title, and only then does a
    horizontal scroll bar appear. Measured values on screen (measure_shown) come first: before
    the main column is cut, the others give up the room they hold beyond their title and those
    values (a status's longest label no row shows). The main column takes the room left over,
    never less than its minimum. A column the user drags keeps the width it was given, and the
    main column makes room for it.
    """

    def __init__(
        self,
        table: QTableView,
        main_column: int,
        main_min_chars: int = MAIN_MIN_CHARS,
        min_chars: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._main = main_column
        header = table.horizontalHeader()
        char = header.fontMetrics().averageCharWidth()
        self._main_min = char * main_min_chars
        self._default_floor = char * OTHER_MIN_CHARS
        self._floors = {column: char * chars for column, chars in (min_chars or {}).items()}
        self._wanted: dict[int, int] = {}
        self._shown: dict[int, int] = {}  # what each column's title and measured values need
        self._dragged: set[int] = set()  # columns whose width the user chose
        self._is_fitting = False
        self._fitted_width = -1
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Sensitiv…", not cut mid-letter
        header.sectionResized.connect(self._section_resized)
        table.viewport().installEventFilter(self)

    def want(self, widths: Mapping[int, int]) -> None:
        """Give the other columns these widths (pixels) whenever they fit, and the main column
        its share of the width up to its own (if given); fit now."""
        self._wanted = dict(widths)
        self._dragged.clear()
        self.fit()

    def measure_shown(
        self, contents: Mapping[int, int], later_values: Mapping[int, int] | None = None
    ) -> None:
        """Measure each column's title again and take its values' content_width (the rows
        changed), with the widths (pixels) of values shown in rows past those measured, and
        fit."""
        header = self._table.horizontalHeader()
        later = later_values or {}
        self._shown = {
            column: max(
                shown_title_width(self._table, column),
                contents.get(column, 0),
                later.get(column, 0),
            )
            for column in range(header.count())
        }
        self.fit()

    def want_contents(self) -> None:
        """Want each column's header and content width (for short lists read whole)."""
        header = self._table.horizontalHeader()
        self.want(
            {
                column: max(header.sectionSizeHint(column), content_width(self._table, column))
                for column in range(header.count())
            }
        )

    def natural_width(self) -> int:
        """The columns' width with the others at the widths they want and the main column at
        its longest value."""
        header = self._table.horizontalHeader()
        main = max(
            self._main_min,
            header.sectionSizeHint(self._main),
            content_width(self._table, self._main),
        )
        others = (c for c in range(header.count()) if c != self._main)
        return main + sum(self._wanted.get(c, header.defaultSectionSize()) for c in others)

    def fit(self) -> None:
        """Size the columns to the table's present width."""
        header = self._table.horizontalHeader()
        available = self._table.viewport().width()
        self._fitted_width = available
        others = [c for c in range(header.count()) if c != self._main]
        dragged = sum(header.sectionSize(c) for c in others if c in self._dragged)
        wanted = {
            c: self._wanted.get(c, header.defaultSectionSize())
            for c in others
            if c not in self._dragged
        }
        floors = {
            c: min(width, self._floors.get(c, self._default_floor)) for c, width in wanted.items()
        }
        main_whole = max(self._main_min, self._wanted.get(self._main, 0))
        if self._shown and sum(wanted.values()) > available - dragged - main_whole:
            # Uzbek at 1100 px cut a title ("Andijonda oʻzboshimchalik bilan qam…") while the
            # status held room for a label no row showed. Never below a column's floor: a
            # reference column measured on an empty list keeps room for a reference.
            shown = {
                c: max(floors[c], min(width, self._shown.get(c, width)))
                for c, width in wanted.items()
            }
            wanted = _share(wanted, shown, available - dragged - main_whole)
        titled = {c: max(f, min(wanted[c], title_width(self._table, c))) for c, f in floors.items()}
        main_share = min(int(available * MAIN_SHARE), self._wanted.get(self._main, 0))
        main_floor = max(self._main_min, main_share)
        room = available - dragged - main_floor
        # Whole column titles while they fit ("Конфиденциаль…" hid what the column holds);
        # on a narrower table they give way too, before a scroll bar hides whole columns.
        widths = _share(wanted, titled if sum(titled.values()) <= room else floors, room)
        self._is_fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
            if self._main < header.count():
                left_over = available - dragged - sum(widths.values())
                header.resizeSection(self._main, max(self._main_min, left_over))
        finally:
            self._is_fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again whenever the table's width changes."""
        if (
            event.type() == QEvent.Type.Resize
            and self._table.viewport().width() != self._fitted_width
        ):
            self.fit()
        return False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._is_fitting or column == self._main:
            return
        self._dragged.add(column)
        self.fit()


def _share(wanted: Mapping[int, int], floors: Mapping[int, int], room: int) -> dict[int, int]:
    """Widths for columns wanting ``wanted`` within ``room`` pixels: the widest give way first,
    none below its floor (all at their floors if even that does not fit)."""
    if sum(wanted.values()) <= room:
        return dict(wanted)

    def capped(cap: int) -> dict[int, int]:
        return {c: max(floors[c], min(width, cap)) for c, width in wanted.items()}

    low, high = 0, max(wanted.values())  # the widest cap that fits lies in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if sum(capped(middle).values()) <= room:
            low = middle
        else:
            high = middle - 1
    return capped(low)
