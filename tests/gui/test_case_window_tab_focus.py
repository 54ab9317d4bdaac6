"""A tab a case window's keys choose (Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgDown, Ctrl+PgUp) takes the
cursor, as a tab chosen by its Alt letter does: the keys that follow go to its list, not to the
button the focus was on before ("Edit case…", where Enter opened the case form)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.case_view import CaseView
from desktop_app.ui.main_window import MainWindow
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def view(qtbot, unlocked_window: MainWindow) -> CaseView:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "UZ-2005-0513", "title": "A"})
    view = unlocked_window.registry.open_case(case.id)
    qtbot.waitExposed(view)
    activate(qtbot, view)
    view.edit_button.setFocus()  # where a case window opens
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.edit_button)
    return view


def test_ctrl_tab_puts_the_cursor_in_the_list_of_the_tab_shown(qtbot, view: CaseView):
    QTest.keyClick(_focused(), Qt.Key.Key_Tab, CTRL)
    assert _focused() is view.party_table  # before: still "Edit case…"
    QTest.keyClick(_focused(), Qt.Key.Key_Tab, CTRL)  # the list does not keep the key
    assert _focused() is view.testimony_table
    QTest.keyClick(_focused(), Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert _focused() is view.party_table
    QTest.keyClick(_focused(), Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert view.tabs.currentIndex() == 0
    assert view.tabs.currentWidget() is _focused()  # the summary, to scroll by keys
    QTest.keyClick(_focused(), Qt.Key.Key_Tab, CTRL_SHIFT)  # round to the last tab
    assert _focused() is view.history_tab.table


def test_ctrl_pgdown_and_ctrl_pgup_put_the_cursor_in_the_tab_too(qtbot, view: CaseView):
    for _ in range(4):
        QTest.keyClick(_focused(), Qt.Key.Key_PageDown, CTRL)
    assert view.tabs.currentWidget() is view.attachments_tab
    assert _focused() is view.attachments_tab.table
    QTest.keyClick(_focused(), Qt.Key.Key_PageUp, CTRL)
    assert _focused() is view.timeline_table
