"""One dossier of several cases from the main window: the Cases list takes a multi-selection
(Ctrl/Shift-click, Shift+arrows, Ctrl+A), the Case menu says how many cases and makes one PDF of
them in the list's order; Enter and double-click still open one case."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.core.reports import DossierOptions
from desktop_app.core.vault import Vault
from desktop_app.ui import report_actions
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _add_cases(vault: Vault, references: list[str]) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        for reference in references:
            writer.create(
                "case",
                {
                    "reference": reference,
                    "title": f"Title of {reference}",
                    "summary": f"What happened in {reference}.",
                },
            )


def _row_of(window: MainWindow, reference: str) -> int:
    model = window.case_model
    return next(r for r in range(model.rowCount()) if model.row_at(r).reference == reference)


def _click(qtbot, window: MainWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = window.cases_page.table
    centre: QPoint = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Answer the save dialog with target; the names it suggested are collected."""
    offered: list[str] = []

    def save_as(_parent, _title, default, *_args, **_kwargs):
        offered.append(Path(default).name)  # the folder is file_dialogs'
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(report_actions, "ask_options", lambda _parent: DossierOptions())
    return offered


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))


def test_case_menu_makes_one_dossier_of_the_selected_cases_in_list_order(
    qtbot, unlocked_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
):
    window = unlocked_window
    _add_cases(window.vault, ["KG-2010-0007", "TJ-2012-0031", "UZ-2005-0112", "KZ-2019-0004"])
    window.refresh_lists()
    dossier = window.menus.dossier_action

    # Clicked against the list's order (sorted by reference): the dossier follows the list.
    _click(qtbot, window, _row_of(window, "UZ-2005-0112"))
    assert dossier.text() == "&Dossier (PDF)…"
    _click(qtbot, window, _row_of(window, "KG-2010-0007"), CTRL)
    _click(qtbot, window, _row_of(window, "TJ-2012-0031"), CTRL)
    assert dossier.isEnabled()
    assert dossier.text() == "&Dossier of 3 cases (PDF)…"
    assert dossier.statusTip() == "Make one PDF dossier of the 3 selected cases"

    target = tmp_path / "three.pdf"
    offered = _save_as(monkeypatch, target)
    dossier.trigger()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages.shown), timeout=60000)
    assert offered == ["KG-2010-0007, TJ-2012-0031, UZ-2005-0112.pdf"]
    text = _pdf_text(target)
    headings = ["Case KG-2010-0007", "Case TJ-2012-0031", "Case UZ-2005-0112"]
    positions = [text.find(heading) for heading in headings]
    assert -1 not in positions and positions == sorted(positions)
    assert "What happened in TJ-2012-0031." in text
    assert "KZ-2019-0004" not in text
    # A cover, the contents, each case from a new page, the verification appendix.
    pages = _pdf_pages(target)
    assert 3 + 3 <= pages <= 15
    assert f"Pages: {pages}." in messages.texts()[-1]


def test_keyboard_selects_several_cases_and_one_click_selects_one_again(
    qtbot, unlocked_window, messages
):
    window = unlocked_window
    _add_cases(window.vault, ["A-1", "A-2", "A-3", "A-4"])
    window.refresh_lists()
    table = window.cases_page.table
    dossier = window.menus.dossier_action
    table.setFocus()
    _click(qtbot, window, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    assert dossier.text() == "&Dossier of 2 cases (PDF)…"
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    assert window.menus.selected_case_ids() == [window.case_model.row_at(r).id for r in range(4)]
    assert dossier.text() == "&Dossier of 4 cases (PDF)…"

    _click(qtbot, window, 2)
    assert dossier.text() == "&Dossier (PDF)…"
    assert dossier.statusTip() == "Make a PDF dossier of the selected case"

    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    window.lock()
    assert not dossier.isEnabled()
    assert dossier.text() == "&Dossier (PDF)…"


def test_enter_and_double_click_open_one_case_of_a_multi_selection(
    qtbot, unlocked_window, messages
):
    window = unlocked_window
    _add_cases(window.vault, ["B-1", "B-2", "B-3"])
    window.refresh_lists()
    table = window.cases_page.table
    _click(qtbot, window, 0)
    _click(qtbot, window, 2, SHIFT)
    assert len(window.menus.selected_case_ids()) == 3

    def open_views() -> list[CaseView]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseView)]

    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [view.case_id for view in open_views()] == [window.case_model.row_at(2).id]

    # A double-click is a click, then the double-click: on a selected row it opens that row.
    _click(qtbot, window, 1)
    centre = table.visualRect(table.model().index(1, 0)).center()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert {view.case_id for view in open_views()} == {
        window.case_model.row_at(1).id,
        window.case_model.row_at(2).id,
    }


def test_a_selection_across_pages_read_later_makes_one_dossier(
    qtbot, unlocked_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
):
    window = unlocked_window
    model = window.case_model
    table = window.cases_page.table
    model.PAGE_SIZE = 30  # more rows than the list shows: the next page waits for a scroll
    model.READ_WAIT_MS = 0  # and arrives later, from a worker
    references = [f"P-{n:02d}" for n in range(1, 46)]
    _add_cases(window.vault, references)
    window.refresh_lists()
    qtbot.waitUntil(lambda: model.rowCount() == 30)
    _click(qtbot, window, 1)

    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 45)
    assert window.menus.selected_case_ids() == [model.row_at(1).id]
    table.scrollTo(model.index(32, 0))
    _click(qtbot, window, 32, SHIFT)  # a row of the page read later
    assert window.menus.dossier_action.text() == "&Dossier of 32 cases (PDF)…"
    assert window.menus.selected_case_ids() == [model.row_at(r).id for r in range(1, 33)]

    _click(qtbot, window, 29)  # the last row of the first page
    _click(qtbot, window, 30, CTRL)  # the first of the second
    target = tmp_path / "pages.pdf"
    offered = _save_as(monkeypatch, target)
    window.menus.dossier_action.trigger()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages.shown), timeout=60000)
    assert offered == ["P-30, P-31.pdf"]
    text = _pdf_text(target)
    assert 0 <= text.find("Case P-30:") < text.find("Case P-31:")
    assert "Case P-29:" not in text and "Case P-32:" not in text


def test_the_suggested_name_of_several_cases_names_nobody_the_dossier_hides(
    qtbot, unlocked_window, monkeypatch: pytest.MonkeyPatch, messages
):
    window = unlocked_window
    vault: Vault = window.vault
    _add_cases(vault, ["KG-2010-0007"])
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-QODIROV-APPEAL-2023", "title": "Appeal"})
        victim = writer.create("person", {"name": "Jamshed Qodirov", "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(victim.id), "role": "victim"}
        )
    window.refresh_lists()
    _click(qtbot, window, 0)
    _click(qtbot, window, 1, SHIFT)
    offered: list[str] = []

    def save_as(_parent, _title, default, *_args, **_kwargs):
        offered.append(Path(default).name)  # the folder is file_dialogs'
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(report_actions, "ask_options", lambda _parent: DossierOptions())
    window.menus.dossier_action.trigger()
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=30000)
    assert offered == ["KG-2010-0007, TJ-Person A-APPEAL-2023.pdf"]
