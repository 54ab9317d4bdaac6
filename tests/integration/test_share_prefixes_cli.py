"""Colleagues' recovery shares copied in a hurry, each word cut short after its first four
letters, open a real vault and restore a real backup from the command line, as whole ones do;
a word that begins no word of the list is still named by its number."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.backup import back_up
from desktop_app.core.vault import Vault, unlock, unlock_with_shares
from tests.integration.conftest import Sandiq
from tests.unit.test_share_prefixes import abbreviated

NEW_PASSPHRASE = "a passphrase for after the shares"


def test_abbreviated_shares_open_the_vault(tmp_vault: Vault) -> None:
    shares = tmp_vault.split_recovery(2, 3)
    path = tmp_vault.path
    tmp_vault.lock()
    unlock_with_shares(path, [abbreviated(shares[1]), abbreviated(shares[2])]).lock()


def test_sandiq_passwd_takes_abbreviated_shares(sandiq: Sandiq, tmp_vault: Vault) -> None:
    shares = tmp_vault.split_recovery(2, 3)
    tmp_vault.lock()
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text(f"Share 3 of 3:\n{abbreviated(shares[2])}\n{abbreviated(shares[0])}\n")
    # Before: "sandiq: error: share 1: word 1 is not a share word".
    run = sandiq.ok(
        "passwd", "--shares-file", str(shares_file), env={"SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    )
    assert run.stdout.strip() == "Passphrase changed."
    unlock(sandiq.vault_dir, NEW_PASSPHRASE).lock()


def test_sandiq_restore_takes_abbreviated_shares_and_names_a_word_that_begins_none(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    shares = tmp_vault.split_recovery(2, 3)
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "TJ-2015-0042", "title": "Khorog"})
    backup = back_up(tmp_vault, tmp_path / "sandiq-backup")
    tmp_vault.lock()
    shares_file = sandiq.home / "shares.txt"
    target = sandiq.home / "new-laptop"
    env = {"SANDIQ_PASSPHRASE": None, "SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    args = ("restore", str(backup), "--shares-file", str(shares_file))
    words = abbreviated(shares[1]).split()
    words[7] = "qqqq"
    shares_file.write_text(f"{abbreviated(shares[0])}\n{' '.join(words)}\n")
    typo = sandiq.fails(*args, vault=target, env=env)
    assert typo.error_lines == ["sandiq: error: share 2: word 8 is not a share word"]
    assert not target.exists()
    shares_file.write_text(f"{abbreviated(shares[0])}\n{abbreviated(shares[1])}\n")
    sandiq.ok(*args, vault=target, env=env)
    listed = sandiq.ok("case", "list", vault=target, env={"SANDIQ_PASSPHRASE": NEW_PASSPHRASE})
    assert "TJ-2015-0042" in listed.stdout
