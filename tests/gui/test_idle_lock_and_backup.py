"""The idle lock and a long backup the user started: the lock waits for the backup, the progress
dialog says so, and the vault locks as soon as the backup is written. A lock by hand stops the
backup and says why; neither is called "Cancelled", which the user did not press."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from desktop_app.core.vault import Vault, unlock
from desktop_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE

IDLE_MS = 300  # the idle minutes, shortened: the same timer, only sooner
WAITING = "Sandiq will lock when the backup is done."


@pytest.fixture
def slow_backup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[threading.Event]:
    """Backups go to tmp_path/stick and take until the event is set (a multi-GB vault to a slow
    stick, which the machine cannot provide on demand): the real copy, then its real check once
    the event is set."""
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    may_finish = threading.Event()
    real_copy = Vault.copy_database

    def slow_copy(self, target, progress=None, cancelled=None, checking=None):
        def checking_slowly() -> None:
            checking()
            while not may_finish.wait(0.02):
                if cancelled():
                    break

        return real_copy(self, target, progress, cancelled, checking_slowly)

    monkeypatch.setattr(Vault, "copy_database", slow_copy)
    yield may_finish
    may_finish.set()  # no worker outlives its test


def _start_backup(qtbot, window: MainWindow) -> QProgressDialog:
    window.idle.timer.setInterval(IDLE_MS)
    window.idle.start()
    window.menus.backup_action.trigger()
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.labelText().startswith("Checking the backup…"))
    return dialog


def test_the_idle_lock_waits_for_the_backup_then_locks_at_once(
    qtbot, unlocked_window, messages, slow_backup, tmp_path: Path
):
    dialog = _start_backup(qtbot, unlocked_window)
    qtbot.waitUntil(lambda: dialog.labelText().endswith("\n" + WAITING), timeout=5_000)
    assert dialog.labelText().startswith("Checking the backup… 0:0")  # still counting
    qtbot.wait(2 * IDLE_MS)
    assert unlocked_window.vault is not None  # the backup goes on: the lock waits for it
    assert messages.texts() == []
    slow_backup.set()
    qtbot.waitUntil(lambda: unlocked_window.vault is None, timeout=30_000)  # locked at once
    (text,) = messages.texts()
    assert text.startswith("The backup is in ")
    (backup,) = (tmp_path / "stick").iterdir()
    unlock(backup, PASSPHRASE).lock()


def test_a_user_back_before_the_backup_ends_is_not_locked_out(
    qtbot, unlocked_window, messages, slow_backup
):
    dialog = _start_backup(qtbot, unlocked_window)
    qtbot.waitUntil(lambda: dialog.labelText().endswith(WAITING), timeout=5_000)
    qtbot.mouseMove(unlocked_window.centralWidget())  # the user is back
    assert WAITING not in dialog.labelText()
    unlocked_window.idle.timer.setInterval(60_000)  # and stays: no new idle time passes
    slow_backup.set()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    assert messages.texts()[0].startswith("The backup is in ")
    assert unlocked_window.vault is not None


def test_a_lock_by_hand_stops_the_backup_and_says_why(
    qtbot, unlocked_window, messages, slow_backup, tmp_path: Path
):
    _start_backup(qtbot, unlocked_window)
    unlocked_window.lock()
    qtbot.waitUntil(lambda: messages.texts() != [], timeout=30_000)
    # Before: "Cancelled; nothing was changed.", though nobody pressed Cancel.
    assert messages.texts() == [
        "The backup was stopped because the vault was locked; no backup was written."
    ]
    assert list((tmp_path / "stick").iterdir()) == []
