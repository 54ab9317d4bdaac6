"""Vault > Possible duplicate people: the pairs of people core finds likely to be one person
entered twice, the two side by side, and merging one into the other (``duplicate_merge``), or
marking them as not the same person.

The search reads every person, so it runs on a worker with progress and Cancel while the
dialog says it is looking. Only the likely pairs are listed at first, with how many weaker ones
(namesakes of a common name) a button adds after them. A merge takes the merged-away person's
pairs off the list and moves on to the next pair; the other pairs stand as found, so the user
keeps their place. A pair marked as not the same person leaves the list in the same way, and is
remembered in the vault (``core.not_same_pairs``); a check box lists the marked pairs instead,
to take a mark back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.duplicates import DuplicateCandidate, find_duplicate_persons
from desktop_app.core.errors import Cancelled, SandiqError
from desktop_app.core.not_same_pairs import mark_not_same, unmark_not_same
from desktop_app.core.vault import Vault
from desktop_app.ui.duplicate_counts import PairCounts
from desktop_app.ui.duplicate_merge import merge_pair
from desktop_app.ui.duplicate_pairs import DuplicatePairModel, reason_text
from desktop_app.ui.duplicate_sides import PairComparison, PersonSide, read_side, suggested_keep
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import error_text, show_error, warn
from desktop_app.ui.screen_fit import resize_within_screen
from desktop_app.ui.table import RecordTable
from desktop_app.ui.tasks import Progress, Result, Task, run_task, run_with_progress

if TYPE_CHECKING:
    from desktop_app.ui.windows import WindowRegistry


class DuplicatesDialog(QDialog):
    """Lists possible duplicate people; for the chosen pair, the two side by side, which one
    to keep, Merge, and Not the same person."""

    def __init__(
        self,
        registry: WindowRegistry,
        records_changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.registry = registry
        self.records_changed = records_changed
        self.sides: tuple[PersonSide, PersonSide] | None = None
        self.search: Task | None = None  # the search running now, if any
        self.pairs: list[DuplicateCandidate] = []  # all found, the likely ones first
        self.is_showing_weaker = False
        self.is_showing_marked = False  # the pairs marked as not the same person, alone
        self.reading: Task | None = None  # the reading of the selected pair's two people
        self.setWindowTitle(self.tr("Possible duplicate people"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = DuplicatePairModel(self)
        self.table = RecordTable(self.model, registry.clipboard, self.tr("Possible duplicates"))
        self.counts = PairCounts()
        self.count_label = self.counts.count_label
        self.weaker_button = self.counts.weaker_button
        self.weaker_button.clicked.connect(self.show_weaker)
        self.marked_box = self.counts.marked_box
        self.marked_box.toggled.connect(self._show_marked)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.comparison = PairComparison()
        self.keep_first = QRadioButton(self.tr("Keep the &left one"))
        self.keep_second = QRadioButton(self.tr("Keep the &right one"))
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_first)
        self.keep_group.addButton(self.keep_second)
        self.keep_first.toggled.connect(self._show_choice)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.not_same_button = QPushButton(self.tr("&Not the same person"))
        self.not_same_button.setToolTip(
            self.tr("Two people: this pair is no longer listed (in this vault only).")
        )
        self.same_after_all_button = QPushButton(self.tr("They may be the &same after all"))
        close_button = QPushButton(self.tr("Close"))
        buttons = QDialogButtonBox()
        for button in (self.merge_button, self.not_same_button, self.same_after_all_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter in the list must not merge by surprise
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.why_label)
        layout.addWidget(self.comparison)
        layout.addLayout(keep_row)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_same_button.clicked.connect(lambda: self._mark_selected(True))
        self.same_after_all_button.clicked.connect(lambda: self._mark_selected(False))
        close_button.clicked.connect(self.reject)
        self.finished.connect(self._stop_search)  # closed (or locked) while looking
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.refresh()
        resize_within_screen(self, 820, 600)

    def refresh(self) -> None:
        """Look for possible duplicates again, on a worker with progress and Cancel, and show
        the first pair when they are found; Cancel closes the dialog."""
        if self.search is not None:
            return
        vault = self.registry.vault
        self.pairs, self.is_showing_weaker = [], False
        self.marked_box.setChecked(False)  # shows the (empty) list of unmarked pairs
        self._show_pairs(0)
        self.intro.setText(self.tr("Looking for people who may have been entered twice…"))

        def find(progress: Progress) -> list[DuplicateCandidate]:
            with database_errors_reported(), vault.read() as session:
                return find_duplicate_persons(
                    session, progress, progress.cancelled, include_marked=True
                )

        label = self.tr("Looking for possible duplicate people…")
        self.search = run_with_progress(self, label, find, lambda found: self._found(vault, found))

    def _found(self, vault: Vault, result: Result[list[DuplicateCandidate]]) -> None:
        self.search = None
        if vault.is_locked:
            return  # locked meanwhile: nothing of it is shown
        if isinstance(result.error, Cancelled):
            self.reject()
            return
        if not result.ok or result.value is None:
            self.intro.setText(self.tr("The vault could not be searched for duplicates."))
            show_error(self, result.error or RuntimeError())
            return
        self.pairs = result.value
        self._show_pairs(0)

    def _stop_search(self) -> None:
        if self.search is not None:
            self.search.cancel()

    def is_busy(self) -> bool:
        """True while pairs are looked for, or the selected pair's two people read."""
        return self.search is not None or self.reading is not None

    def show_weaker(self) -> None:
        """List the weaker pairs too, after the likely ones."""
        self.is_showing_weaker = True
        selected = self.table.selectionModel().selectedRows()
        self._show_pairs(selected[0].row() if selected else 0)

    def _show_marked(self, is_checked: bool) -> None:
        """List the pairs marked as not the same person instead of the others, or back."""
        self.is_showing_marked = is_checked
        self._show_pairs(0)

    def _unmarked(self) -> list[DuplicateCandidate]:
        return [pair for pair in self.pairs if not pair.is_marked_not_same]

    def _shown_pairs(self) -> list[DuplicateCandidate]:
        if self.is_showing_marked:
            return [pair for pair in self.pairs if pair.is_marked_not_same]
        unmarked = self._unmarked()
        return unmarked if self.is_showing_weaker else [p for p in unmarked if p.is_likely]

    def _show_pairs(self, row: int) -> None:
        """List the pairs to show (the first page of them) and select the one at row."""
        shown = self._shown_pairs()
        self.model.set_rows(shown)
        self.counts.show_counts(
            self.pairs, len(shown), self.is_showing_weaker, self.is_showing_marked
        )
        for button in (self.not_same_button, self.same_after_all_button):
            button.setVisible(self.is_showing_marked == (button is self.same_after_all_button))
        if self.is_showing_marked:
            self.intro.setText(
                self.tr(
                    "These pairs were marked as not the same person, so they are not listed "
                    "as possible duplicates. Choose one and press “They may be the same after "
                    "all” to list it again."
                )
                if shown
                else self.tr("No pair is marked as not the same person.")
            )
        elif not self._unmarked():
            self.intro.setText(self.tr("No people in this vault look like duplicates."))
        elif not shown:
            self.intro.setText(
                self.tr(
                    "No pair looks likely to be one person entered twice. The weaker pairs are "
                    "namesakes of a common name with little else in common."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "These people may have been entered twice, in two spellings or scripts. "
                    "Choose a pair, compare the two, and merge them if they are one person."
                )
            )
        if shown:
            row = min(row, len(shown) - 1)
            self.model.fetch_through(row)
            self.table.selectRow(row)  # shows it: selectionChanged
            return
        self._show_selected()

    def _drop_pairs_of(self, person_id: UUID) -> None:
        """Take the pairs of a person merged away off the list and select the pair after the
        one that was selected; the other pairs stand as they were found."""
        selected = self.table.selectionModel().selectedRows()
        current = selected[0].row() if selected else 0
        before = sum(person_id not in (p.a, p.b) for p in self._shown_pairs()[:current])
        self.pairs = [pair for pair in self.pairs if person_id not in (pair.a, pair.b)]
        self._show_pairs(before)

    def _selected(self) -> DuplicateCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        """Say why at once; the two people once a worker has read them (what uses a person is
        counted over the whole vault)."""
        candidate = self._selected()
        self.reading = None
        self._show_sides(None)
        for button in (self.not_same_button, self.same_after_all_button):
            button.setEnabled(candidate is not None)
        reasons = "; ".join(map(reason_text, candidate.reasons)) if candidate else ""
        self.why_label.setText(self.tr("Why: %1").replace("%1", reasons) if reasons else "")
        if candidate is None:
            return
        vault = self.registry.vault

        def read(_progress: Progress) -> tuple[PersonSide, PersonSide]:
            with database_errors_reported(), vault.read() as session:
                return read_side(session, candidate.a), read_side(session, candidate.b)

        task = run_task(self, read, lambda result: self._read(task, vault, result))
        self.reading = task

    def _read(
        self, task: Task, vault: Vault, result: Result[tuple[PersonSide, PersonSide]]
    ) -> None:
        if task is not self.reading:
            return  # another pair was chosen meanwhile
        self.reading = None
        if vault.is_locked:
            return  # locked meanwhile: nothing of it is shown
        if not result.ok or result.value is None:
            show_error(self, result.error or RuntimeError())
            return
        self._show_sides(result.value)

    def _show_sides(self, sides: tuple[PersonSide, PersonSide] | None) -> None:
        self.sides = sides
        for widget in (self.comparison, self.keep_first, self.keep_second):
            widget.setEnabled(self.sides is not None)
        # Merging a pair the user decided were two people undid that decision unasked: the
        # mark is taken back first, by the button beside Merge.
        is_marked = (candidate := self._selected()) is not None and candidate.is_marked_not_same
        self.merge_button.setEnabled(self.sides is not None and not is_marked)
        first = self.tr("To merge two people marked as not the same person, press “%1” first.")
        undo_mark = self.same_after_all_button.text().replace("&", "")
        self.merge_button.setToolTip(fill(first, undo_mark) if is_marked else "")
        self.comparison.show_sides(sides)
        if self.sides is not None:
            keep = suggested_keep(*self.sides)
            (self.keep_first if keep is self.sides[0] else self.keep_second).setChecked(True)
        self._show_choice()

    def _show_choice(self) -> None:
        """Head the kept one's column "Kept" and the other's "Merged into the kept one"."""
        self.comparison.head(None if self.sides is None else self.keep_first.isChecked())

    def kept_and_merged(self) -> tuple[PersonSide, PersonSide] | None:
        """The person to keep and the one to merge into it, as chosen now."""
        if self.sides is None:
            return None
        first, second = self.sides
        return (first, second) if self.keep_first.isChecked() else (second, first)

    def merge_selected(self) -> None:
        """After a confirmation, merge the chosen pair in one transaction, then go on to the
        next pair."""
        chosen, candidate = self.kept_and_merged(), self._selected()
        if chosen is None or candidate is None or candidate.is_marked_not_same:
            return
        keep, merge = chosen
        try:
            merged = merge_pair(self, self.registry.vault, keep, merge)
        except SandiqError as exc:
            warn(self, error_text(exc))
            self.refresh()
            return
        if merged is None:
            return
        self.records_changed()
        self.pairs = [
            replace(p, is_marked_not_same=(p.a, p.b) in merged.marked) for p in self.pairs
        ]
        self._drop_pairs_of(merge.id)
        self.result_label.setText(merged.text)
        self.result_label.show()

    def _mark_selected(self, is_marked: bool) -> None:
        """Record in one transaction that the chosen pair is (or, after all, may not be) two
        people; the pair moves to the other list and the pair after it is selected."""
        candidate = self._selected()
        if candidate is None:
            return
        try:
            with database_errors_reported(), self.registry.vault.transaction() as session:
                if is_marked:
                    mark_not_same(session, candidate.a, candidate.b)
                else:
                    unmark_not_same(session, candidate.a, candidate.b)
        except SandiqError as exc:  # one of them merged or deleted meanwhile
            warn(self, error_text(exc))
            self.refresh()
            return
        current = self.table.selectionModel().selectedRows()[0].row()
        self.pairs = [
            replace(pair, is_marked_not_same=is_marked) if pair is candidate else pair
            for pair in self.pairs
        ]
        self._show_pairs(current)
        text = (
            self.tr("“%1” and “%2” are marked as not the same person.")
            if is_marked
            else self.tr("“%1” and “%2” are listed again as possible duplicates.")
        )
        self.result_label.setText(fill(text, *candidate.names))
        self.result_label.show()
