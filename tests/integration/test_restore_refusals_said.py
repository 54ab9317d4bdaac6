"""A restore refused for its backup or its target says so in restore's words: a backup whose
header is damaged is restored with another of its secrets ("restore it with the recovery
key"), not "open the vault… or restore a backup" while restoring one; a damaged backup names
itself in the commands to run; a target that is a file is called a file."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from desktop_app.core import keys
from desktop_app.core.backup import DamagedBackup, PlaceRefused, back_up, restore
from desktop_app.core.errors import BackupHeaderDamaged, WrongPassphrase
from desktop_app.core.vault import HEADER_NAME, Vault
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.test_damaged_backup_points_to_salvage import damaged_backup

DAMAGED_PASSPHRASE_SLOT = (
    "the backup's header is damaged: the passphrase cannot be checked; restore it with the "
    "recovery key, or restore another backup; nothing was restored"
)


def _backup_with_damaged_passphrase_slot(vault: Vault, folder: Path) -> Path:
    """A backup of vault whose passphrase slot lost a character, its checksum as it was."""
    backup = back_up(vault, folder)
    document = json.loads((backup / HEADER_NAME).read_bytes())
    [slot] = [slot for slot in document["slots"] if slot["kind"] == keys.SLOT_PASSPHRASE]
    text = slot["ciphertext"]
    slot["ciphertext"] = text[:10] + ("B" if text[10] == "A" else "A") + text[11:]
    (backup / HEADER_NAME).write_text(json.dumps(document, indent=1) + "\n")
    return backup


def test_a_damaged_backup_header_is_restored_with_another_secret(
    recovery_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery_key = recovery_vault
    backup = _backup_with_damaged_passphrase_slot(vault, tmp_path / "backup")
    target = tmp_path / "restored"
    with pytest.raises(BackupHeaderDamaged) as refused:
        restore(backup, target, PASSPHRASE)
    assert str(refused.value) == DAMAGED_PASSPHRASE_SLOT
    assert not isinstance(refused.value, WrongPassphrase)  # never counts as a wrong guess
    assert not target.exists()
    restore(backup, target, recovery_key, is_recovery_key=True).lock()


def test_the_cli_says_it_in_restores_words(
    sandiq: Sandiq, recovery_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = recovery_vault
    backup = _backup_with_damaged_passphrase_slot(vault, tmp_path / "backup")
    vault.lock()
    run = sandiq.fails("restore", str(backup), vault=tmp_path / "restored")
    assert run.stderr.strip().endswith(DAMAGED_PASSPHRASE_SLOT)
    assert "open the vault" not in run.stderr


def test_a_damaged_backup_names_itself_in_the_advice(tmp_vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "my backups").mkdir()
    backup = damaged_backup(tmp_vault, tmp_path / "my backups" / "May")
    with pytest.raises(DamagedBackup) as refused:
        restore(backup, tmp_path / "restored", PASSPHRASE)
    named = shlex.quote(str(backup))
    assert f"run sandiq verify --vault {named})" in str(refused.value)
    assert f"sandiq salvage --vault {named} --to NEWFOLDER" in str(refused.value)
    assert "BACKUP" not in str(refused.value)


def test_a_target_that_is_a_file_is_called_a_file(tmp_vault: Vault, tmp_path: Path) -> None:
    backup = back_up(tmp_vault, tmp_path / "backup")
    target = tmp_path / "notes.txt"
    target.write_text("kept")
    with pytest.raises(PlaceRefused) as refused:
        restore(backup, target, PASSPHRASE)
    assert refused.value.problem == "file"
    assert str(refused.value) == f"{target} is a file, not a folder; choose a folder"
    assert target.read_text() == "kept"
