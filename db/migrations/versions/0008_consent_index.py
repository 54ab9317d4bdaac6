"""index of testimonies' consent: whom a dossier must not name is read without the narratives

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

A dossier, and the file name suggested for it, must not name anyone who gave a testimony for
anonymised use only, in any case of the vault. Finding them read every testimony row, the
narratives' pages with them (3-10 s in a 100,000-testimony vault). This index holds every
column that question reads, so it is answered from the index alone (a few megabytes). It
begins with the consent flag, which no lookup of one record's testimonies asks for, so it
never looks narrower than the witness's or the case's index to the planner (see 0007).
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("testimony", schema=None) as batch_op:
        batch_op.create_index(
            "ix_testimony_consent",
            ["consent_anonymise", "consent_scope", "is_deleted", "witness_id", "id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("testimony", schema=None) as batch_op:
        batch_op.drop_index("ix_testimony_consent")
