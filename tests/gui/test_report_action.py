"""The "Dossier (PDF)…" action, in the case window and in the main window's Case menu: a PDF on a
worker, never a silent overwrite."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.reports import DossierOptions
from desktop_app.core.vault import Vault
from desktop_app.ui import report_actions
from desktop_app.ui.main_window import PAGE_CASES, PAGE_PEOPLE


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
        offered.append(Path(default).name)  # the folder is file_dialogs'
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
        case_view, case_view.registry.vault, [case_view.case_id], target, DossierOptions()
    )
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages.shown), timeout=30000)
    assert [kind for kind, _ in messages.shown] == ["question", "information"]
    assert target.read_bytes().startswith(b"%PDF")


def test_case_menu_makes_the_dossier_of_the_case_selected_in_the_list(
    qtbot, unlocked_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
):
    window = unlocked_window
    vault: Vault = window.vault
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": "UZ-7", "title": "Other"})
        vault.writer(session).create("case", {"reference": "KG-43", "title": "Menu"})
    window.refresh_lists()
    dossier = window.menus.dossier_action
    menu_texts = [action.text() for action in window.menuBar().actions()]
    assert "&Case" in menu_texts
    assert not dossier.isEnabled()  # nothing selected yet

    table = window.cases_page.table
    row = next(r for r in range(2) if window.case_model.row_at(r).reference == "KG-43")
    table.selectRow(row)
    assert dossier.isEnabled()
    window.go_to(PAGE_PEOPLE)
    assert not dossier.isEnabled()  # the selection is not on screen
    window.go_to(PAGE_CASES)
    assert dossier.isEnabled()

    target = tmp_path / "chosen.pdf"
    offered: list[str] = []

    def save_as(_parent, _title, default, *_args, **_kwargs):
        offered.append(Path(default).name)  # the folder is file_dialogs'
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(report_actions, "ask_options", lambda _parent: DossierOptions())
    dossier.trigger()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages.shown), timeout=30000)
    assert offered == ["KG-43.pdf"]
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "KG-43" in text
    assert "UZ-7" not in text

    window.lock()
    assert not dossier.isEnabled()


def test_a_lock_right_after_starting_a_dossier_cancels_it(
    qtbot, case_view, unlocked_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "KG-42.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(report_actions, "ask_options", lambda _parent: DossierOptions())
    qtbot.mouseClick(case_view.dossier_button, Qt.MouseButton.LeftButton)
    unlocked_window.lock()  # before the progress dialog has appeared
    QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)
    assert list(out.iterdir()) == []  # no dossier, and no temp file of one


def test_the_suggested_file_name_names_nobody_the_dossier_hides(
    qtbot, unlocked_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
):
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-QODIROV-APPEAL-2023", "title": "Appeal"})
        victim = writer.create("person", {"name": "Jamshed Qodirov", "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(victim.id), "role": "victim"}
        )
        case_id = case.id
    offered: list[str] = []

    def save_as(_parent, _title, default, *_args, **_kwargs):
        offered.append(Path(default).name)  # the folder is file_dialogs'
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    report_actions.make_dossier(unlocked_window, vault, case_id, DossierOptions())
    assert offered == []  # read on a worker: whom not to name takes seconds in a large vault
    qtbot.waitUntil(lambda: offered == ["TJ-Person A-APPEAL-2023.pdf"], timeout=30000)
