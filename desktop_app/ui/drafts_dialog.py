"""Offering back work that was never saved (after a crash, a kill or a lock)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import drafts
from desktop_app.core.drafts import DraftInfo
from desktop_app.ui.i18n import format_timestamp, vocab_label
from desktop_app.ui.messages import confirm
from desktop_app.ui.row_models import RowsModel
from desktop_app.ui.table import RecordTable
from desktop_app.ui.windows import WindowRegistry


class DraftModel(RowsModel):
    """Unsaved drafts: kind, what they are about, when they were saved."""

    COL_KIND, COL_LABEL, COL_SAVED = range(3)
    COLUMN_COUNT = 3
    # What the draft is about gets the room; the kind and the time are read whole.
    STRETCH_COLUMN = COL_LABEL
    WHOLE_COLUMNS = (COL_KIND, COL_SAVED)

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Kind"), self.tr("Draft"), self.tr("Saved")]

    def display(self, row: DraftInfo, column: int) -> str:
        """Cell text."""
        label = row.label or self.tr("(empty)")
        return [vocab_label(row.record_kind), label, format_timestamp(row.updated_at)][column]


class DraftsDialog(QDialog):
    """Lists the unsaved drafts; Restore opens each in its form, Discard deletes them."""

    def __init__(
        self, registry: WindowRegistry, items: list[DraftInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.registry = registry
        self.setWindowTitle(self.tr("Unsaved work"))
        intro = QLabel(
            self.tr(
                "These edits were never saved: Sandiq kept them when it was last closed, locked "
                "or stopped. Restore them to continue, or discard them."
            )
        )
        intro.setWordWrap(True)
        self.model = DraftModel(self)
        self.model.set_rows(items)
        self.table = RecordTable(self.model, registry.clipboard, self.tr("Unsaved drafts"))
        self.table.selectRow(0)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore all"))
        self.discard_button = QPushButton(self.tr("&Discard all"))
        self.later_button = QPushButton(self.tr("&Later"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.restore_button.clicked.connect(self.restore_all)
        self.discard_button.clicked.connect(self.discard_all)
        self.later_button.clicked.connect(self.reject)
        self.table.activated_row.connect(self._restore_one)
        if not items:  # opened from the menu with nothing kept
            intro.setText(self.tr("There is no unsaved work."))
            self.restore_button.setEnabled(False)
            self.discard_button.setEnabled(False)
        self.resize(620, 360)

    def _restore(self, info: DraftInfo) -> None:
        with self.registry.vault.read() as session:
            data = drafts.load_draft(session, info.id)
        self.registry.open_form(info.record_kind, info.record_id, data, info.id)

    def _restore_one(self, row: int) -> None:
        info = self.model.row_at(row)
        if info is not None:
            self._restore(info)
            self.model.set_rows([r for r in self.model._rows if r.id != info.id])
            if not self.model.rowCount():
                self.accept()

    def restore_all(self) -> None:
        """Open every draft in its form."""
        for row in range(self.model.rowCount()):
            self._restore(self.model.row_at(row))
        self.accept()

    def discard_all(self) -> None:
        """Delete every draft, after asking."""
        if not confirm(self, self.tr("Discard all unsaved drafts? This cannot be undone."), True):
            return
        with self.registry.vault.transaction() as session:
            for row in range(self.model.rowCount()):
                drafts.discard_draft(session, self.model.row_at(row).id)
        self.accept()
