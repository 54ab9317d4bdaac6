"""Schema migrations (Alembic), run on every unlock.

Alembic (with Mako) takes about a third of a second to import, on every command-line call and
every unlock; a database already at the newest revision, which is nearly every unlock, is
recognised by ``is_current`` without it.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*(.+?)\s*$", re.MULTILINE)


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of Sandiq knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


@functools.cache
def declared_head() -> str | None:
    """The newest revision as the migration scripts declare it, read as text (no Alembic);
    None if the scripts do not make one clear head."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(fields["revision"])
            parent = ast.literal_eval(fields.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None
        revisions.add(revision)
        parents.update([parent] if isinstance(parent, str) else parent or ())
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """True if the database is already at the newest revision (nothing to migrate)."""
    head = declared_head()
    if head is None:
        return False
    with engine.connect() as conn:
        if not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first():
            return False
        stored = [row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    return stored == [head]


def known_revisions() -> set[str]:
    """Every schema revision this version of Sandiq can upgrade from."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the open database (None for an empty one)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to revision, in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_config(conn), revision)
