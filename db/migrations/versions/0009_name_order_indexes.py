"""indexes of people by name and pseudonym and of cases by title, in a reader's order: a list
sorted by name reads one page, not every record's sort key

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

Sorted by name, the people list computed the sort key (db/name_order.py) of every live person
for each page and sorted them all: 55-125 ms a page at 20,000 people, more the more distinct
the names. These indexes hold the key of every record, so SQLite reads a page of the list from
them in order and seeks the page after a row by its key. They are not partial (live records
only): SQLite, without statistics, then took them for narrower than the table and read the
whole table through one for every other sort of the list. The key is computed by
``sandiq_sort_key``, which every connection of the engine registers; a change to its rules needs
a revision that runs REINDEX on these indexes (tests/unit/test_name_order_index.py guards
that).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_case_title_order", "case", "title"),
    ("ix_person_name_order", "person", "name"),
    ("ix_person_pseudonym_order", "person", "pseudonym"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        key = sa.text(f"sandiq_sort_key({column})")
        op.create_index(name, table, [key, "id"], unique=False)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
