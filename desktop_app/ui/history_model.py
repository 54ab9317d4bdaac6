"""The History tab's model: a case's audit entries, newest first, read a page at a time as
the view scrolls, with who made each change and the fields each version changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtCore import QObject

from desktop_app.core.authors import AuthorKind, KnownVaults
from desktop_app.core.case_history import HISTORY_PAGE, HistoryRow
from desktop_app.core.history_runs import continued, folded
from desktop_app.core.kept_merges import KeptMerge
from desktop_app.core.version_changes import names_fields_changed
from desktop_app.ui.author_names import author_text
from desktop_app.ui.i18n import field_label, fill, format_timestamp, vocab_label
from desktop_app.ui.record_list_model import ROOT, Index
from desktop_app.ui.row_models import RowsModel


@dataclass(frozen=True)
class HistoryPage:
    """Some of a case's audit entries, newest first, with the names of their records, who
    made each change (audit seq -> key id, None where not recorded) and the deletions that
    kept a merge in a conflict (audit seq -> whose merge, into whom)."""

    rows: list[HistoryRow]
    labels: dict[Any, str] = field(default_factory=dict)
    authors: dict[int, str | None] = field(default_factory=dict)
    kept_merges: dict[int, KeptMerge] = field(default_factory=dict)


class HistoryModel(RowsModel):
    """Audit entries about a case's records and people, newest first, with who made each
    change, read a page at a time from read_page(older_than) as the view scrolls down, and
    those added since from read_newer(newer_than): a large case has thousands of entries, and
    reading them all took half a second on every save. The conflict decisions of one bulk
    resolution are one row (``history_runs``). The fields each version changed are asked of
    read_changes(rows) for each page and come later through show_changes (a page of 100 edits
    of a long testimony reads 15 MB of versions); their cells say "…" meanwhile, and why when
    they cannot be told: a blank cell says the version changed nothing."""

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
        read_page: Callable[[int | None], HistoryPage] | None = None,
        read_newer: Callable[[int], HistoryPage | None] | None = None,
        read_changes: Callable[[list[HistoryRow]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._read_page = read_page
        self._read_newer = read_newer
        self._read_changes = read_changes
        self._has_older = False
        # The audit positions read so far, for the next pages: a row of many decisions is
        # where the newest of them is, so the last row is not always the oldest entry read.
        self._oldest_read: int | None = None
        self._newest_read: int | None = None
        self.labels: dict[Any, str] = {}
        self.own_key_id = ""
        self.authors: dict[int, str | None] = {}  # audit seq -> key id (None: not recorded)
        self.kept_merges: dict[int, KeptMerge] = {}  # audit seq -> the merge a deletion kept
        self.changes: dict[int, tuple[str, ...]] = {}  # audit seq -> fields changed
        self._changes_pending: set[int] = set()  # audit seqs whose fields are being read
        self._changes_unreadable: set[int] = set()  # their read failed (a damaged page)
        self._versions_missing: set[int] = set()  # read, but a version compared was not kept
        self.vaults = KnownVaults()  # this vault's key and its contacts' names

    def show_newest(self) -> None:
        """Read the newest page again, dropping the older ones read so far."""
        page = self._read_page(None) if self._read_page is not None else HistoryPage([])
        self.labels = dict(page.labels)
        self.authors = dict(page.authors)
        self.kept_merges = dict(page.kept_merges)
        self.changes = {}
        self._changes_pending = set()
        self._changes_unreadable = set()
        self._versions_missing = set()
        self._has_older = len(page.rows) >= HISTORY_PAGE
        self._oldest_read = page.rows[-1].seq if page.rows else None
        self._newest_read = page.rows[0].seq if page.rows else None
        self.set_rows(folded(page.rows))
        self._ask_changes(page.rows)

    def show_new_entries(self) -> None:
        """Add the entries made since the newest shown above it, and take the names of the
        records anew; read the newest page again if read_newer cannot tell what changed."""
        page = None
        if self._rows and self._newest_read is not None and self._read_newer is not None:
            page = self._read_newer(self._newest_read)
        if page is None:
            self.show_newest()
            return
        self.labels.update(page.labels)
        self.authors.update(page.authors)
        self.kept_merges.update(page.kept_merges)
        if page.rows:
            self._newest_read = page.rows[0].seq
            rows = self._join(page.rows, is_older=False)
            if rows:
                self.beginInsertRows(ROOT, 0, len(rows) - 1)
                self._rows[:0] = rows
                self.endInsertRows()
            self._ask_changes(page.rows)
        if self._rows:  # a witness renamed: the names column changes with no new entry
            self.dataChanged.emit(
                self.index(0, self.COL_RECORD), self.index(len(self._rows) - 1, self.COL_RECORD)
            )

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

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """True while older entries may be left to read."""
        return not parent.isValid() and self._has_older and self._read_page is not None

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Read the page of entries older than every one read so far."""
        if not self.canFetchMore(parent) or not self._rows or self._oldest_read is None:
            return
        page = self._read_page(self._oldest_read)  # type: ignore[misc]
        self._has_older = len(page.rows) >= HISTORY_PAGE
        if not page.rows:
            return
        self._oldest_read = page.rows[-1].seq
        self.labels.update(page.labels)
        self.authors.update(page.authors)
        self.kept_merges.update(page.kept_merges)
        rows = self._join(page.rows, is_older=True)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(ROOT, start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._ask_changes(page.rows)

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
