"""Viewing an attachment inside Sandiq, straight from the vault, with no temporary file:
images decoded from bytes on a worker (scaled to the screen, turned upright by their EXIF
orientation; at actual size with scroll bars on request), the start of a text file in a
read-only editor, PDFs through QPdfDocument reading a QBuffer (a long one a page at a time).
Other types offer "open with another program" (after a warning). Nothing here may freeze the
window for long: Lock and Panic must still answer."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QImage,
    QImageIOHandler,
    QImageReader,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.attachment_access import read_attachment_bytes, read_attachment_start
from desktop_app.core.case_file import AttachmentRow
from desktop_app.core.errors import SandiqError
from desktop_app.ui.i18n import format_size
from desktop_app.ui.messages import error_text, inform
from desktop_app.ui.screen_fit import resize_within_screen
from desktop_app.ui.tasks import Progress, Result, run_task

if TYPE_CHECKING:
    from desktop_app.ui.windows import WindowRegistry

TEXT_TYPES = ("text/", "application/json", "application/xml")
# A plain-text editor takes about a tenth of a second per MB: more would freeze the window.
TEXT_PREVIEW_BYTES = 1024 * 1024
# Laying out every page of a PDF to scroll through takes about 0.2 ms a page on the GUI thread;
# a longer one is shown a page at a time.
MAX_SCROLLED_PDF_PAGES = 500


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
        # A file name can name a witness or a place, and every program on the display reads
        # window titles (taskbar, window switcher, screen sharing): the name is shown inside.
        self.setWindowTitle(self.tr("Attachment"))
        self.heading = QLabel(row.file_name)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A name of 255 characters without a space must not make the window wider than the
        # screen: it is cut at the window's edge, and whole in the tooltip.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setToolTip(row.file_name)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        info = QLabel(
            self.tr("%1 · %2 · SHA-256 %3")
            .replace("%1", row.media_type)
            .replace("%2", format_size(row.size))
            .replace("%3", row.sha256)
        )
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.setWordWrap(True)
        self.outside_button = QPushButton(self.tr("Open with another &program…"))
        self.actual_size_button = self._actual_size_toggle()
        self.close_button = QPushButton(self.tr("Close"))
        # No default button: Enter must never write a plain copy of the file outside the vault.
        for button in (self.outside_button, self.actual_size_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outside_button)
        buttons.addWidget(self.actual_size_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(info)
        self.loading = False  # True while an image is decoded on a worker
        self._image_bytes = b""  # an image's file, until it is decoded at actual size
        self._fitted: QImage | None = None
        self._full_size: QImage | None = None  # decoded when first asked for
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
                if kind == "text":
                    return self._text_widget(
                        read_attachment_start(session, self.row.id, TEXT_PREVIEW_BYTES)
                    )
                data = read_attachment_bytes(session, self.row.id)
        except SandiqError as exc:
            return self._message(error_text(exc))
        if kind == "image":
            return self._image_widget(data)
        return self._pdf_widget(data)

    def _text_widget(self, start: bytes) -> QWidget:
        # Not final: a character cut in two at the end of the start is dropped, not garbled.
        text = codecs.getincrementaldecoder("utf-8")("replace").decode(start, final=False)
        editor = QPlainTextEdit(text)
        editor.setReadOnly(True)
        editor.setAccessibleName(self.row.file_name)
        if len(start) >= self.row.size:
            return editor
        cut = self._message(
            self.tr("Showing the first %1 of %2. Open it with another program to see all of it.")
            .replace("%1", format_size(len(start)))
            .replace("%2", format_size(self.row.size))
        )
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(cut)
        layout.addWidget(editor, 1)
        return box

    def _actual_size_toggle(self) -> QPushButton:
        """The button that shows an image at actual size or fitted; shown once an image is."""
        button = QPushButton(self.tr("&Actual size"))
        button.setCheckable(True)
        button.setToolTip(
            self.tr("Show the image pixel for pixel, with scroll bars (1); fit it again (0)")
        )
        button.setVisible(False)
        button.toggled.connect(self._show_at_actual_size)
        return button

    def _add_actual_size_keys(self) -> None:
        """Keys 1 and 0 for actual size and fitted, as image viewers have them (only for
        images: a PDF's page box takes digits)."""
        for key, actual in (("1", True), ("0", False)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, actual=actual: self._choose_size(actual))
            self.addAction(action)

    def _choose_size(self, actual: bool) -> None:
        if self.actual_size_button.isEnabled():
            self.actual_size_button.setChecked(actual)

    def _image_widget(self, data: bytes) -> QWidget:
        """A placeholder now; the image decoded on a worker replaces it (a large PNG takes
        seconds to decode)."""
        screen = self.screen().availableGeometry().size()
        placeholder = self._message(self.tr("Loading the image…"))
        self.loading = True
        self._image_bytes = data

        def decode(_progress: Progress) -> DecodedImage:
            return decode_image(data, screen)

        run_task(self, decode, self._show_image)
        return placeholder

    def _show_image(self, result: Result[DecodedImage]) -> None:
        self.loading = False
        decoded = result.value
        if not result.ok or decoded is None or decoded.image.isNull():
            self._replace_content(self._message(self._unread_image_text(decoded)))
            return
        self._fitted = decoded.image
        if not decoded.is_scaled_down:
            self._full_size, self._image_bytes = decoded.image, b""
        self._replace_content(FittedImage(decoded.image, self.row.file_name))
        self.actual_size_button.setVisible(True)
        self._add_actual_size_keys()

    def _unread_image_text(self, decoded: DecodedImage | None) -> str:
        # A header declaring 60000×60000 pixels is past Qt's allocation limit, which refuses
        # to decode it: the file may be whole, only too large for this viewer.
        if decoded is not None and is_past_allocation_limit(decoded.declared_size):
            size = decoded.declared_size
            return (
                self.tr(
                    "The image is too large to show (%1 × %2 pixels). Open it with another program."
                )
                .replace("%1", str(size.width()))
                .replace("%2", str(size.height()))
            )
        return self.tr("The image could not be read.")

    def _show_at_actual_size(self, actual: bool) -> None:
        """Show the image at actual size (decoding it so on a worker, the first time) or
        fitted, as the toggle now says."""
        assert self._fitted is not None
        if not actual:
            self._replace_content(FittedImage(self._fitted, self.row.file_name))
        elif self._full_size is not None:
            self._replace_content(self._actual_size_view(self._full_size))
        elif not self.loading:
            self.loading = True
            self._replace_content(self._message(self.tr("Loading the image…")))
            data = self._image_bytes

            def decode(_progress: Progress) -> DecodedImage:
                return decode_image(data)

            run_task(self, decode, self._show_full_size)

    def _show_full_size(self, result: Result[DecodedImage]) -> None:
        self.loading = False
        decoded = result.value
        if not result.ok or decoded is None or decoded.image.isNull():
            # Past Qt's allocation limit (256 MB decoded: some 67 megapixels), which the
            # image scaled to the screen stayed under.
            self.actual_size_button.setChecked(False)
            self.actual_size_button.setEnabled(False)
            inform(self, self.tr("The image is too large to show at actual size."))
            return
        self._full_size, self._image_bytes = decoded.image, b""
        if self.actual_size_button.isChecked():
            self._replace_content(self._actual_size_view(decoded.image))

    def _actual_size_view(self, image: QImage) -> QScrollArea:
        pixmap = QPixmap.fromImage(image)
        # One pixel of the image to one of the screen, also where the desktop is scaled.
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        label = QLabel()
        label.setPixmap(pixmap)
        label.setAccessibleName(self.row.file_name)
        area = QScrollArea()
        area.setWidget(label)
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return area

    def _replace_content(self, shown: QWidget) -> None:
        self.layout().replaceWidget(self.content, shown)
        self.content.deleteLater()
        self.content = shown

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
        if self.document.error() == QPdfDocument.Error.IncorrectPassword:
            # Not "could not be read": the file is whole, only locked, and stays as it came.
            return self._message(
                self.tr(
                    "This PDF is protected by a password; Sandiq cannot show it. The file is "
                    "kept as it is: open it with another program to enter the password."
                )
            )
        if self.document.status() == QPdfDocument.Status.Error:
            return self._message(self.tr("The PDF could not be read."))
        view = QPdfView(self)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        view.setAccessibleName(self.row.file_name)
        pages = self.document.pageCount()
        if pages <= MAX_SCROLLED_PDF_PAGES:
            view.setPageMode(QPdfView.PageMode.MultiPage)
            return view
        view.setPageMode(QPdfView.PageMode.SinglePage)
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, pages)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.valueChanged.connect(
            lambda page: view.pageNavigator().jump(page - 1, QPointF(), view.zoomFactor())
        )
        page_row = QHBoxLayout()
        page_row.addWidget(QLabel(self.tr("Page")))
        page_row.addWidget(self.page_spin)
        page_row.addWidget(QLabel(self.tr("of %1").replace("%1", str(pages))))
        page_row.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(page_row)
        layout.addWidget(view, 1)
        return box

    def _message(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _outside(self) -> None:
        from desktop_app.ui.attachments_tab import open_outside

        open_outside(self, self.registry, self.row)


@dataclass(frozen=True)
class DecodedImage:
    """An image decoded for the viewer, and whether it was scaled down to fit."""

    image: QImage
    is_scaled_down: bool
    declared_size: QSize  # as the file's header says, invalid if it says none


def is_past_allocation_limit(size: QSize) -> bool:
    """True if an image of size (four bytes a pixel) is more than Qt will allocate to decode."""
    limit_mib = QImageReader.allocationLimit()  # 0: no limit
    pixels = size.width() * size.height() if size.isValid() else 0
    return limit_mib > 0 and pixels * 4 > limit_mib * 1024 * 1024


def decode_image(data: bytes, fit: QSize | None = None) -> DecodedImage:
    """The image in data, upright by its EXIF orientation and, with fit, scaled down (before
    decoding, where the format allows) to fit within it. Safe on a worker thread: no QPixmap."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos are stored sideways with an orientation tag
    size = reader.size()
    is_scaled_down = False
    if fit is not None and size.isValid():
        if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
            fit = fit.transposed()  # the box is for the image as it will be turned
        if size.width() > fit.width() or size.height() > fit.height():
            reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
            is_scaled_down = True
    return DecodedImage(reader.read(), is_scaled_down, size)


class FittedImage(QWidget):
    """An image drawn as large as fits the widget, never larger than it is."""

    def __init__(self, image: QImage, name: str) -> None:
        super().__init__()
        self._pixmap = QPixmap.fromImage(image)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def pixmap_size(self) -> QSize:
        """The size of the decoded image."""
        return self._pixmap.size()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the image centred, scaled down to fit."""
        size = self._pixmap.size()
        if size.width() > self.width() or size.height() > self.height():
            size = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self._pixmap)
