"""Errors the window names by their class (a wrong passphrase, no vault in the folder) are said
in Russian and Uzbek by the sandiq command as the window says them, after the unchanged
"sandiq: error: " prefix; English keeps core's own words. Where core raises the same class for
another situation (a wrong recovery key, a restore into a folder that is not empty), the
window's sentence would misstate it, and the command keeps core's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.keys import new_recovery_key
from tests.integration.conftest import Sandiq


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", "Неверная парольная фраза."),
        ("uz", "Parol iborasi notoʻgʻri."),
        ("en", "wrong passphrase"),
    ],
)
def test_a_wrong_passphrase_is_said_as_the_window_says_it(
    sandiq: Sandiq, locked_vault: Path, language: str, said: str
) -> None:
    env = {"SANDIQ_LANGUAGE": language, "SANDIQ_PASSPHRASE": "not the passphrase"}
    run = sandiq.fails("stats", env=env)
    assert run.returncode == 1
    assert run.error_lines == [f"sandiq: error: {said}"]


def test_no_vault_in_the_folder_is_said_in_russian_and_uzbek(
    sandiq: Sandiq, tmp_path: Path
) -> None:
    empty = tmp_path / "nothing here"
    empty.mkdir()
    run = sandiq.fails("stats", vault=empty, env={"SANDIQ_LANGUAGE": "ru"})
    assert run.error_lines == ["sandiq: error: В этой папке нет хранилища."]
    run = sandiq.fails("stats", vault=empty, env={"SANDIQ_LANGUAGE": "uz"})
    assert run.error_lines == ["sandiq: error: Bu jildda saqlagich yoʻq."]
    assert sandiq.fails("stats", vault=empty).error_lines == [f"sandiq: error: no vault at {empty}"]


def test_a_wrong_recovery_key_is_not_called_a_wrong_passphrase(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text(new_recovery_key())  # well formed, but another vault's
    run = sandiq.fails("passwd", "--recovery-key-file", str(key_file), env={"LANG": "ru_RU"})
    assert run.error_lines == ["sandiq: error: wrong recovery key"]


def test_a_restore_into_a_folder_that_is_not_empty_is_not_called_a_vault(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup"
    sandiq.ok("backup", "--out", str(backup))
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("not a vault")
    run = sandiq.fails("restore", str(backup), vault=taken, env={"SANDIQ_LANGUAGE": "ru"})
    assert "хранилище (или его остатки)" not in run.stderr  # the window's "holds a vault"
    assert run.error_lines == [
        f"sandiq: error: {taken} is not empty; restore into a new or empty folder"
    ]
