"""a bundle is known by its sender and its id: exchanged_bundle's key is (sender, bundle_id)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27

The bundle id is the sender's to choose, and the replay check looked it up alone. A contact
holding a valid key (a seized laptop) could sign a small bundle with the id of a colleague's
bundle it had also received, and the colleague's real bundle was then taken for a replay and
never imported; or reuse the id of a bundle this vault sent it, and the import failed on the
key as if the vault were damaged. Keyed by sender as well, neither collides: the bundles this
vault wrote carry its own key id, which no imported bundle does. SQLite cannot change a primary
key in place, so the table is rebuilt and every row, the whole exchange history, copied. The
key's index, sender first, replaces the index on sender alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_COLUMNS = "bundle_id, direction, sender, recipients, sequence, created_at, processed_at, summary"


def _rebuild(key: tuple[str, ...], copy_from: str) -> None:
    """exchanged_bundle again with key as its primary key, filled by the query copy_from."""
    op.create_table(
        "exchanged_bundle_new",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("sender", sa.String(length=64), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("processed_at", sa.String(length=32), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint(*key),
    )
    op.execute(f"INSERT INTO exchanged_bundle_new ({_COLUMNS}) {copy_from}")
    op.drop_table("exchanged_bundle")  # and its index on sender
    op.rename_table("exchanged_bundle_new", "exchanged_bundle")


def upgrade() -> None:
    _rebuild(("sender", "bundle_id"), f"SELECT {_COLUMNS} FROM exchanged_bundle")


def downgrade() -> None:
    # Where two senders used one id only one row can stay: this vault's own, else the first
    # imported (a later bundle of the other sender is then taken for a replay, as before).
    _rebuild(
        ("bundle_id",),
        f"SELECT {_COLUMNS} FROM exchanged_bundle WHERE true "
        "ORDER BY direction = 'sent' DESC, processed_at "
        "ON CONFLICT (bundle_id) DO NOTHING",
    )
    op.create_index("ix_exchanged_bundle_sender", "exchanged_bundle", ["sender"])
