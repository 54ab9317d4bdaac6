"""The search index's folded text comes from Python's unicodedata: an index built under another
Unicode version is rebuilt, as one built with other folding rules is."""

from __future__ import annotations

import unicodedata

from sqlalchemy import text

from db.fts import get_meta, set_meta
from desktop_app.core.search.index_unicode import SEARCH_UNICODE_VERSION_KEY
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE

OLDER_UNICODE = "13.0.0"  # Python 3.10's


def _reopened(vault: Vault, *, rebuild_stale_index: bool = False) -> Vault:
    vault.lock()
    return unlock(vault.path, PASSPHRASE, rebuild_stale_index=rebuild_stale_index)


def test_an_index_built_under_another_unicode_version_needs_a_rebuild(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("person", {"name": "Шамсутдинов Рустам"})
    vault = _reopened(tmp_vault)
    with vault.read() as session:
        assert get_meta(session, SEARCH_UNICODE_VERSION_KEY) == unicodedata.unidata_version
    assert vault.search_index_is_current()
    with vault.transaction() as session:  # as a vault last opened by an older Python leaves it
        set_meta(session, SEARCH_UNICODE_VERSION_KEY, OLDER_UNICODE)
    vault = _reopened(vault)
    # The GUI and the CLI ask this after unlocking, and then rebuild with a progress bar.
    assert not vault.search_index_is_current()
    vault = _reopened(vault)
    assert not vault.search_index_is_current()  # still, until it is rebuilt
    vault = _reopened(vault, rebuild_stale_index=True)
    assert vault.search_index_is_current()
    with vault.read() as session:
        assert get_meta(session, SEARCH_UNICODE_VERSION_KEY) == unicodedata.unidata_version
        assert len(search(session, "Shamsudinov")) == 1
    vault.lock()


def test_an_index_of_unknown_unicode_version_is_kept(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:  # a vault from before the version was recorded
        session.execute(
            text("DELETE FROM search_meta WHERE key = :key"), {"key": SEARCH_UNICODE_VERSION_KEY}
        )
    vault = _reopened(tmp_vault)
    assert vault.search_index_is_current()
    with vault.read() as session:
        assert get_meta(session, SEARCH_UNICODE_VERSION_KEY) == unicodedata.unidata_version
    vault.lock()
