"""A verb's past, participle and noun meet in a real vault, in Russian and in Uzbek, where
Snowball's stem could not bring them together; a word that finds nothing suggests the word
the vault holds one letter away (docs/search-folding.md: Other forms of a word).

A researcher searched `избили` over testimonies that say «избиение», «избит», «избивали» and
got nothing and no suggestion: Snowball stems избили to изб, too short to be looked for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.query import NoteCode, QueryNote
from desktop_app.core.search.service import Match
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

PERSONS = {"p_izbasarov": "Избасаров Нурлан", "p_urinov": "Urinov Sardor"}
NARRATIVES = {
    "t_beating_marks": "Следы избиения видели соседи.",
    "t_beaten_cell": "В изоляторе он был жестоко избит конвоирами.",
    "t_beat_nightly": "Его избивали каждую ночь, требуя признания.",
    "t_beaten_batons": "Задержанные были избиты дубинками.",
    "t_killed": "Он был убит при невыясненных обстоятельствах.",
    "t_polling_station": "На избирательном участке наблюдателей не пустили.",
    "t_elected": "Его избрали председателем махалли.",
    "t_rid_of_debts": "Он хотел избавиться от долгов.",
    "t_ran_away": "Сосед убежал через огород.",
    "t_make_sure": "Мать хотела убедиться, что он жив.",
    "t_detained": "Брата задержали на рынке.",
    "t_will_detain": "Нас задержат, если мы пойдём на митинг.",
    "t_admitted": "Он признал вину только после пыток.",
    "t_signs": "Врач не нашёл признаков болезни.",
    "t_uz_beaten": "U bo'limda kaltaklandi.",
    "t_uz_beaten_young": "Kaltaklangan yigit kasalxonaga yotqizildi.",
    "t_uz_caught": "Ushlangan yigitlar haqida xabar yo'q.",
    "t_uz_caught_market": "Uni bozorda ushlab, mashinaga solishdi.",
    "t_uz_locked_up": "U o'n besh kunga qamalgan.",
    "t_uz_hit": "Tergovchilar uni urishgan.",
    "t_uz_war": "Urush paytida oilasi ko'chib ketgan.",
}
_BEATINGS = {"t_beating_marks", "t_beaten_cell", "t_beat_nightly", "t_beaten_batons"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("verbs") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield NarrativeArchive(created.vault, PERSONS, NARRATIVES, typing=False)
    created.vault.lock()


def test_izbili_finds_every_beating_and_says_it_searched_other_forms(
    archive: NarrativeArchive,
) -> None:
    results = archive.results("избили")
    assert {archive.names[hit.record_id] for hit in results.hits} == _BEATINGS
    assert {hit.match for hit in results.hits} == {Match.FORMS}
    assert QueryNote(NoteCode.OTHER_FORMS, "«избили»") in results.notes


@pytest.mark.parametrize("query", ["избиение", "избит", "избивали", "избиты"])
def test_each_form_of_izbit_finds_the_others(archive: NarrativeArchive, query: str) -> None:
    assert set(archive.matches(query)) == _BEATINGS


def test_ubili_finds_ubit_and_no_word_that_only_begins_alike(archive: NarrativeArchive) -> None:
    assert set(archive.matches("убили")) == {"t_killed"}


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("задержание", {"t_detained", "t_will_detain", "t_beaten_batons"}),  # задержанные
        ("признание", {"t_admitted", "t_beat_nightly"}),  # not признаков (signs)
    ],
)
def test_a_verbal_noun_finds_its_verb(
    archive: NarrativeArchive, query: str, wanted: set[str]
) -> None:
    assert set(archive.matches(query)) == wanted


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("kaltaklashdi", {"t_uz_beaten", "t_uz_beaten_young"}),
        ("ushlashdi", {"t_uz_caught", "t_uz_caught_market"}),
        ("qamashdi", {"t_uz_locked_up"}),
        ("urishdi", {"t_uz_hit"}),  # not urush (war), nor Urinov
    ],
)
def test_an_uzbek_verb_finds_its_other_forms(
    archive: NarrativeArchive, query: str, wanted: set[str]
) -> None:
    found = archive.matches(query)
    assert set(found) == wanted
    assert set(found.values()) == {Match.FORMS}


@pytest.mark.parametrize(
    ("query", "suggested", "found"),
    [
        ("избтые", "избитые*", None),  # no record holds избитые: nothing to suggest
        ("kaltaklnadi", "kaltaklandi*", "t_uz_beaten"),  # two letters swapped
        ("qamlgan", "qamalgan*", "t_uz_locked_up"),  # one left out
        ("задерали", "задержали*", "t_detained"),
        ("дубинкми", "дубинками*", "t_beaten_batons"),
    ],
)
def test_a_word_that_finds_nothing_suggests_the_word_one_letter_away(
    archive: NarrativeArchive, query: str, suggested: str, found: str | None
) -> None:
    results = archive.results(query)
    assert results.hits == []
    notes = [note for note in results.notes if note.code is NoteCode.TRY_PREFIX]
    if found is None:
        assert notes == []
        return
    assert [note.query for note in notes] == [suggested]
    assert found in archive.matches(suggested)
