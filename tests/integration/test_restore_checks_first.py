"""A restore and a backup check everything they can before copying: a mistyped passphrase,
recovery key or share is refused before a byte of the backup is copied (minutes on a memory
stick), and the CLI's "Restoring 3 GiB…" line comes only once the copy starts, so that a
refusal is said on its own."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop_app.core.backup import back_up, restore
from desktop_app.core.errors import VaultCorrupted, VaultExists, WrongPassphrase
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq, snapshot


def _copied(backup: Path, target: Path, secret: str | list[str], **kw: bool) -> list[str]:
    """What the restore did before it was refused: its progress and check calls."""
    seen: list[str] = []
    with pytest.raises(WrongPassphrase):
        restore(
            backup,
            target,
            secret,
            progress=lambda done, total: seen.append(f"copied {done} of {total}"),
            checking=lambda: seen.append("checking"),
            **kw,
        )
    return seen


def test_a_wrong_secret_is_refused_before_anything_is_copied(
    recovery_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _recovery_key = recovery_vault
    vault.split_recovery(2, 3)
    other = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF).vault
    shares_of_another_vault = other.split_recovery(2, 3)[:2]
    other.lock()
    (tmp_path / "stick").mkdir()
    backup = back_up(vault, tmp_path / "stick" / "b")
    before = snapshot(backup)
    target = tmp_path / "restored"
    # Before, each copied the whole backup and failed when opening the copy.
    assert _copied(backup, target, "not the passphrase at all") == []
    assert _copied(backup, target, shares_of_another_vault) == []
    wrong_key = "AAAA-" * 12 + "AAAA"
    assert _copied(backup, target, wrong_key, is_recovery_key=True) == []
    assert _copied(backup, target, "not a key", is_recovery_key=True) == []  # NotARecoveryKey
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other", "stick", "vault"]
    assert snapshot(backup) == before


def test_the_restored_vault_gets_the_header_its_secret_was_checked_against(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    backup = back_up(tmp_vault, tmp_path / "b")
    restored = restore(backup, tmp_path / "r", PASSPHRASE)
    restored.lock()
    assert (tmp_path / "r" / "vault.header").read_bytes() == (backup / "vault.header").read_bytes()
    assert stat.S_IMODE((tmp_path / "r" / "vault.header").stat().st_mode) == 0o600


def test_restoring_into_the_backup_itself_says_so(tmp_vault: Vault, tmp_path: Path) -> None:
    backup = back_up(tmp_vault, tmp_path / "b")
    with pytest.raises(VaultExists, match=r"b is the backup itself; restore into another folder"):
        restore(backup, backup, PASSPHRASE)


def test_each_refusal_of_the_cli_is_its_only_line(sandiq: Sandiq, tmp_vault: Vault) -> None:
    tmp_vault.lock()
    out = sandiq.home / "backup"
    sandiq.ok("backup", "--out", str(out))
    full = sandiq.home / "full"
    full.mkdir()
    (full / "notes.txt").write_text("keep")
    refusals = {
        "wrong passphrase": (
            ("restore", str(out)),
            sandiq.home / "r",
            {"SANDIQ_PASSPHRASE": "not it at all"},
            "wrong passphrase for this backup",
        ),
        "onto a vault": (("restore", str(out)), tmp_vault.path, {}, "is not empty"),
        "into a used folder": (("restore", str(out)), full, {}, "is not empty"),
        "into the backup": (("restore", str(out)), out, {}, f"{out} is the backup itself"),
        "from no backup": (("restore", str(full)), sandiq.home / "r", {}, "not a Sandiq backup"),
        "backup into a used folder": (("backup", "--out", str(full)), None, {}, "not empty"),
        "backup into the vault": (
            ("backup", "--out", str(tmp_vault.path / "b")),
            None,
            {},
            "inside the vault's folder",
        ),
    }
    for name, (args, vault, env, said) in refusals.items():
        run = sandiq.fails(*args, vault=vault, env=env)
        assert said in run.error_lines[0], name
        # Before: "Restoring 616 KiB…" or "Backing up 657 KiB…" first, then the refusal.
        assert run.stdout == "", name
    assert not (sandiq.home / "r").exists()
    restored = sandiq.ok("restore", str(out), vault=sandiq.home / "r").stdout
    assert restored.startswith("Restoring ")  # once the checks have passed


def test_a_cut_short_backup_is_said_to_be_the_backups_damage(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    tmp_vault.lock()
    out = sandiq.home / "backup"
    sandiq.ok("backup", "--out", str(out))
    database = out / "vault.db"
    database.write_bytes(database.read_bytes()[: database.stat().st_size * 2 // 3 + 100])
    run = sandiq.fails("restore", str(out), vault=sandiq.home / "r")
    # Before: "the vault database is damaged or does not match its header", as if of the vault.
    assert run.error_lines[0].startswith("sandiq: error: the backup is damaged (")
    assert run.error_lines[0].endswith("; nothing was restored")
    assert not (sandiq.home / "r").exists()
    (out / "vault.header").write_bytes((out / "vault.header").read_bytes()[:100])
    run = sandiq.fails("restore", str(out), vault=sandiq.home / "r")
    assert run.error_lines[0].startswith("sandiq: error: the backup is damaged (its vault.header")
    with pytest.raises(VaultCorrupted, match="nothing was restored"):
        restore(out, sandiq.home / "r", PASSPHRASE)


def test_init_makes_the_per_user_folder_owner_only(sandiq: Sandiq, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh-data"  # nothing of Sandiq's on this computer yet
    fresh.mkdir(mode=0o755)
    fresh.chmod(0o755)
    run = sandiq(
        "init", env={"XDG_DATA_HOME": str(fresh)}, vault=fresh / "sandiq" / "vault", stdin=""
    )
    assert run.returncode == 0, run.stderr
    # Before: 0755 (mkdir(parents=True) gives parents the default mode), listable by all.
    assert stat.S_IMODE((fresh / "sandiq").stat().st_mode) == 0o700
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o755  # a folder that existed is left alone
