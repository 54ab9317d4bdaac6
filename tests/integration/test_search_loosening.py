"""What the search box finds while a name is typed word by word, and for a full name pasted
with a patronymic the record does not hold, in a real vault (docs/search-folding.md:
Completing the word being typed, When nothing is found)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.query import NoteCode, QueryNote
from desktop_app.core.search.service import Match, search_results
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

PERSONS = {
    "shuhratjon": "Shuhratjon Nazarqulov",
    "shuhrat": "Shuhrat Nazarov",
    "utkirbek": "Уткирбек Хужамкулов",
    "utkir": "Oʻtkir Xoʻjayev",
    "bekmirzaev": "Timur Bekmirzaev",
    "zokirov": "Timur Zokirov",
    "kim_yu": "Kim Yu",
    "kim_sergey": "Kim Sergey",
    "rustam": "Шамсутдинов Рустам Ильдарович",
    "aigerim": "Айгерім Серікова",
}
NARRATIVES = {"t_shu": "Nazarqulov shu kuni uyda edi."}  # Uzbek "shu": "that"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("loosening") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield NarrativeArchive(created.vault, PERSONS, NARRATIVES, ("UZ-2015-0001", "Detentions"))
    created.vault.lock()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Назаркулов Шухрат", "shuhratjon"),  # Shuhrat Nazarov is held
        ("Nazarqulov Shuhrat", "shuhratjon"),
        ("Хужамкулов Уткир", "utkirbek"),  # Oʻtkir Xoʻjayev is held
    ],
)
def test_a_held_word_that_finds_nothing_with_the_others_is_completed(
    archive: NarrativeArchive, query: str, expected: str
) -> None:
    results = archive.results(query)
    assert [archive.names[h.record_id] for h in results.hits] == [expected]
    assert results.hits[0].match is Match.PREFIX


def test_a_held_word_that_finds_something_is_still_taken_as_meant(
    archive: NarrativeArchive,
) -> None:
    assert archive.find("Shuhrat") == ["shuhrat"]
    assert archive.find("Nazarov Shuhrat") == ["shuhrat"]


def test_a_word_the_caller_says_is_complete_is_never_completed(archive: NarrativeArchive) -> None:
    assert archive.find("Назаркулов Шухрат", typing=False) == []


def test_a_page_after_the_first_reads_the_query_as_the_first_did(archive: NarrativeArchive) -> None:
    whole = archive.find("Timur B")
    with archive.vault.read() as session:
        second = search_results(session, "Timur B", limit=1, offset=1)
    assert len(whole) == 2
    assert [archive.names[h.record_id] for h in second.hits] == whole[1:2]
    with archive.vault.read() as session:
        assert search_results(session, "Назаркулов Шухрат", limit=1, offset=1).hits == []
        first = search_results(session, "Назаркулов Шухрат", limit=1, offset=0).hits
    assert [archive.names[h.record_id] for h in first] == ["shuhratjon"]


@pytest.mark.parametrize(
    ("query", "short"),
    [("Timur B", "B"), ("Timur Be", "Be"), ("Хужамкулов Ут", "Ут"), ("Kim S", "S")],
)
def test_a_new_word_too_short_to_complete_does_not_empty_the_list(
    archive: NarrativeArchive, query: str, short: str
) -> None:
    before = archive.find(query.rsplit(" ", 1)[0])
    results = archive.results(query)
    assert [archive.names[h.record_id] for h in results.hits] == before
    assert QueryNote(NoteCode.NOT_YET_USED, short) in results.notes


def test_records_holding_the_short_word_whole_come_first(archive: NarrativeArchive) -> None:
    assert archive.find("Kim Yu") == ["kim_yu", "kim_sergey"]
    assert archive.find("Назаркулов Шу") == ["t_shu", "shuhratjon"]


def test_a_single_short_word_is_still_searched_whole_and_said_so(archive: NarrativeArchive) -> None:
    results = archive.results("Yu")
    assert [archive.names[h.record_id] for h in results.hits] == ["kim_yu"]
    assert archive.results("Bq").notes == (QueryNote(NoteCode.TOO_SHORT, "Bq"),)


@pytest.mark.parametrize(
    ("query", "expected", "left_out"),
    [
        ("Назаркулов Шухратжон Бахтиёрович", "shuhratjon", "Бахтиёрович"),
        ("nazarqulov shuhratjon bahtiyorovich", "shuhratjon", "bahtiyorovich"),
        ("Shuhratjon Bahtiyor oʻgʻli Nazarqulov", "shuhratjon", "Bahtiyor oʻgʻli"),
        ("Шухратжон Бахтиёр угли", "shuhratjon", "Бахтиёр угли"),
        ("Серікова Айгерім Нұрланқызы", "aigerim", "Нұрланқызы"),
        ("Хужамкулов Уткирбек Алишерович", "utkirbek", "Алишерович"),
    ],
)
def test_a_patronymic_the_record_does_not_hold_is_left_out_with_a_note(
    archive: NarrativeArchive, query: str, expected: str, left_out: str
) -> None:
    results = archive.results(query)
    assert [archive.names[h.record_id] for h in results.hits][:1] == [expected]
    assert QueryNote(NoteCode.PATRONYMIC_LEFT_OUT, left_out) in results.notes


def test_a_patronymic_the_record_holds_is_searched_for(archive: NarrativeArchive) -> None:
    results = archive.results("Шамсутдинов Рустам Ильдарович")
    assert [archive.names[h.record_id] for h in results.hits] == ["rustam"]
    assert results.notes == ()
    assert archive.find("Шамсутдинов Рустам Ахмедович") == ["rustam"]


def test_a_patronymic_alone_is_never_left_out(archive: NarrativeArchive) -> None:
    results = archive.results("Бахтиёрович", typing=False)
    assert results.hits == []
    assert results.notes == ()
