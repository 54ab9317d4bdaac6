"""The main window's section list by keyboard: the arrow keys go from section to section with
the focus staying in the list, and Tab moves on into the page shown."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.main_window import (
    PAGE_CASES,
    PAGE_EXCHANGE,
    PAGE_PEOPLE,
    PAGE_SEARCH,
    PAGE_TESTIMONIES,
    MainWindow,
)
from tests.gui.conftest import activate


@contextmanager
def _focus_moves() -> Iterator[list[QWidget | None]]:
    """Every widget the focus lands on inside the block."""
    moves: list[QWidget | None] = []

    def note(_old: QWidget | None, new: QWidget | None) -> None:
        moves.append(new)

    app = QApplication.instance()
    app.focusChanged.connect(note)
    try:
        yield moves
    finally:
        app.focusChanged.disconnect(note)


def _press(key: Qt.Key) -> None:
    """A key as a user presses it: to whatever has the focus."""
    QTest.keyClick(QApplication.focusWidget(), key)


def test_arrow_keys_go_through_the_sections_with_the_focus_left_in_their_list(
    qtbot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    activate(qtbot, window)
    window.nav.setFocus()
    assert window.stack.currentIndex() == PAGE_CASES
    with _focus_moves() as moves:
        # Before: the first Down showed People with the focus in its table, and the second
        # moved in that table instead of going on to Testimonies.
        for page in (PAGE_PEOPLE, PAGE_TESTIMONIES, PAGE_SEARCH, PAGE_EXCHANGE):
            _press(Qt.Key.Key_Down)
            assert window.stack.currentIndex() == page
            assert QApplication.focusWidget() is window.nav
        for page in (PAGE_SEARCH, PAGE_TESTIMONIES, PAGE_PEOPLE):
            _press(Qt.Key.Key_Up)
            assert window.stack.currentIndex() == page
    assert moves == []  # not even for a moment: a screen reader would name the table
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.people_page.new_button


def test_a_section_chosen_by_the_program_still_starts_in_its_page(
    qtbot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    activate(qtbot, window)
    window.go_to(PAGE_PEOPLE)
    assert QApplication.focusWidget() is window.people_page.table
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_page.query_edit
