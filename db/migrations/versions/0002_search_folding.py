"""search across scripts: contentless FTS5 with folded columns, original text for snippets,
name words with a trigram index for fuzzy name search, and the fold version of the index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The old index is dropped, not converted: its folded column is empty. search_meta records
fold_version 0, which no folding rules have: Sandiq rebuilds the index from the records with
its current rules (desktop_app.core.search.index.ensure_search_index) right after upgrading.
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('search_text',
    sa.Column('rowid', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('names', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('rowid')
    )
    op.create_table('search_name_word',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('word', sa.Text(), nullable=False),
    sa.Column('uses', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('word')
    )
    op.create_table('search_meta',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.execute("DELETE FROM search_document")
    op.execute("DROP TABLE search_fts")
    # Frozen here: a later change to the index is a new revision, not an edit of this one.
    # Contentless: search_text holds the original text once; folded and names are only needed
    # as index terms. names holds the folded names of persons, kept apart from folded so that
    # inflected forms (Аскарова, "of Askarov") are looked for in prose only.
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "title, body, folded, names, content='', contentless_delete=1, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_fts_names USING fts5("
        "word, content='', contentless_delete=1, tokenize = 'trigram')"
    )
    op.execute("INSERT INTO search_meta (key, value) VALUES ('fold_version', '0')")


def downgrade() -> None:
    op.execute("DROP TABLE search_fts_names")
    op.execute("DROP TABLE search_fts")
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "title, body, folded, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO search_fts (rowid, title, body, folded) "
        "SELECT rowid, title, body, '' FROM search_text"
    )
    op.drop_table('search_meta')
    op.drop_table('search_name_word')
    op.drop_table('search_text')
