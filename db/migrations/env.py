"""Alembic environment: migrations always run on a connection the vault has already unlocked."""

from alembic import context

# Alembic compares the vault with the tables on Base.metadata, and a table is there once the
# module that declares it has been imported: all of them, not only db.models.
from db import (  # noqa: F401
    exchange_state,
    search_tables,
    unfinished_intakes,
    unfinished_outputs,
    vault_bookkeeping,
)
from db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Sandiq migrations run only through db.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
