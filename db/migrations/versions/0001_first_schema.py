"""first schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('owner_kind', sa.String(length=16), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=128), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('captured_at', sa.String(length=32), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_owner', ['owner_kind', 'owner_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_table('case',
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('region', sa.Text(), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('start_date', sa.String(length=10), nullable=False),
    sa.Column('end_date', sa.String(length=10), nullable=False),
    sa.Column('violation_types', sa.JSON(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('sensitivity', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_reference'), ['reference'], unique=False)

    op.create_table('draft',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('x25519_private', sa.LargeBinary(), nullable=False),
    sa.Column('ed25519_private', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('person',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('other_names', sa.JSON(), nullable=False),
    sa.Column('sex', sa.String(length=32), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=False),
    sa.Column('ethnicity', sa.Text(), nullable=False),
    sa.Column('nationality', sa.Text(), nullable=False),
    sa.Column('occupation', sa.Text(), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('is_protected', sa.Boolean(), nullable=False),
    sa.Column('pseudonym', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('revision',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('saved_at', sa.String(length=32), nullable=False),
    sa.Column('saved_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('revision', schema=None) as batch_op:
        batch_op.create_index('ix_revision_record', ['record_id', 'version'], unique=False)

    op.create_table('search_document',
    sa.Column('rowid', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('rowid'),
    sa.UniqueConstraint('record_id')
    )
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_document_case_id'), ['case_id'], unique=False)

    op.create_table('vocabulary_term',
    sa.Column('vocabulary', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('label_en', sa.Text(), nullable=False),
    sa.Column('label_ru', sa.Text(), nullable=False),
    sa.Column('label_uz', sa.Text(), nullable=False),
    sa.Column('is_builtin', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('vocabulary', 'code')
    )
    op.create_table('attachment_chunk',
    sa.Column('attachment_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id', 'seq')
    )
    op.create_table('case_party',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.create_index('ix_case_party_case_person', ['case_id', 'person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_party_person_id'), ['person_id'], unique=False)

    op.create_table('event',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('act_type', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('victims', sa.JSON(), nullable=False),
    sa.Column('perpetrators', sa.JSON(), nullable=False),
    sa.Column('institutions', sa.JSON(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_case_id'), ['case_id'], unique=False)

    op.create_table('testimony',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('witness_id', sa.Uuid(), nullable=True),
    sa.Column('interviewer', sa.Text(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=False),
    sa.Column('time', sa.String(length=5), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('interpreter', sa.Text(), nullable=False),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_scope', sa.JSON(), nullable=False),
    sa.Column('consent_anonymise', sa.Boolean(), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('translations', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('sensitivity', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.ForeignKeyConstraint(['witness_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_testimony_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_testimony_witness_id'), ['witness_id'], unique=False)


    # Frozen here: a later change to the index is a new revision, not an edit of this one.
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "title, body, folded, tokenize = 'unicode61 remove_diacritics 2')"
    )

def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_testimony_witness_id'))
        batch_op.drop_index(batch_op.f('ix_testimony_case_id'))

    op.drop_table('testimony')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_case_id'))

    op.drop_table('event')
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_party_person_id'))
        batch_op.drop_index('ix_case_party_case_person')

    op.drop_table('case_party')
    op.drop_table('attachment_chunk')
    op.drop_table('vocabulary_term')
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_document_case_id'))

    op.drop_table('search_document')
    with op.batch_alter_table('revision', schema=None) as batch_op:
        batch_op.drop_index('ix_revision_record')

    op.drop_table('revision')
    op.drop_table('person')
    op.drop_table('identity')
    op.drop_table('draft')
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_reference'))

    op.drop_table('case')
    op.drop_table('audit_log')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_owner')

    op.drop_table('attachment')
