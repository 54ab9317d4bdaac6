"""Vault > Back up the vault: a new folder in the place chosen, which opens as a vault."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from db.engine import DriverDatabaseError, DriverOperationalError
from desktop_app.core import backup as backup_module
from desktop_app.core.interchange import export_document
from desktop_app.core.vault import Vault, unlock
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


def test_a_full_stick_is_named_and_leaves_no_backup_folder(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))

    def disk_full(*_args, **_kwargs):  # the machine cannot fill a disk on demand
        raise DriverOperationalError("database or disk is full")

    monkeypatch.setattr(Vault, "copy_database", disk_full)
    unlocked_window.menus.backup_action.trigger()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    assert messages.texts() == ["The disk is full; nothing was changed."]
    assert list(stick.iterdir()) == []


def test_a_full_stick_while_the_header_is_copied_is_named_too(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module, "_copy_durably", disk_full)
    unlocked_window.menus.backup_action.trigger()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    assert messages.texts() == ["The disk is full; nothing was changed."]
    assert list(stick.iterdir()) == []


def test_a_damaged_page_met_by_the_backup_is_named_as_damage(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))

    def damaged(*_args, **_kwargs):
        raise DriverDatabaseError("database disk image is malformed")

    monkeypatch.setattr(Vault, "copy_database", damaged)
    unlocked_window.menus.backup_action.trigger()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    assert messages.texts() == ["The vault is damaged."]
