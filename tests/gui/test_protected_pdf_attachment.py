"""A PDF locked with a password goes into the vault as it came, and the viewer says it is
locked, not that it "could not be read" (which sounds as if the file were damaged)."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtWidgets import QLabel
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.attachment_access import read_attachment_bytes
from desktop_app.ui.attachment_viewer import AttachmentViewer
from desktop_app.ui.main_window import MainWindow

LOCKED = (
    "This PDF is protected by a password; Sandiq cannot show it. The file is kept as it is: "
    "open it with another program to enter the password."
)


def _viewer_of(qtbot, window: MainWindow, path: Path) -> AttachmentViewer:
    """Attach path to a new case through its Attachments tab and view it."""
    vault = window.vault
    with vault.transaction() as session:
        case_id = (
            vault.writer(session).create("case", {"reference": "UZ-2024-0001", "title": "T"}).id
        )
    view = window.registry.open_case(case_id)
    tab = view.attachments_tab
    view.tabs.setCurrentWidget(tab)
    tab.add_file(path)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    return AttachmentViewer(window.registry, tab.model.row_at(0), view)


def test_a_password_protected_pdf_is_kept_whole_and_said_to_be_locked(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    pdf = io.BytesIO()
    canvas = Canvas(pdf, encrypt="court-2024")  # a user password: nothing opens without it
    canvas.drawString(72, 720, "Statement of the defence")
    canvas.showPage()
    canvas.save()
    path = tmp_path / "defence_statement.pdf"
    path.write_bytes(pdf.getvalue())

    viewer = _viewer_of(qtbot, unlocked_window, path)

    assert isinstance(viewer.content, QLabel)
    # Before: "The PDF could not be read."
    assert viewer.content.text() == LOCKED
    with unlocked_window.vault.read() as session:
        assert read_attachment_bytes(session, viewer.row.id) == pdf.getvalue()


def test_a_damaged_pdf_still_says_it_could_not_be_read(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n cut off in the download")
    viewer = _viewer_of(qtbot, unlocked_window, path)
    assert viewer.content.text() == "The PDF could not be read."
