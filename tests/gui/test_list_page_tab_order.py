"""The list pages by keyboard alone: Tab and Shift+Tab stop at the same places, the section list,
the New button, the filters and the table, in opposite orders; a page shown starts in its table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui.case_choice import CaseChoiceDialog
from desktop_app.ui.list_page import ListPage
from desktop_app.ui.main_window import PAGE_CASES, PAGE_PEOPLE, PAGE_TESTIMONIES, MainWindow
from tests.gui.conftest import activate

PAGES = [PAGE_CASES, PAGE_PEOPLE, PAGE_TESTIMONIES]
PAGE_IDS = ["cases", "people", "testimonies"]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _name(widget: QWidget) -> str:
    """What a screen reader calls the widget (a button by its text)."""
    return widget.accessibleName() or getattr(widget, "text", lambda: "")() or repr(widget)


def _stops(key: Qt.Key, limit: int = 20) -> list[str]:
    """Where key (Tab or Shift+Tab) stops, from the focus now round to it again."""
    modifier = (
        Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Backtab
        else Qt.KeyboardModifier.NoModifier
    )
    start = _focused()
    stops = [start]
    for _ in range(limit):
        QTest.keyClick(_focused(), key, modifier)
        if _focused() is start:
            return [_name(stop) for stop in stops]
        stops.append(_focused())
    raise AssertionError(f"{key.name} did not come back round: {stops}")


def _shown_page(qtbot, window: MainWindow, page: int) -> ListPage:
    window.go_to(page)
    activate(qtbot, window)
    shown = window.stack.currentWidget()
    assert isinstance(shown, ListPage)
    return shown


def _reading_order(page: ListPage) -> list[QWidget]:
    """The page's widgets that take Tab, left to right and top to bottom as seen."""
    takes_tab = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(page)
        and widget.isEnabled()
    ]
    top_left = {id(w): w.mapTo(page, w.rect().topLeft()) for w in takes_tab}
    return sorted(takes_tab, key=lambda w: (top_left[id(w)].y(), top_left[id(w)].x()))


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_tab_and_shift_tab_visit_the_same_stops_in_opposite_orders(
    qtbot, unlocked_window: MainWindow, page: int
):
    window = unlocked_window
    shown = _shown_page(qtbot, window, page)
    filters = [shown.filter_edit] + ([shown.status_combo] if shown.status_combo else [])
    in_order = _reading_order(shown)
    assert in_order[0] is shown.new_button and in_order[-1] is shown.table
    assert set(filters) < set(in_order)
    expected = [_name(w) for w in (window.nav, *in_order)]
    window.nav.setFocus()
    forward = _stops(Qt.Key.Key_Tab)
    window.nav.setFocus()
    backward = _stops(Qt.Key.Key_Backtab)
    assert forward == expected
    assert backward == [expected[0], *reversed(expected[1:])]


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_a_list_page_shown_starts_in_its_table(qtbot, unlocked_window: MainWindow, page: int):
    shown = _shown_page(qtbot, unlocked_window, page)
    assert _focused() is shown.table


def test_the_case_choice_starts_in_its_list(qtbot, unlocked_window: MainWindow, tmp_vault: Vault):
    window = unlocked_window
    dialog = CaseChoiceDialog(tmp_vault, window.clipboard, "Which case?", window)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    assert _focused() is dialog.page.table
    dialog.close()
