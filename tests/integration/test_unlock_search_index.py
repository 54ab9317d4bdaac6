"""A stale search index (other folding rules, an older schema) is never rebuilt silently: the
GUI and the CLI unlock without rebuilding, learn that the index is stale, and rebuild it with
progress (the CLI saying first why it waits); a cancelled rebuild leaves the old index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.fts import clear_index, set_meta
from desktop_app.core.errors import Cancelled
from desktop_app.core.search.index import FOLD_VERSION_KEY
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault, unlock, unlock_with_recovery_key
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq


def make_index_stale(vault: Vault) -> None:
    """Records, and an index as an older Sandiq would leave it: other rules, nothing found."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        writer.create("person", {"name": "Shamsuddinov"})
    with vault.transaction() as session:
        clear_index(session)
        set_meta(session, FOLD_VERSION_KEY, "0")


def found(vault: Vault, query: str) -> list[str]:
    with vault.read() as session:
        return [hit.kind for hit in search(session, query)]


@pytest.fixture
def stale_vault(tmp_vault: Vault) -> Path:
    """The folder of a locked vault whose search index is stale."""
    make_index_stale(tmp_vault)
    tmp_vault.lock()
    return tmp_vault.path


def test_unlock_without_rebuild_says_the_index_is_stale_and_leaves_it(stale_vault: Path) -> None:
    vault = unlock(stale_vault, PASSPHRASE, rebuild_stale_index=False)
    try:
        assert not vault.search_index_is_current()
        assert found(vault, "Шамсутдинов") == []
        seen: list[tuple[int, int]] = []
        assert vault.rebuild_search_index(lambda done, total: seen.append((done, total))) == 2
        assert seen == [(2, 2)]
        assert vault.search_index_is_current()
        assert found(vault, "Шамсутдинов") == ["person"]
    finally:
        vault.lock()


def test_cancelled_rebuild_leaves_the_index_stale_for_the_next_unlock(stale_vault: Path) -> None:
    vault = unlock(stale_vault, PASSPHRASE, rebuild_stale_index=False)
    with pytest.raises(Cancelled):
        vault.rebuild_search_index(cancelled=lambda: True)
    assert not vault.search_index_is_current()
    assert found(vault, "Andijan") == []
    vault.lock()
    vault = unlock(stale_vault, PASSPHRASE, rebuild_stale_index=False)
    assert not vault.search_index_is_current()
    vault.lock()


def test_recovery_key_unlock_can_leave_the_index_too(vault_dir: Path) -> None:
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    make_index_stale(created.vault)
    created.vault.lock()
    vault = unlock_with_recovery_key(vault_dir, created.recovery_key, rebuild_stale_index=False)
    assert not vault.search_index_is_current()
    vault.lock()


def test_plain_unlock_still_rebuilds_for_scripts(stale_vault: Path) -> None:
    vault = unlock(stale_vault, PASSPHRASE)
    assert vault.search_index_is_current()
    assert found(vault, "Андижан") == ["case"]
    vault.lock()


def test_cli_says_why_it_waits_then_rebuilds_once(stale_vault: Path, sandiq: Sandiq) -> None:
    first = sandiq.ok("search", "--json", "Шамсутдинов")
    assert first.error_lines == [
        "sandiq: rebuilding the search index for this version of Sandiq "
        "(once; this can take minutes)"
    ]
    assert [hit["kind"] for hit in json.loads(first.stdout)] == ["person"]
    second = sandiq.ok("search", "--json", "Andijan")
    assert second.stderr == ""
    assert [hit["kind"] for hit in json.loads(second.stdout)] == ["case"]
