"""an index of live testimonies' interviewers: the testimony list's text filter reads it, not
every testimony

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27

The Testimonies list's filter matches a case reference, a witness's name or an interviewer.
Cases and people are small tables and the testimonies of the matching ones are found through
the case and witness indexes; the interviewer was in the testimony rows alone, so every filter
read all of them, narratives included (1.9 s of CPU on 100,000 testimonies, for each filter
typed). This index holds the interviewer of live testimonies only (``is_deleted IS 0``, as
SQLAlchemy writes ``is_(False)``), so the filter scans a few pages of names instead.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_testimony_interviewer_live",
        "testimony",
        ["interviewer"],
        sqlite_where=sa.text("is_deleted IS 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_testimony_interviewer_live", table_name="testimony")
