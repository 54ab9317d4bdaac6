"""Table models over the vault's big lists (cases, people, testimonies), paged by key set.

A model holds only the pages the view has asked for: ``rowCount`` is what is loaded,
``canFetchMore``/``fetchMore`` bring the next page (``core.listing.fetch_page`` with the last
row's key), and ``total()`` is a ``COUNT`` for the status line. Sorting and filtering are
done in SQL by resetting to the first page, so a 100k-row vault opens as fast as an empty one.

Pages are read on a worker. A page read within ``READ_WAIT_MS`` is shown at once (inside the
reset for a first page), so a quick list never flashes a busy hint; a slower one arrives
later, with ``loading_changed`` telling the page to say so meanwhile. A newer reset (a filter
typed, a sort, a lock) drops the pages of older ones still being read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.core import listing, vocab
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import SandiqError
from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import (
    format_partial_date,
    format_timestamp,
    language_label,
    vocab_label,
)
from desktop_app.ui.tasks import run_task

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row dataclass behind a line
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record id

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible parent of every row in a flat table


# Moments whose local time has two-digit day, month, hour and minute in any time zone, one in
# each month: an Uzbek timestamp names its month ("2000-yil 20-sentabr, 20:50").
_WIDE_TIMESTAMPS = [f"2000-{month:02d}-20T20:50:00Z" for month in range(1, 13)]


class _PageRead:
    """One page being read on a worker: what it brought, once ``done`` is set."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.rows: list[listing.Row] = []
        self.error: BaseException | None = None
        self.is_taken = False  # shown already (read within the wait): the late delivery is not


def _labels(codes: Iterable[str]) -> list[str]:
    return [vocab_label(code) for code in codes]


def _date_forms() -> list[str]:
    """A partial date as a month and as a full date of each month's name: the widest a date
    column shows ("сентябрь 2023" is wider than "май 2023", "2000-yil 28-sentabr" than
    "2000-yil 28-may")."""
    months = [f"2000-{month:02d}" for month in range(1, 13)]
    return [format_partial_date(value) for value in (*months, *(m + "-28" for m in months))]


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
        self._reads = 0  # resets so far: a page read for an older one is dropped
        self._pending: _PageRead | None = None  # the page on its way, if any

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
            and self._pending is None
        )

    def is_loading(self) -> bool:
        """True while a page is being read and has not arrived yet."""
        return self._pending is not None

    def _read_next_page(self) -> _PageRead | None:
        """Start reading the page after the loaded rows on a worker; the read if it ended
        within READ_WAIT_MS, else None (it arrives through _page_arrived)."""
        vault, kind, flt = self._vault, self.KIND, self._filter
        sort, descending, size = self._sort, self._descending, self.PAGE_SIZE
        after = listing.page_key(self._rows[-1], sort) if self._rows else None
        read, reads = _PageRead(), self._reads
        assert vault is not None

        def fetch() -> None:
            try:
                with database_errors_reported(), vault.read() as session:
                    read.rows = listing.fetch_page(
                        session, kind, flt, sort, descending, after, size
                    )
            except BaseException as error:  # shown by the GUI thread, as a read there was
                read.error = error
            read.done.set()

        run_task(self, lambda _progress: fetch(), lambda _: self._page_arrived(read, reads))
        if self.READ_WAIT_MS > 0 and read.done.wait(self.READ_WAIT_MS / 1000):
            read.is_taken = True
            return read
        self._pending = read
        return None

    def _take(self, read: _PageRead) -> list[listing.Row]:
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

    def _page_arrived(self, read: _PageRead, reads: int) -> None:
        if read.is_taken or reads != self._reads:
            return  # shown already, or read for a list reset since
        self._pending = None
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
        was_loading = self._pending is not None
        self._reads += 1
        self._pending = None
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
        if was_loading or self._pending is not None:
            self.loading_changed.emit(self._pending is not None)

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

    def is_sortable(self, column: int) -> bool:
        """True if the list can be sorted by this column."""
        in_range = 0 <= column < len(self.SORT_FIELDS)
        return in_range and (self.SORTABLE is None or column in self.SORTABLE)

    def row_at(self, row: int) -> Any:
        """The row object at a position, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None


class CaseListModel(RecordListModel):
    """All cases: reference, title, status, country, start, sensitivity, last change."""

    KIND = "case"
    STRETCH_COLUMN = 1  # the title takes the room left over
    COL_REFERENCE, COL_TITLE, COL_STATUS, COL_COUNTRY, COL_START, COL_SENSITIVITY, COL_UPDATED = (
        range(7)
    )
    SORT_FIELDS = (
        "reference",
        "title",
        "status",
        "country",
        "start_date",
        "sensitivity",
        "updated_at",
    )
    # Wide enough for KG-2010-0007, "February 2010" and "Under review" (digits and Cyrillic
    # run wider than the font's average character).
    COLUMN_CHARS: ClassVar[dict[int, int]] = {
        COL_REFERENCE: 17,
        COL_STATUS: 19,
        COL_COUNTRY: 8,
        COL_START: 18,
        COL_SENSITIVITY: 16,
        COL_UPDATED: 18,
    }
    # On a small screen the other columns give way to the title, but a reference stays whole.
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_REFERENCE: 16}
    WHOLE_COLUMNS = (
        COL_REFERENCE,
        COL_STATUS,
        COL_COUNTRY,
        COL_START,
        COL_SENSITIVITY,
        COL_UPDATED,
    )

    def column_values(self, column: int) -> list[str]:
        """Status and sensitivity labels, a date's and a timestamp's forms."""
        return {
            self.COL_STATUS: _labels(vocab.CASE_STATUSES),
            self.COL_START: _date_forms(),
            self.COL_SENSITIVITY: _labels(vocab.SENSITIVITIES),
            self.COL_UPDATED: [format_timestamp(moment) for moment in _WIDE_TIMESTAMPS],
        }.get(column, [])

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Country"),
            self.tr("Start"),
            self.tr("Sensitivity"),
            self.tr("Last change"),
        ]

    def display(self, row: listing.CaseRow, column: int) -> str:
        """Cell text."""
        return [
            row.reference,
            row.title,
            vocab_label(row.status),
            row.country,
            format_partial_date(row.start_date),
            vocab_label(row.sensitivity),
            format_timestamp(row.updated_at),
        ][column]


class PersonListModel(RecordListModel):
    """All people: name, other names, sex, birth date, nationality, pseudonym."""

    KIND = "person"
    STRETCH_COLUMN = 0
    COL_NAME, COL_SEX, COL_BIRTH, COL_NATIONALITY, COL_PSEUDONYM = range(5)
    SORT_FIELDS = ("name", "sex", "birth_date", "nationality", "pseudonym")
    COLUMN_CHARS: ClassVar[dict[int, int]] = {COL_SEX: 10, COL_BIRTH: 12, COL_PSEUDONYM: 14}
    WHOLE_COLUMNS = (COL_SEX, COL_BIRTH, COL_NATIONALITY, COL_PSEUDONYM)

    def column_values(self, column: int) -> list[str]:
        """Sex labels and a date's forms."""
        return {self.COL_SEX: _labels(vocab.SEXES), self.COL_BIRTH: _date_forms()}.get(column, [])

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Born"),
            self.tr("Nationality"),
            self.tr("Pseudonym"),
        ]

    def display(self, row: listing.PersonRow, column: int) -> str:
        """Cell text."""
        pseudonym = row.pseudonym if row.is_protected else ""
        return [
            row.name,
            vocab_label(row.sex),
            format_partial_date(row.birth_date),
            row.nationality,
            pseudonym,
        ][column]


