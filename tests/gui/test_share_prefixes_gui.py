"""Share words cut short after their first four letters, as colleagues copy them in a hurry, are
taken by the GUI as by the command line: typed back in the check of a new set, and typed into
the unlock and restore dialogs to open a real vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.core.backup import back_up
from desktop_app.core.vault import Vault, unlock_with_shares
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from desktop_app.ui.shares_dialog import RecoverySharesDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_shares_check import _copy_every_share
from tests.unit.test_share_prefixes import abbreviated


def _new_passphrase_asked(qtbot, window: MainWindow) -> ChangePassphraseDialog:
    def asked() -> list[ChangePassphraseDialog]:
        return [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(asked()) == 1, timeout=30_000)
    return asked()[0]


def test_words_typed_back_by_their_first_four_letters_make_the_set(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    unlocked_window.menus.shares_action.trigger()
    dialog = unlocked_window.findChild(RecoverySharesDialog)
    copies = _copy_every_share(dialog)
    page = dialog.check_page
    for asked in page.asked:
        qtbot.keyClicks(asked.edit, copies[asked.share][asked.place][:4])
    # Before: "Share 1, word 5 is not a share word. Check its spelling, here and on the copy."
    with qtbot.waitSignal(dialog.accepted):
        page.done_button.click()
    assert page.message_label.text() == ""
    assert messages.texts() == ["The recovery shares are made: any 2 of the 3 open the vault."]
    path = vault.path
    unlocked_window.lock()
    shares = [abbreviated(" ".join(copy)) for copy in copies]
    unlock_with_shares(path, shares[1:]).lock()


def test_abbreviated_shares_unlock_the_vault(qtbot, window: MainWindow, vault_dir: Path) -> None:
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    shares = created.vault.split_recovery(2, 3)
    created.vault.lock()
    dialog = window.show_unlock()
    dialog.shares_check.setChecked(True)
    qtbot.keyClicks(dialog.shares_edit, abbreviated(shares[2]))
    qtbot.keyClick(dialog.shares_edit, Qt.Key.Key_Return)  # Enter: the next share's line
    qtbot.keyClicks(dialog.shares_edit, abbreviated(shares[0]))
    qtbot.keyClick(dialog.shares_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _new_passphrase_asked(qtbot, window)
    assert window.vault is not None and window.vault.path == vault_dir


def test_abbreviated_shares_restore_a_backup(
    qtbot, window: MainWindow, messages, tmp_vault: Vault, tmp_path: Path
) -> None:
    shares = tmp_vault.split_recovery(2, 3)
    backup = back_up(tmp_vault, tmp_path / "sandiq-backup")
    tmp_vault.lock()
    target = tmp_path / "new-laptop"
    dialog = window.show_restore()
    dialog.backup_edit.setText(str(backup))
    dialog.target_edit.setText(str(target))
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText(f"{abbreviated(shares[1])}\n{abbreviated(shares[2])}")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.vault.path == target
    _new_passphrase_asked(qtbot, window)
    assert messages.texts()[0].startswith("The vault is restored from the backup.")
