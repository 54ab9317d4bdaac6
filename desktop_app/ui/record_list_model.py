"""The table model behind the vault's big lists, paged by key set.

A model holds only the pages the view has asked for: ``rowCount`` is what is loaded,
``canFetchMore``/``fetchMore`` bring the next page (``core.listing.fetch_page`` with the last
row's key), and ``total()`` is a ``COUNT`` for the status line. Sorting and filtering are
done in SQL by resetting to the first page, so a 100k-row vault opens as fast as an empty one.

Pages are read on a worker (``page_reads``): one read within ``READ_WAIT_MS`` is shown at once;
a slower one arrives later, with ``loading_changed`` telling the page to say so meanwhile.
The lists themselves (cases, people, testimonies) name their columns in ``list_models``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy.orm import Session

from desktop_app.core import listing
from desktop_app.core.errors import SandiqError
from desktop_app.core.vault import Vault
from desktop_app.ui.page_reads import PageRead, PageReader

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row dataclass behind a line
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record id

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible parent of every row in a flat table


class RecordListModel(QAbstractTableModel):
    """A key-set paged list of one record kind; subclasses name the columns.

    A page that cannot be read (a damaged vault, a vanished disk) ends the list where it is:
    ``failure`` holds the error, and ``read_failed`` tells one found after the reset ended.
    """

    read_failed = Signal(object)  # the SandiqError of a page that arrived after its reset
    loading_changed = Signal(bool)  # a page is being read and has not arrived yet

    KIND = ""
    PAGE_SIZE = 200
    # How long the GUI waits for a page before it shows the list without it: a page served by
    # an index takes a few ms; a filter that matched few rows took seconds before 0011. 0: every
    # page arrives through the event loop.
    READ_WAIT_MS = 30
    SORT_FIELDS: tuple[str, ...] = ()  # the listing sort field behind each column
    # Columns the list may be sorted by: those an index serves at 100k rows (None: all).
    SORTABLE: frozenset[int] | None = None
    DEFAULT_SORT_COLUMN = 0
    # Columns whose values must be read whole (a status, a date): the table widens them to the
    # widest of column_values and of the first rows. The main column gives way first.
    WHOLE_COLUMNS: ClassVar[tuple[int, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._filter = listing.ListFilter()
        self._sort = self.SORT_FIELDS[self.DEFAULT_SORT_COLUMN]
        self._descending = False
        self._rows: list[listing.Row] = []
        self._exhausted = True
        self._total: int | None = None
        self.failure: SandiqError | None = None
        self._announcing = False  # inside a reset or insert notification: no nested fetch
        self._reader = PageReader(self, self._page_arrived)

    # -- what the view shows -------------------------------------------------------------

    def headers(self) -> list[str]:
        """Column titles, translated (one per SORT_FIELDS entry)."""
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def column_values(self, column: int) -> list[str]:
        """Every text a column can show, where they are few (a vocabulary's labels, the forms
        of a date), so that it is wide enough whatever page is loaded; [] for other columns."""
        return []

    def rowCount(self, parent: Index = ROOT) -> int:
        """Rows loaded so far (more arrive through fetchMore)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self.SORT_FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip, the row object or its id."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; a column the list cannot be sorted by says so in its tooltip."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return self.tr("This list cannot be sorted by this column.")
        return None

    # -- paging -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """True while the vault has rows past the last loaded page and none is on its way."""
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._announcing
            and not self._reader.is_reading()
        )

    def is_loading(self) -> bool:
        """True while a page is being read and has not arrived yet."""
        return self._reader.is_reading()

    def _read_next_page(self) -> PageRead | None:
        """Start reading the page after the loaded rows on a worker; the read if it ended
        within READ_WAIT_MS, else None (it arrives through _page_arrived)."""
        kind, flt = self.KIND, self._filter
        sort, descending, size = self._sort, self._descending, self.PAGE_SIZE
        after = listing.page_key(self._rows[-1], sort) if self._rows else None
        order = self.shown_order(sort)
        assert self._vault is not None

        def fetch(session: Session) -> list[listing.Row]:
            return listing.fetch_page(session, kind, flt, sort, descending, after, size, order)

        return self._reader.read(self._vault, fetch, self.READ_WAIT_MS)

    def _take(self, read: PageRead) -> list[listing.Row]:
        """The rows of a finished read, noting where the list ends or why it failed."""
        if isinstance(read.error, SandiqError):
            # Raised out of a view's slot, it left the page before on screen and no word
            # of why; the page says it instead, and the view asks for no more.
            self.failure, self._exhausted = read.error, True
            return []
        if read.error is not None:
            raise read.error  # a bug, not the vault: as loud as on the GUI thread
        self._exhausted = len(read.rows) < self.PAGE_SIZE
        return read.rows

    def _page_arrived(self, read: PageRead) -> None:
        try:
            self._append(self._take(read))
        finally:
            self.loading_changed.emit(False)

    def _append(self, page: list[listing.Row]) -> None:
        if self.failure is not None:
            self.read_failed.emit(self.failure)
        if page:
            start = len(self._rows)
            self._announcing = True
            try:
                self.beginInsertRows(ROOT, start, start + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
            finally:
                self._announcing = False

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Load the next key-set page (now, or when the worker has read it)."""
        if not self.canFetchMore(parent) or self._vault is None:
            return
        read = self._read_next_page()
        if read is None:
            self.loading_changed.emit(True)
        else:
            self._append(self._take(read))

    def total(self) -> int:
        """How many records pass the filter (a COUNT, cached until the next reset)."""
        if self._total is None:
            self._total = self.counter()()
        return self._total

    def counter(self) -> Callable[[], int]:
        """What counts the records passing the current filter, safe to run on a worker (a
        count with a text filter reads indexes of every record: 10-110 ms on 100k)."""
        vault, kind, flt = self._vault, self.KIND, self._filter

        def count() -> int:
            if vault is None:
                return 0
            with vault.read() as session:
                return listing.count_rows(session, kind, flt)

        return count

    def _reload(self) -> None:
        was_loading = self._reader.is_reading()
        self._reader.reset()
        self.beginResetModel()
        self._rows = []
        self._total = None
        self.failure = None
        self._exhausted = self._vault is None
        if self._vault is not None:
            # The first page, if quick, is taken inside the reset, so views see rows the
            # moment it ends.
            read = self._read_next_page()
            self._rows = self._take(read) if read is not None else []
        # Listeners of modelReset (views, Qt's model tester) may ask for more at once; the
        # next page waits until the reset has been announced to everyone.
        self._announcing = True
        try:
            self.endResetModel()
        finally:
            self._announcing = False
        if was_loading or self._reader.is_reading():
            self.loading_changed.emit(self._reader.is_reading())

    # -- what the window changes --------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        """The vault shown, or None while the list is empty (locked, or not shown yet)."""
        return self._vault

    @property
    def list_filter(self) -> listing.ListFilter:
        """The filter the rows pass."""
        return self._filter

    def set_vault(self, vault: Vault | None) -> None:
        """Show the lists of this vault; None empties the model (on lock)."""
        self._vault = vault
        self._reload()

    def refresh(self) -> None:
        """Reload from the first page (after an edit elsewhere)."""
        self._reload()

    def set_filter(self, flt: listing.ListFilter) -> None:
        """Show only rows that pass flt."""
        self._filter = flt
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's field, from the first page."""
        if not self.is_sortable(column):
            return
        self._sort = self.SORT_FIELDS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reload()

    def shown_order(self, field: str) -> tuple[str, ...]:
        """For a sort field of codes shown by their names: the codes in the order of the names
        (``listing.fetch_page``); () where the field's values sort as they are."""
        return ()

    def is_sortable(self, column: int) -> bool:
        """True if the list can be sorted by this column."""
        in_range = 0 <= column < len(self.SORT_FIELDS)
        return in_range and (self.SORTABLE is None or column in self.SORTABLE)

    def row_at(self, row: int) -> Any:
        """The row object at a position, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None
