"""Enter in the search box opens a result once the results of what is typed show: the selected
one, or the first. Before, it only moved into the results (as Down does), and a second Enter
opened the record; Enter on a query whose results do not show yet still searches."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search_page import SearchPage
from tests.gui.conftest import activate


def _case(vault: Vault, reference: str, title: str) -> UUID:
    with vault.transaction() as session:
        return vault.writer(session).create("case", {"reference": reference, "title": title}).id


def _opened() -> list[UUID]:
    return [
        w.case_id
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CaseView) and w.isVisible()
    ]


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a user presses it: to whatever has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifier)


def _search(qtbot, window: MainWindow, query: str, found: int) -> SearchPage:
    activate(qtbot, window)
    _press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.search_page
    assert QApplication.focusWidget() is page.query_edit
    qtbot.keyClicks(page.query_edit, query)
    qtbot.waitUntil(lambda: page.model.rowCount() == found and not page.debounce.isActive())
    return page


def test_enter_in_the_search_box_opens_the_first_result(qtbot, unlocked_window) -> None:
    vault = unlocked_window.vault
    _case(vault, "UZ-1", "Detention in Andijan")
    _case(vault, "UZ-2", "Andijan market closed")
    page = _search(qtbot, unlocked_window, "Andijan", 2)
    first = page.model.row_at(0)
    _press(Qt.Key.Key_Return)  # before: the focus moved into the results, nothing opened
    qtbot.waitUntil(lambda: _opened() == [first.record_id])


def test_enter_in_the_search_box_opens_the_result_selected(qtbot, unlocked_window) -> None:
    vault = unlocked_window.vault
    _case(vault, "UZ-1", "Detention in Andijan")
    _case(vault, "UZ-2", "Andijan market closed")
    page = _search(qtbot, unlocked_window, "Andijan", 2)
    _press(Qt.Key.Key_Down)  # into the results, on the first
    _press(Qt.Key.Key_Down)  # the second
    second = page.model.row_at(1)
    _press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # back in the box
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _opened() == [second.record_id])


def test_enter_on_a_changed_query_searches_and_opens_nothing(qtbot, unlocked_window) -> None:
    vault = unlocked_window.vault
    _case(vault, "UZ-1", "Detention in Andijan")
    market = _case(vault, "UZ-2", "Andijan market closed")
    page = _search(qtbot, unlocked_window, "Andijan", 2)
    qtbot.keyClicks(page.query_edit, " market")
    _press(Qt.Key.Key_Return)  # results of "Andijan" show, not of "Andijan market": searched
    assert not page.debounce.isActive()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _opened() == [] and QApplication.focusWidget() is page.query_edit
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _opened() == [market])
