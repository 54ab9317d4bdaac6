"""search filters without reading records: the record's own date range, status, sensitivity
and witness in search_document

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

The new columns are filled by rebuilding the search index: fold_version goes back to 0, which
makes Sandiq rebuild it right after upgrading (desktop_app.core.search.index).
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

COLUMNS = ('date_first', 'date_last', 'status', 'sensitivity')


def upgrade() -> None:
    for name in COLUMNS:
        length = 10 if name.startswith('date') else 16
        op.add_column('search_document', sa.Column(
            name, sa.String(length=length), nullable=False, server_default=''))
    op.add_column('search_document', sa.Column('person_id', sa.Uuid(), nullable=True))
    op.execute("UPDATE search_meta SET value = '0' WHERE key = 'fold_version'")


def downgrade() -> None:
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        for name in (*COLUMNS, 'person_id'):
            batch_op.drop_column(name)
