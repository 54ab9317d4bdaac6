"""Vault > Change passphrase asks for the current passphrase first, except right after the
vault was opened with the recovery key, when the user does not know it."""

from __future__ import annotations

import errno
import os

import pytest

from desktop_app.core import fileio
from desktop_app.core.errors import VaultUnavailable, WrongPassphrase
from desktop_app.core.vault import unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import error_text
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"
WRONG = "The current passphrase is not correct. Nothing was changed."


def _open_dialog(window: MainWindow) -> ChangePassphraseDialog:
    window.menus.passphrase_action.trigger()
    dialogs = [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _type(dialog: ChangePassphraseDialog, current: str) -> None:
    dialog.current_edit.setText(current)
    dialog.new_edit.setText(NEW_PASSPHRASE)
    dialog.repeat_edit.setText(NEW_PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing_and_the_right_one_changes_it(
    qtbot, unlocked_window, settings, messages
):
    path = unlocked_window.vault.path
    dialog = _open_dialog(unlocked_window)
    assert dialog.current_edit.isVisible()  # before: only the new passphrase, twice
    _type(dialog, "")
    assert not dialog.ok_button.isEnabled()
    assert dialog.message_label.text() == "Type your current passphrase too."
    _type(dialog, "someone else's guess")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message_label.text() == WRONG)
    assert dialog.isVisible()
    unlock(path, PASSPHRASE).lock()  # the old passphrase still opens the vault
    with pytest.raises(WrongPassphrase):
        unlock(path, NEW_PASSPHRASE)
    # A guess from an unlocked session never brings the opt-in wipe closer.
    assert settings.failed_unlocks(path) == 0

    _type(dialog, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert messages.texts()[-1].startswith("The passphrase is changed")
    unlock(path, NEW_PASSPHRASE).lock()


def test_repeated_wrong_current_passphrases_wait_as_at_the_unlock(qtbot, unlocked_window):
    dialog = _open_dialog(unlocked_window)
    for tries in (1, 2, 3):
        _type(dialog, f"guess {tries}")
        qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.message_label.text().startswith(WRONG))
    # The third wrong one waits a second, as the unlock dialog does after the third.
    assert dialog.message_label.text() == WRONG + "\nWait 1 s before the next try."
    assert not dialog.ok_button.isEnabled()
    dialog.current_edit.setText("still typing")
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)


def test_after_the_recovery_key_the_current_passphrase_is_not_asked_even_from_the_menu(
    qtbot, window, vault_dir, messages
):
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    created.vault.lock()
    unlock_dialog = window.show_unlock()
    unlock_dialog.recovery_check.setChecked(True)
    unlock_dialog.passphrase_edit.setText(created.recovery_key)
    with qtbot.waitSignal(window.unlocked):
        unlock_dialog.attempt()
    opened = window.findChild(ChangePassphraseDialog)
    assert opened.isVisible() and not opened.current_edit.isVisible()
    opened.reject()  # not now: the menu offers it again, still without the old passphrase
    dialog = _open_dialog(window)
    assert not dialog.current_edit.isVisible()
    _type(dialog, "")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    window.lock()
    window.attach(unlock(vault_dir, NEW_PASSPHRASE))
    assert _open_dialog(window).current_edit.isVisible()  # known now: asked again


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_change_the_disk_refuses_says_the_old_passphrase_still_opens_and_shows_whole(
    qtbot, unlocked_window, monkeypatch, language
):
    install_translators(language)
    path = unlocked_window.vault.path
    dialog = _open_dialog(unlocked_window)
    _type(dialog, PASSPHRASE)

    def full(_fd: int) -> None:  # the machine cannot fill its disk on demand
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", full)
    dialog.ok_button.click()
    label = dialog.message_label
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and "Changing" not in label.text())
    monkeypatch.undo()
    shown = label.text()
    if language == "en":  # the new sentence is translated by the lead, after this change
        assert shown.startswith(
            "The passphrase was not changed: the old passphrase still opens the vault. The vault "
            "could not be opened or written: the disk may be full"
        )
    assert shown.endswith(error_text(VaultUnavailable("")))
    # Before: the dialog kept its height and cut the last line ("Само хранилище не повреждено.").
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=1000)
    assert label.geometry().bottom() <= dialog.contentsRect().bottom()
    unlock(path, PASSPHRASE).lock()  # as it says
    with pytest.raises(WrongPassphrase):
        unlock(path, NEW_PASSPHRASE)
