"""After an unlock or a restore with the recovery key or shares, the user knows no passphrase
that opens the vault: if they leave the "new passphrase" dialog without setting one (Cancel, or
the idle lock closing it), Sandiq says so, and the next unlock dialog tells them to use the
recovery key or shares again instead of asking for a passphrase they do not know."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.backup import back_up
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a passphrase I will remember"
CANCELLED = "No new passphrase was set: next time you will need the recovery key or shares again."
AT_UNLOCK = "No new passphrase was set: unlock with the recovery key or shares again."


def _new_passphrase_asked(qtbot, window: MainWindow) -> ChangePassphraseDialog:
    def asked() -> list[ChangePassphraseDialog]:
        return [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(asked()) == 1, timeout=30_000)
    return asked()[0]


def _unlock_with_shares(qtbot, window: MainWindow, shares: list[str]) -> ChangePassphraseDialog:
    dialog = window.show_unlock()
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText("\n".join(shares))
    dialog.attempt()
    return _new_passphrase_asked(qtbot, window)


def _unlock_dialog_gone(qtbot, window: MainWindow) -> None:
    # The one that unlocked is deleted later; until then a lock would show it again.
    qtbot.waitUntil(lambda: window.unlock_dialog is None)


def _idle_lock(qtbot, window: MainWindow) -> None:
    _unlock_dialog_gone(qtbot, window)
    window.idle.timer.setInterval(50)  # the idle minutes, shortened
    window.idle.start()
    qtbot.waitUntil(lambda: window.vault is None, timeout=5_000)


def test_an_idle_lock_over_the_new_passphrase_says_at_the_unlock_to_use_the_shares_again(
    qtbot, window, vault_dir: Path, messages
):
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    shares = created.vault.split_recovery(2, 3)
    created.vault.lock()
    _unlock_with_shares(qtbot, window, shares[:2])
    _idle_lock(qtbot, window)
    assert not [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
    assert messages.texts() == []  # a lock never waits on a box
    # Before: an unlock dialog asking for the passphrase the user had forgotten, and no word.
    assert window.unlock_dialog.message_label.text() == AT_UNLOCK

    change = _unlock_with_shares(qtbot, window, shares[1:])  # asked again, as after any recovery
    change.new_edit.setText(NEW_PASSPHRASE)
    change.repeat_edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(change.accepted, timeout=30_000):
        change.ok_button.click()
    _unlock_dialog_gone(qtbot, window)
    window.lock()
    assert window.unlock_dialog.message_label.text() == ""  # the new passphrase opens it now
    unlock(vault_dir, NEW_PASSPHRASE).lock()


def test_cancel_after_the_recovery_key_says_no_new_passphrase_was_set(
    qtbot, window, recovery_vault: tuple[Vault, str], messages
):
    vault, recovery_key = recovery_vault
    vault.lock()
    dialog = window.show_unlock()
    dialog.recovery_check.setChecked(True)
    dialog.passphrase_edit.setText(recovery_key)
    dialog.attempt()
    change = _new_passphrase_asked(qtbot, window)
    change.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert messages.texts() == [CANCELLED]  # before: closed with no word
    assert window.vault is not None  # the vault stays open; the Vault menu offers it again
    _unlock_dialog_gone(qtbot, window)
    window.lock()
    assert window.unlock_dialog.message_label.text() == AT_UNLOCK


def test_a_restore_with_the_recovery_key_then_an_idle_lock_says_so_at_the_unlock(
    qtbot, window, recovery_vault: tuple[Vault, str], messages, tmp_path: Path
):
    vault, recovery_key = recovery_vault
    backup = back_up(vault, tmp_path / "backup")
    vault.lock()
    restore = window.show_restore()
    restore.backup_edit.setText(str(backup))
    restore.target_edit.setText(str(tmp_path / "new-laptop"))
    restore.recovery_check.setChecked(True)
    restore.passphrase_edit.setText(recovery_key)
    restore.restore_button.click()
    _new_passphrase_asked(qtbot, window)
    _idle_lock(qtbot, window)
    assert window.unlock_dialog.path == tmp_path / "new-laptop"
    assert window.unlock_dialog.message_label.text() == AT_UNLOCK


def test_an_unlock_with_the_passphrase_asks_nothing_of_the_kind(qtbot, window, tmp_vault, messages):
    tmp_vault.lock()
    dialog = window.show_unlock()
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        dialog.attempt()
    _unlock_dialog_gone(qtbot, window)
    window.lock()
    assert window.unlock_dialog.message_label.text() == ""


def test_cancel_while_the_new_passphrase_is_set_does_not_claim_none_was(
    qtbot, window, vault_dir: Path, messages
):
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    shares = created.vault.split_recovery(2, 2)
    created.vault.lock()
    change = _unlock_with_shares(qtbot, window, shares)
    change.new_edit.setText(NEW_PASSPHRASE)
    change.repeat_edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(change.accepted, timeout=30_000):
        change.ok_button.click()
        # The rewrap cannot be stopped: closed now, the dialog said nothing of the change.
        change.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert change.isVisible()
    assert CANCELLED not in messages.texts()
    assert messages.texts()[-1].startswith("The passphrase is changed")
    unlock(vault_dir, NEW_PASSPHRASE).lock()
