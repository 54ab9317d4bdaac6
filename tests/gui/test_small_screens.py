"""Windows fit small laptop screens: forms scroll, Save stays reachable, long texts scroll."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

SMALL_HEIGHT = 600  # a 1024x600 netbook, still common in the field


def _available_height() -> int:
    return QGuiApplication.primaryScreen().availableGeometry().height()


@pytest.mark.parametrize("kind", ["case", "person", "event", "testimony"])
def test_a_form_opens_within_the_screen_and_shrinks_to_a_small_one(qtbot, unlocked_window, kind):
    vault = unlocked_window.vault
    initial = {}
    if kind in ("event", "testimony"):
        with vault.transaction() as session:
            case = vault.writer(session).create("case", {"reference": "R-1", "title": "T"})
            initial = {"case": str(case.id)}
    form = unlocked_window.registry.open_form(kind, initial=initial)
    assert form.height() <= _available_height()
    assert form.width() <= QGuiApplication.primaryScreen().availableGeometry().width()
    # Before: the case form could not be made shorter than 635 px, so Save was off-screen.
    assert form.minimumSizeHint().height() < SMALL_HEIGHT - 100
    form.resize(form.width(), SMALL_HEIGHT - 100)
    qtbot.waitUntil(lambda: form.height() == SMALL_HEIGHT - 100)
    save = form.save_button
    assert save.mapTo(form, save.rect().bottomRight()).y() <= form.height()


def test_a_long_case_summary_scrolls_inside_the_case_window(qtbot, unlocked_window):
    vault = unlocked_window.vault
    paragraph = "Задержание в Андижане; the lawyer was not admitted for eleven days. " * 6
    with vault.transaction() as session:
        case = vault.writer(session).create(
            "case",
            {"reference": "UZ-2005-0001", "title": "T", "summary": "\n\n".join([paragraph] * 40)},
        )
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    view.show()
    qtbot.waitExposed(view)
    # Before: the summary stretched the window to 1,497 px and was still cut off.
    assert view.minimumSizeHint().height() < SMALL_HEIGHT
    assert view.height() <= _available_height()


def test_the_main_window_opens_within_the_screen(qtbot, window):
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
