"""Schema migrations: the newest revision builds exactly the models, older vaults open."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, select

from db import exchange_state, migrate, search_tables, vault_bookkeeping  # noqa: F401
from db.engine import json_text
from db.models import Base, Case
from db.rows import RevisionRow
from desktop_app.core import records, vault_creation, vault_schema
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.core.verify import verify_vault
from tests.conftest import FAST_KDF, PASSPHRASE

FIRST_REVISION = "0001"


def _not_fts(name: str | None, type_: str, parent_names: object) -> bool:
    # The FTS5 table and its shadow tables are made by raw SQL in the migration, not by models.
    return not (type_ == "table" and name is not None and name.startswith("search_fts"))


def test_migrations_build_exactly_the_models(tmp_vault: Vault) -> None:
    with tmp_vault.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": _not_fts, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == migrate.head_revision()
        columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(search_fts)")]
        assert columns == ["title", "body", "folded", "names"]


def _insert_revisions_before_authors(conn: Connection, revisions: Sequence[RevisionRow]) -> None:
    """Revisions as Sandiq wrote them before they kept their author (``made_by``, 0006)."""
    conn.exec_driver_sql(
        "INSERT INTO revision (record_kind, record_id, version, content_hash, is_deleted, data, "
        "saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (r.record_kind, r.record_id.hex, r.version, r.content_hash, int(r.is_deleted),
             json_text(r.data), r.saved_at, r.saved_by)
            for r in revisions
        ],
    )  # fmt: skip


def make_vault_at(path: Path, revision: str, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """A new vault whose schema stops at an older revision, as an older Sandiq made it."""

    def upgrade_to_revision(engine: Engine, target: str = "head") -> None:
        migrate.upgrade(engine, revision)

    with monkeypatch.context() as patch:
        patch.setattr(vault_schema, "upgrade", upgrade_to_revision)
        # Later revisions' search tables do not exist yet; unlocking rebuilds the index anyway.
        patch.setattr(vault_creation, "ensure_search_index", lambda session: False)
        patch.setattr(vault_creation, "mark_stale_after_unicode_change", lambda session: False)
        patch.setattr(records, "index_record", lambda session, record: None)
        patch.setattr(records, "insert_revisions", _insert_revisions_before_authors)
        vault = create_vault(path, PASSPHRASE, kdf=FAST_KDF).vault
        # Records as the old version wrote them: the writer, with the revision table's old SQL.
        with vault.transaction() as session:
            vault.writer(session).create("case", {"reference": "OLD-1", "title": "Kept"})
        assert migrate.current_revision(vault.engine) == revision
        vault.lock()
    return vault


def test_vault_made_at_the_first_revision_opens_and_is_upgraded(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault_at(vault_dir, FIRST_REVISION, monkeypatch)
    vault = unlock(vault_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        with vault.read() as session:
            assert list(session.scalars(select(Case.title))) == ["Kept"]
        assert verify_vault(vault) == []
    finally:
        vault.lock()


def test_unlock_skips_alembic_only_when_the_vault_is_at_the_head(tmp_vault: Vault) -> None:
    assert migrate.declared_head() == migrate.head_revision()
    assert migrate.is_current(tmp_vault.engine)
    with tmp_vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    assert not migrate.is_current(tmp_vault.engine) or migrate.head_revision() == "0001"


def test_every_revision_is_known_and_chained_to_the_first() -> None:
    known = migrate.known_revisions()
    assert FIRST_REVISION in known
    assert migrate.head_revision() in known
