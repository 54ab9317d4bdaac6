"""A vault that is damaged, or kept where Sandiq cannot write: unlock and backup say what to do,
pointing to the way out at hand (Restore from a backup…, older backups, sandiq salvage)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

import db.engine
from db.engine import DriverOperationalError
from desktop_app.core.vault import DATABASE_NAME, Vault
from desktop_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.test_damaged_vault_pages import fill_vault, flip_a_byte_in


def _unlock_message(qtbot, window: MainWindow) -> str:
    dialog = window.show_unlock()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.attempt()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible())
    label = dialog.message_label
    assert label.height() >= label.heightForWidth(label.width())  # every line shown
    return label.text()


def test_a_cut_vault_points_to_the_restore_button_below(
    qtbot, window: MainWindow, tmp_vault: Vault
) -> None:
    tmp_vault.lock()
    database = tmp_vault.path / DATABASE_NAME
    database.write_bytes(database.read_bytes()[:-4096])  # a copy cut short
    assert _unlock_message(qtbot, window) == (
        "The vault is damaged and cannot be opened. Restore a backup made before the damage "
        "with “Restore from a backup…” below. If there is no backup, the command "
        "sandiq salvage --to NEWFOLDER may still copy what can be read into a new vault."
    )
    window.unlock_dialog.grab().save("/tmp/w2/unlock_damaged.png")


def test_a_write_protected_vault_says_sandiq_must_write_and_how_to_copy_it(
    qtbot, window: MainWindow, tmp_vault: Vault, monkeypatch
) -> None:
    tmp_vault.lock()

    def write_protected(*_args: Any, **_kwargs: Any) -> Any:
        # What SQLite says on a read-only medium (root, running the tests, can write anywhere).
        raise DriverOperationalError("unable to open database file")

    monkeypatch.setattr(db.engine.sqlcipher3, "connect", write_protected)
    assert _unlock_message(qtbot, window) == (
        "The vault could not be opened or written: the disk may be full, write-protected or "
        "out of reach. The vault itself is not damaged.\n"
        "Sandiq needs to write to the vault's folder, so it cannot open a vault on a "
        "write-protected memory stick or in a folder you may not change. To work with such a "
        "vault, copy it to this computer with “Restore from a backup…” below, choosing the "
        "vault's folder as the backup."
    )
    window.unlock_dialog.grab().save("/tmp/w2/unlock_readonly.png")


def test_restore_takes_a_vault_folder_as_its_backup(
    qtbot, window: MainWindow, tmp_vault: Vault, monkeypatch, tmp_path: Path
) -> None:
    fill_vault(tmp_vault)
    tmp_vault.lock()
    here = tmp_path / "this-computer"
    dialog = window.show_restore()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_vault.path))
    dialog.backup_button.click()
    assert dialog.backup_edit.text() == str(tmp_vault.path)
    dialog.target_edit.setText(str(here))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.vault.path == here
    assert window.case_model.rowCount() == 1


def test_backup_of_a_damaged_vault_says_to_verify_and_keep_older_backups(
    qtbot, window: MainWindow, tmp_vault: Vault, messages, monkeypatch, tmp_path: Path
) -> None:
    fill_vault(tmp_vault)
    window.attach(flip_a_byte_in(tmp_vault, "testimony"))
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    window.menus.backup_action.trigger()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    assert messages.texts() == [
        "The vault is damaged, so no backup was written: it would carry the damage. Run "
        "sandiq verify to see what is affected, and keep your older backups: they may be the "
        "only good copy. To save what can still be read, use the command "
        "sandiq salvage --to NEWFOLDER."
    ]
    assert list(stick.iterdir()) == []
