"""Deleting a record from its form, and the list of deleted records that brings one back.

The list is read on a worker: the dialog opens at once, saying it is reading, and a read
started later (after a restore) replaces one still running."""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.authors import KnownVaults, known_vaults
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.deletion import (
    DeletedRecord,
    deleted_records,
    deleted_reference,
    restore_deleted,
)
from desktop_app.core.errors import ReferenceDeleted, SandiqError
from desktop_app.ui.author_names import author_text
from desktop_app.ui.i18n import (
    fill,
    format_partial_date,
    format_timestamp,
    record_label_text,
    vocab_label,
)
from desktop_app.ui.messages import confirm, error_text, warn
from desktop_app.ui.row_models import RowsModel
from desktop_app.ui.screen_fit import resize_within_screen
from desktop_app.ui.table import RecordTable
from desktop_app.ui.tasks import Result, run_task
from desktop_app.ui.windows import WindowRegistry


class DeletedModel(RowsModel):
    """Deleted records: kind, case, what they are, when and by whom they were deleted."""

    COL_KIND, COL_CASE, COL_LABEL, COL_DELETED, COL_BY = range(5)
    COLUMN_COUNT = 5
    STRETCH_COLUMN = COL_LABEL
    # The other columns are read whole (a case reference is what tells rows apart) and take
    # no more than their values need, leaving the rest to the record's text; that gives way
    # last, elided with the whole of it in the tooltip.
    COLUMN_CHARS: ClassVar[dict[int, int]] = {COL_KIND: 8, COL_CASE: 14, COL_DELETED: 8, COL_BY: 8}
    WHOLE_COLUMNS = (COL_KIND, COL_CASE, COL_DELETED, COL_BY)

    def __init__(self, own_fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vaults = KnownVaults(own_fingerprint)  # the dialog reads the contacts' names

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Kind"),
            self.tr("Case"),
            self.tr("Record"),
            self.tr("Deleted"),
            self.tr("By"),
        ]

    def display(self, row: DeletedRecord, column: int) -> str:
        """Cell text."""
        if column == self.COL_KIND:
            return vocab_label(row.kind)
        if column == self.COL_CASE:
            return row.case_reference
        if column == self.COL_LABEL:
            return self.label_text(row)
        if column == self.COL_DELETED:
            return format_timestamp(row.deleted_at)
        return author_text(self.vaults.author(row.deleted_by))

    def label_text(self, row: DeletedRecord) -> str:
        """What the record is: its label (its date as the interface writes dates), a
        testimony's witness, the record a file was attached to, and the person a merged
        person went into; a person bearing a protected person's name by its id alone."""
        if row.bears_protected_name:
            return fill(self.tr("Person %1 (bears a protected person's name)"), str(row.record_id))
        if row.merged_into_id is not None:
            return fill(self.tr("%1 (merged into %2)"), row.label, row.merged_into_name)
        if row.owner_kind:
            owner = record_label_text(row.owner_kind, row.owner_label)
            text = self.tr("%1 (attached to %2 “%3”)")
            return fill(text, row.label, vocab_label(row.owner_kind).lower(), owner)
        undated = record_label_text(row.kind, row.label.removeprefix(row.date).strip())
        label = f"{format_partial_date(row.date)} {undated}".strip()
        if row.witness_name and label:
            return fill(self.tr("%1 (witness: %2)"), label, row.witness_name)
        if row.witness_name:
            return self.tr("Witness: %1").replace("%1", row.witness_name)
        return label or self.tr("(empty)")

    def row_of(self, kind: str, record_id: UUID) -> int:
        """The position of a record's row, or -1."""
        for position in range(self.rowCount()):
            row = self.row_at(position)
            if (row.kind, row.record_id) == (kind, record_id):
                return position
        return -1


