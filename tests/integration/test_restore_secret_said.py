"""`sandiq restore` says a wrong passphrase or shares for the backup in its own words (a backup
opens with the secret the vault had when it was made), in English and in Russian, now that core
raises shares that do not open it as WrongShares and the window's "wrong passphrase" is said for
a WrongPassphrase by its class."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "these shares do not open this backup (a backup opens with the shares the vault had "
            "when the backup was made)",
        ),
        (
            "ru",
            "эти доли не открывают эту резервную копию (резервная копия открывается долями, "
            "которые были у хранилища, когда она создавалась)",
        ),
    ],
)
def test_shares_that_do_not_open_a_backup_are_said_for_the_backup(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path, language: str, said: str
) -> None:
    old_shares = tmp_vault.split_recovery(2, 2)
    tmp_vault.split_recovery(2, 2)
    tmp_vault.lock()
    backup = tmp_path / "backup"
    sandiq.ok("backup", "--out", str(backup))
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text("\n".join(old_shares))
    env = {"SANDIQ_LANGUAGE": language, "SANDIQ_NEW_PASSPHRASE": "another long passphrase"}
    run = sandiq.fails(
        "restore", str(backup), "--shares-file", str(shares_file), vault=tmp_path / "r", env=env
    )
    assert run.error_lines == [f"sandiq: error: {said}"]


def test_a_wrong_passphrase_for_a_backup_is_said_for_the_backup_in_russian(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup"
    sandiq.ok("backup", "--out", str(backup))
    env = {"SANDIQ_LANGUAGE": "ru", "SANDIQ_PASSPHRASE": "not the passphrase at all"}
    run = sandiq.fails("restore", str(backup), vault=tmp_path / "r", env=env)
    assert run.error_lines == [
        "sandiq: error: неверная парольная фраза для этой резервной копии (резервная копия "
        "открывается парольной фразой, которая была у хранилища, когда она создавалась)"
    ]
