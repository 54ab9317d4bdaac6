"""Asking which case a new record goes into, where no case window has chosen it already.

A testimony belongs to a case, and its editor shows the case it was opened for without letting
the user change it. From a case window the case is known; from the Testimonies list it is not,
so the user picks it here, from the case list with its filter (paged, so a vault with many
cases opens it as fast as one with a few).
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core import vocab
from desktop_app.core.listing import count_rows
from desktop_app.core.vault import Vault
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.list_models import CaseListModel
from desktop_app.ui.list_page import ListPage
from desktop_app.ui.messages import inform
from desktop_app.ui.screen_fit import resize_within_screen
from desktop_app.ui.selection_buttons import follow_selection


class CaseChoiceDialog(QDialog):
    """The case list with its filter; Choose (or a double-click, or Enter) picks a case."""

    chosen = Signal(object)  # the chosen case's id

    def __init__(
        self, vault: Vault, clipboard: ClipboardGuard, question: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Choose the case"))
        question_label = QLabel(question)
        question_label.setWordWrap(True)
        self.model = CaseListModel(self)
        self.page = ListPage(self.model, clipboard, self.tr("Cases"), vocab.CASE_STATUSES)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = buttons.addButton(
            self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(question_label)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.page.table.activated_row.connect(lambda _row: self.accept())
        follow_selection(self.page.table, [self.choose_button], lambda: self.case_id() is not None)
        # Choose stayed disabled until a click while Enter already chose the top case: the
        # first case is selected whenever the list (or a filtered one) arrives.
        self.model.modelReset.connect(self._select_first)
        self.model.rowsInserted.connect(self._select_first)
        self.model.set_vault(vault)
        resize_within_screen(self, max(760, self._width_for_whole_columns()), 480)

    def _width_for_whole_columns(self) -> int:
        """The width at which the table shows every column whole (dates, sensitivity and the
        first page's titles): at 760 px it showed "10.03.20…" and "Конфиденциальн…"."""
        width = self.page.table.natural_width()
        for layout in (self.layout(), self.page.layout()):
            margins = layout.contentsMargins()
            width += margins.left() + margins.right()
        return width

    def case_id(self) -> UUID | None:
        """The case selected in the list, or None."""
        row = self.model.row_at(self.page.table.current_row())
        return row.id if row is not None else None

    def _select_first(self) -> None:
        table = self.page.table
        if self.model.rowCount() > 0 and not table.selectionModel().hasSelection():
            table.selectRow(0)

    def accept(self) -> None:
        """Close and announce the selected case (nothing happens while none is selected)."""
        case_id = self.case_id()
        if case_id is None:
            return
        super().accept()
        self.chosen.emit(case_id)


def ask_for_case(
    parent: QWidget, vault: Vault, clipboard: ClipboardGuard, question: str, no_case: str
) -> CaseChoiceDialog | None:
    """Open the case choice asking question (connect to its chosen signal); with no case in
    the vault, show no_case (why one is needed first) instead and return None."""
    with vault.read() as session:
        has_cases = count_rows(session, "case") > 0
    if not has_cases:
        inform(parent, no_case)
        return None
    dialog = CaseChoiceDialog(vault, clipboard, question, parent)
    dialog.open()
    return dialog
