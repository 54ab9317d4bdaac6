"""The Exchange page's Colleagues box: the colleagues whose bundles this vault accepts, one
added from their contact file once its fingerprint is confirmed, marked verified, removed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import utc_now
from desktop_app.core.errors import SandiqError
from desktop_app.core.exchange.contacts import (
    ContactInfo,
    add_contact,
    list_contacts,
    read_contact_file,
    remove_contact,
    set_contact_verified,
)
from desktop_app.core.vault import Vault
from desktop_app.ui.exchange_dialogs import AddContactDialog, exchange_error_text
from desktop_app.ui.exchange_models import ContactListModel
from desktop_app.ui.file_dialogs import choose_file_to_open
from desktop_app.ui.messages import APP_NAME, confirm
from desktop_app.ui.selection_buttons import follow_selection
from desktop_app.ui.table import ColumnFitter

MAX_CONTACT_FILE = 64 * 1024
# Measured for the columns while no colleague is listed: an unverified colleague added now,
# with a fingerprint of the widest digits.
_TYPICAL_COLLEAGUE = ContactInfo(
    key_id="",
    display_name="",
    fingerprint=" ".join(["00000"] * 8),
    is_verified=False,
    is_removed=False,
    added_at="",
    last_sequence_received=0,
)


def _cell_width(table: QTableView, text: str) -> int:
    """The width a cell of table needs to show text whole, as the fitter measures a value."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.text = text.replace("\n", "\u2028")  # as the delegate shows a line break
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    contents = QStyle.ContentsType.CT_ItemViewItem
    size = table.style().sizeFromContents(contents, option, QSize(), table)
    return size.width() + (1 if table.showGrid() else 0)


def _table(model: ContactListModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    # Rows as tall as their cells: a fingerprint takes two lines.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ContactList(QGroupBox):
    """Colleagues of the vault: added, marked verified and removed here."""

    changed = Signal()  # a colleague was added, verified or removed (or adding one failed)

    def __init__(self, vault: Callable[[], Vault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Under the context they were translated in while the page built the box itself.
        translate = QCoreApplication.translate
        self.setTitle(translate("ExchangePage", "Colleagues"))
        self._vault = vault
        self.model = ContactListModel(self)
        self.table = _table(self.model, translate("ExchangePage", "Colleagues"))
        self.columns = ColumnFitter(
            self.table,
            ContactListModel.STRETCH_COLUMN,
            ContactListModel.STRETCH_MIN_CHARS,
            ContactListModel.MIN_CHARS,
        )
        self.add_button = QPushButton(translate("ExchangePage", "&Add colleague…"))
        self.verify_button = QPushButton(translate("ExchangePage", "&Mark verified"))
        self.remove_button = QPushButton(translate("ExchangePage", "&Remove"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for button in (self.add_button, self.verify_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add_contact())
        self.verify_button.clicked.connect(self.verify_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        follow_selection(self.table, [self.remove_button])
        follow_selection(self.table, [self.verify_button], self._selected_is_unverified)

    def refresh(self, vault: Vault) -> None:
        """Read the colleagues again."""
        self.model.refresh(vault)
        if self.model.rowCount():
            self.columns.want_contents()  # names get the room the fingerprint leaves
        else:
            self.columns.want(self._typical_widths())

    def _typical_widths(self) -> dict[int, int]:
        """Each column's width for a colleague added now: fitted to the titles alone, the empty
        list had "Отпечаток" and "Добавлен" at the edge of their columns, and every column
        jumped when the first colleague came."""
        header = self.table.horizontalHeader()
        typical = replace(_TYPICAL_COLLEAGUE, added_at=utc_now())
        return {
            column: max(
                header.sectionSizeHint(column),
                _cell_width(self.table, self.model.display(typical, column)),
            )
            for column in range(header.count())
            if column != ContactListModel.STRETCH_COLUMN
        }

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selected_is_unverified(self) -> bool:
        row = self._selected()
        return row is not None and not self.model.row_at(row).is_verified

    def _fail(self, error: BaseException) -> None:
        QMessageBox.warning(self, APP_NAME, exchange_error_text(error))

    def add_contact(self, path: Path | None = None) -> AddContactDialog | None:
        """Read a colleague's contact file and add it once its fingerprint is confirmed."""
        vault = self._vault()
        if vault is None:
            return None
        translate = QCoreApplication.translate
        if path is None:
            name = choose_file_to_open(
                self,
                translate("ExchangePage", "Add a colleague"),
                "",
                translate("ExchangePage", "Contact files (*.contact)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_CONTACT_FILE)
            with vault.read() as session:
                keys = read_contact_file(session, data)
                contacts = list_contacts(session, include_removed=True)
        except (SandiqError, OSError) as error:
            self._fail(error)
            return None
        known = next((contact for contact in contacts if contact.key_id == keys.key_id), None)
        active = [contact for contact in contacts if not contact.is_removed]
        dialog = AddContactDialog(keys, known, self, active=active)

        def accepted() -> None:
            try:
                add_contact(
                    vault,
                    data,
                    is_verified=dialog.verified_check.isChecked(),
                    display_name=dialog.chosen_name(),
                )
            except SandiqError as error:
                self._fail(error)
            self.changed.emit()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def verify_contact(self) -> None:
        """Mark the selected colleague's fingerprint as compared in person."""
        vault, row = self._vault(), self._selected()
        if vault is None or row is None:
            return
        contact = self.model.row_at(row)
        question = (
            QCoreApplication.translate(
                "ExchangePage", "Did you compare %1's fingerprint in person or by phone?\n%2"
            )
            .replace("%1", contact.display_name)
            .replace("%2", contact.fingerprint)
        )
        if confirm(self, question):
            set_contact_verified(vault, contact.key_id)
            self.changed.emit()

    def remove_contact(self) -> None:
        """Stop accepting bundles from the selected colleague."""
        vault, row = self._vault(), self._selected()
        if vault is None or row is None:
            return
        contact = self.model.row_at(row)
        question = QCoreApplication.translate(
            "ExchangePage", "Remove %1? Bundles from them will be refused."
        ).replace("%1", contact.display_name)
        if confirm(self, question, danger=True):
            remove_contact(vault, contact.key_id)
            self.changed.emit()
