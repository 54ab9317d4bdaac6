"""A case's history: every audit entry about its records and the people it names with the
fields each version changed, and each earlier version viewable, comparable with another and
restorable (restoring writes a new version; nothing is overwritten)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import case_file
from desktop_app.core.authors import known_vaults
from desktop_app.core.case_history import (
    HistoryRow,
    revision_content,
)
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import SandiqError
from desktop_app.core.records import get_record
from desktop_app.core.version_changes import compare_versions, history_changes
from desktop_app.ui.field_table import field_table
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.history_reads import HistorySource
from desktop_app.ui.i18n import (
    fill,
    format_timestamp,
    vocab_label,
)
from desktop_app.ui.messages import confirm, show_error
from desktop_app.ui.role_labels import with_role_label
from desktop_app.ui.selection_buttons import follow_selection
from desktop_app.ui.table import RecordTable
from desktop_app.ui.tasks import Result, run_task
from desktop_app.ui.version_comparison import VersionComparisonDialog

if TYPE_CHECKING:
    from desktop_app.ui.windows import WindowRegistry

RESTORABLE = ("case", "person", "case_party", "testimony", "event", "attachment")


class VersionDialog(QDialog):
    """The full content of one earlier version, field by field, read-only, under its title
    (which version, when, and by whom)."""

    def __init__(
        self, title: str, content: dict[str, object], labels: dict[str, str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # The title names the version's author, perhaps a colleague: only the heading shows it,
        # as every program on the display reads window titles (docs/security.md).
        self.setWindowTitle(self.tr("Earlier version"))
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.table = field_table(
            [self.tr("Field"), self.tr("Value")],
            list(content),
            [content],
            self.tr("Version content"),
            labels,
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 560)


class HistoryTab(QWidget):
    """The History tab of a case window."""

    def __init__(self, registry: WindowRegistry, case_id: UUID) -> None:
        super().__init__()
        self.registry = registry
        self.case_id = case_id
        self.model = HistoryModel(self, HistorySource(registry, case_id), self._read_changes)
        self.model.own_key_id = registry.vault.fingerprint
        self.table = RecordTable(self.model, registry.clipboard, self.tr("History"))
        self.view_button = QPushButton(self.tr("&View this version"))
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.compare_button = QPushButton(self.tr("Compare with &previous"))
        self.compare_button.setEnabled(False)
        # Two versions of a record, picked with Ctrl, are compared with each other.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        row = QHBoxLayout()
        row.addWidget(self.view_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        # While a page scrolled to is read on a worker, the table ends short; this says why,
        # in the lists' word for it (their context: one translation for both).
        self.loading_label = QLabel(QCoreApplication.translate("ListPage", "Loading…"))
        self.loading_label.hide()
        row.addWidget(self.loading_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.view_button.clicked.connect(self.view_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.compare_button.clicked.connect(self.compare_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_compare_button)
        self.model.modelReset.connect(self._update_compare_button)
        self.model.loading_changed.connect(self.loading_label.setVisible)
        # A page that arrived after the tab was shown and cannot be read: the tab itself
        # cannot say it any more (case_view does for the first page, through refresh).
        self.model.read_failed.connect(lambda error: show_error(self, error))
        self.table.activated_row.connect(lambda _row: self.view_current())
        follow_selection(self.table, [self.view_button], lambda: self._current() is not None)
        follow_selection(
            self.table,
            [self.restore_button],
            lambda: (row := self._current()) is not None and row.record_kind in RESTORABLE,
        )

    def refresh(self) -> None:
        """Show the audit entries made since the last refresh (the newest page the first time;
        older ones as the table scrolls to them)."""
        with self.registry.vault.read() as session:
            self.model.vaults = known_vaults(session, self.model.own_key_id)
        self.model.show_new_entries()
        if self.model.failure is not None:
            raise self.model.failure  # the case window says the tab cannot be read

    def _read_changes(self, rows: list[HistoryRow]) -> None:
        """Read the fields the versions of rows changed on a worker: for 100 edits of a
        150,000-character testimony that is 15 MB of versions, and the tab took 0.4 s to open
        when it read them first."""
        vault = self.registry.vault
        asked = [row.seq for row in rows]

        def read(_progress: object) -> dict[int, tuple[str, ...]]:
            with database_errors_reported(), vault.read() as session:
                return history_changes(session, rows)

        def show(result: Result[dict[int, tuple[str, ...]]]) -> None:
            if result.error is not None and not isinstance(result.error, SandiqError):
                raise result.error  # a bug, for the unexpected-error handler
            # A read that failed (a damaged page, the vault busy) says so in the cells it
            # leaves: blank, they would say that those versions changed nothing.
            failed = result.error is not None
            self.model.show_changes(asked, result.value or {}, read_failed=failed)
            self.table.fit_whole_values()  # the column was measured on its "…"

        run_task(self, read, show)

    def _current(self) -> HistoryRow | None:
        row = self.model.row_at(self.table.current_row())
        return row if row is not None and row.version is not None else None

    def view_current(self) -> None:
        """Show the selected version's content."""
        row = self._current()
        if row is None or row.record_id is None or row.version is None:
            return
        with self.registry.vault.read() as session:
            content = revision_content(session, row.record_id, row.version)
            if content is None:
                return
            labels = case_file.reference_labels(session, row.record_kind, [content])
            content = with_role_label(session, row.record_kind, content)
        when = format_timestamp(row.at)
        if self.model.authors.get(row.seq) is None:
            title = fill(
                self.tr("Version %1, %2; who made it is not recorded"), str(row.version), when
            )
        else:
            title = fill(
                self.tr("Version %1, %2, by %3"),
                str(row.version),
                when,
                self.model.author_text(row),
            )
        VersionDialog(title, content, labels, self).show()

    def restore_current(self) -> None:
        """Make the selected version current again, as a new version."""
        row = self._current()
        if row is None or row.record_id is None or row.version is None:
            return
        if row.record_kind not in RESTORABLE:
            return
        question = self.tr(
            "Make version %1 the current one? The present version stays in the history."
        )
        if not confirm(self, question.replace("%1", str(row.version))):
            return
        try:
            with self.registry.vault.transaction() as session:
                record = get_record(session, row.record_kind, row.record_id)
                self.registry.vault.writer(session).restore_version(record, row.version)
        except SandiqError as exc:
            show_error(self, exc)
            return
        self.registry.record_saved.emit(row.record_kind, row.record_id)
        self._select_newest_of(row.record_id)

    def _select_newest_of(self, record_id: UUID) -> None:
        """Select and show the newest line about a record (the version a restore wrote): the
        selection stayed on the restored line, pushed one down, and the new one was unseen."""
        for index in range(self.model.rowCount()):
            if self.model.row_at(index).record_id == record_id:
                # Not selectRow: in a table that takes several rows, it adds to the selection
                # while Ctrl or Shift is down, and the restored line would stay selected too.
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(index, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(index, 0))
                return

    def _selected_versions(self) -> list[tuple[HistoryRow, UUID, int]]:
        """The selected lines that are versions of a record, newest first, with the record
        and the version."""
        lines = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        chosen = []
        for row in (self.model.row_at(line) for line in lines):
            if row is not None and row.record_id is not None and row.version is not None:
                chosen.append((row, row.record_id, row.version))
        return chosen

    def _compared(self) -> tuple[HistoryRow, UUID, int, int] | None:
        """The line, record and the two versions (older first) Compare shows: two selected
        versions of one record, or one selected version and the one before it."""
        chosen = self._selected_versions()
        if len(chosen) == 2:
            (row, record_id, newer), (_, other_id, older) = chosen
            same_record = record_id == other_id and older != newer
            return (row, record_id, min(older, newer), max(older, newer)) if same_record else None
        if len(chosen) != 1 or chosen[0][2] == 1:
            return None
        row, record_id, version = chosen[0]
        return row, record_id, version - 1, version

    def _update_compare_button(self) -> None:
        chosen = self._selected_versions()
        if len(chosen) == 2:
            self.compare_button.setText(self.tr("Compare the &two selected"))
        else:
            self.compare_button.setText(self.tr("Compare with &previous"))
        self.compare_button.setEnabled(self._compared() is not None)

    def compare_selected(self) -> None:
        """Show what differs between the two selected versions of a record, or between the
        selected version and the one before it."""
        compared = self._compared()
        if compared is None:
            return
        row, record_id, older, newer = compared
        try:
            with self.registry.vault.read() as session:
                comparison = compare_versions(session, record_id, older, newer)
                contents = [comparison.older_content, comparison.newer_content]
                labels = case_file.reference_labels(session, row.record_kind, contents)
                comparison = replace(
                    comparison,
                    older_content=with_role_label(session, row.record_kind, contents[0]),
                    newer_content=with_role_label(session, row.record_kind, contents[1]),
                )
        except SandiqError as exc:
            show_error(self, exc)
            return
        record = (vocab_label(row.record_kind), self.model.labels.get(record_id, ""))
        heading = fill(
            self.tr("%1: version %2 and version %3"),
            " — ".join(filter(None, record)),
            str(older),
            str(newer),
        )
        VersionComparisonDialog(heading, comparison, labels, self).show()
