"""Large attachments open in the viewer without freezing the window: the start of a long text,
an image decoded on a worker at the size it is shown (upright) and at actual size on request, a
long PDF a page at a time."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.attachment_access import read_attachment_bytes
from desktop_app.core.attachments import add_attachment
from desktop_app.core.errors import AttachmentTooLarge
from desktop_app.core.vault import Vault
from desktop_app.ui.attachment_viewer import (
    MAX_SCROLLED_PDF_PAGES,
    TEXT_PREVIEW_BYTES,
    AttachmentViewer,
    FittedImage,
)
from desktop_app.ui.messages import error_text
from tests.gui.conftest import activate


@pytest.fixture
def add(unlocked_window, tmp_path):
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "L-1", "title": "L"}).id
    view = unlocked_window.registry.open_case(case_id)
    tab = view.attachments_tab
    view.tabs.setCurrentWidget(tab)

    def add_file(qtbot, name: str, data: bytes):
        path = tmp_path / name
        path.write_bytes(data)
        count = tab.model.rowCount()
        tab.add_file(path)
        qtbot.waitUntil(lambda: tab.model.rowCount() == count + 1, timeout=20_000)
        row = next(
            tab.model.row_at(r) for r in range(count + 1) if tab.model.row_at(r).file_name == name
        )
        return AttachmentViewer(unlocked_window.registry, row, view)

    return add_file


def test_a_long_text_shows_its_start_and_says_it_is_cut(qtbot, add):
    line = "2010-06-11,Ош,свидетель\n"
    text = line * (3 * TEXT_PREVIEW_BYTES // len(line.encode()))
    viewer = add(qtbot, "calls.csv", text.encode())
    editor = viewer.content.findChild(QPlainTextEdit)
    shown = editor.toPlainText()
    # Before: the whole file went into the editor (10 s and 780 MB for 100 MB).
    assert text.startswith(shown) and 0 < len(shown.encode()) <= TEXT_PREVIEW_BYTES
    notes = [label.text() for label in viewer.content.findChildren(QLabel)]
    assert notes == [
        "Showing the first 1.00 MiB of 3.00 MiB. Open it with another program to see all of it."
    ]


def test_a_short_text_is_shown_whole_without_a_note(qtbot, add):
    viewer = add(qtbot, "note.txt", "Ош, 2010".encode())
    assert isinstance(viewer.content, QPlainTextEdit)
    assert viewer.content.toPlainText() == "Ош, 2010"


def _png_bytes(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


def _jpeg(width: int, height: int, orientation: int) -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_a_large_photo_is_decoded_on_a_worker_fitted_and_upright(qtbot, add):
    # A phone photo stored 3000 wide, 2000 high, tagged "turn 90°": upright it is portrait.
    viewer = add(qtbot, "IMG_0931.jpg", _jpeg(3000, 2000, 6))
    # Before: decoded at full size on the GUI thread, landscape, shown at 100% (a corner).
    assert viewer.loading and isinstance(viewer.content, QLabel)
    qtbot.waitUntil(lambda: not viewer.loading)
    assert isinstance(viewer.content, FittedImage)
    size = viewer.content.pixmap_size()
    screen = viewer.screen().availableGeometry()
    assert size.height() > size.width()
    assert size.width() <= screen.width() and size.height() <= screen.height()
    assert abs(size.height() / size.width() - 1.5) < 0.02


def _shown_at_actual_size(viewer: AttachmentViewer) -> tuple[int, int]:
    assert isinstance(viewer.content, QScrollArea)
    pixmap = viewer.content.widget().pixmap()
    return pixmap.width(), pixmap.height()


def test_a_photo_is_shown_at_actual_size_with_scroll_bars_and_fitted_again(qtbot, add):
    viewer = add(qtbot, "IMG_0932.jpg", _jpeg(3000, 2000, 6))
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.loading)
    fitted = viewer.content.pixmap_size()
    assert viewer.actual_size_button.isVisible() and not viewer.actual_size_button.isChecked()
    # Before: only fitted to the window; a detail (a face, a number plate) could not be seen.
    viewer.actual_size_button.click()
    qtbot.waitUntil(lambda: not viewer.loading)
    assert _shown_at_actual_size(viewer) == (2000, 3000)  # every pixel, upright
    assert viewer.content.verticalScrollBar().maximum() > 0
    viewer.actual_size_button.click()
    assert isinstance(viewer.content, FittedImage) and viewer.content.pixmap_size() == fitted


def test_keys_1_and_0_show_actual_size_and_fit(qtbot, add):
    viewer = add(qtbot, "map.png", _png_bytes(400, 300))
    viewer.show()
    activate(qtbot, viewer)
    qtbot.waitUntil(lambda: not viewer.loading)
    qtbot.keyClick(viewer, Qt.Key.Key_1)
    assert viewer.actual_size_button.isChecked()
    # Small enough to have been decoded whole: shown at once, not decoded again.
    assert not viewer.loading and _shown_at_actual_size(viewer) == (400, 300)
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert isinstance(viewer.content, FittedImage) and not viewer.actual_size_button.isChecked()


def test_an_image_too_large_to_decode_whole_stays_fitted_and_says_so(qtbot, add, messages):
    viewer = add(qtbot, "IMG_0933.jpg", _jpeg(3000, 2000, 1))
    qtbot.waitUntil(lambda: not viewer.loading)
    # Qt refuses to decode past its allocation limit; lowered here, as a huge photo meets it.
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(8)  # MB: the fitted image fits, 3000 × 2000 does not
    try:
        viewer.actual_size_button.click()
        qtbot.waitUntil(lambda: not viewer.loading)
    finally:
        QImageReader.setAllocationLimit(limit)
    assert messages.texts() == ["The image is too large to show at actual size."]
    assert isinstance(viewer.content, FittedImage)
    assert not viewer.actual_size_button.isChecked()
    assert not viewer.actual_size_button.isEnabled()


def test_an_unreadable_image_says_so(qtbot, add):
    viewer = add(qtbot, "broken.png", b"\x89PNG\r\n\x1a\n broken")
    qtbot.waitUntil(lambda: not viewer.loading)
    assert viewer.content.text() == "The image could not be read."


def _pdf(pages: int, path: Path) -> bytes:
    canvas = Canvas(str(path))
    for page in range(pages):
        canvas.drawString(72, 720, f"Page {page + 1}")
        canvas.showPage()
    canvas.save()
    return path.read_bytes()


def test_a_long_pdf_is_shown_a_page_at_a_time(qtbot, add, tmp_path):
    viewer = add(qtbot, "register.pdf", _pdf(MAX_SCROLLED_PDF_PAGES + 1, tmp_path / "r.pdf"))
    view = viewer.content.findChild(QPdfView)
    # Before: every page laid out on the GUI thread (12.7 s for 50,000 pages).
    assert view.pageMode() == QPdfView.PageMode.SinglePage
    viewer.page_spin.setValue(7)
    assert view.pageNavigator().currentPage() == 6
    short = add(qtbot, "notice.pdf", _pdf(3, tmp_path / "n.pdf"))
    assert short.content.pageMode() == QPdfView.PageMode.MultiPage


def test_too_large_to_show_is_not_told_as_too_large_to_attach(qtbot, tmp_vault: Vault):
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case_id = writer.create("case", {"reference": "L-2", "title": "L"}).id
        attached = add_attachment(writer, "case", case_id, io.BytesIO(b"x" * 2048), "scan.png")
        with pytest.raises(AttachmentTooLarge) as refused:
            add_attachment(
                writer,
                "case",
                case_id,
                io.BytesIO(b"x" * 1024**2 * 2),
                "big.png",
                max_bytes=1024**2,
            )
    with tmp_vault.read() as session, pytest.raises(AttachmentTooLarge) as unshown:
        read_attachment_bytes(session, attached.id, max_bytes=1024)
    # Before: both said "The file is too large to attach.", with no limit.
    assert error_text(unshown.value) == (
        "The file is too large to show inside Sandiq (over 1.00 KiB). It is attached; open it "
        "with another program to see it."
    )
    assert error_text(refused.value) == "The file is larger than the 1.00 MiB an attachment may be."
