"""Keeping the search index in step with the Unicode version of the Python that reads it.

Folding (``folding.fold``) decomposes and classifies letters with Python's ``unicodedata``,
whose Unicode version changes between Python releases, and with it what some words fold to. An
index built under another version holds folded words that queries no longer produce, so search
would miss records. The version the index was built under is kept in ``search_meta``; when the
vault is opened under another one, the index is marked stale as a migration marks it
(``fold_version`` back to 0), and is rebuilt as after new folding rules: at once by ``unlock``,
or with a progress bar by the GUI and the CLI (``Vault.search_index_is_current``).
"""

from __future__ import annotations

import unicodedata

from sqlalchemy.orm import Session

from db.fts import get_meta, set_meta
from desktop_app.core.search.index import FOLD_VERSION_KEY

# search_meta key: the Unicode version of the Python under which the index was last folded.
SEARCH_UNICODE_VERSION_KEY = "search_unicode_version"
_STALE_FOLD_VERSION = "0"  # no folding rules have it: the index is rebuilt


def mark_stale_after_unicode_change(session: Session) -> bool:
    """Mark the search index stale if it was built under another Unicode version than this
    Python's; True if it did. The version is recorded at once, so a rebuild cancelled or put
    off stays due through the stale mark alone. An index with no version recorded (made before
    it was) is taken as this version's: rebuilding every such vault on the first unlock would
    cost minutes on a large one, and Sandiq ships with its own Python."""
    recorded = get_meta(session, SEARCH_UNICODE_VERSION_KEY)
    if recorded == unicodedata.unidata_version:
        return False
    set_meta(session, SEARCH_UNICODE_VERSION_KEY, unicodedata.unidata_version)
    if recorded is None:
        return False
    set_meta(session, FOLD_VERSION_KEY, _STALE_FOLD_VERSION)
    return True
