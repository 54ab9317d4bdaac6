"""pairs of people marked as not the same person: the duplicates finder leaves them out

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28

Among 20,000 people the finder lists 315 likely pairs, most of them namesakes; "Not the same
person" was forgotten as soon as the list was closed, so a user who had checked 300 pairs met
them all again. A pair is kept once, the lower id first (the CHECK), with when it was decided.
The people's ids are foreign keys: a mark never names a person who does not exist, so verify's
foreign key check holds, and salvage leaves out the marks of people it could not copy. People
are tombstoned, not erased, so a mark outlives a deletion or a merge; the cascade is for the
day a person row is removed for good.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "not_same_pair",
        sa.Column("person_a_id", sa.Uuid(), nullable=False),
        sa.Column("person_b_id", sa.Uuid(), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("person_a_id < person_b_id", name="ck_not_same_pair_order"),
        sa.ForeignKeyConstraint(["person_a_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_b_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_a_id", "person_b_id"),
    )
    op.create_index("ix_not_same_pair_person_b_id", "not_same_pair", ["person_b_id"])


def downgrade() -> None:
    op.drop_index("ix_not_same_pair_person_b_id", table_name="not_same_pair")
    op.drop_table("not_same_pair")
