"""Attachments in and out (on workers, with progress), the in-app viewer, JSON import/export."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QPlainTextEdit

from desktop_app.core.attachments import add_attachment
from desktop_app.core.vault import Vault
from desktop_app.ui.attachment_viewer import AttachmentViewer, FittedImage
from desktop_app.ui.row_models import AttachmentModel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from make_demo_vault import _pdf, _png


@pytest.fixture
def case_view(unlocked_window):
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "KG-7", "title": "Files"})
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.attachments_tab)  # a tab is read when it is shown
    return view


def _add(qtbot, tab, path: Path) -> None:
    count = tab.model.rowCount()
    tab.add_file(path)
    qtbot.waitUntil(lambda: tab.model.rowCount() == count + 1)


def test_attachment_intake_shows_size_and_sha256_and_text_is_viewed_in_app(
    qtbot, case_view, tmp_path
):
    tab = case_view.attachments_tab
    source = tmp_path / "statement.txt"
    source.write_text("Statement of the witness: Ош, 2010.", encoding="utf-8")
    _add(qtbot, tab, source)
    model = tab.model
    assert model.data(model.index(0, AttachmentModel.COL_NAME)) == "statement.txt"
    assert (
        model.data(model.index(0, AttachmentModel.COL_SIZE)) == f"{len(source.read_bytes())} bytes"
    )

    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    assert model.data(model.index(0, AttachmentModel.COL_SHA256)) == expected
    tab.table.selectRow(0)
    tab.view_current()
    viewer = case_view.findChild(AttachmentViewer)
    assert isinstance(viewer.content, QPlainTextEdit)
    assert viewer.content.toPlainText() == "Statement of the witness: Ош, 2010."


def test_images_and_pdfs_render_from_memory(qtbot, case_view, tmp_path, monkeypatch):
    written: list[str] = []
    monkeypatch.setattr(
        "tempfile.NamedTemporaryFile", lambda *a, **k: written.append("temp") or None
    )
    tab = case_view.attachments_tab
    (tmp_path / "photo.png").write_bytes(_png(40, 30, 1))
    (tmp_path / "notice.pdf").write_bytes(_pdf("Notice", ["one line"]))
    for name in ("notice.pdf", "photo.png"):
        _add(qtbot, tab, tmp_path / name)
    rows = {tab.model.row_at(r).file_name: tab.model.row_at(r) for r in range(2)}
    image = AttachmentViewer(case_view.registry, rows["photo.png"], case_view)
    qtbot.waitUntil(lambda: not image.loading)
    assert isinstance(image.content, FittedImage) and image.content.pixmap_size().width() == 40
    pdf = AttachmentViewer(case_view.registry, rows["notice.pdf"], case_view)
    assert pdf.document.pageCount() == 1
    assert written == []


def test_the_viewer_fits_the_screen_and_enter_writes_no_plain_copy(
    qtbot, case_view, tmp_path, messages
):
    tab = case_view.attachments_tab
    source = tmp_path / "recording.bin"
    source.write_bytes(b"\x00secret audio")
    _add(qtbot, tab, source)
    tab.table.selectRow(0)
    tab.view_current()
    viewer = case_view.findChild(AttachmentViewer)
    qtbot.waitExposed(viewer)
    # Before: a fixed 820x640 put Close off an 800x600 screen.
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert viewer.width() <= available.width() and viewer.height() <= available.height()
    close = viewer.close_button
    corner = close.mapTo(viewer, close.rect().bottomRight())
    assert corner.x() <= viewer.width() and corner.y() <= viewer.height()
    # Before: Enter pressed "Open with another program…", which asks to write a plain copy.
    qtbot.keyClick(viewer, Qt.Key.Key_Return)
    assert messages.texts() == []
    assert viewer.isVisible()


def test_dropped_files_are_taken_in(qtbot, case_view, tmp_path):
    tab = case_view.attachments_tab
    source = tmp_path / "dropped.txt"
    source.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    tab.dropEvent(event)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)


def test_open_outside_warns_before_writing_a_plain_copy(
    qtbot, case_view, tmp_path, monkeypatch, messages
):
    tab = case_view.attachments_tab
    source = tmp_path / "a.txt"
    source.write_text("secret")
    _add(qtbot, tab, source)
    tab.table.selectRow(0)
    opened: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.attachments_tab.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    target = tmp_path / "out" / "copy.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    messages.answer = messages.answer.No
    tab.open_outside()
    assert not target.exists()
    assert "unencrypted copy" in messages.texts()[-1]
    messages.answer = messages.answer.Yes
    tab.open_outside()
    qtbot.waitUntil(lambda: opened == [str(target)])
    assert target.read_text() == "secret"


def test_a_copy_no_program_opens_is_said_with_where_it_stays(
    qtbot, case_view, tmp_path, monkeypatch, messages
):
    tab = case_view.attachments_tab
    source = tmp_path / "a.txt"
    source.write_text("secret")
    _add(qtbot, tab, source)
    tab.table.selectRow(0)
    target = tmp_path / "out" / "copy.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    tab.open_outside()  # the test platform (offscreen) has no program to open files with
    qtbot.waitUntil(lambda: len(messages.texts()) == 2)
    # Before: nothing at all, and the plain copy forgotten on the disk.
    assert messages.texts()[1] == (
        f"No program opened the copy. It is still at {target}, unencrypted: delete it when "
        "you no longer need it."
    )
    assert target.read_text() == "secret"


def test_export_warns_then_import_brings_records_back(
    qtbot, unlocked_window, tmp_path, monkeypatch, messages
):
    window = unlocked_window
    with window.vault.transaction() as session:
        window.vault.writer(session).create("case", {"reference": "EX-1", "title": "Exported"})
    target = tmp_path / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.menus.export_json()
    qtbot.waitUntil(lambda: "The export was written." in messages.texts())
    assert "NOT encrypted" in messages.texts()[0]
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [c["reference"] for c in document["cases"]] == ["EX-1"]
    document["cases"][0]["title"] = "Changed in the file"
    target.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    window.menus.import_json()
    qtbot.waitUntil(lambda: any(t.startswith("Imported:") for t in messages.texts()))
    assert "Imported: 0 new, 1 updated, 0 unchanged." in messages.texts()
    model = window.case_model
    assert model.data(model.index(0, model.COL_TITLE)) == "Changed in the file"


def test_idle_minutes_from_settings_apply_at_once(qtbot, unlocked_window):
    dialog = unlocked_window.open_settings()
    dialog.idle_spin.setValue(2)
    dialog.save()
    assert unlocked_window.idle.timer.interval() == 2 * 60_000


def test_a_file_that_cannot_be_read_is_named_in_the_message(qtbot, case_view, tmp_path, messages):
    tab = case_view.attachments_tab
    tab.add_file(tmp_path / "протокол допроса.pdf")  # chosen, then moved away
    qtbot.waitUntil(lambda: messages.shown != [], timeout=10_000)
    # The system's reason in the interface's words (English here), not strerror's.
    assert messages.texts() == ["протокол допроса.pdf could not be added: the file does not exist"]
    assert tab.model.rowCount() == 0


def test_the_same_file_added_twice_is_pointed_out(qtbot, case_view, tmp_path, messages):
    tab = case_view.attachments_tab
    photo = tmp_path / "photo_Андижан.jpg"
    photo.write_bytes(b"\xff\xd8\xff same evidence")
    _add(qtbot, tab, photo)
    other = tmp_path / "другой.txt"
    other.write_text("different")
    _add(qtbot, tab, other)
    assert messages.texts() == []
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    _add(qtbot, tab, copy)
    assert messages.texts() == [
        "copy.jpg is already attached to this case as photo_Андижан.jpg (the same SHA-256). "
        "Both are kept; remove one if it was added by mistake."
    ]


@pytest.mark.parametrize(
    ("name", "data", "strong"),
    [
        ("setup.exe", b"MZ\x90\x00 program", True),
        ("invoice.dat", b"MZ\x90\x00 a program by its first bytes", True),
        ("run", b"#!/bin/sh\nrm -rf ~\n", True),
        ("notes.html", b'<img src="http://example.org/t.png">', True),
        ("report.docx", b"PK\x03\x04 office", True),
        ("photo.jpg", b"\xff\xd8\xff photo", False),
    ],
)
def test_files_that_run_code_or_fetch_get_a_stronger_warning(
    qtbot, case_view, tmp_path, messages, name, data, strong
):
    tab = case_view.attachments_tab
    source = tmp_path / name
    source.write_bytes(data)
    _add(qtbot, tab, source)
    tab.table.selectRow(0)
    messages.answer = messages.answer.No
    tab.open_outside()
    warning = messages.texts()[-1]
    # Before: an .exe got the same warning as a photo.
    assert ("may run code" in warning and name in warning) is strong
    assert "unencrypted copy" in warning


def test_a_file_too_large_for_the_disk_is_refused_in_one_line(
    qtbot, case_view, tmp_path, monkeypatch, messages
):
    tab = case_view.attachments_tab
    vault_folder = case_view.registry.vault.path.resolve()
    real = shutil.disk_usage

    def little_free(path):
        usage = real(path)
        if Path(path).resolve() != vault_folder:
            return usage
        return type(usage)(usage.total, usage.total - 100 * 1024**2, 100 * 1024**2)

    monkeypatch.setattr(shutil, "disk_usage", little_free)
    video = tmp_path / "допрос.mp4"
    with video.open("wb") as sparse:  # 200 MiB that take no room on the test machine's disk
        sparse.truncate(200 * 1024**2)
    tab.add_file(video)
    qtbot.waitUntil(lambda: messages.shown != [], timeout=10_000)
    # Before: it went on until the disk was full, then "An unexpected error occurred".
    assert messages.texts() == [
        "Not enough free space on the disk: this needs about 484.00 MiB, and 100.00 MiB is free. "
        "Nothing was written."
    ]
    assert tab.model.rowCount() == 0


def test_a_copy_under_a_name_too_long_for_the_disk_is_written_and_opened_shortened(
    qtbot, case_view, tmp_path, monkeypatch, messages
):
    tab = case_view.attachments_tab
    name = "Протокол допроса свидетеля " * 7 + "Оʻktam.pdf"  # 369 bytes: NTFS takes it
    with case_view.registry.vault.transaction() as session:
        add_attachment(
            case_view.registry.vault.writer(session),
            "case",
            case_view.case_id,
            io.BytesIO(b"%PDF-1.7 text"),
            name,
        )
    tab.refresh()
    tab.table.selectRow(0)
    out = tmp_path / "out"
    out.mkdir()
    suggested: list[str] = []

    def save_as(_parent, _caption, suggestion, *_a, **_k):
        suggested.append(Path(suggestion).name)  # the folder is file_dialogs'
        return str(out / name), ""  # the user typed the whole name back

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    opened: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.attachments_tab.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    tab.open_outside()
    # Before: "The file could not be read or written: the file name is too long."
    qtbot.waitUntil(lambda: opened != [] or len(messages.shown) > 1)
    written = Path(opened[0])
    assert [p.name for p in out.iterdir()] == [written.name] == suggested
    assert written.suffix == ".pdf" and len(written.name.encode()) <= 255
    assert written.read_bytes() == b"%PDF-1.7 text"
