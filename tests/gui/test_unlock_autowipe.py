"""The opt-in wipe after failed unlocks counts only real attempts, and only on the vault tried."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.keys import CHECKSUM_FIELD
from desktop_app.core.vault import HEADER_NAME
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import INSTALL_KEY_NAME, Preferences, Settings
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


def test_a_misread_recovery_key_waits_but_never_wipes(qtbot, window, vault_dir, tmp_path):
    _make_vault(vault_dir)
    # A whole key of the right shape that is not this vault's: one character misread.
    someone_elses_key = _make_vault(tmp_path / "elsewhere")
    window.settings.save_preferences(Preferences(wipe_after_failures=3))
    dialog = window.show_unlock()
    dialog.recovery_check.setChecked(True)
    for _ in range(4):
        dialog._restart_wait(0)  # the growing delay is checked below, not waited out
        _try(qtbot, dialog, someone_elses_key)
        assert dialog.message_label.text().startswith("The recovery key is not correct.")
        assert "destroyed" not in dialog.message_label.text()
    assert (vault_dir / HEADER_NAME).exists()
    assert window.settings.failed_unlocks(vault_dir) == 0
    # Still slowed down like wrong passphrases: the fourth failure in a row waits.
    assert not dialog.unlock_button.isEnabled()
    assert dialog.unlock_button.text() == "Wait 2 s"
    assert "Failed attempts in a row on this vault: 4." in dialog.message_label.text()


def _damage_slot(vault_dir: Path, index: int) -> None:
    """One ciphertext character of a slot changed, the checksum kept, as a bad sector would."""
    header = json.loads((vault_dir / HEADER_NAME).read_text())
    assert CHECKSUM_FIELD in header
    slot = header["slots"][index]
    slot["ciphertext"] = ("B" if slot["ciphertext"][0] == "A" else "A") + slot["ciphertext"][1:]
    (vault_dir / HEADER_NAME).write_text(json.dumps(header, indent=1))


def test_the_right_passphrase_on_a_damaged_header_never_wipes(qtbot, window, vault_dir):
    recovery_key = _make_vault(vault_dir)
    _damage_slot(vault_dir, 0)
    window.settings.save_preferences(Preferences(wipe_after_failures=3))
    dialog = window.show_unlock()
    for _ in range(4):
        dialog._restart_wait(0)  # the growing delay is checked below, not waited out
        _try(qtbot, dialog, PASSPHRASE)
        assert dialog.message_label.text().startswith(
            "The vault header is damaged: the passphrase cannot be checked. Open the vault "
            "with the recovery key, or restore a backup."
        )
        assert "destroyed" not in dialog.message_label.text()
    assert (vault_dir / HEADER_NAME).exists()
    assert window.settings.failed_unlocks(vault_dir) == 0
    assert dialog.unlock_button.text() == "Wait 2 s"  # slowed down all the same
    # The recovery slot is intact: the recovery key still opens the vault.
    dialog._restart_wait(0)
    dialog.recovery_check.setChecked(True)
    dialog.passphrase_edit.setText(recovery_key)
    with qtbot.waitSignal(dialog.recovered):
        dialog.attempt()


def test_a_recovery_key_on_a_damaged_recovery_slot_is_not_called_wrong(qtbot, window, vault_dir):
    recovery_key = _make_vault(vault_dir)
    _damage_slot(vault_dir, 1)
    dialog = window.show_unlock()
    dialog.recovery_check.setChecked(True)
    _try(qtbot, dialog, recovery_key)
    assert dialog.message_label.text() == (
        "The vault header is damaged: the recovery key cannot be checked. Open the vault with "
        "the passphrase, or restore a backup."
    )


def test_each_wrong_passphrase_says_how_many_are_left_before_the_wipe(qtbot, window, vault_dir):
    _make_vault(vault_dir)
    window.settings.save_preferences(Preferences(wipe_after_failures=3))
    dialog = window.show_unlock()
    _try(qtbot, dialog, "a typo")
    assert dialog.message_label.text() == (
        "The passphrase is not correct.\nAttempts left before the vault is destroyed: 2"
    )
    _try(qtbot, dialog, "another typo")
    assert dialog.message_label.text().endswith("Attempts left before the vault is destroyed: 1")


def test_without_the_wipe_no_count_of_attempts_left_is_shown(qtbot, window, vault_dir):
    _make_vault(vault_dir)
    dialog = window.show_unlock()
    _try(qtbot, dialog, "a typo")
    assert dialog.message_label.text() == "The passphrase is not correct."


def test_after_a_restart_the_wait_and_the_attempts_left_are_explained(qtbot, window, vault_dir):
    _make_vault(vault_dir)
    window.settings.save_preferences(Preferences(wipe_after_failures=10))
    window.settings.set_failed_unlocks(vault_dir, 5)  # as left by the last run
    dialog = window.show_unlock()
    assert dialog.unlock_button.text() == "Wait 4 s"
    assert dialog.message_label.text() == (
        "Failed attempts in a row on this vault: 5. Each further try waits a little longer.\n"
        "Attempts left before the vault is destroyed: 5"
    )


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


def test_no_one_reading_the_settings_can_confirm_a_guessed_folder(settings: Settings, tmp_path):
    guessed = tmp_path / "Andijan CANARY-91bd"
    plain = hashlib.sha256(os.fsencode(guessed.resolve())).hexdigest()  # what was stored
    settings.set_failed_unlocks(guessed, 2)
    assert plain not in settings.path.read_text(encoding="utf-8")
    install_key = settings.path.with_name(INSTALL_KEY_NAME)
    for private in (settings.path, install_key):
        assert stat.S_IMODE(private.stat().st_mode) == 0o600, private
    assert Settings(settings.path).failed_unlocks(guessed) == 2  # a restart keeps the count
    # A count left by a version that stored the plain hash is kept, then stored keyed.
    counted_before = tmp_path / "Osh"
    plain = hashlib.sha256(os.fsencode(counted_before.resolve())).hexdigest()
    older = QSettings(str(settings.path), QSettings.Format.IniFormat)
    older.setValue(f"unlock_failures/{plain}", 4)
    older.sync()
    assert Settings(settings.path).failed_unlocks(counted_before) == 4
    settings.set_failed_unlocks(counted_before, 5)
    assert plain not in settings.path.read_text(encoding="utf-8")
    assert Settings(settings.path).failed_unlocks(counted_before) == 5
    assert stat.S_IMODE(settings.path.stat().st_mode) == 0o600


def test_panic_leaves_no_empty_vault_folder(qtbot, unlocked_window, monkeypatch, messages):
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: None))
    path = unlocked_window.vault.path
    unlocked_window.panic()
    assert not path.exists()  # its name and time would tell that a vault was destroyed, when


def test_after_the_wipe_the_window_offers_a_new_vault_not_an_unlock(qtbot, settings, vault_dir):
    _make_vault(vault_dir)
    settings.save_preferences(Preferences(wipe_after_failures=1))
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    page = window.locked_page
    assert page.unlock_button.isVisible() and not page.create_button.isVisible()
    dialog = window.show_unlock()
    with qtbot.waitSignal(dialog.wiped):
        dialog.passphrase_edit.setText("a wrong guess")
        dialog.attempt()
    dialog.close()
    # What a first run offers: a new vault or one restored from a backup, never an unlock.
    assert not page.unlock_button.isVisible()
    assert page.create_button.isVisible() and page.restore_button.isVisible()
    assert "locked" not in page.label.text()
    page.create_button.click()
    assert any(w.isVisible() for w in window.findChildren(CreateVaultWizard))


def _fail(qtbot, dialog, times: int) -> None:
    for number in range(times):
        dialog._restart_wait(0)  # the growing delay is tested elsewhere, not waited out
        _try(qtbot, dialog, f"wrong passphrase number {number}")


def _set_wipe_in_settings(qtbot, window, attempts: int) -> None:
    settings_dialog = window.open_settings()
    settings_dialog.wipe_check.setChecked(True)
    settings_dialog.wipe_spin.setValue(attempts)
    settings_dialog.buttons.button(settings_dialog.buttons.StandardButton.Ok).click()
    assert window.settings.preferences().wipe_after_failures == attempts


def test_failures_made_while_the_wipe_was_off_do_not_count_once_it_is_on(qtbot, window, vault_dir):
    _make_vault(vault_dir)
    dialog = window.show_unlock()
    _fail(qtbot, dialog, 4)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()
    _set_wipe_in_settings(qtbot, window, 5)
    dialog = window.show_unlock()
    assert "destroyed" not in dialog.message_label.text()
    _fail(qtbot, dialog, 1)
    assert (vault_dir / HEADER_NAME).exists()
    assert dialog.message_label.text().endswith("Attempts left before the vault is destroyed: 4")


def test_lowering_the_limit_starts_counting_again(qtbot, window, vault_dir):
    _make_vault(vault_dir)
    window.settings.save_preferences(Preferences(wipe_after_failures=10))
    dialog = window.show_unlock()
    _fail(qtbot, dialog, 4)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()
    _set_wipe_in_settings(qtbot, window, 3)
    dialog = window.show_unlock()
    _fail(qtbot, dialog, 1)
    assert (vault_dir / HEADER_NAME).exists()
    assert dialog.message_label.text().endswith("Attempts left before the vault is destroyed: 2")
    # Raising it again keeps the count: the wipe only comes later.
    _set_wipe_in_settings(qtbot, window, 5)
    assert window.settings.failed_unlocks(vault_dir) == 1


def test_attempts_left_are_never_shown_below_the_one_try_still_allowed(qtbot, window, vault_dir):
    _make_vault(vault_dir)
    window.settings.save_preferences(Preferences(wipe_after_failures=3))
    window.settings.set_failed_unlocks(vault_dir, 5)  # a settings file edited by hand
    dialog = window.show_unlock()
    assert dialog.message_label.text().endswith("Attempts left before the vault is destroyed: 1")
    dialog._restart_wait(0)
    with qtbot.waitSignal(dialog.wiped):
        dialog.passphrase_edit.setText("one more wrong guess")
        dialog.attempt()
