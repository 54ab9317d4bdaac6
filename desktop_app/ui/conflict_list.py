"""The Exchange page's Conflicts box: the open conflicts (held ones marked and listed first),
Compare and resolve for one, and the bar that resolves several at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import SandiqError
from desktop_app.core.exchange.conflicts import conflict_detail, resolve_conflict
from desktop_app.core.vault import Vault
from desktop_app.ui.conflict_bulk import ConflictBulkBar
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.dangling_notes import dangling_notes
from desktop_app.ui.exchange_dialogs import exchange_error_text
from desktop_app.ui.exchange_models import ConflictListModel
from desktop_app.ui.messages import APP_NAME, inform
from desktop_app.ui.role_labels import with_role_label
from desktop_app.ui.selection_buttons import follow_selection
from desktop_app.ui.table import ColumnFitter


class ConflictList(QGroupBox):
    """Open conflicts of the vault, resolved one by one or several at once."""

    resolved = Signal()  # a resolution changed records (the list has been read again)

    def __init__(self, vault: Callable[[], Vault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Under the context they were translated in while the page built the box itself.
        translate = QCoreApplication.translate
        self.setTitle(translate("ExchangePage", "Conflicts"))
        self._vault = vault
        self.model = ConflictListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ExchangePage", "Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Held versions first, as the model lists them; a click on a title sorts by it.
        self.table.horizontalHeader().setSortIndicator(
            ConflictListModel.COL_HELD, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.columns = ColumnFitter(
            self.table,
            ConflictListModel.STRETCH_COLUMN,
            ConflictListModel.STRETCH_MIN_CHARS,
            ConflictListModel.MIN_CHARS,
        )
        self.resolve_button = QPushButton(translate("ExchangePage", "Com&pare and resolve…"))
        self.bulk = ConflictBulkBar(self.table, self.model, vault, self._resolved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.bulk)
        self.resolve_button.clicked.connect(lambda: self.resolve())
        self.table.doubleClicked.connect(lambda *_: self.resolve())
        follow_selection(self.table, [self.resolve_button])

    def refresh(self, vault: Vault | None) -> None:
        """Read the open conflicts again (none while locked)."""
        self.model.refresh(vault)
        self.columns.want_contents()  # records get the room; the rest is whole in tooltips

    def resolve(self) -> ConflictDialog | None:
        """Show the selected conflict side by side and keep the version the user picks."""
        vault, rows = self._vault(), self.table.selectionModel().selectedRows()
        if vault is None or not rows:
            return None
        conflict = self.model.row_at(rows[0].row())
        with vault.read() as session:
            detail = conflict_detail(session, conflict.id)
            kind = detail.info.record_kind
            detail = replace(
                detail,
                mine=with_role_label(session, kind, detail.mine),
                theirs=with_role_label(session, kind, detail.theirs),
            )
        dialog = ConflictDialog(detail, self)

        def finished(code: int) -> None:
            keep = {ConflictDialog.KEEP_MINE: "mine", ConflictDialog.KEEP_THEIRS: "theirs"}
            if code not in keep:
                return
            try:
                resolution = resolve_conflict(vault, conflict.id, keep[code])
            except SandiqError as error:
                QMessageBox.warning(self, APP_NAME, exchange_error_text(error))
                resolution = None
            self._resolved()
            if resolution is not None and resolution.dangling:  # as an import tells them
                inform(self, "\n\n".join(dangling_notes(resolution.dangling)))

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _resolved(self) -> None:
        """Read the list again after conflicts were resolved, and say records changed."""
        self.refresh(self._vault())
        self.resolved.emit()
