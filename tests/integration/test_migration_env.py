"""Alembic's env.py sees every table of a vault: the tables are declared in several modules
(db.models, db.vault_bookkeeping, db.exchange_state, db.search_tables), and a table whose module
env.py does not import would look to autogenerate like a table to drop."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop_app.core.vault import Vault

# Run in a fresh interpreter: in this one the app has imported every table module already, so
# Base.metadata is complete whatever env.py imports. Only db is imported there, as by Alembic.
_ENV_TABLES = """
import json, os, sys
from pathlib import Path
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
from db import migrate
from db.engine import open_engine

seen = []

def keep_metadata(_revision, context):
    seen.append(context.opts["target_metadata"])
    return []  # no migration step: only env.py's configuration is read

engine = open_engine(Path(sys.argv[1]), os.urandom(32))
with engine.begin() as conn:
    config = migrate._config(conn)
    script = ScriptDirectory.from_config(config)
    with EnvironmentContext(config, script, fn=keep_metadata):
        script.run_env()
print(json.dumps(sorted(seen[0].tables)))
"""


def _env_tables(scratch: Path) -> set[str]:
    """The tables on the metadata db/migrations/env.py hands to Alembic."""
    run = subprocess.run(
        [sys.executable, "-c", _ENV_TABLES, str(scratch)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    return set(json.loads(run.stdout))


def test_alembic_env_declares_every_table_a_new_vault_has(tmp_vault: Vault, tmp_path: Path):
    with tmp_vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        in_vault = {name for (name,) in rows}
    # The FTS5 table and its shadow tables are made by raw SQL in the migration, not by models.
    made_by_models = {
        name
        for name in in_vault
        if not name.startswith(("search_fts", "sqlite_")) and name != "alembic_version"
    }
    assert _env_tables(tmp_path / "scratch.db") == made_by_models
