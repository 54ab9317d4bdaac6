"""indexes of deleted records by the time of their deletion: the list of deleted records reads
the few deleted rows, not every record of every table

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27

Records > Deleted records (and ``sandiq deleted``) asked each table for its deleted records,
the latest first; with no index to answer that, SQLite read every row, narratives included,
and sorted the deleted ones: 1.9 s for 271 deleted records among 100,000 testimonies, on the
GUI thread. These indexes are partial: they hold only deleted records (a tombstone's
``updated_at`` is when it was deleted), so they stay small, and only a query that asks for
deleted records (``is_deleted IS 1``, as SQLAlchemy writes ``is_(True)``) can use them; the
lists and look-ups of live records are planned as before. The id makes them cover the "ids of
the deleted records" subqueries too (dangling references, merged people).
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("case", "person", "testimony", "event", "attachment")
DELETED = sa.text("is_deleted IS 1")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_deleted", table, ["updated_at", "id"], sqlite_where=DELETED)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)
