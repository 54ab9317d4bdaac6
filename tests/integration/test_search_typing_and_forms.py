"""Search as a user types it, and names in the forms prose gives them, in a real vault: the
last word completed while it is typed, Uzbek oʻ typed without its mark, -jon names and other
names in Russian case forms, and spellings found in prose from every spelling of the name
(docs/search-folding.md: Query language, Fuzzy names)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.search.service import Match, SearchHit, search
from desktop_app.core.search.snippets import bracketed_snippet
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

PERSONS = {
    "shams": {"name": "Шамсутдинов Рустам Ильдарович"},
    "shams_woman": {"name": "Shamsutdinova Dilnoza"},
    "tukhtaev": {"name": "Oʻtkir Toʻxtayev"},
    "ibragimov": {
        "name": "Ахмаджон Шукурович Ибрагимов",
        "other_names": ["Ibrohimov Ahmadjon Shukur oʻgʻli"],
    },
    "gasanov": {"name": "Гасанов Эльдар"},
    "askarov": {"name": "Askarov"},
    "askarova": {"name": "Askarova"},
    "usmanov": {"name": "Usmanov"},
    "osmanov": {"name": "Osmanov"},
}
NARRATIVES = {
    "t_shams": "Шамсутдинова Рустама задержали. С Шамсутдиновым был Тўхтаев Ўткир. "
    "Мы говорили о Шамсутдинове с его женой.",
    "t_ahmadjon_ru": "Ибрагимова Ахмаджона забрали военные.",
    "t_ibrohimov": "Ahmadjon Ibrohimov Oʻshda qamoqqa olindi.",
    "t_toxtayev": "Witnesses named Toxtayev and Tokhtaev.",
    "t_hasanov": "Eldar Hasanov was beaten in the yard.",
    "t_andijonda": "Erim 2005-yil 13-mayda Andijonda hibsga olindi.",
    "t_andijane": "Задержания в Андижане.",
    "t_moscow": "Курбанова задержали в Москве.",
    "t_toshkent": "Uni Toshkent shahriga olib ketishdi.",
}


class Vocabulary:
    """A vault holding the records above, found by their short names."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.names: dict[UUID, str] = {}
        with vault.transaction() as session:
            writer = vault.writer(session)
            case = writer.create(
                "case", {"reference": "RU-2014-0008", "title": "Экстрадиция из Москвы в Ташкент"}
            )
            session.flush()
            self.names[case.id] = "c_moscow"
            for name, values in PERSONS.items():
                self.names[writer.create("person", values).id] = name
            for name, narrative in NARRATIVES.items():
                testimony: dict[str, Any] = {"case": str(case.id), "narrative": narrative}
                self.names[writer.create("testimony", testimony).id] = name

    def hits(self, query: str) -> list[SearchHit]:
        """What the search box shows for query (its last word completed if unfinished)."""
        with self.vault.read() as session:
            return search(session, query, limit=100)

    def find(self, query: str) -> list[str]:
        """Short names of what search finds, best first."""
        return [self.names[hit.record_id] for hit in self.hits(query)]

    def matches(self, query: str) -> dict[str, Match]:
        """How each record found was matched."""
        return {self.names[hit.record_id]: hit.match for hit in self.hits(query)}


