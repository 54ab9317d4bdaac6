"""index for the desktop lists: count and page live testimonies by date without reading
their narratives

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.create_index('ix_testimony_list', ['is_deleted', 'date', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.drop_index('ix_testimony_list')
