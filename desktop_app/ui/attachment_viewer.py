"""Viewing an attachment inside Sandiq, straight from the vault, with no temporary file:
images through QPixmap from bytes, text in a read-only editor, PDFs through QPdfDocument
reading a QBuffer. Other types offer "open with another program" (after a warning)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.attachment_access import read_attachment_bytes
from desktop_app.core.case_file import AttachmentRow
from desktop_app.core.errors import SandiqError
from desktop_app.ui.i18n import format_size
from desktop_app.ui.messages import error_text
from desktop_app.ui.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from desktop_app.ui.windows import WindowRegistry

TEXT_TYPES = ("text/", "application/json", "application/xml")


def viewer_kind(media_type: str) -> str:
    """'image', 'text', 'pdf' or '' for what the in-app viewer can show."""
    if media_type.startswith("image/"):
        return "image"
    if media_type == "application/pdf":
        return "pdf"
    if media_type.startswith(TEXT_TYPES):
        return "text"
    return ""


class AttachmentViewer(QDialog):
    """Shows one attachment; holds its bytes only in memory, for as long as it is open."""

    def __init__(self, registry: WindowRegistry, row: AttachmentRow, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.registry = registry
        self.row = row
        self.setWindowTitle(row.file_name)
        info = QLabel(
            self.tr("%1 · %2 · SHA-256 %3")
            .replace("%1", row.media_type)
            .replace("%2", format_size(row.size))
            .replace("%3", row.sha256)
        )
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.setWordWrap(True)
        self.outside_button = QPushButton(self.tr("Open with another &program…"))
        self.close_button = QPushButton(self.tr("Close"))
        # No default button: Enter must never write a plain copy of the file outside the vault.
        for button in (self.outside_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outside_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        self.content = self._content_widget()
        layout.addWidget(self.content, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)
        self.outside_button.clicked.connect(self._outside)
        resize_within_screen(self, 820, 640)

    def _content_widget(self) -> QWidget:
        kind = viewer_kind(self.row.media_type)
        if not kind:
            return self._message(self.tr("Sandiq cannot show this type of file."))
        try:
            with self.registry.vault.read() as session:
                data = read_attachment_bytes(session, self.row.id)
        except SandiqError as exc:
            return self._message(error_text(exc))
        if kind == "image":
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                return self._message(self.tr("The image could not be read."))
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAccessibleName(self.row.file_name)
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return scroll
        if kind == "text":
            text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
            text.setReadOnly(True)
            text.setAccessibleName(self.row.file_name)
            return text
        return self._pdf_widget(data)

    def _pdf_widget(self, data: bytes) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        # The document reads from this buffer for as long as it is shown: both are children of
        # the dialog and go away with it.
        self._pdf_bytes = QByteArray(data)
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            return self._message(self.tr("The PDF could not be read."))
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        view.setAccessibleName(self.row.file_name)
        return view

    def _message(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _outside(self) -> None:
        from desktop_app.ui.attachments_tab import open_outside

        open_outside(self, self.registry, self.row)
