"""The main window's section list keeps every section's name whole when the text grows, be it
the window's font or the whole application's (a larger system text size)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop_app.ui.main_window import MainWindow


def _doubled(font: QFont) -> QFont:
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 2)
    return larger


def _widest_name(window: MainWindow) -> int:
    metrics = QFontMetrics(window.nav.font())
    return max(metrics.horizontalAdvance(window.nav.item(row).text()) for row in range(5))


def _grow_window(window: MainWindow) -> Callable[[], None]:
    window.setFont(_doubled(window.font()))
    return lambda: None


def _grow_application(_window: MainWindow) -> Callable[[], None]:
    before = QApplication.font()
    QApplication.setFont(_doubled(before))
    return lambda: QApplication.setFont(before)


@pytest.mark.parametrize("grow", [_grow_window, _grow_application], ids=["window", "application"])
def test_a_larger_text_size_widens_the_section_list_to_its_longest_name(
    qtbot, unlocked_window: MainWindow, grow: Callable[[MainWindow], Callable[[], None]]
) -> None:
    window = unlocked_window
    before = window.nav.width()
    undo = grow(window)
    try:
        # The application's font reaches its widgets by posted events.
        qtbot.waitUntil(lambda: window.nav.width() > before)
        assert window.nav.viewport().width() >= _widest_name(window)
    finally:
        undo()