class TestimonyListModel(RecordListModel):
    """Testimonies: case, witness, date, language, status, sensitivity."""

    __test__ = False  # not a pytest class, despite the name
    KIND = "testimony"
    COL_CASE, COL_WITNESS, COL_DATE, COL_LANGUAGE, COL_STATUS, COL_SENSITIVITY = range(6)
    SORT_FIELDS = ("case_reference", "witness_name", "date", "language", "status", "sensitivity")
    # Sorting by a joined or unindexed column would read every testimony for each page.
    SORTABLE = frozenset({COL_DATE})
    DEFAULT_SORT_COLUMN = COL_DATE
    STRETCH_COLUMN = COL_WITNESS
    COLUMN_CHARS: ClassVar[dict[int, int]] = {
        COL_CASE: 17,
        COL_DATE: 16,
        COL_LANGUAGE: 16,  # "tg — тоҷикӣ"
        COL_STATUS: 17,
        COL_SENSITIVITY: 16,
    }
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_CASE: 16}  # a case reference stays whole
    WHOLE_COLUMNS = (COL_CASE, COL_DATE, COL_LANGUAGE, COL_STATUS, COL_SENSITIVITY)

    def column_values(self, column: int) -> list[str]:
        """Status and sensitivity labels and a date's forms."""
        return {
            self.COL_DATE: _date_forms(),
            self.COL_STATUS: _labels(vocab.TESTIMONY_STATUSES),
            self.COL_SENSITIVITY: _labels(vocab.SENSITIVITIES),
        }.get(column, [])

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Case"),
            self.tr("Witness"),
            self.tr("Date"),
            self.tr("Language"),
            self.tr("Status"),
            self.tr("Sensitivity"),
        ]

    def display(self, row: listing.TestimonyRow, column: int) -> str:
        """Cell text."""
        return [
            row.case_reference,
            row.witness_name,
            format_partial_date(row.date),
            language_label(row.language),
            vocab_label(row.status),
            vocab_label(row.sensitivity),
        ][column]
