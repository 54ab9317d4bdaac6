"""Restore from a backup in the GUI: from the locked page or the unlock dialog, core's checks,
the restored vault opened, and the advice about colleagues' bundles."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.backup import back_up
from desktop_app.core.interchange import export_document
from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import PAGE_CASES
from desktop_app.ui.restore_dialog import RestoreDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def stick(tmp_vault: Vault, tmp_path: Path) -> Path:
    """A memory stick holding one backup of a vault with one case; the vault is then lost."""
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "KG-2010-0007", "title": "Osh"})
    folder = tmp_path / "stick"
    folder.mkdir()
    back_up(tmp_vault, folder / "sandiq-backup-2026-11-26")
    tmp_vault.lock()
    return folder


@pytest.fixture
def new_computer(tmp_path: Path) -> Path:
    """Where the window looks for its vault: nothing there yet."""
    return tmp_path / "new-computer" / "vault"


def _restore_dialog(window) -> RestoreDialog:
    dialogs = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.name.encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_restore_from_the_locked_page_opens_the_backup_and_says_to_import_bundles(
    qtbot, window, messages, monkeypatch, stick: Path, new_computer: Path
):
    window.vault_path = new_computer
    window.locked_page.restore_button.click()
    dialog = _restore_dialog(window)
    assert dialog.target_edit.text() == str(new_computer)  # the usual place, still free
    # The user picks the stick, not the backup folder on it.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    dialog.backup_button.click()
    assert dialog.backup_edit.text() == str(stick / "sandiq-backup-2026-11-26")
    backup_before = _folder_digest(stick)
    new_computer.parent.mkdir()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.vault.path == new_computer
    assert window.stack.currentIndex() == PAGE_CASES
    with window.vault.read() as session:
        assert [c["reference"] for c in export_document(session)["cases"]] == ["KG-2010-0007"]
    qtbot.waitUntil(lambda: messages.texts() != [])
    assert messages.texts() == [
        "The vault is restored from the backup. Before you edit anything, send each colleague "
        "a bundle of everything changed since the last bundle, then import the bundles they "
        "send back (and any you already have): this vault has forgotten what it did after the "
        "backup, including bundles it already sent."
    ]
    assert _folder_digest(stick) == backup_before  # the backup is never written to


def test_the_unlock_dialog_offers_restore_too(qtbot, window, vault_dir: Path):
    dialog = window.show_unlock()
    assert dialog.restore_button.isVisible()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.unlock_dialog is None)
    assert _restore_dialog(window).isModal()


def test_restore_never_goes_over_a_vault(qtbot, window, monkeypatch, stick: Path, vault_dir: Path):
    # vault_dir holds the (locked) vault the backup was made of: the one to keep.
    before = _folder_digest(vault_dir)
    dialog = window.show_restore()
    assert dialog.target_edit.text() == ""  # the window's own folder is taken
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(vault_dir))
    dialog.target_button.click()
    assert dialog.message_label.text() == (
        f"{vault_dir} holds a vault already. Sandiq never restores over a vault: choose a new "
        "or empty folder."
    )
    dialog.backup_edit.setText(str(stick))
    dialog.target_edit.setText(str(vault_dir))  # typed in, past the chooser
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.restore_button.click()
    assert dialog.task is None
    assert "holds a vault already" in dialog.message_label.text()
    assert _folder_digest(vault_dir) == before


def test_a_folder_in_use_gets_a_new_folder_for_the_vault(
    qtbot, window, monkeypatch, tmp_path: Path
):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.odt").write_bytes(b"")
    dialog = window.show_restore()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(documents))
    dialog.target_button.click()
    assert dialog.target_edit.text() == str(documents / "sandiq-vault")


def test_a_wrong_passphrase_names_the_backups_passphrase_and_leaves_nothing(
    qtbot, window, stick: Path, tmp_path: Path
):
    target = tmp_path / "restored"
    dialog = window.show_restore()
    dialog.backup_edit.setText(str(stick / "sandiq-backup-2026-11-26"))
    dialog.target_edit.setText(str(target))
    dialog.passphrase_edit.setText("the passphrase of today")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.message_label.text() == (
        "The passphrase is not correct. A backup opens with the passphrase the vault had when "
        "the backup was made."
    )
    assert dialog.isVisible() and window.vault is None
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".restored")] == []
