"""A case reference is a code: search finds a case by its letters and digits as typed (any
letter case), or by its beginning while it is typed, never through a folded reading of another
word (Uzbek o'z "own" folds to uz, as ўз and уз do; UZ-2026-0001 is not "own")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from db.fts import clear_index, put_document, set_meta
from db.models import Case
from desktop_app.core.search.folding import index_fold
from desktop_app.core.search.index import INDEXED_FIELDS_KEY, indexed_text
from desktop_app.core.search.service import SearchHit, search
from desktop_app.core.search.snippets import snippet_parts
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

REFERENCE = "UZ-2026-0001"


class Archive:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def hits(self, query: str, *, typing: bool = False) -> list[SearchHit]:
        """What search finds; typing completes the last word, as the search box does."""
        with self.vault.read() as session:
            return search(session, query, limit=50, complete_last_word=typing)

    def cases(self, query: str, *, typing: bool = False) -> list[str]:
        """The references of the cases found."""
        return [h.case_reference for h in self.hits(query, typing=typing) if h.kind == "case"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    created = create_vault(tmp_path_factory.mktemp("ref") / "vault", PASSPHRASE, kdf=FAST_KDF)
    vault = created.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        writer.create("case", {"reference": REFERENCE, "title": "Andijonda qamoqqa olish"})
        writer.create("case", {"reference": "KG-2026-0002", "title": "Oʻz uyida tintuv"})
        writer.create("case", {"reference": "TJ-2026-0003", "title": "Ўз уйида"})
    yield Archive(vault)
    vault.lock()


@pytest.mark.parametrize("query", ["o'z", "oʻz", "ўз", "уз", "Уз", "o'z*"])
def test_a_word_read_as_uz_does_not_find_a_case_by_its_reference(
    archive: Archive, query: str
) -> None:
    # Before: every UZ- case was listed for o'z ("own"), its reference folded to "uz 2026 0001".
    for typing in (False, True):
        assert REFERENCE not in archive.cases(query, typing=typing)


@pytest.mark.parametrize("query", ["o'z", "ўз", "уз"])
def test_a_case_titled_with_the_word_is_still_found(archive: Archive, query: str) -> None:
    assert set(archive.cases(query)) == {"KG-2026-0002", "TJ-2026-0003"}


@pytest.mark.parametrize(
    "query", [REFERENCE, "uz-2026-0001", "uz-2026", "2026-0001", "UZ 2026 0001", "uz"]
)
def test_a_reference_typed_finds_its_case(archive: Archive, query: str) -> None:
    for typing in (False, True):
        assert REFERENCE in archive.cases(query, typing=typing)


@pytest.mark.parametrize("query", ["UZ-2026-00", "uz-2026-000", "UZ-202", "uz-2026-0001 Andij"])
def test_a_reference_being_typed_finds_its_case(archive: Archive, query: str) -> None:
    assert REFERENCE in archive.cases(query, typing=True)


def test_the_reference_found_is_marked_as_typed(archive: Archive) -> None:
    (hit,) = [h for h in archive.hits("uz-2026-0001") if h.kind == "case"]
    assert [text for text, is_match in snippet_parts(hit.snippet) if is_match] == [REFERENCE]


def _index_as_version_4(vault: Vault) -> None:
    """Index the cases as Sandiq did before: the reference folded with the title."""
    with vault.transaction() as session:
        clear_index(session)
        for case in session.scalars(select(Case)):
            before = indexed_text("case", case)
            assert before is not None
            folded = replace(before, folded=index_fold(f"{before.title}\n{before.body}"))
            put_document(session, case.id, "case", case.id, folded)
        set_meta(session, INDEXED_FIELDS_KEY, "4")


def test_a_vault_indexed_with_the_reference_folded_is_reindexed_when_opened(
    tmp_path: Path,
) -> None:
    created = create_vault(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    with created.vault.transaction() as session:
        created.vault.writer(session).create("case", {"reference": REFERENCE, "title": "Tintuv"})
    _index_as_version_4(created.vault)
    created.vault.lock()

    vault = unlock(tmp_path / "vault", PASSPHRASE, rebuild_stale_index=False)
    assert not vault.search_index_is_current()
    with vault.read() as session:  # as before: o'z found the case by its reference
        assert [h.case_reference for h in search(session, "o'z")] == [REFERENCE]
    vault.lock()

    vault = unlock(tmp_path / "vault", PASSPHRASE)
    try:
        assert vault.search_index_is_current()
        with vault.read() as session:
            assert search(session, "o'z") == []
            assert [h.case_reference for h in search(session, "uz-2026-0001")] == [REFERENCE]
    finally:
        vault.lock()
