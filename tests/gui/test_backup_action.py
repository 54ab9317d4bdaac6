"""Vault > Back up the vault: a new folder in the place chosen, which opens as a vault."""

from __future__ import annotations

import errno
import os
import shutil
import threading
from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from db.engine import DriverDatabaseError, DriverOperationalError
from desktop_app.core import backup as backup_module
from desktop_app.core.interchange import export_document
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE


class DiskUsage(NamedTuple):
    total: int
    used: int
    free: int


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


def _assert_said_full(texts: list[str], stick: Path) -> None:
    # Core names the stick and the sizes once the copy is removed (CopyDoesNotFit).
    (text,) = texts
    assert text.startswith(f"Not enough free space on {stick}: this needs about "), text
    assert text.endswith(" is free. Nothing was written."), text


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
    _assert_said_full(messages.texts(), stick)
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
    _assert_said_full(messages.texts(), stick)
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
    assert messages.texts()[0].startswith("The vault is damaged, so no backup was written")


def test_the_check_after_the_copy_counts_its_time_and_cancel_removes_the_copy(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    user_cancelled = threading.Event()
    real_copy = Vault.copy_database

    def copy_then_wait_for_the_user(self, target, progress=None, cancelled=None, checking=None):
        # The real copy and check; the check starts only once the user has seen it and
        # pressed Cancel (on a small test vault it would otherwise be over in milliseconds).
        def checking_seen() -> None:
            checking()
            user_cancelled.wait(30)

        with_wait = checking_seen if checking is not None else None
        return real_copy(self, target, progress, cancelled, with_wait)

    monkeypatch.setattr(Vault, "copy_database", copy_then_wait_for_the_user)
    unlocked_window.menus.backup_action.trigger()
    dialog = unlocked_window.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.labelText().startswith("Checking the backup… 0:0"))
    assert dialog.maximum() == 0  # a busy bar: the check cannot say how far it is
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    user_cancelled.set()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    assert messages.texts() == ["Cancelled; nothing was changed."]
    assert list(stick.iterdir()) == []  # no backup, and no hidden partial copy


def test_a_backup_that_cannot_fit_is_refused_at_once_in_one_line(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    # The machine cannot fill a disk on demand: the stick reports 1 MiB free.
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: DiskUsage(2**30, 2**30 - 2**20, 2**20))
    unlocked_window.menus.backup_action.trigger()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    (text,) = messages.texts()
    assert text.startswith(f"Not enough free space on {stick}: this needs about ")
    assert text.endswith(", and 1.00 MiB is free. Nothing was written.")
    assert "\n" not in text
    assert list(stick.iterdir()) == []


def test_a_place_that_is_a_file_or_not_there_is_named_in_a_sentence_of_its_own(
    qtbot, unlocked_window, messages, monkeypatch, tmp_path: Path
):
    dossier = tmp_path / "dossier2_uz.pdf"
    dossier.write_bytes(b"%PDF-1.7")
    unplugged = tmp_path / "media" / "stick"
    for shown, place in enumerate((dossier, unplugged), start=1):
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, p=place, **_k: str(p))
        unlocked_window.menus.backup_action.trigger()
        qtbot.waitUntil(lambda n=shown: len(messages.texts()) == n)
    # Before: "Some input is not valid: …/dossier2_uz.pdf does not exist (is the memory stick
    # connected?)", core's English line inside a translated one, and wrong for a file.
    assert messages.texts() == [
        f"{dossier} is a file, not a folder: choose a folder.",
        f"The folder {unplugged} is not there: is the memory stick connected?",
    ]
    assert dossier.read_bytes() == b"%PDF-1.7"
    assert not (tmp_path / "media").exists()  # no folder made on the internal disk
