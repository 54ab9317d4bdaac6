"""The opt-in wipe after failed unlocks counts only real attempts, and only on the vault tried."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.vault import HEADER_NAME, create_vault
from desktop_app.ui.settings import Preferences
from tests.conftest import FAST_KDF, PASSPHRASE

MALFORMED_RECOVERY_KEY = "7Q2M-ABCD-K4XD"  # three groups typed of thirteen


def _make_vault(path: Path) -> str:
    created = create_vault(path, PASSPHRASE, kdf=FAST_KDF)
    created.vault.lock()
    return created.recovery_key


def _try(qtbot, dialog, secret: str) -> None:
    dialog.passphrase_edit.setText(secret)
    dialog.attempt()
    qtbot.waitUntil(
        lambda: not dialog.busy.isVisible() and dialog.message_label.text() != "Unlocking…"
    )


def _choose(monkeypatch: pytest.MonkeyPatch, dialog, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    dialog.choose_folder()
    assert str(folder) in dialog.folder_label.text()


def test_malformed_recovery_keys_get_their_own_message_and_never_wipe(qtbot, window, vault_dir):
    _make_vault(vault_dir)
    window.settings.save_preferences(Preferences(wipe_after_failures=3))
    dialog = window.show_unlock()
    dialog.recovery_check.setChecked(True)
    for _ in range(4):
        _try(qtbot, dialog, MALFORMED_RECOVERY_KEY)
        assert dialog.message_label.text() == (
            "This is not a recovery key: check the groups of letters and digits."
        )
        assert dialog.unlock_button.isEnabled()  # no delay either: nothing was guessed
    assert window.settings.failed_unlocks(vault_dir) == 0
    assert (vault_dir / HEADER_NAME).exists()


def test_a_wrong_recovery_key_counts_and_says_so(qtbot, window, vault_dir, tmp_path):
    _make_vault(vault_dir)
    someone_elses_key = _make_vault(tmp_path / "elsewhere")
    dialog = window.show_unlock()
    dialog.recovery_check.setChecked(True)
    _try(qtbot, dialog, someone_elses_key)
    assert dialog.message_label.text() == "The recovery key is not correct."
    assert window.settings.failed_unlocks(vault_dir) == 1


def test_failures_on_another_vault_never_wipe_this_one(
    qtbot, window, vault_dir, tmp_path, monkeypatch
):
    _make_vault(vault_dir)
    colleague = tmp_path / "usb-stick-vault"
    _make_vault(colleague)
    window.settings.save_preferences(Preferences(wipe_after_failures=3))
    dialog = window.show_unlock()

    _choose(monkeypatch, dialog, colleague)
    for _ in range(2):
        _try(qtbot, dialog, "wrong passphrase for the stick")
    _choose(monkeypatch, dialog, vault_dir)
    _try(qtbot, dialog, "one typo in my own passphrase")
    assert (vault_dir / HEADER_NAME).exists()
    assert window.settings.failed_unlocks(vault_dir) == 1
    assert window.settings.failed_unlocks(colleague) == 2

    # The third failure on the colleague's vault destroys that vault, and only that one.
    _choose(monkeypatch, dialog, colleague)
    with qtbot.waitSignal(dialog.wiped):
        dialog.passphrase_edit.setText("still wrong")
        dialog.attempt()
    assert not (colleague / HEADER_NAME).exists()
    assert (vault_dir / HEADER_NAME).exists()
    assert window.settings.failed_unlocks(vault_dir) == 1


def test_a_successful_unlock_resets_only_that_vaults_count(
    qtbot, window, vault_dir, tmp_path, monkeypatch
):
    _make_vault(vault_dir)
    colleague = tmp_path / "usb-stick-vault"
    _make_vault(colleague)
    window.settings.set_failed_unlocks(colleague, 2)
    dialog = window.show_unlock()
    _try(qtbot, dialog, "a typo")
    assert window.settings.failed_unlocks(vault_dir) == 1
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        dialog.attempt()
    assert window.settings.failed_unlocks(vault_dir) == 0
    assert window.settings.failed_unlocks(colleague) == 2


def test_the_settings_file_does_not_name_the_vault_folders(qtbot, window, vault_dir, tmp_path):
    secret_folder = tmp_path / "Witness CANARY-91bd folder"
    _make_vault(secret_folder)
    window.settings.set_failed_unlocks(secret_folder, 2)
    window.settings.set_failed_unlocks(vault_dir, 1)
    text = window.settings.path.read_text(encoding="utf-8")
    assert "CANARY" not in text
    assert str(tmp_path) not in text
    assert window.settings.failed_unlocks(secret_folder) == 2
