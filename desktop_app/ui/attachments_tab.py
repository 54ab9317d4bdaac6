"""A case's attachments: add by file dialog or drag and drop (on a worker, with Cancel), see
size and SHA-256, view images, text and PDFs in-app from memory, or open a copy outside after
a warning."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.attachment_access import (
    ACTIVE_MAGIC_BYTES,
    name_for_disk,
    read_attachment_start,
    runs_code_or_fetches,
    write_attachment_copy,
)
from desktop_app.core.case_file import AttachmentRow, case_attachments
from desktop_app.core.errors import SandiqError
from desktop_app.core.records import get_record
from desktop_app.ui.attachment_intake import (
    IntakeOutcome,
    intake_message,
    shown_file_name,
    take_in_files,
)
from desktop_app.ui.attachment_viewer import AttachmentViewer
from desktop_app.ui.bidi_text import shown_in_sentence
from desktop_app.ui.file_dialogs import choose_file_to_save, choose_files_to_open
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import confirm, inform, show_error, warn
from desktop_app.ui.row_models import AttachmentModel
from desktop_app.ui.selection_buttons import follow_selection
from desktop_app.ui.table import RecordTable
from desktop_app.ui.tasks import Progress, Result, run_with_progress
from desktop_app.ui.windows import WindowRegistry


class MiddleElided(QStyledItemDelegate):
    """Cells elided in the middle: a fingerprint too long for its column keeps both ends, the
    parts people compare, and a file name its extension."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """The view's options, with the elision in the middle."""
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class AttachmentsTab(QWidget):
    """The Attachments tab of a case window."""

    def __init__(self, registry: WindowRegistry, case_id: UUID) -> None:
        super().__init__()
        self.registry = registry
        self.case_id = case_id
        self.setAcceptDrops(True)
        self.model = AttachmentModel(self)
        self.table = RecordTable(self.model, registry.clipboard, self.tr("Attachments"))
        for column in (AttachmentModel.COL_NAME, AttachmentModel.COL_SHA256):
            self.table.setItemDelegateForColumn(column, MiddleElided(self.table))
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.add_button.setToolTip(self.tr("Or drop files here"))
        self.view_button = QPushButton(self.tr("&View"))
        self.copy_hash_button = QPushButton(self.tr("Copy SHA-256"))
        self.outside_button = QPushButton(self.tr("Open with another &program…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        row = QHBoxLayout()
        for button in (
            self.add_button,
            self.view_button,
            self.copy_hash_button,
            self.outside_button,
            self.remove_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_current)
        self.copy_hash_button.clicked.connect(self.copy_hash)
        self.outside_button.clicked.connect(self.open_outside)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.activated_row.connect(lambda _row: self.view_current())
        follow_selection(
            self.table,
            [self.view_button, self.copy_hash_button, self.outside_button, self.remove_button],
            lambda: self._current() is not None,
        )

    def refresh(self) -> None:
        """Read the list again."""
        with self.registry.vault.read() as session:
            self.model.set_rows(case_attachments(session, self.case_id))

    def _current(self) -> AttachmentRow | None:
        return self.model.row_at(self.table.current_row())

    def choose_files(self) -> None:
        """Pick files to take into the vault."""
        names = choose_files_to_open(self, self.tr("Add files to the case"))
        if names:
            self.add_files([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files dragged from a file manager."""
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Take dropped files into the vault."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()]
        paths = [path for path in paths if path.is_file()]
        if paths:
            self.add_files(paths)
        event.acceptProposedAction()

    def add_file(self, path: Path) -> None:
        """Stream one file into the vault on a worker, with a progress dialog and Cancel."""
        self.add_files([path])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Stream the files into the vault one after another on a worker, in the order given,
        with one progress dialog and Cancel; then read the case again and say in one message
        what was refused or already attached."""
        vault, case_id, paths = self.registry.vault, self.case_id, list(paths)

        def added(result: Result[IntakeOutcome]) -> None:
            if result.value is None:
                show_error(self, result.error or RuntimeError())
                return
            if result.value.added:  # one for all: the case window reads the case again
                last = result.value.added[-1].attachment_id
                self.registry.record_saved.emit("attachment", last)
            text, is_warning = intake_message(result.value)
            if text:
                (warn if is_warning else inform)(self, text)

        if len(paths) == 1:
            label = fill(self.tr("Adding %1 to the vault…"), shown_file_name(paths[0].name))
        else:
            label = self.tr("Adding %n file(s) to the vault…", "", len(paths))
        run_with_progress(
            self, label, lambda progress: take_in_files(vault, case_id, paths, progress), added
        )

    def view_current(self) -> None:
        """Show the selected attachment in the in-app viewer."""
        row = self._current()
        if row is not None:
            AttachmentViewer(self.registry, row, self).show()

    def copy_hash(self) -> None:
        """Copy the SHA-256 of the selected attachment (to compare with a recipient's)."""
        row = self._current()
        if row is not None:
            self.registry.clipboard.copy(row.sha256)

    def open_outside(self) -> None:
        """After a warning, write a copy outside the vault and open it with the system."""
        row = self._current()
        if row is not None:
            open_outside(self, self.registry, row)

    def remove_current(self) -> None:
        """Remove the selected attachment (its history stays in the vault)."""
        row = self._current()
        if row is None or not confirm(
            self, self.tr("Remove %1 from the case?").replace("%1", row.file_name)
        ):
            return
        with self.registry.vault.transaction() as session:
            writer = self.registry.vault.writer(session)
            writer.delete(get_record(session, "attachment", row.id))
        self.registry.record_saved.emit("attachment", row.id)


def with_extension_kept(typed: Path, stored_name: str) -> Path:
    """typed, with the attachment's extension added if the name typed has none: the other
    program (or the system choosing it) goes by the extension, and found none to open."""
    extension = Path(name_for_disk(stored_name)).suffix
    if typed.suffix or not extension:
        return typed
    return typed.with_name(typed.name.rstrip(".") + extension)


def open_outside(parent: QWidget, registry: WindowRegistry, row: AttachmentRow) -> None:
    """Warn, ask where to save a plain copy, write it on a worker, then open it."""
    warning = QCoreApplication.translate(
        "AttachmentsTab",
        "This writes an unencrypted copy of the file outside the vault. Anyone who gets this "
        "computer can read it, and Sandiq cannot delete it for you. The other program and the "
        "system may also remember the file's name and where it is (recent files). Continue?",
    )
    try:
        with registry.vault.read() as session:
            start = read_attachment_start(session, row.id, ACTIVE_MAGIC_BYTES)
    except SandiqError as exc:  # its first page damaged: said before any warning
        show_error(parent, exc)
        return
    if runs_code_or_fetches(row.file_name, row.media_type, start):
        warning = QCoreApplication.translate(
            "AttachmentsTab",
            "%1 is a program, script, web page or office document. Opening it may run code "
            "on this computer, or fetch images or templates from the internet, which tells "
            "whoever made the file that it was opened, when, and from which address. Open it "
            "only on a computer that holds no other case data and is offline.\n\n"
            "This also writes an unencrypted copy of the file outside the vault. Anyone who "
            "gets this computer can read it, and Sandiq cannot delete it for you. The other "
            "program and the system may also remember the file's name and where it is (recent "
            "files). Continue?",
        ).replace("%1", row.file_name)
    if not confirm(parent, warning, danger=True):
        return
    name = choose_file_to_save(
        parent,
        QCoreApplication.translate("AttachmentsTab", "Save a copy outside the vault"),
        name_for_disk(row.file_name),
    )
    if not name:
        return
    target = with_extension_kept(Path(name), row.file_name)
    if str(target) != name and target.exists():
        # The file dialog asked about replacing the name typed, not this one.
        question = QCoreApplication.translate(
            "AttachmentsTab", "The file %1 exists already. Replace it?"
        )
        if not confirm(parent, fill(question, shown_in_sentence(str(target))), danger=True):
            return
    vault, attachment_id = registry.vault, row.id

    def copy(progress: Progress) -> Path:
        with vault.read() as session:
            return write_attachment_copy(
                session, attachment_id, target, progress, progress.cancelled
            )

    def done(result: Result[Path]) -> None:
        if not result.ok or result.value is None:
            show_error(parent, result.error or RuntimeError())
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.value))):
            # The copy is written either way: the user must know where, to delete it.
            text = QCoreApplication.translate(
                "AttachmentsTab",
                "No program opened the copy. It is still at %1, unencrypted: delete it when "
                "you no longer need it.",
            )
            warn(parent, fill(text, shown_in_sentence(str(result.value))))

    run_with_progress(
        parent, QCoreApplication.translate("AttachmentsTab", "Writing a copy…"), copy, done
    )
