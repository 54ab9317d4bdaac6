"""A backup made by an older Sandiq is restored in its format, and the window asks before
upgrading it, as when such a vault is unlocked: Cancel leaves the restored vault as it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from db import migrate
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restore_dialog import RestoreDialog
from tests.conftest import PASSPHRASE
from tests.gui.test_format_upgrade_question import QUESTION, _answering
from tests.integration.test_format_upgrade import OLDER, _revision
from tests.integration.test_restore_older_format import older_backup  # noqa: F401 (a fixture)


def _restore(qtbot, window: MainWindow, backup: Path, target: Path) -> RestoreDialog:
    dialog = window.show_restore()
    assert dialog is not None
    dialog.backup_edit.setText(str(backup))
    dialog.target_edit.setText(str(target))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    dialog.restore_button.click()
    return dialog


def test_cancel_leaves_the_restored_older_vault_in_its_format_ready_to_unlock(
    qtbot,
    window: MainWindow,
    older_backup: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch,
    messages,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _answering("Cancel", asked))
    target = tmp_path / "restored"
    _restore(qtbot, window, older_backup, target)
    qtbot.waitUntil(lambda: asked != [], timeout=30_000)
    assert asked == [QUESTION]
    assert window.vault is None
    assert _revision(target) == OLDER  # an older Sandiq still opens it
    qtbot.waitUntil(lambda: window.unlock_dialog is not None)
    assert window.unlock_dialog.isVisible()
    assert window.vault_path == target  # the vault just restored is the one to unlock
    assert messages.texts() == []  # no advice about a vault that did not open


def test_upgrade_opens_the_restored_older_vault_and_gives_the_advice(
    qtbot,
    window: MainWindow,
    older_backup: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch,
    messages,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _answering("&Upgrade", asked))
    target = tmp_path / "restored"
    _restore(qtbot, window, older_backup, target)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert asked == [QUESTION]
    assert window.vault.path == target
    assert migrate.current_revision(window.vault.engine) == migrate.head_revision()
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 1)
    qtbot.waitUntil(lambda: messages.texts() != [])
    assert messages.texts()[0].startswith("The vault is restored from the backup.")