class DeletedRecordsDialog(QDialog):
    """Lists deleted cases, people, testimonies, events and files; Restore brings one back."""

    def __init__(self, registry: WindowRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.registry = registry
        self.setWindowTitle(self.tr("Deleted records"))
        intro = QLabel(
            self.tr(
                "Records deleted here or by colleagues. Restoring one makes its last version "
                "current again; colleagues receive it with your next bundle."
            )
        )
        intro.setWordWrap(True)
        self.status_label = QLabel()  # reading, or why the list could not be read
        self.status_label.setWordWrap(True)
        self._reads = 0  # reads of the list started; only the latest one's answer is shown
        self._is_reading = False
        self._is_sized = False
        self.model = DeletedModel(registry.vault.fingerprint, self)
        self.table = RecordTable(self.model, registry.clipboard, self.tr("Deleted records"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        close_button = QPushButton(self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.restore_button, close_button):
            button.setAutoDefault(False)  # Enter in the table must not restore by surprise
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        close_button.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        resize_within_screen(self, 680, 400)
        self.refresh()

    def refresh(self) -> None:
        """Read the deleted records again, on a worker; the list shows them when they come."""
        vault = self.registry.vault
        self._reads += 1
        reading = self._reads
        self._is_reading = True
        self.status_label.setText(self.tr("Reading the deleted records…"))
        self.status_label.show()
        self._update_buttons()

        def read(_progress: object) -> tuple[KnownVaults, list[DeletedRecord]]:
            with database_errors_reported(), vault.read() as session:
                return known_vaults(session, vault.fingerprint), deleted_records(session)

        def show(result: Result[tuple[KnownVaults, list[DeletedRecord]]]) -> None:
            if reading != self._reads:
                return
            self._is_reading = False
            if result.error is not None:
                self.model.set_rows([])
                text = self.tr("The deleted records could not be read. %1")
                self.status_label.setText(fill(text, error_text(result.error)))
            elif result.value is not None:
                self.model.vaults, rows = result.value
                self.model.set_rows(rows)
                self.status_label.hide()
                self._fit_width()
            self._update_buttons()

        run_task(self, read, show)

    def is_reading(self) -> bool:
        """True while the list is being read."""
        return self._is_reading

    def _fit_width(self) -> None:
        """Widen the dialog, once, enough for every column whole, where the screen has room."""
        if self._is_sized:
            return
        self._is_sized = True
        margins = self.layout().contentsMargins()
        width = self.table.natural_width() + margins.left() + margins.right()
        if width > self.width():
            resize_within_screen(self, width, self.height())

    def _selected(self) -> DeletedRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None and not self.is_reading())

    def restore_selected(self) -> None:
        """Bring the selected record back and tell the lists it changed."""
        row = self._selected()
        if row is None or not self._restore_confirmed(row):
            return
        try:
            with database_errors_reported(), self.registry.vault.transaction() as session:
                restore_deleted(
                    self.registry.vault.writer(session),
                    row.kind,
                    row.record_id,
                    bears_protected_name=row.bears_protected_name,  # asked just now
                )
        except ReferenceDeleted:
            warn(self, self._select_what_blocks(row))
            return
        except SandiqError as exc:
            warn(self, error_text(exc))
            return
        self.registry.record_saved.emit(row.kind, row.record_id)
        self.refresh()

    def _restore_confirmed(self, row: DeletedRecord) -> bool:
        """True unless row is a merged person, or one bearing a protected person's name, and
        the user, told what restoring it does, answers No (the default)."""
        if row.bears_protected_name:
            # Asked, not refused: the colleague's person may be a namesake, and keeping it out
            # may have been a mistake that this alone can undo.
            text = self.tr(
                "A colleague's bundle brought in this person under the name of a protected "
                "person, and it was kept out. Restored, it is a person who is not protected, "
                "bearing that name, with the colleague's details: lists and forms show it "
                "beside her, and records could be linked to it in her place. Restore it only "
                "if you know it is someone else of the same name. Restore?"
            )
            return confirm(self, text, danger=True)
        if row.merged_into_id is None:
            return True
        text = self.tr(
            "%1 was merged into %2. Restoring %1 brings the duplicate back; what the merge "
            "moved to %2 stays with %2. Restore?"
        )
        return confirm(self, fill(text, row.label, row.merged_into_name))

    def _select_what_blocks(self, row: DeletedRecord) -> str:
        """Select the deleted record that row refers to, when it is listed, so Restore brings
        that one back next; returns why row cannot come back, naming that record."""
        with self.registry.vault.read() as session:
            gone = deleted_reference(session, row.kind, row.record_id)
        position = self.model.row_of(*gone) if gone is not None else -1
        if position < 0:  # never received here, or further down than the list reaches
            return self.tr(
                "It refers to a case, person or testimony that is deleted too. Restore that "
                "one first."
            )
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, DeletedModel.COL_LABEL))
        blocking = self.model.row_at(position)
        text = self.tr(
            "It refers to %1 “%2”, which is deleted too. Restore that one first: it is now "
            "selected in the list."
        )
        return fill(text, vocab_label(blocking.kind).lower(), self.model.label_text(blocking))
