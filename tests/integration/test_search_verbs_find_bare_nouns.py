"""A verb finds its noun in the forms that add no ending to the root, in a real vault searched
as the search box does: арестовали finds "Его арест был незаконным" and "волна арестов", not
only ареста, аресту, арестом (docs/search-folding.md: Other forms of a word).

A researcher searched «арестовали» over testimonies saying «Его арест был незаконным» and did
not get them: арест* is not looked for, since it begins the surname Арестов and Арестович."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.query import NoteCode
from desktop_app.core.search.service import Match
from desktop_app.core.search.snippets import SNIPPET_CLOSE, SNIPPET_OPEN
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

NARRATIVES = {
    "t_arrest_nom": "Его арест был незаконным.",
    "t_arrest_acc": "Прокурор санкционировал арест только через неделю.",
    "t_arrest_gen": "После ареста семье ничего не сообщили.",
    "t_arrest_dat": "Готовясь к аресту, он сжёг бумаги.",
    "t_arrest_ins": "Под арестом он провёл два месяца.",
    "t_arrest_pre": "Об аресте сообщили в новостях.",
    "t_arrests_nom": "Аресты продолжались всю неделю.",
    "t_arrests_gen": "Волна арестов прокатилась по городу.",
    "t_arrested": "Каримову арестовали в аэропорту.",
    "t_arestovich": "Арестович выступил по телевидению.",
    "t_questioning": "Допрос длился шесть часов.",
    "t_questioned": "Её допрашивали без адвоката.",
    "t_planting": "Подброс наркотиков стал обычным делом.",
    "t_planted": "Ему подбрасывали патроны.",
    "t_protest": "Протест был мирным.",
    "t_fine": "Суд назначил штраф.",
    "t_uz_arrest": "Uni hibsga olishdi.",
    "t_en_arrest": "He was arrested at the airport.",
}
_ARREST_NOUNS = {
    "t_arrest_nom",
    "t_arrest_acc",
    "t_arrest_gen",
    "t_arrest_dat",
    "t_arrest_ins",
    "t_arrest_pre",
    "t_arrests_nom",
    "t_arrests_gen",
}
_ARREST = _ARREST_NOUNS | {"t_arrested"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("bare") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield NarrativeArchive(created.vault, {}, NARRATIVES, typing=False)
    created.vault.lock()


@pytest.fixture(scope="module")
def with_arestov(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    """A vault holding the person Арестов, whose name is the genitive plural of арест."""
    created = create_vault(tmp_path_factory.mktemp("arestov") / "vault", PASSPHRASE, kdf=FAST_KDF)
    narratives = {
        "t_arrest_nom": "Его арест был незаконным.",
        "t_arrests_gen": "Волна арестов прокатилась по городу.",
        "t_arestov_said": "Игорь Арестов рассказал об обыске.",
        "t_detained": "Брата задержали на рынке.",
    }
    yield NarrativeArchive(created.vault, {"p_arestov": "Арестов Игорь"}, narratives, typing=False)
    created.vault.lock()


@pytest.mark.parametrize(
    "query", ["арестовали", "арестован", "арестованных", "Арестовали", "арестовывали"]
)
def test_an_arrest_verb_finds_the_noun_in_every_case(archive: NarrativeArchive, query: str) -> None:
    found = archive.matches(query)
    assert set(found) == _ARREST
    assert {found[short] for short in _ARREST_NOUNS} == {Match.FORMS}


def test_the_bare_noun_is_marked_in_the_snippet(archive: NarrativeArchive) -> None:
    hits = archive.results("арестовали").hits
    snippets = {archive.names[hit.record_id]: hit.snippet for hit in hits}
    assert f"Его {SNIPPET_OPEN}арест{SNIPPET_CLOSE} был" in snippets["t_arrest_nom"]
    assert f"Волна {SNIPPET_OPEN}арестов{SNIPPET_CLOSE}" in snippets["t_arrests_gen"]


@pytest.mark.parametrize("query", ["арестовали", "арестовывали"])
def test_an_arrest_verb_does_not_find_a_word_that_only_begins_like_the_noun(
    archive: NarrativeArchive, query: str
) -> None:
    assert "t_arestovich" not in archive.matches(query)


@pytest.mark.parametrize("query", ["арест", "аресты", "арестов"])
def test_the_noun_still_finds_the_verb(archive: NarrativeArchive, query: str) -> None:
    found = archive.matches(query)
    assert set(found) >= _ARREST
    assert found["t_arrested"] is Match.FORMS


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("допрашивали", {"t_questioning", "t_questioned"}),
        ("допрос", {"t_questioning", "t_questioned"}),
        ("подбрасывали", {"t_planting", "t_planted"}),
        ("протестовали", {"t_protest"}),
        ("штрафовали", {"t_fine"}),
    ],
)
def test_other_verbs_find_their_bare_nouns(
    archive: NarrativeArchive, query: str, wanted: set[str]
) -> None:
    assert set(archive.matches(query)) == wanted


@pytest.mark.parametrize(
    ("query", "wanted"),
    [("arrested", {"t_en_arrest"}), ("hibsga", {"t_uz_arrest"}), ("olishdi", {"t_uz_arrest"})],
)
def test_english_and_uzbek_queries_are_unaffected(
    archive: NarrativeArchive, query: str, wanted: set[str]
) -> None:
    assert set(archive.matches(query)) == wanted


def test_an_excluded_verb_drops_its_bare_noun(archive: NarrativeArchive) -> None:
    assert not _ARREST & set(archive.matches("-арестовали суд OR его OR после OR волна"))


def test_a_held_surname_is_not_read_as_the_genitive_plural(with_arestov: NarrativeArchive) -> None:
    # The vault knows Арестов as a person: арестов is his name, not "of arrests", here.
    assert set(with_arestov.matches("арестовали")) == {"t_arrest_nom"}


def test_a_verb_found_by_its_bare_noun_is_not_suggested_away(
    with_arestov: NarrativeArchive,
) -> None:
    # арестовали finds "арест" on its own, so the word that finds nothing is the typo.
    notes = with_arestov.results("арестовали задержли").notes
    suggested = [note for note in notes if note.code is NoteCode.TRY_PREFIX]
    assert [note.subject for note in suggested] == ["задержали*"]
