"""Tests keep out of the home of whoever runs them: the folders Sandiq keeps for the account
(the restore ledger and import staging in the cache, settings, the usual vault folder) are the
test's own. Before, every in-process restore or salvage wrote and removed a record under the
runner's real ~/.cache/sandiq/unfinished-restores, and every unlock read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from platformdirs import user_cache_path, user_config_path

from desktop_app.core.backup import back_up, restore
from desktop_app.core.leftovers import restore_ledger
from desktop_app.core.vault import Vault, default_vault_dir
from tests.conftest import PASSPHRASE


def _is_in_home(path: Path) -> bool:
    return path.absolute().is_relative_to(Path.home())


def test_sandiqs_folders_for_the_account_are_outside_the_runners_home() -> None:
    assert not _is_in_home(user_cache_path("sandiq", appauthor=False))
    assert not _is_in_home(restore_ledger().folder)
    assert not _is_in_home(user_config_path("sandiq", appauthor=False))
    assert not _is_in_home(default_vault_dir())


def test_a_monkeypatch_undone_midway_leaves_them_outside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # test_backup_space undoes its own patches halfway, then restores again.
    monkeypatch.setenv("SANDIQ_TEST_MARK", "1")
    monkeypatch.undo()
    assert not _is_in_home(restore_ledger().folder)


def test_an_in_process_restore_records_its_folder_outside_the_runners_home(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    backup = back_up(tmp_vault, tmp_path / "backup")
    recorded: list[list[Path]] = []

    def note_records(_done: int, _total: int) -> None:
        folder = restore_ledger().folder
        recorded.append(sorted(folder.iterdir()) if folder.is_dir() else [])

    restore(backup, tmp_path / "restored", PASSPHRASE, progress=note_records).lock()

    [record] = {path for paths in recorded for path in paths}  # written while it ran
    assert not _is_in_home(record)
    assert not record.exists()  # and removed once it was done
