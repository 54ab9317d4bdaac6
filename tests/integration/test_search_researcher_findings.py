"""What a researcher searching testimonies ran into (docs/search-folding.md): a prefix of
Russian letters keeps its last letter, a capitalised first word finds other forms, a word that
finds nothing suggests a beginning that does, the genitive plural's fleeting vowel, one note on
other forms, the total past a page, exclusions of a word's forms, mark-less Uzbek phrases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.query import NoteCode, QueryNote
from desktop_app.core.search.service import Match
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

PERSONS = {"p_arestov": "Арестов Игорь"}  # a surname that begins like арестовать
NARRATIVES = {
    "t_tortured": "Его пытали током в отделе.",
    "t_tried": "Он пытался бежать, но его поймали.",
    "t_traces": "Следы пыток видели родственники.",
    "t_applied": "К нему применяли пытки.",
    "t_girls": "Девушек увезли в отдел милиции.",
    "t_detained": "Его задержали у дома.",
    "t_both": "После задержания остались следы пыток.",
    "t_uz_beat": "Uni militsiya xodimlari kaltaklashdi.",
    "t_confiscated": "Конфисковали книги и телефон.",
    "t_search_lawyer": "При обыске адвоката не пустили.",
    "t_search_night": "Провели обыск ночью.",
    "t_uz_search": "Uyda tintuv oʻtkazildi.",
    "t_arestov_called": "Игоря Арестова вызывали на допрос.",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("findings") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield NarrativeArchive(created.vault, PERSONS, NARRATIVES, typing=False)
    created.vault.lock()


@pytest.mark.parametrize(("query", "typing"), [("пытк*", False), ("пытк", True)])
def test_a_russian_prefix_finds_no_word_its_last_letter_leaves_out(
    archive: NarrativeArchive, query: str, typing: bool
) -> None:
    # пытк folded to pit (a Latin k + h is kh, which folds to h) and found пытали, пытался.
    found = archive.matches(query, typing=typing)
    assert "t_applied" in found
    assert not {"t_tortured", "t_tried"} & set(found)


@pytest.mark.parametrize("query", ["Задержан", "ЗАДЕРЖАН"])
def test_a_capitalised_first_word_or_one_in_capitals_finds_other_forms(
    archive: NarrativeArchive, query: str
) -> None:
    assert archive.matches(query)["t_detained"] is Match.FORMS


@pytest.mark.parametrize("query", ["Арестов", "АРЕСТОВ", "допрос Арестов"])
def test_a_name_the_vault_holds_is_not_stemmed_however_typed(
    archive: NarrativeArchive, query: str
) -> None:
    assert Match.FORMS not in archive.matches(query).values()


@pytest.mark.parametrize(
    ("query", "suggested", "found"),
    [
        ("kaltaklovchi", "kaltakl*", "t_uz_beat"),  # kaltaklashdi
        ("конфискация", "конфиск*", "t_confiscated"),  # конфисковали
        ("задержли", "задержали*", "t_detained"),  # a typo: the word it misses a letter of
        ("задержли дома", "задержали* дома", "t_detained"),
    ],
)
def test_a_word_that_finds_nothing_suggests_a_beginning_that_does(
    archive: NarrativeArchive, query: str, suggested: str, found: str
) -> None:
    results = archive.results(query)
    assert results.hits == []
    (note,) = [note for note in results.notes if note.code is NoteCode.TRY_PREFIX]
    assert note.query == suggested
    assert note.message == (
        f"nothing was found as typed; try {suggested.split()[0]} to find the words beginning so"
    )
    assert found in archive.matches(note.query)


def test_no_suggestion_when_nothing_begins_like_the_word(archive: NarrativeArchive) -> None:
    assert [n.code for n in archive.results("xyzzyqwerty").notes] == []


@pytest.mark.parametrize(
    ("query", "genitive_plural"), [("пытки", "t_traces"), ("девушки", "t_girls")]
)
def test_a_plural_finds_its_genitive_with_a_fleeting_vowel(
    archive: NarrativeArchive, query: str, genitive_plural: str
) -> None:
    assert archive.matches(query)[genitive_plural] is Match.FORMS


def test_one_note_names_every_word_read_in_other_forms(archive: NarrativeArchive) -> None:
    results = archive.results("задержан пытки")
    assert [archive.names[hit.record_id] for hit in results.hits] == ["t_both"]
    assert results.notes == (QueryNote(NoteCode.OTHER_FORMS, "«задержан», «пытки»"),)


def test_a_page_that_more_follow_says_how_many_match_in_all(archive: NarrativeArchive) -> None:
    everything = archive.results("отдел")
    first = archive.results("отдел", limit=1)
    assert first.has_more
    assert first.total == len(everything.hits) == 2
    assert everything.total is None  # all on one page: the count is the page's


def test_an_excluded_word_leaves_out_its_other_forms(archive: NarrativeArchive) -> None:
    # адвокат finds адвоката in its other forms; -адвокат leaves out what адвокат finds.
    assert "t_search_lawyer" in archive.matches("адвокат")
    assert archive.matches("обыск -адвокат") == {"t_search_night": Match.EXACT}


def test_a_phrase_typed_without_the_uzbek_mark_finds_it(archive: NarrativeArchive) -> None:
    assert archive.matches('"tintuv otkazildi"') == {"t_uz_search": Match.FUZZY}