@pytest.fixture(scope="module")
def vocabulary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vocabulary]:
    created = create_vault(tmp_path_factory.mktemp("forms") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield Vocabulary(created.vault)
    created.vault.lock()


# --- 1. the last word is completed while it is typed ----------------------------------------


@pytest.mark.parametrize("typed", ["Sham", "Shams", "Shamsu", "Shamsutdin", "Шамсут", "Shamsut*"])
def test_a_name_being_typed_finds_the_person_from_three_letters(
    vocabulary: Vocabulary, typed: str
) -> None:
    found = vocabulary.matches(typed)
    assert found.get("shams") is Match.PREFIX
    assert "t_shams" in found


def test_a_cyrillic_name_being_typed_finds_the_person(vocabulary: Vocabulary) -> None:
    assert vocabulary.matches("Ибрагим").get("ibragimov") is Match.PREFIX


@pytest.mark.parametrize("query", ["Shams*", "Andij*", "Rustam Sham"])
def test_a_word_with_a_star_or_typed_last_finds_its_completions(
    vocabulary: Vocabulary, query: str
) -> None:
    assert vocabulary.find(query)


def test_a_place_being_typed_in_its_local_spelling_finds_it_however_written(
    vocabulary: Vocabulary,
) -> None:
    # Toshkent is indexed as tashkent: Tosh still finds it, and Ташкент too.
    assert {"t_toshkent", "c_moscow"} <= set(vocabulary.find("Tosh"))


def test_completions_rank_below_the_whole_word(vocabulary: Vocabulary) -> None:
    hits = vocabulary.hits("Askarov*")
    assert [vocabulary.names[h.record_id] for h in hits] == ["askarov", "askarova"]
    assert [h.match for h in hits] == [Match.EXACT, Match.PREFIX]


def test_a_whole_word_the_vault_holds_is_taken_as_meant(vocabulary: Vocabulary) -> None:
    # Askarova is another person: only Askarov* asks for her.
    assert vocabulary.find("Askarov") == ["askarov"]
    assert sorted(vocabulary.find("Askar")) == ["askarov", "askarova"]


def test_two_letters_are_not_completed(vocabulary: Vocabulary) -> None:
    assert vocabulary.find("Sh") == []


def test_a_word_completed_is_only_the_last_one(vocabulary: Vocabulary) -> None:
    assert vocabulary.find("Sham Rustam") == []


def test_an_exclusion_with_a_star_excludes_every_completion(vocabulary: Vocabulary) -> None:
    assert "t_shams" not in vocabulary.find("Андижан* -Shams*")
    assert vocabulary.find("Andij* -Andij*") == []


def test_a_completed_word_is_marked_in_the_snippet(vocabulary: Vocabulary) -> None:
    # Toxtayev and Tokhtaev both fold to tohtaev: both complete Tokh.
    (hit,) = vocabulary.hits("Witnesses Tokh")
    assert bracketed_snippet(hit.snippet) == "[Witnesses] named [Toxtayev] and [Tokhtaev]."


# --- 2. Uzbek oʻ typed without its mark -----------------------------------------------------


@pytest.mark.parametrize(("typed", "found"), [("Otkir", "tukhtaev"), ("ogli", "ibragimov")])
def test_a_short_word_typed_without_the_uzbek_mark_finds_it(
    vocabulary: Vocabulary, typed: str, found: str
) -> None:
    assert vocabulary.matches(typed).get(found) is Match.FUZZY


def test_a_name_the_vault_holds_is_not_read_as_a_marked_one(vocabulary: Vocabulary) -> None:
    # Osmanov and Usmanov are two people: neither finds the other.
    assert vocabulary.find("Osmanov") == ["osmanov"]
    assert vocabulary.find("Usmanov") == ["usmanov"]


# --- 3. names in -jon in Russian case forms -------------------------------------------------


@pytest.mark.parametrize("query", ["Ахмаджон", "Ahmadjon", "Axmadjon", "Ahmadjan"])
def test_a_name_in_jon_finds_its_russian_case_forms(vocabulary: Vocabulary, query: str) -> None:
    assert vocabulary.matches(query).get("t_ahmadjon_ru") is Match.FUZZY


# --- 4. spellings found in prose, from every spelling of the name ---------------------------


@pytest.mark.parametrize("query", ["Ибрагимов", "Ibragimov", "Ibrohimov", "Ibrahimov"])
def test_every_spelling_finds_the_uzbek_spelling_in_prose(
    vocabulary: Vocabulary, query: str
) -> None:
    assert "t_ibrohimov" in vocabulary.find(query)


@pytest.mark.parametrize("query", ["Toʻxtayev", "Тўхтаев", "Тухтаев", "Tukhtaev", "Toxtayev"])
def test_every_spelling_finds_the_name_written_without_the_mark_in_prose(
    vocabulary: Vocabulary, query: str
) -> None:
    found = vocabulary.find(query)
    assert {"t_toxtayev", "tukhtaev", "t_shams"} <= set(found)


def test_a_spelling_only_prose_holds_is_found_from_the_held_name(vocabulary: Vocabulary) -> None:
    # Hasanov is in no name list: Гасанов finds it in prose as Hasanov finds Гасанов.
    assert vocabulary.matches("Гасанов").get("t_hasanov") is Match.FUZZY
    assert vocabulary.matches("Hasanov").get("gasanov") is Match.FUZZY


# --- 5. a query in an inflected form ---------------------------------------------------------


@pytest.mark.parametrize("query", ["Шамсутдиновым", "Шамсутдинове", "Шамсутдинову"])
def test_a_name_in_a_case_form_finds_the_person_and_the_other_forms(
    vocabulary: Vocabulary, query: str
) -> None:
    found = vocabulary.find(query)
    assert {"shams", "t_shams"} <= set(found)
    assert "shams_woman" not in found


@pytest.mark.parametrize("query", ["Ибрагимовым", "Ибрагимову", "Ибрагимове"])
def test_every_case_form_finds_what_the_name_finds(vocabulary: Vocabulary, query: str) -> None:
    assert {"ibragimov", "t_ahmadjon_ru", "t_ibrohimov"} <= set(vocabulary.find(query))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Andijanda", {"t_andijonda", "t_andijane"}),
        ("Andijonda", {"t_andijonda", "t_andijane"}),
        ("Андижане", {"t_andijonda", "t_andijane"}),
        ("Москве", {"t_moscow", "c_moscow"}),
        ("Москвы", {"t_moscow", "c_moscow"}),
        ("Toshkentda", {"t_toshkent", "c_moscow"}),
    ],
)
def test_a_place_in_a_case_form_finds_its_other_forms(
    vocabulary: Vocabulary, query: str, found: set[str]
) -> None:
    assert found <= set(vocabulary.find(query))


@pytest.mark.parametrize(
    ("query", "unrelated"),
    [
        ("Askarova", "askarov"),  # the woman, not "of Askarov"
        ("Askarovu", "askarova"),  # "to Askarov" (or her accusative): not her name
        ("Shamsutdinova", "shams"),
    ],
)
def test_a_form_that_may_be_a_womans_name_never_finds_another_person(
    vocabulary: Vocabulary, query: str, unrelated: str
) -> None:
    assert unrelated not in vocabulary.find(query)
