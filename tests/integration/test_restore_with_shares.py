"""Restoring a backup with colleagues' recovery shares: a new laptop, the passphrase forgotten,
the recovery key lost with the old laptop, and two colleagues who read out their shares."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Case
from desktop_app.core.attachments import add_attachment
from desktop_app.core.backup import back_up, restore
from desktop_app.core.errors import NotRecoveryShares, WrongPassphrase
from desktop_app.core.recovery_shares import SET_WORDS
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq, report_of, snapshot

NEW_PASSPHRASE = "a passphrase for the new laptop"


@pytest.fixture
def shared_backup(tmp_vault: Vault, tmp_path: Path) -> tuple[Path, list[str]]:
    """A backup of a vault with one case and an attachment, whose recovery is split 2 of 3;
    the vault itself is then lost with the old laptop."""
    shares = tmp_vault.split_recovery(2, 3)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        add_attachment(writer, "case", case.id, io.BytesIO(bytes(range(256)) * 64), "a.ogg")
    (tmp_path / "stick").mkdir()
    backup = back_up(tmp_vault, tmp_path / "stick" / "sandiq-backup")
    tmp_vault.lock()
    return backup, shares


def _references(vault: Vault) -> list[str]:
    with vault.read() as session:
        return list(session.scalars(select(Case.reference)))


def _mistyped(share: str, place: int) -> str:
    words = share.split()
    words[place - 1] = "zzzz"
    return " ".join(words)


def test_two_of_three_shares_restore_the_backup(
    shared_backup: tuple[Path, list[str]], tmp_path: Path
) -> None:
    backup, shares = shared_backup
    before = snapshot(backup)
    restored = restore(backup, tmp_path / "new-laptop", [shares[2], shares[0].upper()])
    try:
        assert _references(restored) == ["UZ-2005-0013"]
    finally:
        restored.lock()
    assert snapshot(backup) == before  # the backup is never written to


def test_a_mistyped_share_or_one_share_alone_is_refused_before_copying(
    shared_backup: tuple[Path, list[str]], tmp_path: Path
) -> None:
    backup, shares = shared_backup
    target = tmp_path / "new-laptop"
    typo = _mistyped(shares[1], SET_WORDS + 4)
    with pytest.raises(NotRecoveryShares, match=f"^share 2: word {SET_WORDS + 4} is not a share"):
        # cancelled is asked as the copy goes: a share refused after copying would fail here
        restore(backup, target, [shares[0], typo], cancelled=pytest.fail)
    with pytest.raises(NotRecoveryShares, match=r"^2 shares are needed; 1 given$") as refused:
        restore(backup, target, [shares[0]], cancelled=pytest.fail)
    assert refused.value.numbers == {"needed": 2, "given": 1}
    assert not target.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_shares_made_after_the_backup_do_not_open_it(tmp_vault: Vault, tmp_path: Path) -> None:
    backup = back_up(tmp_vault, tmp_path / "before-shares")
    first = tmp_vault.split_recovery(2, 2)
    later = back_up(tmp_vault, tmp_path / "with-shares")
    tmp_vault.split_recovery(2, 2)  # a new set: the backup opens with the one it had
    with pytest.raises(NotRecoveryShares, match=r"^this backup has no recovery shares"):
        restore(backup, tmp_path / "r", first, cancelled=pytest.fail)
    restore(later, tmp_path / "r", first).lock()
    with pytest.raises(WrongPassphrase, match="these shares do not open this vault"):
        restore(later, tmp_path / "r2", tmp_vault.split_recovery(2, 2))
    assert not (tmp_path / "r2").exists()


def test_sandiq_restore_with_a_shares_file_sets_a_new_passphrase(
    sandiq: Sandiq, shared_backup: tuple[Path, list[str]]
) -> None:
    backup, shares = shared_backup
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text(f"Share 3 of 3:\n{shares[2]}\n\nShare 1 of 3:\n{shares[0]}\n")
    target = sandiq.home / "new-laptop"
    forgotten = {"SANDIQ_PASSPHRASE": None, "SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    run = sandiq.ok("restore", str(backup), "--shares-file", str(shares_file), vault=target,
                    env=forgotten)  # fmt: skip
    assert report_of(run.stdout).startswith(f"Vault restored at {target} from {backup}.\n")
    assert "It opens with the new passphrase." in run.stdout
    listed = sandiq.ok("case", "list", vault=target, env={"SANDIQ_PASSPHRASE": NEW_PASSPHRASE})
    assert "UZ-2005-0013" in listed.stdout
    with pytest.raises(WrongPassphrase):  # the old, forgotten one no longer opens the copy
        unlock(target, PASSPHRASE)


def test_sandiq_restore_names_a_mistyped_share_and_too_few_shares(
    sandiq: Sandiq, shared_backup: tuple[Path, list[str]]
) -> None:
    backup, shares = shared_backup
    shares_file = sandiq.home / "shares.txt"
    target = sandiq.home / "new-laptop"
    env = {"SANDIQ_PASSPHRASE": None, "SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    args = ("restore", str(backup), "--shares-file", str(shares_file))
    shares_file.write_text(f"{shares[0]}\n{_mistyped(shares[1], 7)}\n")
    typo = sandiq.fails(*args, vault=target, env=env)
    assert typo.error_lines == ["sandiq: error: share 2: word 7 is not a share word"]
    shares_file.write_text(f"{shares[0]}\n")
    alone = sandiq.fails(*args, vault=target, env=env)
    assert alone.error_lines == ["sandiq: error: 2 shares are needed; 1 given"]
    no_new = sandiq.fails(*args, vault=target, env={**env, "SANDIQ_NEW_PASSPHRASE": None})
    assert "SANDIQ_NEW_PASSPHRASE" in no_new.error_lines[0]  # asked before copying
    assert not target.exists()


def test_sandiq_restore_with_the_recovery_key_sets_a_new_passphrase_too(
    sandiq: Sandiq, recovery_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery_key = recovery_vault
    backup = back_up(vault, tmp_path / "b")
    vault.lock()
    key_file = sandiq.home / "recovery.txt"
    key_file.write_text(recovery_key)
    target = sandiq.home / "new-laptop"
    env = {"SANDIQ_PASSPHRASE": None, "SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    sandiq.ok("restore", str(backup), "--recovery-key-file", str(key_file), vault=target, env=env)
    unlock(target, NEW_PASSPHRASE).lock()
