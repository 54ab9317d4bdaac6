"""A page of the main window listing one record kind: filter box, code filters, the table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.listing import ListFilter
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.fields import CodeCombo
from desktop_app.ui.messages import error_text
from desktop_app.ui.record_list_model import RecordListModel
from desktop_app.ui.table import RecordTable
from desktop_app.ui.tasks import Result, run_task

FILTER_DEBOUNCE_MS = 250


class ListPage(QWidget):
    """Filters over a paged table; the model does the filtering in SQL."""

    def __init__(
        self,
        model: RecordListModel,
        clipboard: ClipboardGuard,
        title: str,
        statuses: Sequence[str] = (),
        new_label: str = "",
        on_new: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        # A list of pages the user goes through with the arrow keys (the main window's
        # sections) keeps the focus while it has it when this page is shown.
        self.focus_kept_by: QWidget | None = None
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.status_combo: CodeCombo | None = None
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of records"))
        self.table = RecordTable(model, clipboard, title)
        self.failure_label = QLabel()
        self.failure_label.setWordWrap(True)
        self.failure_label.setAccessibleName(self.tr("Why the list is empty"))
        self.failure_label.hide()
        # While a slow page is read on a worker the list is empty; this says why.
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.hide()
        # Over the empty table, what a new user does next, or that the filter hides everything.
        self.empty_label = self.table.empty_label
        self.button_row = row = QHBoxLayout()
        if on_new is not None:
            self.new_button = QPushButton(new_label)
            self.new_button.clicked.connect(on_new)
            row.addWidget(self.new_button)
        row.addWidget(self.filter_edit, 1)
        if statuses:
            self.status_combo = CodeCombo(("", *statuses))
            self.status_combo.setItemText(0, self.tr("Any status"))
            self.status_combo.show_whole_labels()  # the filter box gives way instead
            self.status_combo.setAccessibleName(self.tr("Status filter"))
            self.status_combo.changed.connect(self.apply_filter)
            row.addWidget(self.status_combo)
        row.addWidget(self.loading_label)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.failure_label)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self._counts_asked = 0
        self._counted: tuple[object, ListFilter] | None = None  # what the shown count counts
        model.modelReset.connect(self.update_count)
        model.modelReset.connect(self.show_failure)
        model.read_failed.connect(self.show_failure)
        model.loading_changed.connect(self.loading_label.setVisible)
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.loading_changed,
            model.read_failed,
        ):
            signal.connect(self.show_emptiness)

    # The table takes the focus when the page is shown, or the page itself is focused (the main
    # window does so), but is no focus proxy: with one, Tab from the section list skipped the
    # New button and the filters to stop at the table only, while Shift+Tab went through them.
    def showEvent(self, event: QShowEvent) -> None:
        """A page shown by the program (not a window restored) starts in its table."""
        super().showEvent(event)
        kept = self.focus_kept_by is not None and self.focus_kept_by.hasFocus()
        if not event.spontaneous() and not kept:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focus given to the page (never by Tab: it takes none of its own) goes to its table."""
        self.table.setFocus(event.reason())

    def add_button_for(self, action: QAction) -> QToolButton:
        """A button after New (and those added before) that triggers action, showing its icon
        text and tooltip and enabled with it."""
        button = QToolButton()
        button.setDefaultAction(action)
        buttons = sum(
            isinstance(self.button_row.itemAt(i).widget(), QAbstractButton)
            for i in range(self.button_row.count())
        )
        self.button_row.insertWidget(buttons, button)
        # Made after the filters and the table, the button would otherwise be the last Tab stop.
        row = (self.button_row.itemAt(i).widget() for i in range(self.button_row.count()))
        stops = [w for w in row if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for before, after in pairwise([*stops, self.table]):
            QWidget.setTabOrder(before, after)
        return button

    def show_failure(self) -> None:
        """Say in the page why the list stops, if a page of it could not be read."""
        failure = self.model.failure
        if failure is not None:
            self.failure_label.setText(
                self.tr("This list cannot be read. %1").replace("%1", error_text(failure))
            )
        self.failure_label.setVisible(failure is not None)

    def show_emptiness(self) -> None:
        """Say over an empty list how to make a first record, or that none passes the filter
        (nothing while the list is locked, being read, or cannot be read)."""
        model = self.model
        is_empty = (
            model.vault is not None
            and model.rowCount() == 0
            and not model.is_loading()
            and model.failure is None
        )
        flt = model.list_filter
        is_filtered = bool(flt.text.strip() or flt.status or flt.sensitivity)
        texts = self._empty_texts.get(model.KIND, ("", ""))
        self.table.show_empty_hint(texts[is_filtered] if is_empty else "")

    @property
    def _empty_texts(self) -> dict[str, tuple[str, str]]:
        """Per record kind: the text over a list with no record, and over a filtered one."""
        return {
            "case": (
                self.tr("No cases yet. Press Ctrl+N or New case to create one."),
                self.tr("No case matches the filter."),
            ),
            "person": (
                self.tr("No people yet. Press Ctrl+N or New person to add one."),
                self.tr("No person matches the filter."),
            ),
            "testimony": (
                self.tr("No testimonies yet. Press Ctrl+N or New testimony to record one."),
                self.tr("No testimony matches the filter."),
            ),
        }

    def apply_filter(self) -> None:
        """Run the filters (in SQL, from the first page)."""
        self._debounce.stop()
        status = self.status_combo.value() if self.status_combo is not None else ""
        self.model.set_filter(ListFilter(text=self.filter_edit.text(), status=status))

    def update_count(self) -> None:
        """Show how many records pass the filter, counted on a worker: the first page needs
        a few rows, but a count with a text filter reads them all (4 s on 100k testimonies)."""
        self._counts_asked += 1
        asked = self._counts_asked
        if self.model.vault is None:
            self._counted = None
            self.count_label.clear()
            return
        counted = (self.model.vault, self.model.list_filter)
        if counted != self._counted:
            # The count shown is another filter's: beside an empty or other list it misled
            # for seconds ("99729 records" over no rows). A refresh keeps it meanwhile.
            self._counted = None
            self._show_count(self.tr("Counting…"))
        count = self.model.counter()

        def show(result: Result[int]) -> None:
            if asked != self._counts_asked or not result.ok:
                return  # a newer filter's count is on its way, or the vault was locked
            self._counted = counted
            self._show_count(self.tr("%n record(s)", "", result.value or 0))

        run_task(self, lambda _progress: count(), show)

    def _show_count(self, text: str) -> None:
        self.count_label.setText(text)
        self.layout().activate()  # the label's width follows its text at once, not later

    def clear(self) -> None:
        """Forget the filter text (on lock)."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self._counted = None
        self.count_label.clear()
