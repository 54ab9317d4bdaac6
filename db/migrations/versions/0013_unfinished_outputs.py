"""temp files and folders being written outside the vault, removed at unlock if left behind

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29

A dossier, export or backup killed midway (kill -9, a power cut) left its hidden temp file or
folder beside the target: the whole dossier in the clear, or a copy of the vault, found again
only by a later write into the same folder. Each is now recorded here before it is made and
forgotten once renamed; the next unlock removes what a record still names. Paths are bytes, as
the file system gives them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unfinished_output",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("path", sa.LargeBinary(), nullable=False),
        sa.Column("is_folder", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("unfinished_output")
