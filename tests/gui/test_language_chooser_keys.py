"""The Language chooser with real keys and clicks: arrow keys on the closed list browse, and only
a deliberate choice (an item picked from the list, or Enter) asks to restart; a language chosen
in the unlock dialog shows on the locked page behind it too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restart import is_restart_requested
from desktop_app.ui.settings import Settings
from tests.gui.test_language_while_locked import (
    _activate,
    _click_item,
    _key,
    _language_chooser,
)

ALT = Qt.KeyboardModifier.AltModifier


def test_arrow_keys_browse_and_enter_chooses(
    qtbot, window: MainWindow, settings: Settings, tmp_vault: Vault, messages
) -> None:
    tmp_vault.lock()
    dialog = window.show_unlock()
    _activate(qtbot, dialog)
    combo = _language_chooser(dialog)
    _key(qtbot, dialog, Qt.Key.Key_L, ALT)
    _key(qtbot, dialog, Qt.Key.Key_Down)
    assert combo.currentText() == "Русский"
    assert messages.texts() == []  # before: asked at Русский on the way
    _key(qtbot, dialog, Qt.Key.Key_Down)
    assert combo.currentText() == "Oʻzbekcha"
    assert messages.texts() == [] and settings.preferences().language == "en"
    messages.answer = QMessageBox.StandardButton.No
    _key(qtbot, dialog, Qt.Key.Key_Return)
    assert messages.texts() == ["Oʻzbekcha is used after Sandiq restarts. Restart now?"]
    assert settings.preferences().language == "uz"
    assert dialog.isVisible() and not is_restart_requested(window)


def test_browsing_away_or_esc_keeps_the_language_chosen(
    qtbot, window: MainWindow, settings: Settings, tmp_vault: Vault, messages
) -> None:
    tmp_vault.lock()
    dialog = window.show_unlock()
    _activate(qtbot, dialog)
    combo = _language_chooser(dialog)
    _key(qtbot, dialog, Qt.Key.Key_L, ALT)
    _key(qtbot, dialog, Qt.Key.Key_Down)
    _key(qtbot, dialog, Qt.Key.Key_Tab)  # left without Enter: nothing was chosen
    assert dialog.focusWidget() is not combo
    assert combo.currentText() == "English"
    _key(qtbot, dialog, Qt.Key.Key_L, ALT)
    _key(qtbot, dialog, Qt.Key.Key_End)
    assert combo.currentText() == "Oʻzbekcha"
    _key(qtbot, dialog, Qt.Key.Key_Escape)  # undoes the browsing, and only that
    assert combo.currentText() == "English" and dialog.isVisible()
    assert messages.texts() == [] and settings.preferences().language == "en"
    with qtbot.waitSignal(dialog.rejected, timeout=1000):  # nothing browsed: Esc closes it
        _key(qtbot, dialog, Qt.Key.Key_Escape)


def test_a_language_chosen_in_the_unlock_dialog_shows_on_the_locked_page(
    qtbot, window: MainWindow, tmp_vault: Vault, messages
) -> None:
    tmp_vault.lock()
    dialog = window.show_unlock()
    behind = window.locked_page.language_combo
    messages.answer = QMessageBox.StandardButton.No  # later: Sandiq stays in English for now
    _click_item(qtbot, _language_chooser(dialog), "Русский")
    assert behind.currentText() == "Русский"  # before: English until the next lock
    _activate(qtbot, dialog)
    _key(qtbot, dialog, Qt.Key.Key_L, ALT)
    _key(qtbot, dialog, Qt.Key.Key_Up)
    _key(qtbot, dialog, Qt.Key.Key_Return)
    assert behind.currentText() == "English"
