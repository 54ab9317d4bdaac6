"""files being added to the vault, so that an add killed midway is said at the next unlock

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-28

A power cut while a file was copied into the vault left no trace: the attachment's transaction
rolled back, as it should, but nothing told the user that the file they had added was not
there. A row naming the file and its record is now committed before the copy and removed with
the attachment's commit; the next unlock says what a row still names, then removes it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unfinished_intake",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("owner_kind", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("unfinished_intake")
