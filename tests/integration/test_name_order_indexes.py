"""Revision 0009 (lists in name order from an index): the people list sorted by name or
pseudonym and the case list sorted by title read a page from an index of the sort key, not
every record's key; a vault made at 0008 gains the indexes and keeps its data and its order."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.schema import CreateIndex

from db import migrate
from db.models import Base, Case
from desktop_app.core import listing, vault_schema
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE
from tests.integration.test_migrations import make_vault_at
from tests.integration.test_people_list_order import PEOPLE_IN_ORDER, add_people, walk
from tests.integration.test_query_plans import _plans

NAME_ORDER_INDEXES = {
    "ix_case_title_order": "case",
    "ix_person_name_order": "person",
    "ix_person_pseudonym_order": "person",
}


def _index_sql(vault: Vault) -> dict[str, str]:
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        return {name: sql for name, sql in rows if sql}


@pytest.mark.parametrize(("kind", "sort"), [("person", "name"), ("person", "pseudonym"),
                                            ("case", "title")])  # fmt: skip
def test_a_page_in_name_order_is_read_from_the_index(
    tmp_vault: Vault, kind: str, sort: str
) -> None:
    add_people(tmp_vault, PEOPLE_IN_ORDER[:6], pseudonym="Witness")
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "KG-1", "title": "Detention"})
    index = f"ix_{kind}_{sort}_order"
    table = '"case"' if kind == "case" else kind
    first = _plans(tmp_vault, lambda s: listing.fetch_page(s, kind, sort=sort, limit=2))
    assert first == [f"SCAN {table.strip(chr(34))} USING INDEX {index}"]  # no sort of all rows
    with tmp_vault.read() as session:
        row = listing.fetch_page(session, kind, sort=sort, limit=1)[0]
    key = listing.page_key(row, sort)
    for descending in (False, True):
        lines = _plans(
            tmp_vault,
            lambda s, d=descending: listing.fetch_page(s, kind, sort=sort, descending=d, after=key),
        )
        sign = "<" if descending else ">"
        assert lines == [f"SEARCH {table.strip(chr(34))} USING INDEX {index} (<expr>{sign}?)"]


def test_other_sorts_of_the_people_list_read_the_table_not_a_name_index(
    tmp_vault: Vault,
) -> None:
    add_people(tmp_vault, PEOPLE_IN_ORDER[:6])
    for sort in ("sex", "birth_date", "nationality"):
        lines = _plans(tmp_vault, lambda s, f=sort: listing.fetch_page(s, "person", sort=f))
        assert lines[0] == "SCAN person", (sort, lines)


def test_vault_at_0008_gains_the_name_order_indexes_and_keeps_its_order(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault_at(vault_dir, "0008", monkeypatch)
    with monkeypatch.context() as patch:  # people added by the version before
        patch.setattr(vault_schema, "upgrade", lambda engine: migrate.upgrade(engine, "0008"))
        old = unlock(vault_dir, PASSPHRASE)
        try:
            ids = add_people(old, PEOPLE_IN_ORDER)
            assert migrate.current_revision(old.engine) == "0008"
            assert not NAME_ORDER_INDEXES.keys() & _index_sql(old).keys()
        finally:
            old.lock()
    vault = unlock(vault_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        made = _index_sql(vault)
        for name, table in NAME_ORDER_INDEXES.items():
            model = next(i for i in Base.metadata.tables[table].indexes if i.name == name)
            expected = str(CreateIndex(model).compile(vault.engine)).strip()
            assert " ".join(made[name].split()) == " ".join(expected.split())
        with vault.read() as session:
            assert list(session.scalars(select(Case.title))) == ["Kept"]
        for descending in (False, True):
            rows = walk(vault, "person", "name", page_size=4, descending=descending)
            expected_order = PEOPLE_IN_ORDER[::-1] if descending else PEOPLE_IN_ORDER
            assert [row.name for row in rows] == expected_order
        assert {row.id for row in rows} == set(ids)
    finally:
        vault.lock()
