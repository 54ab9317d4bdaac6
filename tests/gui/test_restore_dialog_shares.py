"""Restore from a backup with colleagues' recovery shares in the GUI: typed as in the unlock
dialog, refused with the same words for a typo or too few shares, and followed, like an
unlock with them, by a new passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.backup import back_up
from desktop_app.core.vault import Vault, unlock
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from desktop_app.ui.restore_dialog import RestoreDialog
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a passphrase for the new laptop"


@pytest.fixture
def shared_backup(tmp_vault: Vault, tmp_path: Path) -> tuple[Path, list[str]]:
    """A backup of a vault with one case whose recovery is split 2 of 3; the vault is lost."""
    shares = tmp_vault.split_recovery(2, 3)
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "KG-2010-0007", "title": "Osh"})
    (tmp_path / "stick").mkdir()
    backup = back_up(tmp_vault, tmp_path / "stick" / "sandiq-backup-2026-11-26")
    tmp_vault.lock()
    return backup, shares


def _dialog_for(window, backup: Path, target: Path) -> RestoreDialog:
    dialog = window.show_restore()
    dialog.backup_edit.setText(str(backup))
    dialog.target_edit.setText(str(target))
    return dialog


def _new_passphrase_asked(qtbot, window) -> ChangePassphraseDialog:
    def asked() -> list[ChangePassphraseDialog]:
        return [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(asked()) == 1)
    return asked()[0]


def test_two_of_three_shares_restore_the_backup_then_a_new_passphrase_is_set(
    qtbot, window, messages, shared_backup: tuple[Path, list[str]], tmp_path: Path
) -> None:
    backup, shares = shared_backup
    target = tmp_path / "new-laptop"
    dialog = _dialog_for(window, backup, target)
    dialog.shares_check.setChecked(True)
    assert dialog.passphrase_label.text() == "&Shares:"
    assert dialog.shares_edit.isVisible() and not dialog.passphrase_edit.isVisible()
    dialog.recovery_check.setChecked(True)  # the two exclude each other
    assert not dialog.shares_check.isChecked() and dialog.passphrase_edit.isVisible()
    dialog.shares_check.setChecked(True)
    qtbot.keyClicks(dialog.shares_edit, shares[2])
    qtbot.keyClick(dialog.shares_edit, Qt.Key.Key_Return)  # Enter: the next share's line
    qtbot.keyClicks(dialog.shares_edit, shares[0])
    assert dialog.task is None
    qtbot.keyClick(dialog.shares_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.vault.path == target
    change = _new_passphrase_asked(qtbot, window)
    assert messages.texts()[0].startswith("The vault is restored from the backup.")
    assert not change.asks_current and change.reason_label.isVisible()
    change.new_edit.setText(NEW_PASSPHRASE)
    change.repeat_edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(change.accepted, timeout=30_000):
        change.ok_button.click()
    unlock(target, NEW_PASSPHRASE).lock()


def test_a_mistyped_share_and_one_share_alone_are_named_and_restore_nothing(
    qtbot, window, shared_backup: tuple[Path, list[str]], tmp_path: Path
) -> None:
    backup, shares = shared_backup
    target = tmp_path / "new-laptop"
    dialog = _dialog_for(window, backup, target)
    dialog.shares_check.setChecked(True)
    words = shares[0].split()
    words[4] = "salom"
    dialog.shares_edit.setPlainText(f"{shares[1]}\n{' '.join(words)}")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.message_label.text() == "Share 2: word 5 is not a share word. Check its spelling."
    dialog.shares_edit.setPlainText(shares[1])
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.message_label.text() == "2 shares are needed to open the vault; 1 typed."
    assert dialog.isVisible() and dialog.shares_edit.hasFocus() and window.vault is None
    assert not target.exists()


def test_a_backup_made_before_the_shares_says_so(
    qtbot, window, tmp_vault: Vault, tmp_path: Path
) -> None:
    backup = back_up(tmp_vault, tmp_path / "old-backup")
    shares = tmp_vault.split_recovery(2, 2)
    tmp_vault.lock()
    dialog = _dialog_for(window, backup, tmp_path / "new-laptop")
    dialog.shares_check.setChecked(True)
    dialog.shares_edit.setPlainText("\n".join(shares))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.message_label.text().startswith(
        "This backup has no recovery shares: they were made after the backup"
    )


def test_a_restore_with_the_recovery_key_asks_for_a_new_passphrase_too(
    qtbot, window, messages, recovery_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery_key = recovery_vault
    backup = back_up(vault, tmp_path / "b")
    vault.lock()
    dialog = _dialog_for(window, backup, tmp_path / "new-laptop")
    dialog.recovery_check.setChecked(True)
    dialog.passphrase_edit.setText(recovery_key)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert not _new_passphrase_asked(qtbot, window).asks_current


def test_a_restore_with_the_passphrase_asks_for_no_new_one(
    qtbot, window, messages, tmp_vault: Vault, tmp_path: Path
) -> None:
    backup = back_up(tmp_vault, tmp_path / "b")
    tmp_vault.lock()
    dialog = _dialog_for(window, backup, tmp_path / "new-laptop")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    assert not [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
