"""Hostile search box input against a real vault: search never raises, whatever is typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.search.service import SearchFilters, SearchHit, search_results
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

# Pieces that mean something to our parser, to FTS5 or to the fuzzy and filter layers.
PIECES = [
    '"', "«", "»", "-", "--", "OR", "AND", "NOT", "NEAR", "NEAR(", "NEAR/3", "(", ")", "*", "^",
    ":", "{", "}", "+", ",", "'", "ʻ", " ", "\t", "\n", "\x00", "\ud800", "country:", "KG",
    "from:", "to:", "type:", "type:пытки", "role:", "role:victim", "status:draft", "status:",
    "sensitivity:restricted", "from:2010", "to:2013-06", "from:2010-13", "to:0000", "title:",
    "folded:", "names:", "{title body}", "Osh", "Аскаров", "Askarvo", "Yoʻldoshev", "o'", "ь",
    "2010", "Jalal-Abad", "é", "ﬁ", "'; DROP TABLE person; --", "%", "_", "\\", "\"\"",
]  # fmt: skip
HOSTILE = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=200)
PAGES = st.tuples(st.integers(-5, 300), st.integers(-5, 50))
FILTERS = st.builds(
    SearchFilters,
    countries=st.lists(st.sampled_from(["KG", "uz", "", "X", '"', "Кыргызстан"])).map(tuple),
    act_types=st.lists(st.sampled_from(["torture", "пытки", "nothing", ""])).map(tuple),
    statuses=st.lists(st.sampled_from(["open", "draft", "under review", "?"])).map(tuple),
    roles=st.lists(st.sampled_from(["victim", "witness", "boss"])).map(tuple),
    date_from=st.sampled_from(["", "2010", "2010-06", "2010-13", "abc", '2010"']),
    date_to=st.sampled_from(["", "2013", "2005-02-29", "9999-12-31"]),
)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    created = create_vault(tmp_path_factory.mktemp("fuzz") / "vault", PASSPHRASE, kdf=FAST_KDF)
    vault = created.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {"reference": "KG-2010-0007", "title": "Osh", "country": "KG", "start_date": "2010"},
        )
        person = writer.create("person", {"name": "Азимжан Аскаров", "other_names": ["Askarov"]})
        session.flush()
        writer.create(
            "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
        )
        writer.create(
            "testimony",
            {"case": str(case.id), "witness": str(person.id), "date": "2010-06-13",
             "narrative": "Показания Аскарова: Jalal-Abad, Yoʻldoshev, o'g'li, ﬁve (NEAR) *"},
        )  # fmt: skip
        writer.create(
            "event", {"case": str(case.id), "date": "2010-06", "place": "Ош", "act_type": "torture"}
        )
    yield vault
    vault.lock()


def check(vault: Vault, text: str, page: tuple[int, int], filters: SearchFilters | None) -> None:
    with vault.read() as session:
        results = search_results(session, text, page[1], page[0], filters)
    assert all(isinstance(hit, SearchHit) and isinstance(hit.snippet, str) for hit in results.hits)
    assert len(results.hits) <= max(page[1], 0)
    assert all(note.message for note in results.notes)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, PAGES)
def test_hostile_query_never_raises(vault: Vault, text: str, page: tuple[int, int]) -> None:
    check(vault, text, page, None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, PAGES)
def test_any_text_never_raises(vault: Vault, text: str, page: tuple[int, int]) -> None:
    check(vault, text, page, None)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, FILTERS)
def test_any_filters_never_raise(vault: Vault, text: str, filters: SearchFilters) -> None:
    check(vault, text, (0, 20), filters)


def test_a_huge_query_is_cut_not_refused(vault: Vault, tmp_path: Path) -> None:
    check(vault, "Askarov OR " * 10_000 + '"' * 1001 + "-" * 5000, (0, 50), None)
