"""A backup with a damaged page is not restored, and the refusal says how to get its records
back anyway: `sandiq salvage` copies everything that still reads of it into a new vault. Where
nothing can be salvaged, the advice does not send a backup back to itself."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Case
from desktop_app.core.attachments import add_attachment
from desktop_app.core.backup import DamagedBackup, back_up, restore
from desktop_app.core.errors import VaultCorrupted
from desktop_app.core.salvage import salvage
from desktop_app.core.vault import DATABASE_NAME, Vault, unlock
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq

RECORDING = bytes(range(256)) * 4000  # 1 MB: most of the database's pages


def damaged_backup(vault: Vault, folder: Path) -> Path:
    """A backup of vault with one case, one bit of its attached file's pages flipped."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Андижан"})
        add_attachment(writer, "case", case.id, io.BytesIO(RECORDING), "допрос.ogg")
    backup = back_up(vault, folder)
    database = backup / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01
    database.write_bytes(bytes(data))
    return backup


def test_a_damaged_backup_says_salvage_can_rescue_its_records(tmp_vault, tmp_path):
    backup = damaged_backup(tmp_vault, tmp_path / "backup")
    with pytest.raises(DamagedBackup) as refused:
        restore(backup, tmp_path / "restored", PASSPHRASE)
    assert str(refused.value).endswith(
        "nothing was restored: try another backup, or copy what still reads of this one into "
        f"a new vault with sandiq salvage --vault {backup} --to NEWFOLDER"
    )
    # The advice holds: the case comes back.
    salvage(backup, tmp_path / "salvaged", PASSPHRASE, kdf=FAST_KDF)
    rescued = unlock(tmp_path / "salvaged", PASSPHRASE)
    try:
        with rescued.transaction() as session:
            titles = list(session.scalars(select(Case.title)))
    finally:
        rescued.lock()
    assert titles == ["Андижан"]


def test_the_cli_restore_of_a_damaged_backup_names_salvage(sandiq: Sandiq, tmp_vault, tmp_path):
    backup = damaged_backup(tmp_vault, tmp_path / "backup")
    run = sandiq.fails("restore", str(backup), vault=tmp_path / "restored")
    assert f"sandiq salvage --vault {backup} --to NEWFOLDER" in run.stderr


def test_salvage_that_cannot_read_a_source_does_not_send_a_backup_to_itself(tmp_vault, tmp_path):
    backup = back_up(tmp_vault, tmp_path / "backup")
    database = backup / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[100] ^= 0x01  # the first page: nothing reads
    database.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted) as refused:
        salvage(backup, tmp_path / "salvaged", PASSPHRASE, kdf=FAST_KDF)
    assert str(refused.value).endswith("restore a backup (if this is a backup, try another one)")
