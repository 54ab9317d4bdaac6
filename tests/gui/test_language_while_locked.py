"""The language is chosen in the unlock dialog itself, with real clicks and keys. The dialog is
window-modal over the main window, so the locked page's chooser behind it takes no input: before,
a user who picked a language she cannot read at the first start was stuck until she unlocked
(the locked page's own test emits `activated`, which no modality blocks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restart import is_restart_requested
from desktop_app.ui.settings import Settings
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE


def _started_again(qtbot, settings: Settings, vault_dir: Path) -> UnlockDialog:
    """What a restart shows: the saved language installed, a new window, its unlock dialog."""
    install_translators(settings.preferences().language)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    return window.show_unlock()


def _language_chooser(dialog: UnlockDialog) -> QComboBox:
    combos = [combo for combo in dialog.findChildren(QComboBox) if combo.isVisible()]
    assert len(combos) == 1, "the unlock dialog offers no language"
    return combos[0]


def _click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A click as the window system delivers it: to the window, where Qt blocks it if a modal
    dialog is over that window (QTest's clicks on a widget go to it straight, blocked or not)."""
    window = widget.window()
    at = widget.mapTo(window, pos if pos is not None else widget.rect().center())
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=at)


def _key(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the window system delivers it: to widget's window, then to its focus."""
    qtbot.keyClick(widget.window().windowHandle(), key, modifier)


def _click_item(qtbot, combo: QComboBox, name: str) -> None:
    """Open the list with a click and click the item named name, as a user does."""
    _click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(combo.model().index(combo.findText(name), 0))
    _click(qtbot, view.viewport(), rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def _activate(qtbot, dialog: UnlockDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keyboard mnemonics reach the active window only


def test_the_language_is_chosen_in_the_unlock_dialog_en_ru_uz(
    qtbot, window: MainWindow, settings: Settings, tmp_vault: Vault, vault_dir: Path, messages
) -> None:
    tmp_vault.lock()
    dialog = window.show_unlock()
    # The locked page's chooser behind the dialog: a click opens nothing.
    behind = window.locked_page.language_combo
    _click(qtbot, behind)
    assert not behind.view().isVisible()
    try:
        # English → Russian with the keyboard: Alt+L, Down, then Enter (Down only browses).
        _activate(qtbot, dialog)
        combo = _language_chooser(dialog)
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "English",
            "Русский",
            "Oʻzbekcha",
        ]
        assert combo.currentText() == "English"
        _key(qtbot, dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is combo
        _key(qtbot, dialog, Qt.Key.Key_Down)
        _key(qtbot, dialog, Qt.Key.Key_Return)
        assert messages.texts() == ["Русский is used after Sandiq restarts. Restart now?"]
        assert settings.preferences().language == "ru"
        assert is_restart_requested(window) and not window.isVisible()

        # Russian → Uzbek with the mouse.
        dialog = _started_again(qtbot, settings, vault_dir)
        assert dialog.unlock_button.text() == "&Разблокировать"
        combo = _language_chooser(dialog)
        assert combo.currentText() == "Русский"
        _click_item(qtbot, combo, "Oʻzbekcha")
        assert messages.texts()[1] == (
            "Выбранный язык (Oʻzbekcha) будет использоваться после перезапуска Sandiq. "
            "Перезапустить сейчас?"
        )
        assert settings.preferences().language == "uz"
        assert is_restart_requested(dialog.parentWidget())

        # Uzbek → English, but later: kept for the next start, the dialog stays.
        dialog = _started_again(qtbot, settings, vault_dir)
        assert dialog.unlock_button.text() == "&Qulfni ochish"
        combo = _language_chooser(dialog)
        assert combo.currentText() == "Oʻzbekcha"
        messages.answer = QMessageBox.StandardButton.No
        _click_item(qtbot, combo, "English")
        assert messages.texts()[2] == (
            "Tanlangan til (English) Sandiq qayta ishga tushgach qoʻllanadi. "
            "Hozir qayta ishga tushirilsinmi?"
        )
        assert settings.preferences().language == "en"
        assert not is_restart_requested(dialog.parentWidget()) and dialog.isVisible()
    finally:
        install_translators("en")


def test_the_language_shown_asks_nothing_and_stays(
    qtbot, window: MainWindow, tmp_vault: Vault, messages
) -> None:
    tmp_vault.lock()
    dialog = window.show_unlock()
    _click_item(qtbot, _language_chooser(dialog), "English")
    assert messages.texts() == []
    assert not is_restart_requested(window) and dialog.isVisible()


def test_no_language_is_chosen_while_the_key_is_derived(
    qtbot, window: MainWindow, tmp_vault: Vault, messages
) -> None:
    # A restart then would close the window the vault being opened is to be shown in.
    tmp_vault.lock()
    dialog = window.show_unlock()
    combo = _language_chooser(dialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        dialog.attempt()
        assert not combo.isEnabled()
