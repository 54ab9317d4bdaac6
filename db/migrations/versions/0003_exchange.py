"""exchange with colleagues: contacts, bundles sent and received, version vectors, conflicts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Every record that exists before this revision was made in this vault, so its version vector
starts as {its author: its version}. From then on triggers count every write: an insert, or an
update that changes ``version``, adds one edit by ``updated_by`` to the record's vector. They are
in the schema rather than in RecordWriter so that no write path can forget them.

A later migration that rebuilds a record table (batch mode copies it and drops the original)
drops these triggers with it and MUST create them again (``create_clock_triggers``);
tests/integration/test_exchange_migration.py fails if a record kind stops counting.
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

RECORD_TABLES = ('case', 'person', 'case_party', 'testimony', 'event', 'attachment')
_COUNT_EDIT = """
    INSERT OR IGNORE INTO record_clock (record_id, clock) VALUES (NEW.id, '{}');
    UPDATE record_clock
       SET clock = json_set(clock, '$."' || NEW.updated_by || '"',
                            coalesce(json_extract(clock, '$."' || NEW.updated_by || '"'), 0) + 1)
     WHERE record_id = NEW.id;
"""


def create_clock_triggers(table: str) -> None:
    op.execute(
        f'CREATE TRIGGER record_clock_{table}_insert AFTER INSERT ON "{table}" '
        f'BEGIN {_COUNT_EDIT} END'
    )
    op.execute(
        f'CREATE TRIGGER record_clock_{table}_update AFTER UPDATE OF version ON "{table}" '
        f'WHEN NEW.version <> OLD.version BEGIN {_COUNT_EDIT} END'
    )


def upgrade() -> None:
    op.create_table('contact',
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.Text(), nullable=False),
    sa.Column('x25519_public', sa.LargeBinary(), nullable=False),
    sa.Column('ed25519_public', sa.LargeBinary(), nullable=False),
    sa.Column('is_verified', sa.Boolean(), nullable=False),
    sa.Column('is_removed', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.String(length=32), nullable=False),
    sa.Column('records_sent_through', sa.Integer(), nullable=False),
    sa.Column('attachments_sent_through', sa.Integer(), nullable=False),
    sa.Column('last_sequence_received', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key_id')
    )
    op.create_table('exchanged_bundle',
    sa.Column('bundle_id', sa.Uuid(), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('sender', sa.String(length=64), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('processed_at', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id')
    )
    with op.batch_alter_table('exchanged_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchanged_bundle_sender'), ['sender'], unique=False)

    op.create_table('record_clock',
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('clock', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('record_id')
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('theirs', sa.JSON(), nullable=False),
    sa.Column('theirs_deleted', sa.Boolean(), nullable=False),
    sa.Column('theirs_clock', sa.JSON(), nullable=False),
    sa.Column('theirs_updated_at', sa.String(length=32), nullable=False),
    sa.Column('theirs_updated_by', sa.String(length=64), nullable=False),
    sa.Column('sender', sa.String(length=64), nullable=False),
    sa.Column('bundle_id', sa.Uuid(), nullable=False),
    sa.Column('detected_at', sa.String(length=32), nullable=False),
    sa.Column('resolved_at', sa.String(length=32), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)

    for table in RECORD_TABLES:
        op.execute(
            f'INSERT INTO record_clock (record_id, clock) '
            f'SELECT id, json_object(updated_by, version) FROM "{table}"'
        )
        create_clock_triggers(table)


def downgrade() -> None:
    for table in RECORD_TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS record_clock_{table}_insert')
        op.execute(f'DROP TRIGGER IF EXISTS record_clock_{table}_update')
    op.drop_table('sync_conflict')
    op.drop_table('record_clock')
    op.drop_table('exchanged_bundle')
    op.drop_table('contact')
