"""The language is chosen on the locked page too: a user who picked one she cannot read at the
first start changes it before unlocking, and Sandiq restarts in it as from Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restart import is_restart_requested


def _choose(window: MainWindow, language: str) -> None:
    combo = window.locked_page.language_combo
    combo.setCurrentIndex(combo.findData(language))
    combo.activated.emit(combo.currentIndex())  # as a click on the item does


def test_the_locked_page_offers_the_languages_of_settings(window: MainWindow) -> None:
    page = window.locked_page
    assert page.language_combo.isVisible()
    assert [page.language_combo.itemText(i) for i in range(page.language_combo.count())] == [
        "English",
        "Русский",
        "Oʻzbekcha",
    ]
    assert page.language_combo.currentData() == "en"


def test_a_language_chosen_while_locked_is_kept_and_restarts_sandiq(
    qtbot, window: MainWindow, messages
) -> None:
    _choose(window, "ru")
    assert window.settings.preferences().language == "ru"
    assert messages.texts() == ["Русский is used after Sandiq restarts. Restart now?"]
    assert is_restart_requested(window) and not window.isVisible()


def test_later_keeps_the_language_for_the_next_start_only(
    qtbot, window: MainWindow, messages
) -> None:
    messages.answer = QMessageBox.StandardButton.No
    _choose(window, "uz")
    assert window.settings.preferences().language == "uz"
    assert not is_restart_requested(window) and window.isVisible()


def test_the_language_shown_asks_nothing(qtbot, window: MainWindow, messages) -> None:
    _choose(window, "en")
    assert messages.texts() == []
    assert not is_restart_requested(window) and window.isVisible()


def test_alt_l_reaches_the_language_chooser(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is window.locked_page.language_combo
