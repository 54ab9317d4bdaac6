"""What a backup opens with is said in full (the recovery key, and the shares if the vault has
any); a damaged backup's refusal points to salvage; a long recovery share wraps between words
in the box it is typed into, instead of scrolling out of sight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop_app.core.vault import unlock_with_recovery_key
from desktop_app.ui.shares_edit import SharesEdit
from tests.conftest import PASSPHRASE
from tests.integration.test_damaged_backup_points_to_salvage import damaged_backup

SHARE = (
    "marathon spend academic acid actress superior cargo aquatic trip skin graduate inherit "
    "nuclear replace domestic forget echo deal herd daughter"
)


def _backed_up(qtbot, window, messages, monkeypatch, stick: Path) -> str:
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    window.menus.backup_action.trigger()
    qtbot.waitUntil(lambda: any("The backup is in" in t for t in messages.texts()), timeout=30_000)
    return next(t for t in messages.texts() if "The backup is in" in t)


def test_a_backup_is_said_to_open_with_the_recovery_key_too(
    qtbot, window, recovery_vault, messages, monkeypatch, tmp_path
):
    vault, recovery_key = recovery_vault
    window.attach(vault)
    text = _backed_up(qtbot, window, messages, monkeypatch, tmp_path / "stick")
    assert "opens with the passphrase the vault has now or with its recovery key." in text
    (backup,) = (tmp_path / "stick").iterdir()
    unlock_with_recovery_key(backup, recovery_key).lock()  # as said


def test_a_backup_of_a_vault_with_shares_names_them(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path
):
    unlocked_window.vault.split_recovery(2, 3)
    text = _backed_up(qtbot, unlocked_window, messages, monkeypatch, tmp_path / "stick")
    assert "with its recovery key, or with the colleagues' recovery shares it has now." in text


def test_a_damaged_backup_in_the_restore_dialog_points_to_salvage(
    qtbot, window, tmp_vault, tmp_path
):
    backup = damaged_backup(tmp_vault, tmp_path / "backup")
    tmp_vault.lock()
    dialog = window.show_restore()
    dialog.backup_edit.setText(str(backup))
    dialog.target_edit.setText(str(tmp_path / "restored"))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.message_label.text() == (
        "The backup is damaged; nothing was restored. Try another backup, or rescue the records "
        "that still read in this one with sandiq salvage, as the user guide explains under "
        '"When the vault is damaged".'
    )
    assert window.vault is None and not (tmp_path / "restored").exists()


def test_a_long_share_wraps_between_words_and_never_scrolls_sideways(qtbot):
    box = SharesEdit()
    qtbot.addWidget(box)
    box.resize(400, box.height())
    box.show()
    qtbot.waitExposed(box)
    box.setPlainText(f"{SHARE}\n{SHARE}")
    first = box.document().firstBlock()
    qtbot.waitUntil(lambda: first.layout().lineCount() > 1)
    assert box.horizontalScrollBar().maximum() == 0
    lines = first.layout()
    starts = [lines.lineAt(i).textStart() for i in range(lines.lineCount())]
    assert all(start == 0 or SHARE[start - 1] == " " for start in starts)  # whole words
    assert box.shares() == [SHARE, SHARE]
