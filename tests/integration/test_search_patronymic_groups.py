"""A full name pasted with a patronymic lists the records holding it first, then those with
the other words and no patronymic, then persons with another patronymic, in a real vault
(docs/search-folding.md: A full name with a patronymic)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.query import NoteCode, QueryNote
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

PERSONS = {
    "sergeevich": "Кузнецов Сергей Сергеевич",
    "sergey": "Сергей Кузнецов",
    "sergei_latin": "Sergei Kuznetsov",
    "petrovich": "Кузнецов Сергей Петрович",
    "ivan": "Иван Кузнецов",
    "aziz_rustam": "Aziz Karimov Rustam oʻgʻli",
    "aziz": "Aziz Karimov",
    "aziz_bahodir": "Aziz Karimov Bahodir oʻgʻli",
    "dilnoza_rustam": "Dilnoza Karimova Rustam qizi",
    "dilnoza": "Дилноза Каримова",
    "dilnoza_sherzod": "Dilnoza Karimova Sherzod qizi",
    "babich": "Сергей Бабич",
    "babich_petrovich": "Бабич Сергей Петрович",
    "lukashevich": "Сергей Лукашевич",
    "lukashevich_ivanovich": "Лукашевич Сергей Иванович",
}
NARRATIVES = {
    "t_kuznetsov": "Ночью задержан Кузнецов Сергей.",
    # Prose may name anyone's father beside a name: never taken for "another patronymic".
    "t_kuznetsov_petrovich": "Задержан Кузнецов Сергей Петрович, сосед.",
}
WITHOUT_ONE = {"sergey", "sergei_latin", "t_kuznetsov", "t_kuznetsov_petrovich"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(
        tmp_path_factory.mktemp("patronymics") / "vault", PASSPHRASE, kdf=FAST_KDF
    )
    yield NarrativeArchive(created.vault, PERSONS, NARRATIVES, ("RU-2016-0001", "Задержания"))
    created.vault.lock()


def test_records_without_the_patronymic_follow_those_holding_it(archive: NarrativeArchive) -> None:
    results = archive.results("Кузнецов Сергей Сергеевич")
    found = [archive.names[hit.record_id] for hit in results.hits]
    assert found[0] == "sergeevich"
    assert set(found[1:5]) == WITHOUT_ONE
    assert found[5:] == ["petrovich"]
    assert results.notes == (QueryNote(NoteCode.PATRONYMIC_OPTIONAL, "Сергеевич"),)


def test_a_patronymic_nobody_holds_lists_another_patronymic_last(
    archive: NarrativeArchive,
) -> None:
    results = archive.results("Кузнецов Сергей Павлович")
    found = [archive.names[hit.record_id] for hit in results.hits]
    assert set(found[:4]) == WITHOUT_ONE
    assert set(found[4:]) == {"sergeevich", "petrovich"}
    assert results.notes == (QueryNote(NoteCode.PATRONYMIC_LEFT_OUT, "Павлович"),)


@pytest.mark.parametrize(
    ("query", "expected", "patronymic"),
    [
        ("Aziz Karimov Rustam oʻgʻli", ["aziz_rustam", "aziz", "aziz_bahodir"], "Rustam oʻgʻli"),
        (
            "Dilnoza Karimova Rustam qizi",
            ["dilnoza_rustam", "dilnoza", "dilnoza_sherzod"],
            "Rustam qizi",
        ),
        ("Каримов Азиз Бахадир угли", ["aziz_bahodir", "aziz", "aziz_rustam"], "Бахадир угли"),
    ],
)
def test_an_uzbek_patronymic_ranks_the_same_way(
    archive: NarrativeArchive, query: str, expected: list[str], patronymic: str
) -> None:
    results = archive.results(query)
    assert [archive.names[hit.record_id] for hit in results.hits] == expected
    assert results.notes == (QueryNote(NoteCode.PATRONYMIC_OPTIONAL, patronymic),)


@pytest.mark.parametrize(
    ("query", "expected", "patronymic"),
    [
        ("Бабич Сергей Иванович", ["babich", "babich_petrovich"], "Иванович"),
        ("Сергей Петрович Лукашевич", ["lukashevich", "lukashevich_ivanovich"], "Петрович"),
    ],
)
def test_a_surname_shaped_like_a_patronymic_is_kept(
    archive: NarrativeArchive, query: str, expected: list[str], patronymic: str
) -> None:
    # Бабич, Лукашевич end as a patronymic does, but come first or after the patronymic.
    results = archive.results(query)
    assert [archive.names[hit.record_id] for hit in results.hits] == expected
    assert results.notes == (QueryNote(NoteCode.PATRONYMIC_LEFT_OUT, patronymic),)


def test_pages_and_total_follow_the_same_order(archive: NarrativeArchive) -> None:
    query = "Кузнецов Сергей Сергеевич"
    whole = archive.find(query)
    paged = [
        archive.names[h.record_id]
        for n in range(6)
        for h in archive.results(query, 1, offset=n).hits
    ]
    assert paged == whole
    assert archive.results(query, 2).total == 6
