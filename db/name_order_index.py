"""Keeping the indexes of names in a reader's order in step with the Python that reads them.

Their keys (``db/name_order.py``) are computed with Python's ``unicodedata``, whose Unicode
version changes between Python releases: a letter's category or decomposition may change with
it, and so its key. An index built under another version holds keys the queries no longer
compute, and lists would page in a stale order; such indexes are rebuilt (REINDEX) when a vault
is opened by a Python with another Unicode version than the one that built them.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.fts import get_meta, set_meta
from db.name_order import SORT_KEY_FUNCTION

# search_meta key: the Unicode version the name-order indexes were last built with.
UNICODE_VERSION_KEY = "name_order_unicode_version"


def rebuild_stale_name_order_indexes(session: Session) -> bool:
    """REINDEX every index over the sort key if this Python's Unicode version is not the one
    recorded for them (or none is: they may be older than the record); True if it did.
    A schema older than these indexes (revision 0009) is left as it is."""
    indexes = session.scalars(
        text("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE :call"),
        {"call": f"%{SORT_KEY_FUNCTION}(%"},
    ).all()
    if not indexes or get_meta(session, UNICODE_VERSION_KEY) == unicodedata.unidata_version:
        return False
    for name in indexes:
        session.execute(text(f'REINDEX "{name}"'))
    set_meta(session, UNICODE_VERSION_KEY, unicodedata.unidata_version)
    return True
