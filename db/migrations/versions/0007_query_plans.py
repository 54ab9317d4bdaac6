"""indexes that keep the right query plan without statistics: live testimonies by date and by
case (partial indexes), and the audit log by record

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

A vault has no statistics (sqlite_stat1) until something analyses it, and SQLite then
guesses that every index narrows a lookup as well as any other. ``ix_testimony_list``
(is_deleted, date, id) looked as good as the witness or case index for "this person's live
testimonies", and SQLite read all 100,000 of them through it (1-3 s). Its partial
replacement holds only live testimonies and starts with the date, so no equality lookup can
use it; the case's live testimonies get their own, already in date order.
"""

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

LIVE = sa.text('is_deleted IS 0')  # the form SQLAlchemy writes for is_(False)


def upgrade() -> None:
    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.drop_index('ix_testimony_list')
        batch_op.create_index('ix_testimony_live', ['date', 'id'], sqlite_where=LIVE)
        batch_op.create_index(
            'ix_testimony_case_live', ['case_id', 'date', 'id'], sqlite_where=LIVE
        )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_record_id', ['record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_record_id')
    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.drop_index('ix_testimony_case_live')
        batch_op.drop_index('ix_testimony_live')
        batch_op.create_index('ix_testimony_list', ['is_deleted', 'date', 'id'], unique=False)
