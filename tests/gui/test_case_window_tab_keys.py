"""A case window's tabs change by keyboard from anywhere in it (Ctrl+Tab, Ctrl+PgDown and back),
as a browser's do; a multi-line text box elsewhere keeps Qt's Ctrl+Tab (focus leaves it)."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import AddPartyDialog, CaseView
from desktop_app.ui.main_window import MainWindow
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _case(vault: Vault) -> UUID:
    with vault.transaction() as session:
        return vault.writer(session).create("case", {"reference": "UZ-2005-0513", "title": "A"}).id


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def view(qtbot, unlocked_window: MainWindow) -> CaseView:
    view = unlocked_window.registry.open_case(_case(unlocked_window.vault))
    qtbot.waitExposed(view)
    activate(qtbot, view)
    view.edit_button.setFocus()  # where a case window opens
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.edit_button)
    return view


@pytest.mark.parametrize(
    ("forward", "back"),
    [
        ((Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_Backtab, CTRL_SHIFT)),  # what a keyboard sends
        ((Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_Tab, CTRL_SHIFT)),
        ((Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_PageUp, CTRL)),
    ],
)
def test_tabs_change_by_keyboard_from_outside_the_tabs(qtbot, view: CaseView, forward, back):
    # Before: with the focus on "Edit case…" these keys did nothing.
    QTest.keyClick(_focused(), *forward)
    assert view.tabs.currentIndex() == 1
    QTest.keyClick(_focused(), *forward)
    assert view.tabs.currentIndex() == 2
    QTest.keyClick(_focused(), *back)
    QTest.keyClick(_focused(), *back)
    assert view.tabs.currentIndex() == 0
    QTest.keyClick(_focused(), *back)  # round to the last tab, as Qt's own Ctrl+Tab does
    assert view.tabs.currentIndex() == view.tabs.count() - 1


def test_a_person_is_added_by_keyboard_alone(qtbot, view: CaseView):
    QTest.keyClick(_focused(), Qt.Key.Key_Tab, CTRL)
    assert view.tabs.currentWidget() is view.people_page
    QTest.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Add person…"
    qtbot.waitUntil(lambda: view.findChild(AddPartyDialog) is not None)  # a mnemonic's click
    view.findChild(AddPartyDialog).reject()


def test_ctrl_tab_still_leaves_a_narrative_box(qtbot, view: CaseView):
    editor = view.new_testimony()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    editor.narrative_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.narrative_edit)
    QTest.keyClick(editor.narrative_edit, Qt.Key.Key_Tab, CTRL)
    assert editor.narrative_edit.toPlainText() == ""  # no tab typed
    assert QApplication.focusWidget() is not editor.narrative_edit
    assert view.tabs.currentIndex() == 0  # another window's keys
