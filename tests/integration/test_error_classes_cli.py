"""The sandiq command, in Russian, does not call shares that do not open the vault a wrong
passphrase, nor a folder that is not empty given to salvage a folder holding a vault: core
raises a class of its own for each (test_error_classes_said), and the command keeps core's
sentence for it. The remains of a vault where one was to be made are what VaultExists and the
window's sentence for it mean, so the command says that sentence for them too."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq


def test_shares_that_do_not_open_the_vault_are_no_wrong_passphrase_in_russian(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    old_shares = tmp_vault.split_recovery(2, 2)
    tmp_vault.split_recovery(2, 2)
    tmp_vault.lock()
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text("\n".join(old_shares))
    env = {"SANDIQ_LANGUAGE": "ru", "SANDIQ_NEW_PASSPHRASE": "another long passphrase"}
    run = sandiq.fails("passwd", "--shares-file", str(shares_file), env=env)
    assert run.error_lines == [
        "sandiq: error: these shares do not open this vault (they were made for another "
        "vault, or replaced by newer ones)"
    ]


def test_a_salvage_into_a_folder_that_is_not_empty_is_not_called_a_vault_in_russian(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("not a vault")
    run = sandiq.fails("salvage", "--to", str(taken), env={"SANDIQ_LANGUAGE": "ru"})
    assert run.error_lines == [
        f"sandiq: error: {taken} is not empty; salvage into a new or empty folder"
    ]


def test_the_remains_of_a_vault_are_said_as_the_window_says_them_in_russian(
    sandiq: Sandiq, tmp_path: Path
) -> None:
    remains = tmp_path / "remains"
    remains.mkdir()
    (remains / "vault.db").write_bytes(b"what a wiped vault left")
    run = sandiq.fails("init", vault=remains, env={"SANDIQ_LANGUAGE": "ru"})
    assert run.error_lines == ["sandiq: error: В этой папке уже есть хранилище (или его остатки)."]
    assert sandiq.fails("init", vault=remains).error_lines == [
        f"sandiq: error: {remains} holds a database without a header (an interrupted or wiped "
        "vault); move it away first"
    ]
