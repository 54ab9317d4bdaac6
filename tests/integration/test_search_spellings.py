"""Spellings that docs/search-folding.md promises search catches, typed into a real vault, and
look-alikes it must keep out; and the `sandiq search` arguments that mean nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.search.service import Match, SearchHit, search
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq

PERSONS = {
    "gulnora": {"name": "Gulnora", "other_names": ["Гульнора"]},
    "gulnoza": {"name": "Gulnoza"},
    "choriyev": {"name": "Choriyev", "other_names": ["Чориев"]},
    "chorshanbiev": {"name": "Chorshanbiev"},
    "shamsutdinova": {"name": "Shamsutdinova"},
    "shamsiev": {"name": "Shamsiev"},
    "askarov": {"name": "Askarov"},
    "askarova": {"name": "Askarova"},
    "ivanova": {"name": "Ivanova"},
}
PLACES = {  # event places
    "uzbekistan": "Oʻzbekiston",
    "uzbekistan_typed": "O'zbekiston",
    "uzbekistan_cyrillic": "Ўзбекистон",
    "uzbekistan_plain": "Ozbekiston",
    "ivanovo": "Ivanovo",
}
PROSE = {  # testimony narratives that name the place but hold no place of their own
    "prose_plain": "U Ozbekiston chegarasida ushlandi.",
    "prose_suffix": "Oʻzbekistonda qamoqda edi.",
}
UZBEKISTAN = {"uzbekistan", "uzbekistan_typed", "uzbekistan_cyrillic", "uzbekistan_plain"}


class Spellings:
    """A vault holding the names above; finds records by their short names."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.names: dict[UUID, str] = {}
        with vault.transaction() as session:
            writer = vault.writer(session)
            case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Spellings"})
            session.flush()
            for name, values in PERSONS.items():
                self.names[writer.create("person", values).id] = name
            for name, place in PLACES.items():
                event = {"case": str(case.id), "act_type": "other", "place": place}
                self.names[writer.create("event", event).id] = name
            for name, narrative in PROSE.items():
                testimony = {"case": str(case.id), "narrative": narrative}
                self.names[writer.create("testimony", testimony).id] = name

    def hits(self, query: str, *, is_complete: bool = False) -> list[SearchHit]:
        """What search finds for query: as the search box does while it is typed (its last
        word completed), or (is_complete) as a whole query."""
        with self.vault.read() as session:
            return search(session, query, limit=100, complete_last_word=not is_complete)

    def find(self, query: str) -> set[str]:
        """Short names of the records search finds for query."""
        return {self.names.get(hit.record_id, "case") for hit in self.hits(query)}


@pytest.fixture(scope="module")
def spellings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Spellings]:
    created = create_vault(tmp_path_factory.mktemp("spellings") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield Spellings(created.vault)
    created.vault.lock()


@pytest.mark.parametrize(
    ("query", "held"),
    [
        ("Gulnoro", "gulnora"),  # Uzbek o for a, also at the end of the name
        ("Gulnaro", "gulnora"),
        ("Chorijev", "choriyev"),  # j for й next to an English ch
        ("Shamsutdinoav", "shamsutdinova"),  # transposition, a typo in a long name
        ("Shamsutdinva", "shamsutdinova"),
        ("Askerov", "askarov"),
        ("Askarvo", "askarov"),
    ],
)
def test_documented_spelling_finds_the_person_fuzzily(
    spellings: Spellings, query: str, held: str
) -> None:
    # A whole word: the search box would find Gulnora by completing Gulnor too.
    hits = {
        spellings.names.get(h.record_id): h.match for h in spellings.hits(query, is_complete=True)
    }
    assert hits.get(held) is Match.FUZZY, hits


@pytest.mark.parametrize(
    ("query", "unrelated"),
    [
        ("Gulnoro", {"gulnoza"}),
        ("Chorijev", {"chorshanbiev"}),
        ("Shamsutdinoav", {"shamsiev", "askarova"}),
        ("Askarov", {"askarova"}),
        ("Askarova", {"askarov"}),
        ("Askarovu", {"askarova"}),  # a Russian case form of Askarov, not the woman
        ("Ivanovo", {"ivanova"}),  # a town and a woman, both held: never variants
        ("Ivanova", {"ivanovo"}),
        ("Ozbekiston", {"gulnora", "choriyev", "ivanovo"}),
    ],
)
def test_look_alikes_are_not_found(spellings: Spellings, query: str, unrelated: set[str]) -> None:
    assert not spellings.find(query) & unrelated


@pytest.mark.parametrize("query", ["Ozbekiston", "Oʻzbekiston", "O'zbekiston", "Ўзбекистон"])
def test_uzbekistan_with_or_without_the_apostrophe_is_one_place(
    spellings: Spellings, query: str
) -> None:
    # Even when the spelling without ʻ is itself held, which kept it from being read as a
    # typo of the others: it is folded to the same key, not guessed at.
    hits = spellings.hits(query)
    assert {spellings.names.get(h.record_id) for h in hits} >= UZBEKISTAN
    assert {h.match for h in hits if spellings.names.get(h.record_id) in UZBEKISTAN} <= {
        Match.EXACT,
        Match.FOLDED,
    }


@pytest.mark.parametrize("query", ["Oʻzbekiston", "Uzbekistan", "Узбекистан"])
def test_uzbekistan_without_the_apostrophe_is_found_in_prose(
    spellings: Spellings, query: str
) -> None:
    # Prose words are no names, so before the fold only a typed Ozbekiston found them.
    assert {"prose_plain", "prose_suffix"} <= spellings.find(query)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("",), "the search query is empty"),
        (("  ",), "the search query is empty"),
        (("Osh", "--limit", "-1"), "argument --limit: must be from 1 to 1000, not -1"),
        (("Osh", "--limit", "0"), "argument --limit: must be from 1 to 1000, not 0"),
        (("Osh", "--limit", "5000"), "argument --limit: must be from 1 to 1000, not 5000"),
        (("Osh", "--limit", "ten"), "argument --limit: must be a whole number, not 'ten'"),
        (("Osh", "--offset", "-1"), "argument --offset: must be 0 or more, not -1"),
    ],
)
def test_cli_search_rejects_an_empty_query_and_impossible_pages(
    sandiq: Sandiq, locked_vault: Path, arguments: tuple[str, ...], message: str
) -> None:
    run = sandiq.fails("search", *arguments)
    assert message in run.stderr
