"""The case window's "Dossier (PDF)…" button: a PDF on a worker, never a silent overwrite."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.reports import DossierOptions
from desktop_app.core.vault import Vault
from desktop_app.ui import report_actions


@pytest.fixture
def case_view(unlocked_window):
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "KG-42", "title": "Dossier"})
        case_id = case.id
    return unlocked_window.registry.open_case(case_id)


def test_dossier_button_writes_a_pdf_and_asks_before_replacing(
    qtbot, case_view, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
):
    target = tmp_path / "KG-42.pdf"
    offered: list[str] = []

    def save_as(_parent, _title, default, *_args, **_kwargs):
        offered.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(report_actions, "ask_options", lambda _parent: DossierOptions())

    qtbot.mouseClick(case_view.dossier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages.shown), timeout=30000)
    assert offered == ["KG-42.pdf"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "KG-42" in text
    mtime = target.stat().st_mtime_ns

    messages.shown.clear()
    messages.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(case_view.dossier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "question" for kind, _ in messages.shown), timeout=30000)
    qtbot.wait(50)
    assert target.read_bytes() == data
    assert target.stat().st_mtime_ns == mtime
    assert not any(kind == "information" for kind, _ in messages.shown)
    assert list(tmp_path.glob("*.pdf")) == [target]


def test_replacing_when_the_user_agrees(qtbot, case_view, tmp_path: Path, messages):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")
    report_actions.write_dossier(
        case_view, case_view.registry.vault, case_view.case_id, target, DossierOptions()
    )
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages.shown), timeout=30000)
    assert [kind for kind, _ in messages.shown] == ["question", "information"]
    assert target.read_bytes().startswith(b"%PDF")
