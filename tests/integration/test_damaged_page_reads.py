"""After a read meets a damaged page, the rest of the vault still reads: the connection that
failed is discarded, not handed to the next reader."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from db import models
from db.engine import DriverDatabaseError
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import VaultCorrupted
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE
from tests.integration.test_salvage import damage_a_testimony_page, fill_cases

READ_TESTIMONIES = text("SELECT length(narrative) FROM testimony NOT INDEXED")


def _damaged_vault(tmp_vault: Vault) -> Vault:
    fill_cases(tmp_vault)
    damage_a_testimony_page(tmp_vault)
    return unlock(tmp_vault.path, PASSPHRASE, rebuild_stale_index=False)


def test_intact_tables_read_after_a_read_of_a_damaged_one(tmp_vault: Vault) -> None:
    vault = _damaged_vault(tmp_vault)
    try:
        with pytest.raises(DriverDatabaseError), vault.read() as session:
            session.execute(READ_TESTIMONIES).all()
        # The people's pages were never read on this connection's pool before.
        with vault.read() as session:
            names = session.scalars(select(models.Person.name)).all()
        assert len(names) == 60
    finally:
        vault.lock()


def test_a_case_still_reads_after_a_damaged_read_in_a_transaction(tmp_vault: Vault) -> None:
    vault = _damaged_vault(tmp_vault)
    try:
        with (
            pytest.raises(VaultCorrupted),
            database_errors_reported(),
            vault.transaction() as session,
        ):
            session.execute(READ_TESTIMONIES).all()
        with database_errors_reported(), vault.transaction() as session:
            vault.writer(session).create("case", {"reference": "R-new", "title": "After"})
        with vault.read() as session:
            assert session.scalar(select(func.count()).select_from(models.Case)) == 21
    finally:
        vault.lock()
