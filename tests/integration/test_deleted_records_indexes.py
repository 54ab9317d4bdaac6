"""Revision 0010 (deleted records by the time of their deletion): the list of deleted records
reads each table's deleted rows from a partial index, not every row of every table (1.9 s with
100,000 testimonies); a vault made at 0009 gains the indexes and lists its deleted records."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy.schema import CreateIndex

from db import migrate
from db.models import Base
from desktop_app.core import vault_schema
from desktop_app.core.deletion import deleted_records
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE
from tests.integration.test_migrations import make_vault_at
from tests.integration.test_query_plans import _plans, _statements

DELETED_INDEXES = {
    f"ix_{table}_deleted": table for table in ("case", "person", "testimony", "event", "attachment")
}


def _index_sql(vault: Vault) -> dict[str, str]:
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        return {name: sql for name, sql in rows if sql}


def _delete_some(vault: Vault) -> list[tuple[str, UUID]]:
    """A case with a witness, a testimony and an event, deleted one after another (kind, id,
    the first deleted first); a live case and person stay."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        writer.create("case", {"reference": "UZ-LIVE", "title": "Stays"})
        case = writer.create("case", {"reference": "UZ-1", "title": "Andijan"})
        witness = writer.create("person", {"name": "Gulnora Karimova"})
        testimony = writer.create("testimony", {"case": str(case.id), "witness": str(witness.id)})
        event = writer.create("event", {"case": str(case.id), "act_type": "arbitrary_detention"})
        deleted = [("event", event), ("testimony", testimony), ("person", witness), ("case", case)]
        for _, record in deleted:
            session.flush()
            writer.delete(record)
    return [(kind, record.id) for kind, record in deleted]


def test_the_list_of_deleted_records_reads_each_table_from_its_deleted_index(
    tmp_vault: Vault,
) -> None:
    _delete_some(tmp_vault)
    with tmp_vault.read() as session, _statements(tmp_vault.engine) as statements:
        deleted_records(session)
    plans = {}
    with tmp_vault.engine.connect() as conn:
        for statement, parameters in statements:
            words = statement.split()
            if "is_deleted IS 1 ORDER BY" in " ".join(words):
                table = words[words.index("FROM") + 1].strip('"')
                plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                plans[table] = [str(row[-1]) for row in plan]
    # Before: ["SCAN testimony", "USE TEMP B-TREE FOR ORDER BY"]: every row read, then sorted.
    assert plans == {
        table: [f"SCAN {table} USING INDEX {index}"] for index, table in DELETED_INDEXES.items()
    }


def test_vault_at_0009_gains_the_deleted_records_indexes_and_lists_its_deleted_records(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault_at(vault_dir, "0009", monkeypatch)
    with monkeypatch.context() as patch:  # records deleted by the version before
        patch.setattr(vault_schema, "upgrade", lambda engine: migrate.upgrade(engine, "0009"))
        old = unlock(vault_dir, PASSPHRASE)
        try:
            deleted = _delete_some(old)
            assert migrate.current_revision(old.engine) == "0009"
            assert not DELETED_INDEXES.keys() & _index_sql(old).keys()
        finally:
            old.lock()
    vault = unlock(vault_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        made = _index_sql(vault)
        for name, table in DELETED_INDEXES.items():
            model = next(i for i in Base.metadata.tables[table].indexes if i.name == name)
            expected = str(CreateIndex(model).compile(vault.engine)).strip()
            assert " ".join(made[name].split()) == " ".join(expected.split())
        with vault.read() as session:
            listed = [(row.kind, row.record_id) for row in deleted_records(session)]
        assert listed == deleted[::-1]  # the latest deleted first
        lines = _plans(vault, deleted_records)
        assert "SCAN testimony USING INDEX ix_testimony_deleted" in lines
    finally:
        vault.lock()
