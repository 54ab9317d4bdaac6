""" "Open with another program…" keeps the attachment's extension on a copy whose name was typed
without one: the other program (or the system choosing it) found no extension and could not
open the copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.vault import Vault
from desktop_app.ui.attachments_tab import with_extension_kept


@pytest.fixture
def attachments_tab(qtbot, unlocked_window, tmp_path: Path):
    """The attachments tab of a case holding one file, scan.pdf, selected."""
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "KG-9", "title": "Files"})
    view = unlocked_window.registry.open_case(case.id)
    view.tabs.setCurrentWidget(view.attachments_tab)
    tab = view.attachments_tab
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 statement")
    tab.add_file(source)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    return tab


def _open_outside_as(qtbot, tab, monkeypatch, typed: Path) -> list[str]:
    """Open a copy typed as typed in the save dialog; the files the app asked to open."""
    opened: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.attachments_tab.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(typed), ""))
    tab.open_outside()
    qtbot.waitUntil(lambda: bool(opened))
    return opened


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("witness copy", "witness copy.pdf"),
        ("witness copy.", "witness copy.pdf"),
        ("witness copy.pdf", "witness copy.pdf"),
        ("witness copy.PDF", "witness copy.PDF"),
        ("witness copy.txt", "witness copy.txt"),
    ],
)
def test_a_name_typed_without_extension_gets_the_attachments(
    qtbot, attachments_tab, monkeypatch, messages, tmp_path: Path, typed: str, written: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    opened = _open_outside_as(qtbot, attachments_tab, monkeypatch, out / typed)
    assert opened == [str(out / written)]
    assert [p.name for p in out.iterdir()] == [written]
    assert (out / written).read_bytes() == b"%PDF-1.4 statement"


def test_a_file_with_the_extended_name_is_replaced_only_if_the_user_agrees(
    qtbot, attachments_tab, monkeypatch, messages, tmp_path: Path
) -> None:
    existing = tmp_path / "witness copy.pdf"
    existing.write_bytes(b"another file")
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
    asked: list[str] = []

    def warning(_parent, _title, text, *_args):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    typed = tmp_path / "witness copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(typed), ""))
    attachments_tab.open_outside()  # the plain-copy warning: Yes; the replacing: No
    assert asked[-1] == f"The file {existing} exists already. Replace it?"
    assert existing.read_bytes() == b"another file"
    assert not typed.exists()
    answers = iter([QMessageBox.StandardButton.Yes] * 2)  # now the user agrees
    opened = _open_outside_as(qtbot, attachments_tab, monkeypatch, typed)
    assert opened == [str(existing)]
    assert existing.read_bytes() == b"%PDF-1.4 statement"


def test_an_attachment_without_extension_adds_none() -> None:
    assert with_extension_kept(Path("/x/copy"), "NOTES") == Path("/x/copy")
    assert with_extension_kept(Path("/x/copy"), "photo.2024.jpg") == Path("/x/copy.jpg")
