"""who made each version: the vault whose change a revision is, kept beside the vault that
saved it (they differ for a version that came in a colleague's bundle)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

Versions saved before this column existed keep NULL: who made them is worked out where the
vault can tell (desktop_app.core.authors) and is "not recorded" where it cannot.
"""

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('revision', sa.Column('made_by', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('revision', schema=None) as batch_op:
        batch_op.drop_column('made_by')
