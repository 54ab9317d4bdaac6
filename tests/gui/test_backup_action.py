"""Vault > Back up the vault: a new folder in the place chosen, which opens as a vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop_app.core.interchange import export_document
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE


def test_back_up_writes_a_new_folder_that_opens_as_the_vault(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path: Path
):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": "KG-2010-0007", "title": "Osh"})
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    unlocked_window.menus.backup_action.trigger()
    qtbot.waitUntil(lambda: any("The backup is in" in t for t in messages.texts()), timeout=30_000)
    (backup,) = stick.iterdir()
    assert backup.name.startswith("sandiq-backup-")
    copy = unlock(backup, PASSPHRASE)
    with copy.read() as session:
        assert [c["reference"] for c in export_document(session)["cases"]] == ["KG-2010-0007"]
    copy.lock()
    unlocked_window.menus.backup_action.trigger()  # a second one the same day gets its own name
    qtbot.waitUntil(
        lambda: sum("The backup is in" in t for t in messages.texts()) == 2, timeout=30_000
    )
    assert len(list(stick.iterdir())) == 2
