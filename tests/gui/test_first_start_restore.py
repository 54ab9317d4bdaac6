"""The first start on a new computer: the creation wizard leads to a restore from a backup and
to a vault kept elsewhere, and the next start opens the vault last used, not a new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.backup import back_up
from desktop_app.core.vault import HEADER_NAME, Vault, default_vault_dir
from desktop_app.ui.app import start_window
from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.main_window import PAGE_CASES, MainWindow
from desktop_app.ui.restore_dialog import RestoreDialog
from desktop_app.ui.settings import Preferences, Settings
from tests.conftest import CANARY, FAST_KDF, PASSPHRASE
from tests.integration.test_canary import assert_no_canary

BACKUP_NAME = "sandiq-backup-2026-11-26"


@pytest.fixture(autouse=True)
def usual_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The usual vault folder of this (new) computer, empty, never the user's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_vault_dir().is_relative_to(tmp_path)
    return default_vault_dir()


@pytest.fixture
def stick(tmp_vault: Vault, tmp_path: Path) -> Path:
    """A memory stick with a backup of a vault holding one case; the vault itself is lost."""
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "KG-2010-0007", "title": CANARY})
    folder = tmp_path / "stick"
    folder.mkdir()
    back_up(tmp_vault, folder / BACKUP_NAME)
    tmp_vault.lock()
    return folder


def _first_start(qtbot, settings: Settings) -> MainWindow:
    window = start_window(settings, None, FAST_KDF)
    qtbot.addWidget(window)
    return window


def _next_start(qtbot, settings: Settings) -> MainWindow:
    """Sandiq started again: a new window reading the same settings file."""
    return _first_start(qtbot, Settings(settings.path))


def _wizard_shown(window: MainWindow) -> bool:
    return any(w.isVisible() for w in window.findChildren(CreateVaultWizard))


def _restore_dialog(window: MainWindow) -> RestoreDialog:
    dialogs = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _unlock(qtbot, window: MainWindow) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        dialog.attempt()


def _close(window: MainWindow) -> None:
    if window.vault is not None:
        window.lock()
    if window.unlock_dialog is not None:
        window.unlock_dialog.close()


def test_the_wizard_offers_restore_and_opens_the_restored_vault(
    qtbot, settings, messages, monkeypatch, stick: Path, tmp_path: Path, usual_place: Path
):
    window = _first_start(qtbot, settings)
    wizard = window.wizard
    assert wizard.isVisible()
    page = wizard.passphrase_page
    assert page.restore_button.isVisible() and page.open_button.isVisible()

    page.restore_button.click()
    dialog = _restore_dialog(window)
    assert dialog.isModal() and dialog.target_edit.text() == str(usual_place)
    dialog.cancel_button.click()
    assert not dialog.isVisible() and wizard.isVisible()  # Cancel returns to the wizard
    assert window.unlock_dialog is None

    page.restore_button.click()
    dialog = _restore_dialog(window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    dialog.backup_button.click()
    target = tmp_path / "elsewhere"
    dialog.target_edit.setText(str(target))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.vault.path == target
    assert window.stack.currentIndex() == PAGE_CASES
    assert window.case_model.rowCount() == 1
    assert not _wizard_shown(window) and window.unlock_dialog is None
    qtbot.waitUntil(lambda: messages.texts() != [])
    assert messages.texts()[0].startswith("The vault is restored from the backup.")
    _close(window)

    again = _next_start(qtbot, settings)  # the restored vault, not a new one in the usual place
    assert again.unlock_dialog is not None and again.unlock_dialog.path == target
    _unlock(qtbot, again)
    assert again.vault.path == target
    _close(again)


def test_a_vault_on_a_stick_opens_from_the_wizard_and_at_the_next_start(
    qtbot, settings, monkeypatch, stick: Path
):
    window = _first_start(qtbot, settings)
    wizard = window.wizard
    # The user picks the stick, not the backup folder on it.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    wizard.passphrase_page.open_button.click()
    assert not _wizard_shown(window)
    assert window.unlock_dialog.path == stick / BACKUP_NAME
    assert str(stick / BACKUP_NAME) in window.vault_label.text()
    _unlock(qtbot, window)
    assert window.vault.path == stick / BACKUP_NAME
    _close(window)

    again = _next_start(qtbot, settings)
    assert again.unlock_dialog is not None and again.unlock_dialog.path == stick / BACKUP_NAME
    _close(again)


def test_a_folder_without_a_vault_is_named_and_the_wizard_stays(
    qtbot, settings, monkeypatch, tmp_path: Path
):
    empty = tmp_path / "Documents"
    empty.mkdir()
    window = _first_start(qtbot, settings)
    page = window.wizard.passphrase_page
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(empty))
    page.open_button.click()
    assert window.wizard.isVisible() and window.unlock_dialog is None
    assert page.message_label.text() == (
        f"There is no vault in {empty}. Choose the folder that holds it, or the memory stick it "
        "is on."
    )


def test_the_command_line_wins_over_the_folder_remembered(
    qtbot, settings, stick: Path, vault_dir: Path
):
    settings.remember_vault_folder(stick / BACKUP_NAME)
    window = start_window(Settings(settings.path), vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    assert window.unlock_dialog.path == vault_dir
    _close(window)


def test_a_remembered_folder_without_a_vault_falls_back_to_the_usual_place(
    qtbot, settings, tmp_path: Path, usual_place: Path
):
    unplugged = tmp_path / "stick" / BACKUP_NAME  # the stick is not in the computer
    settings.remember_vault_folder(unplugged)
    window = _next_start(qtbot, settings)
    assert window.vault_path == usual_place
    assert window.wizard.passphrase_page.folder_edit.text() == str(usual_place)
    # Passed over, not forgotten: with the stick back, the next start finds it.
    assert Settings(settings.path).remembered_vault_folder() == unplugged


def test_a_vault_in_the_usual_place_leaves_no_folder_in_the_settings(
    qtbot, settings, stick: Path, usual_place: Path
):
    settings.remember_vault_folder(stick / BACKUP_NAME)
    usual_place.parent.mkdir(parents=True)
    window = _first_start(qtbot, settings)  # the stick's vault
    window.unlock_dialog.close()
    window.show_restore()
    dialog = _restore_dialog(window)
    dialog.backup_edit.setText(str(stick))
    dialog.target_edit.setText(str(usual_place))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    _close(window)
    assert str(stick) not in settings.path.read_text(encoding="utf-8")
    assert _next_start(qtbot, settings).unlock_dialog.path == usual_place


def test_the_settings_file_holds_the_folder_but_no_case_data(
    qtbot, settings, stick: Path, tmp_path: Path
):
    window = start_window(settings, stick / BACKUP_NAME, FAST_KDF)
    qtbot.addWidget(window)
    _unlock(qtbot, window)
    with window.vault.transaction() as session:
        window.vault.writer(session).create("person", {"name": CANARY})
    window.refresh_lists()
    window.close()
    text = settings.path.read_text(encoding="utf-8")
    assert str(stick / BACKUP_NAME) in text  # the folder is remembered...
    assert_no_canary(settings.path.parent)  # ...and nothing from inside the vault


def test_remembering_can_be_turned_off_and_a_wipe_forgets_the_folder(
    qtbot, settings, messages, monkeypatch, stick: Path, usual_place: Path
):
    vault = stick / BACKUP_NAME
    settings.remember_vault_folder(vault)
    window = _next_start(qtbot, settings)
    window.unlock_dialog.close()
    qtbot.waitUntil(lambda: window.unlock_dialog is None)
    dialog = window.open_settings()
    assert dialog.remember_check.isChecked()
    dialog.remember_check.setChecked(False)
    dialog.save()
    assert str(vault) not in settings.path.read_text(encoding="utf-8")
    window.show_unlock()
    _unlock(qtbot, window)
    _close(window)
    assert _next_start(qtbot, settings).vault_path == usual_place

    settings.save_preferences(Preferences(wipe_after_failures=3))  # remembering on again
    settings.remember_vault_folder(vault)
    settings.set_failed_unlocks(vault, 2)
    window = _next_start(qtbot, settings)
    dialog = window.unlock_dialog
    dialog.passphrase_edit.setText("not the passphrase")
    with qtbot.waitSignal(dialog.wiped):
        dialog.attempt()
    assert not (vault / HEADER_NAME).exists()
    # A note of where the destroyed vault was would tell what the wipe took away.
    assert str(vault) not in settings.path.read_text(encoding="utf-8")
