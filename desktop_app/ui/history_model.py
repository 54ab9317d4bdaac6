"""The History tab's model: a case's audit entries, newest first, with who made each change
and the fields each version changed. It pages like the big lists (``record_list_model``): each
page is read on a worker (``page_reads``, ``history_reads``); one read within the lists' wait
shows at once, a slower one is appended when it arrives, with ``loading_changed`` saying so
meanwhile, and no page is asked for while one is on its way."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Signal

from desktop_app.core.authors import AuthorKind, KnownVaults
from desktop_app.core.case_history import HISTORY_PAGE, HistoryRow
from desktop_app.core.errors import SandiqError
from desktop_app.core.history_runs import continued
from desktop_app.core.kept_merges import KeptMerge
from desktop_app.core.version_changes import names_fields_changed
from desktop_app.ui.author_names import author_text
from desktop_app.ui.history_reads import HistoryPage, HistorySource
from desktop_app.ui.i18n import field_label, fill, format_timestamp, vocab_label
from desktop_app.ui.page_reads import PageRead, PageReader
from desktop_app.ui.record_list_model import ROOT, Index, RecordListModel
from desktop_app.ui.row_models import RowsModel


class HistoryModel(RowsModel):
    """Audit entries about a case's records and people, newest first, with who made each
    change: the newest page first, older ones as the view scrolls down (fetchMore), and those
    added since as the tab asks (show_new_entries): a large case has thousands of entries, and
    reading them all took half a second on every save. The conflict decisions of one bulk
    resolution are one row (``history_runs``). The fields each version changed are asked of
    read_changes(rows) for each page and come later through show_changes (a page of 100 edits
    of a long testimony reads 15 MB of versions); their cells say "…" meanwhile, and why when
    they cannot be told: a blank cell says the version changed nothing.

    A newest page that cannot be read within the wait leaves ``failure`` set; any other page
    that cannot be read ends the list where it is and is told through ``read_failed``.
    """

    read_failed = Signal(object)  # the SandiqError of a page read after the reset ended
    loading_changed = Signal(bool)  # a page is being read and has not arrived yet

    COL_WHEN, COL_ACTION, COL_KIND, COL_RECORD, COL_BY, COL_VERSION, COL_CHANGES = range(7)
    COLUMN_COUNT = 7
    STRETCH_COLUMN = COL_RECORD
    # The short columns want no more than their values, leaving the room to the name and
    # the fields changed (elided, whole in the tooltip).
    COLUMN_CHARS: ClassVar[dict[int, int]] = {
        COL_WHEN: 20,
        COL_ACTION: 12,
        COL_KIND: 14,
        COL_BY: 12,
        COL_VERSION: 6,
    }
    # The time tells the edits of one day apart, so the timestamp never gives way: in Uzbek
    # ("2026-yil 27-sentabr, 14:05") it lost the time in a case window of the usual width.
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_WHEN: 27}
    WHOLE_COLUMNS = (COL_WHEN, COL_ACTION, COL_KIND, COL_BY)
    GROWING_COLUMNS: ClassVar[dict[int, int]] = {COL_CHANGES: 36}

    def __init__(
        self,
        parent: QObject | None = None,
        source: HistorySource | None = None,
        read_changes: Callable[[list[HistoryRow]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._read_changes = read_changes
        self._has_older = False
        # The audit positions read so far, for the next pages: a row of many decisions is
        # where the newest of them is, so the last row is not always the oldest entry read.
        self._oldest_read: int | None = None
        self._newest_read: int | None = None
        self._older_reader: PageReader[HistoryPage] = PageReader(self, self._older_arrived)
        self._newer_reader: PageReader[HistoryPage | None] = PageReader(self, self._newer_arrived)
        self._newer_again = False  # entries were made while the newer ones were being read
        self._announcing = False  # inside a reset or insert notification: no nested fetch
        self.failure: SandiqError | None = None
        self.labels: dict[Any, str] = {}
        self.own_key_id = ""
        self.authors: dict[int, str | None] = {}  # audit seq -> key id (None: not recorded)
        self.kept_merges: dict[int, KeptMerge] = {}  # audit seq -> the merge a deletion kept
        self.changes: dict[int, tuple[str, ...]] = {}  # audit seq -> fields changed
        self._changes_pending: set[int] = set()  # audit seqs whose fields are being read
        self._changes_unreadable: set[int] = set()  # their read failed (a damaged page)
        self._versions_missing: set[int] = set()  # read, but a version compared was not kept
        self.vaults = KnownVaults()  # this vault's key and its contacts' names

    # -- paging -------------------------------------------------------------------------

    def is_loading(self) -> bool:
        """True while a page is being read and has not arrived yet."""
        return self._older_reader.is_reading() or self._newer_reader.is_reading()

    def show_newest(self) -> None:
        """Read the newest page again, dropping the older ones read so far (shown at once if
        read within the wait, else when it arrives)."""
        was_loading = self.is_loading()
        self._older_reader.reset()
        self._newer_reader.reset()
        self._newer_again = False
        self.beginResetModel()
        self._rows = []
        self.labels, self.authors, self.kept_merges, self.changes = {}, {}, {}, {}
        self._changes_pending, self._changes_unreadable = set(), set()
        self._versions_missing = set()
        self._has_older, self._oldest_read, self._newest_read = False, None, None
        self.failure = None
        # The first page, if quick, is taken inside the reset, so views see rows the moment
        # it ends.
        read = self._read_older() if self._source is not None else None
        if read is not None:
            page = self._take(read)
            if page is None:
                self.failure = self._failure_of(read)
            else:
                self._add_older(page, is_announced=False)
        self._announcing = True  # views told of the reset may ask for more at once
        try:
            self.endResetModel()
        finally:
            self._announcing = False
        if was_loading or self.is_loading():
            self.loading_changed.emit(self.is_loading())

    def show_new_entries(self) -> None:
        """Add the entries made since the newest shown above it, and take the names of the
        records anew; read the newest page again if what changed cannot be told."""
        if self._source is None or not self._rows or self._newest_read is None:
            self.show_newest()
            return
        if self._newer_reader.is_reading():
            self._newer_again = True  # read once this read has arrived, from where it ends
            return
        fetch = self._source.newer(self._newest_read, self.shown_records())
        read = self._newer_reader.read(self._source.vault, fetch, RecordListModel.READ_WAIT_MS)
        if read is None:
            self.loading_changed.emit(True)
        else:
            self._take_newer(read)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """True while older entries may be left to read and none is on its way."""
        return (
            not parent.isValid()
            and self._has_older
            and not self._announcing
            and not self._older_reader.is_reading()
        )

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Read the page of entries older than every one read so far (now, or when the worker
        has read it)."""
        if not self.canFetchMore(parent):
            return
        read = self._read_older()
        if read is None:
            self.loading_changed.emit(True)
            return
        page = self._take(read)
        if page is None:
            self.read_failed.emit(read.error)
        else:
            self._add_older(page, is_announced=True)

    def _read_older(self) -> PageRead[HistoryPage] | None:
        """Start reading the newest page, or the one before the oldest entry read; the read if
        it ended within the lists' wait, else None (it arrives through _older_arrived)."""
        assert self._source is not None
        fetch = self._source.older(self._oldest_read)
        # Read at call time: the GUI tests wait longer for a page on a loaded host.
        wait_ms = RecordListModel.READ_WAIT_MS
        return self._older_reader.read(self._source.vault, fetch, wait_ms)

    def _failure_of(self, read: PageRead[Any]) -> SandiqError:
        """The SandiqError a read met; anything else is a bug, as loud as on the GUI thread."""
        if not isinstance(read.error, SandiqError):
            raise read.error  # type: ignore[misc]
        return read.error

    def _take(self, read: PageRead[HistoryPage]) -> HistoryPage | None:
        """The page a finished older read brought, or None if it failed: the list ends there."""
        if read.error is None:
            return read.rows
        self._failure_of(read)
        self._has_older = False
        return None

    def _older_arrived(self, read: PageRead[HistoryPage]) -> None:
        try:
            page = self._take(read)
            if page is None:
                self.read_failed.emit(read.error)
            else:
                self._add_older(page, is_announced=True)
        finally:
            self.loading_changed.emit(self.is_loading())

    def _add_older(self, page: HistoryPage, *, is_announced: bool) -> None:
        """Append a page older than every row shown (only its entries older than every one
        read so far: no line twice), folding a run begun on the page before."""
        self._has_older = len(page.rows) >= HISTORY_PAGE
        oldest = self._oldest_read
        entries = [row for row in page.rows if oldest is None or row.seq < oldest]
        if not entries:
            return
        self._oldest_read = entries[-1].seq
        if self._newest_read is None:
            self._newest_read = entries[0].seq
        self._take_names(page)
        self._ask_changes(entries)
        rows = self._join(entries, is_older=True)
        if not rows:
            return
        if not is_announced:
            self._rows.extend(rows)
            return
        start = len(self._rows)
        self._announcing = True
        try:
            self.beginInsertRows(ROOT, start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._announcing = False

    def _newer_arrived(self, read: PageRead[HistoryPage | None]) -> None:
        try:
            self._take_newer(read)
        finally:
            self.loading_changed.emit(self.is_loading())

    def _take_newer(self, read: PageRead[HistoryPage | None]) -> None:
        """Show the entries a newer read brought above the rows shown (or the newest page
        again if it could not tell them); then read again if more were made meanwhile."""
        again, self._newer_again = self._newer_again, False
        if read.error is not None:
            self.read_failed.emit(self._failure_of(read))
            return
        page = read.rows
        if page is None:
            self.show_newest()
            if self.failure is not None:
                self.read_failed.emit(self.failure)
            return
        self._take_names(page)
        newest = self._newest_read
        entries = [row for row in page.rows if newest is None or row.seq > newest]
        if entries:
            self._newest_read = entries[0].seq
            rows = self._join(entries, is_older=False)
            if rows:
                self.beginInsertRows(ROOT, 0, len(rows) - 1)
                self._rows[:0] = rows
                self.endInsertRows()
            self._ask_changes(entries)
        if self._rows:  # a witness renamed: the names column changes with no new entry
            self.dataChanged.emit(
                self.index(0, self.COL_RECORD), self.index(len(self._rows) - 1, self.COL_RECORD)
            )
        if again:
            self.show_new_entries()

    def _take_names(self, page: HistoryPage) -> None:
        """Keep the names, authors and kept merges a page brought."""
        self.labels.update(page.labels)
        self.authors.update(page.authors)
        self.kept_merges.update(page.kept_merges)

    def shown_records(self) -> list[tuple[str, Any]]:
        """(kind, id) of the records the entries shown are about."""
        records = [(r.record_kind, r.record_id) for r in self._rows if r.record_id is not None]
        return records + [record for r in self._rows for record in r.decided]

    def _join(self, page: list[HistoryRow], *, is_older: bool) -> list[HistoryRow]:
        """Fold a page's decisions into the rows shown of their run; the rows left to add."""
        replaced, added = continued(self._rows, page, is_older=is_older)
        for index, row in replaced.items():
            self._rows[index] = row
            self.dataChanged.emit(self.index(index, 0), self.index(index, self.COLUMN_COUNT - 1))
        return added

    def _ask_changes(self, rows: list[HistoryRow]) -> None:
        """Ask for the fields changed by the versions of rows just read."""
        wanted = [row for row in rows if names_fields_changed(row)]
        if wanted and self._read_changes is not None:
            self._changes_pending.update(row.seq for row in wanted)
            self._read_changes(wanted)

    def show_changes(
        self,
        asked: Iterable[int],
        changes: Mapping[int, tuple[str, ...]],
        *,
        read_failed: bool = False,
    ) -> None:
        """Show the fields changed read for the audit seqs asked; those left out of changes
        say their versions were not kept, or, if read_failed, that they cannot be read."""
        seqs = set(asked)
        self.changes.update(changes)
        self._changes_pending -= seqs
        if read_failed:
            self._changes_unreadable |= seqs
        else:
            self._versions_missing |= seqs.difference(changes)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(
                self.index(0, self.COL_CHANGES), self.index(last, self.COL_CHANGES)
            )

    def is_reading_changes(self) -> bool:
        """True while the fields changed of some line shown are still being read."""
        return bool(self._changes_pending)

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("When"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Name"),
            self.tr("By"),
            self.tr("Version"),
            self.tr("Fields changed"),
        ]

    def display(self, row: HistoryRow, column: int) -> str:
        """Cell text."""
        if column == self.COL_CHANGES:
            if row.seq in self._changes_pending:
                return self.tr("…", "fields changed: still being read")
            if row.seq in self._changes_unreadable:
                return self.tr("Cannot be read", "fields changed")
            if row.seq in self._versions_missing:
                return self.tr("Not known: a version was not kept", "fields changed")
            return ", ".join(field_label(name) for name in self.changes.get(row.seq, ()))
        if row.decided:
            return self._display_run(row, column)
        version = "" if row.version is None else str(row.version)
        return [
            format_timestamp(row.at),
            self.action_text(row),
            vocab_label(row.record_kind),
            self.labels.get(row.record_id, ""),
            self.author_text(row),
            version,
        ][column]

    def action_text(self, row: HistoryRow) -> str:
        """What the change did; a deletion that kept a merge in a conflict says whose merge
        and into whom: the version is the vault's that kept it, which was read as having
        deleted the person, though a colleague merged them (``kept_merges``)."""
        kept = self.kept_merges.get(row.seq)
        if kept is None:
            return vocab_label(row.action)
        merger = self.vaults.author(kept.merged_by)
        if merger.kind is AuthorKind.THIS_VAULT:
            return fill(self.tr("Kept this vault's merge into %1"), kept.into_label)
        if merger.kind in (AuthorKind.CONTACT, AuthorKind.REMOVED_KEY):
            return fill(self.tr("Kept %1's merge into %2"), merger.name, kept.into_label)
        return fill(self.tr("Kept a merge into %1"), kept.into_label)

    def _display_run(self, row: HistoryRow, column: int) -> str:
        """Cell text of the decisions of one run: how many, their kinds and records."""
        kinds = dict.fromkeys(vocab_label(kind) for kind, _ in row.decided)
        names = dict.fromkeys(self.labels.get(record_id, "") for _, record_id in row.decided)
        return [
            format_timestamp(row.at),
            self.tr("%n conflicts resolved", "", len(row.decided)),
            ", ".join(kinds),
            ", ".join(filter(None, names)),
            self.author_text(row),
            "",
        ][column]

    def author_text(self, row: HistoryRow) -> str:
        """Who made the change (see ``author_names``)."""
        return author_text(self.vaults.author(self.authors.get(row.seq)))
