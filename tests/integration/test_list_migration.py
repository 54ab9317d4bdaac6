"""Revisions 0005 and 0007 (list indexes): a vault made at 0004 opens, gains the indexes that
list live testimonies, keeps its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db import migrate
from db.models import Case
from desktop_app.core import listing
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.test_migrations import make_vault_at


def test_vault_at_0004_gains_the_testimony_list_indexes(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault_at(vault_dir, "0004", monkeypatch)
    vault = unlock(vault_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        with vault.engine.connect() as conn:
            names = {
                row[0]
                for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")
            }
            plan = " ".join(
                str(row[-1])
                for row in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT count(*) FROM testimony WHERE is_deleted IS 0"
                )
            )
        assert {"ix_testimony_live", "ix_testimony_case_live"} <= names
        assert "ix_testimony_list" not in names  # 0007 replaced it
        # Counting never reads the narratives: a live index answers it (the smallest, which
        # since 0011 may be the interviewers').
        assert "USING COVERING INDEX ix_testimony_" in plan
        with vault.read() as session:
            assert list(session.scalars(select(Case.title))) == ["Kept"]
            assert listing.count_rows(session, "case") == 1
    finally:
        vault.lock()
