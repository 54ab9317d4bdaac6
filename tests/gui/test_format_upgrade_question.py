"""Unlocking a vault made by an older Sandiq asks before upgrading it: Cancel leaves it as it
was, Upgrade opens it, Back up first writes a backup (in the older format) and then upgrades."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import migrate
from desktop_app.core.vault import unlock
from desktop_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.integration.conftest import snapshot
from tests.integration.test_migrations import make_vault_at

QUESTION = (
    "This vault was last used with an older version of Sandiq. To open it, Sandiq must upgrade "
    "it, and older versions will not open it afterwards."
)


@pytest.fixture
def older_vault(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A locked vault, holding one case, whose schema stopped at revision 0008."""
    make_vault_at(vault_dir, "0008", monkeypatch)
    return vault_dir


def _answering(button: str, asked: list[str]) -> Callable[[QMessageBox], int]:
    """A QMessageBox.exec that records the question and clicks the button labelled button."""

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        labels = {b.text(): b for b in box.buttons()}
        assert set(labels) == {"&Back up first…", "&Upgrade", "Cancel"}
        labels[button].click()
        return 0

    return exec_


def _unlock(window: MainWindow) -> None:
    dialog = window.show_unlock()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.attempt()


def test_cancel_leaves_the_older_vault_untouched(
    qtbot, window: MainWindow, older_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(older_vault)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _answering("Cancel", asked))
    first = window.show_unlock()
    _unlock(window)
    qtbot.waitUntil(lambda: window.unlock_dialog not in (None, first))
    assert asked == [QUESTION]
    assert window.vault is None
    again = window.unlock_dialog
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    assert window.unlock_dialog is again  # the first one's deletion forgets only itself
    assert again.isVisible()  # back where the user was, to try another vault
    assert snapshot(older_vault) == before


def test_upgrade_opens_the_vault(
    qtbot, window: MainWindow, older_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _answering("&Upgrade", asked))
    _unlock(window)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert asked == [QUESTION]
    assert migrate.current_revision(window.vault.engine) == migrate.head_revision()
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 1)


def test_back_up_first_writes_a_backup_older_versions_open_then_upgrades(
    qtbot,
    window: MainWindow,
    older_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _answering("&Back up first…", asked))
    _unlock(window)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert asked == [QUESTION]
    assert migrate.current_revision(window.vault.engine) == migrate.head_revision()
    (backup,) = stick.iterdir()
    copy = unlock(backup, PASSPHRASE, upgrade_older_format=False)
    try:
        assert copy.older_format is not None and copy.older_format.format == 8
    finally:
        copy.lock()


def test_a_backup_not_written_asks_again(
    qtbot, window: MainWindow, older_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(older_vault)
    asked: list[str] = []
    answers = iter(["&Back up first…", "Cancel"])  # no folder chosen for the backup, then Cancel

    def exec_(box: QMessageBox) -> int:
        return _answering(next(answers), asked)(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    _unlock(window)
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert window.vault is None
    assert snapshot(older_vault) == before
