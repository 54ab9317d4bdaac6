"""A passphrase the meter calls very weak or weak is used only after the user says so, to a
question whose default is No (as KeePassXC asks): in the create-vault wizard and in Vault >
Change passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.vault import HEADER_NAME, unlock
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import FAST_KDF, PASSPHRASE

VERY_WEAK = "parol123"  # what the tester typed: the meter says "very weak"
WEAK = "Olma anor"  # two words: "weak"
VERY_WEAK_QUESTION = (
    "This passphrase is very weak: someone with your laptop could guess it. Use it anyway?"
)
WEAK_QUESTION = "This passphrase is weak: someone with your laptop could guess it. Use it anyway?"


def _type_in_wizard(window: MainWindow, passphrase: str):
    wizard = window.show_create()
    page = wizard.passphrase_page
    page.passphrase_edit.setText(passphrase)
    page.repeat_edit.setText(passphrase)
    return wizard


@pytest.mark.parametrize(
    ("passphrase", "word", "question"),
    [(VERY_WEAK, "very weak", VERY_WEAK_QUESTION), (WEAK, "weak", WEAK_QUESTION)],
)
def test_a_weak_passphrase_creates_no_vault_unless_the_user_insists(
    qtbot, window, vault_dir, messages, passphrase, word, question
):
    wizard = _type_in_wizard(window, passphrase)
    assert wizard.passphrase_page.strength_meter.word_label.text() == word
    messages.answer = QMessageBox.StandardButton.No
    wizard.next()
    # Before: the vault was made at once, without a word about the meter's verdict.
    assert messages.texts() == [question]
    assert messages.defaults == [QMessageBox.StandardButton.No]
    assert wizard.currentPage() is wizard.passphrase_page
    assert not (vault_dir / HEADER_NAME).exists()
    assert wizard.passphrase_page.passphrase_edit.text() == passphrase  # nothing to retype

    messages.answer = QMessageBox.StandardButton.Yes
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    unlock(vault_dir, passphrase).lock()
    wizard.reject()


def test_a_fair_or_stronger_passphrase_is_not_questioned(qtbot, window, vault_dir, messages):
    wizard = _type_in_wizard(window, "Samarqand")  # "fair"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    assert messages.texts() == []
    wizard.reject()


def test_change_passphrase_asks_before_a_very_weak_one_too(qtbot, unlocked_window, messages):
    path = unlocked_window.vault.path
    dialog = ChangePassphraseDialog(unlocked_window.vault, unlocked_window, FAST_KDF)
    dialog.show()
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_edit.setText(VERY_WEAK)
    dialog.repeat_edit.setText(VERY_WEAK)
    messages.answer = QMessageBox.StandardButton.No
    dialog.ok_button.click()
    assert messages.texts() == [VERY_WEAK_QUESTION]
    assert messages.defaults == [QMessageBox.StandardButton.No]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.new_edit.text() == VERY_WEAK

    messages.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert messages.texts()[-1].startswith("The passphrase is changed")
    unlocked_window.lock()
    unlock(path, VERY_WEAK).lock()
