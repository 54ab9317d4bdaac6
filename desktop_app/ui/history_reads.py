"""Reading a case's History a page at a time on workers (``page_reads``), for the History
tab's model: a page of a case in a 100,000-testimony vault took 268 ms on the GUI thread, the
window frozen. The newest page is handed back if read within the lists' wait
(``RecordListModel.READ_WAIT_MS``), else as empty, and the model shows it again when it
arrives; each older page is read ahead as soon as the page before it is shown, as the model
takes the pages it asks for at once (``HistoryModel.fetchMore``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop_app.core import case_file
from desktop_app.core.authors import change_authors
from desktop_app.core.case_history import (
    HISTORY_PAGE,
    HistoryRow,
    case_history,
    case_history_since,
)
from desktop_app.core.errors import RecordNotFound, SandiqError
from desktop_app.core.kept_merges import history_kept_merges
from desktop_app.core.records import get_record
from desktop_app.ui.history_model import HistoryModel, HistoryPage
from desktop_app.ui.history_names import untitled_testimony_names
from desktop_app.ui.i18n import act_type_label, format_partial_date
from desktop_app.ui.messages import show_error
from desktop_app.ui.page_reads import PageRead, PageReader
from desktop_app.ui.record_list_model import RecordListModel

if TYPE_CHECKING:
    from desktop_app.ui.windows import WindowRegistry


class HistoryReads(QObject):
    """Reads the pages of one case's History for ``model`` (set once it is made: it is
    made with this object's read_page and read_newer)."""

    model: HistoryModel

    def __init__(self, tab: QWidget, registry: WindowRegistry, case_id: UUID) -> None:
        super().__init__(tab)
        self._tab = tab  # where a page that cannot be read is said
        self._registry = registry
        self._case_id = case_id
        # The newest page if it arrived after the wait, for the model to take when it asks
        # again; and the page older than the last one shown, read ahead.
        self._newest_reader: PageReader[HistoryPage] = PageReader(self, self._newest_arrived_late)
        self._newest_arrived: HistoryPage | None = None
        self._older_reader: PageReader[HistoryPage] = PageReader(self, self._older_arrived_early)
        self._older_arrived: PageRead[HistoryPage] | None = None
        self._older_than: int | None = None

    def read_page(self, older_than: int | None) -> HistoryPage:
        """The newest page, or the one older than an audit position (see the module's
        docstring for when each is read); the next older one is read ahead."""
        page = self._newest_page() if older_than is None else self._older_page(older_than)
        self._read_ahead(page)
        return page

    def _fetch(self, older_than: int | None) -> Callable[[Session], HistoryPage]:
        """What reads a page of the history on a worker (it gets plain values only)."""
        case_id, own_key_id = self._case_id, self.model.own_key_id

        def fetch(session: Session) -> HistoryPage:
            rows = case_history(session, case_id, older_than)
            return _history_page(session, own_key_id, rows, [])

        return fetch

    def _newest_page(self) -> HistoryPage:
        if self._newest_arrived is not None:  # read late; the model asks for it again
            page, self._newest_arrived = self._newest_arrived, None
            return page
        self._newest_reader.reset()  # a page on its way is older than what is asked now
        # Read at call time: the GUI tests wait longer for a page on a loaded host.
        wait_ms = RecordListModel.READ_WAIT_MS
        read = self._newest_reader.read(self._registry.vault, self._fetch(None), wait_ms)
        return HistoryPage([]) if read is None else _page_of(read)

    def _newest_arrived_late(self, read: PageRead[HistoryPage]) -> None:
        if isinstance(read.error, SandiqError):
            show_error(self._tab, read.error)  # the tab stays empty: nothing could be read
            return
        self._newest_arrived = _page_of(read)
        self.model.show_newest()

    def _read_ahead(self, page: HistoryPage) -> None:
        """Start reading the page older than page, if there may be one."""
        self._older_reader.reset()
        self._older_arrived = None
        self._older_than = None
        if len(page.rows) >= HISTORY_PAGE:
            self._older_than = page.rows[-1].seq  # where the model asks for the next page
            self._older_reader.read(self._registry.vault, self._fetch(self._older_than), 0)

    def _older_arrived_early(self, read: PageRead[HistoryPage]) -> None:
        self._older_arrived = read  # for when the model asks for it

    def _older_page(self, older_than: int) -> HistoryPage:
        read, self._older_arrived = self._older_arrived, None
        if older_than != self._older_than:  # not the page read ahead (none is read ahead)
            read = None
            self._older_reader.reset()
            self._older_reader.read(self._registry.vault, self._fetch(older_than), 0)
        # Read ahead since the page before it was shown, it has most often arrived by the
        # time the view scrolls to it; else the model waits for it (fetchMore takes its
        # pages at once).
        read = read or self._older_reader.take()
        assert read is not None  # a page was on its way, and is taken once read
        return _page_of(read)

    def read_newer(self, newer_than: int) -> HistoryPage | None:
        """The entries made since an audit position (a few, after a save), read at once;
        None if what changed cannot be told (see ``case_history_since``)."""
        with self._registry.vault.read() as session:
            rows = case_history_since(session, self._case_id, newer_than)
            if rows is None:
                return None
            # The names of the records shown are taken anew (a witness renamed).
            shown = self.model.shown_records()
            return _history_page(session, self.model.own_key_id, rows, shown)


def _history_page(
    session: Session, own_key_id: str, rows: list[HistoryRow], shown: list[tuple[str, UUID]]
) -> HistoryPage:
    """A page of rows, with the names of their records and of those shown already."""
    records = shown + [(r.record_kind, r.record_id) for r in rows if r.record_id is not None]
    labels = _record_names(session, records)
    authors = change_authors(session, own_key_id, rows)
    kept = history_kept_merges(session, own_key_id, rows)
    return HistoryPage(rows, labels, authors, kept)


def _page_of(read: PageRead[HistoryPage]) -> HistoryPage:
    """The page a read brought; its error raised, as a read on the GUI thread raised it."""
    if read.error is not None:
        raise read.error
    return read.rows


def _record_names(session: Session, records: list[tuple[str, UUID]]) -> dict[UUID, str]:
    """The Name column's text for (kind, id) records: core's titles, and an event without a
    place by its date and act, as the Events tab shows it (its title, the place, is empty)."""
    names = case_file.record_titles(session, records)
    for kind, record_id in records:
        if kind == "event" and record_id not in names:
            try:
                event = get_record(session, "event", record_id)
            except RecordNotFound:
                continue
            date = format_partial_date(event.date)
            names[record_id] = " ".join(filter(None, (date, act_type_label(event.act_type))))
    untitled = [rid for kind, rid in records if kind == "testimony" and rid not in names]
    names.update(untitled_testimony_names(session, untitled))
    return names
