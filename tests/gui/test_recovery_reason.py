"""The new-passphrase dialog that follows an unlock or a restore without the passphrase says
which way in was used: the recovery key, or colleagues' recovery shares. Before, one sentence
named both ("the recovery key (or recovery shares)") whichever it was."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.backup import back_up
from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog

WITH_KEY = (
    "You opened the vault with the recovery key. Choose a new passphrase now: from then on "
    "the vault opens with it."
)
WITH_SHARES = (
    "You opened the vault with your colleagues' recovery shares. Choose a new passphrase now: "
    "from then on the vault opens with it."
)


def _reason_shown(qtbot, window: MainWindow) -> str:
    def asked() -> list[ChangePassphraseDialog]:
        return [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(asked()) == 1, timeout=30_000)
    change = asked()[0]
    assert change.reason_label.isVisible()
    return change.reason_label.text()


def test_an_unlock_with_the_recovery_key_says_the_recovery_key(
    qtbot, window: MainWindow, recovery_vault: tuple[Vault, str], messages
) -> None:
    vault, recovery_key = recovery_vault
    vault.lock()
    dialog = window.show_unlock()
    dialog.recovery_check.setChecked(True)
    dialog.passphrase_edit.setText(recovery_key)
    dialog.attempt()
    assert _reason_shown(qtbot, window) == WITH_KEY


def test_an_unlock_with_shares_says_the_shares(
    qtbot, window: MainWindow, tmp_vault: Vault, messages
) -> None:
    shares = tmp_vault.split_recovery(2, 3)
    tmp_vault.lock()
    dialog = window.show_unlock()
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText("\n".join(shares[:2]))
    dialog.attempt()
    assert _reason_shown(qtbot, window) == WITH_SHARES


def test_a_restore_with_shares_says_the_shares(
    qtbot, window: MainWindow, tmp_vault: Vault, tmp_path: Path, messages
) -> None:
    shares = tmp_vault.split_recovery(2, 3)
    backup = back_up(tmp_vault, tmp_path / "backup")
    tmp_vault.lock()
    restore = window.show_restore()
    restore.backup_edit.setText(str(backup))
    restore.target_edit.setText(str(tmp_path / "new-laptop"))
    restore.shares_check.setChecked(True)
    restore.shares_edit.setPlainText("\n".join(shares[1:]))
    restore.restore_button.click()
    assert _reason_shown(qtbot, window) == WITH_SHARES
