"""Files an intake recorded and never added (unfinished_intakes): said once, kept only inside
the vault, and a vault made before the table (0014) gains it when upgraded."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from db import migrate
from desktop_app.core import vault_schema
from desktop_app.core.unfinished_intakes import (
    end_intake,
    forget_intakes,
    record_intakes,
    take_unfinished_intakes,
)
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.core.verify import verify_vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _case(vault: Vault, reference: str = "KG-2010-0007") -> UUID:
    with vault.transaction() as session:
        return vault.writer(session).create("case", {"reference": reference, "title": "A"}).id


def test_what_no_add_ended_is_said_once_in_the_order_recorded(tmp_vault: Vault) -> None:
    case_id = _case(tmp_vault)
    ids = record_intakes(tmp_vault, "case", case_id, ["a.jpg", "dir/b.jpg", "..", "c.jpg"])
    assert ids[2] is None  # no usable name: that file is refused at once, and said then
    with tmp_vault.transaction() as session:
        end_intake(session, ids[0])  # added: its attachment's commit forgets it
    forget_intakes(tmp_vault, [ids[3]])  # refused: the intake's message said it
    taken = take_unfinished_intakes(tmp_vault)
    assert [(t.file_name, t.owner_label) for t in taken] == [("b.jpg", "KG-2010-0007")]
    assert take_unfinished_intakes(tmp_vault) == []


def test_a_rolled_back_add_leaves_its_intake_to_be_said(tmp_vault: Vault) -> None:
    case_id = _case(tmp_vault)
    [intake_id] = record_intakes(tmp_vault, "case", case_id, ["scan.pdf"])
    with pytest.raises(RuntimeError), tmp_vault.transaction() as session:
        end_intake(session, intake_id)
        raise RuntimeError("killed midway")
    assert [t.file_name for t in take_unfinished_intakes(tmp_vault)] == ["scan.pdf"]


def test_a_vault_at_0014_gains_the_table_when_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:  # as Sandiq made it before 0015
        patch.setattr(vault_schema, "upgrade", lambda engine: migrate.upgrade(engine, "0014"))
        vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = _case(vault)
    vault.lock()
    older = unlock(tmp_path / "v", PASSPHRASE, upgrade_older_format=False)
    assert older.older_format is not None
    assert record_intakes(older, "case", case_id, ["a.jpg"]) == [None]  # nothing written
    assert take_unfinished_intakes(older) == []
    older.lock()

    vault = unlock(tmp_path / "v", PASSPHRASE)
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    record_intakes(vault, "case", case_id, ["a.jpg"])
    assert [t.file_name for t in take_unfinished_intakes(vault)] == ["a.jpg"]
    assert verify_vault(vault) == []
    vault.lock()
