"""A Russian verb finds the noun made from it and the noun the verb, in a real vault, where
their Snowball stems differ: пытали and пытки, похитили and похищение, угрожали and угроза,
арестовали and ареста, допрашивали and допрос (docs/search-folding.md: Other forms of a word).
The surname Арестов is not found by an arrest more than before (only Арестова, by арестова*)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.service import Match
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

PERSONS = {"p_arestov": "Арестов Игорь"}
NARRATIVES = {
    "t_tortured": "В отделе его пытали током.",
    "t_torture": "Она рассказала о пытке, которой подвергся муж.",
    "t_tortures": "Следы пыток были видны на теле.",
    "t_abducted": "Его похитили у дома средь бела дня.",
    "t_abduction": "О похищении сына мать заявила в прокуратуру.",
    "t_abductors": "Похитители потребовали выкуп.",
    "t_abducted_participle": "Журналист был похищен в Бишкеке.",
    "t_threatened": "Следователь угрожал расправой над детьми.",
    "t_threats": "Угрозы продолжались после освобождения.",
    "t_arrested": "Каримову арестовали в аэропорту.",
    "t_after_arrest": "После ареста семье ничего не сообщили.",
    "t_under_arrest": "Под арестом он провёл два месяца.",
    "t_arestov_said": "Игорь Арестов рассказал об обыске.",
    "t_questioned": "Её допрашивали без адвоката.",
    "t_questioning": "На допросе присутствовали двое в штатском.",
    "t_palata": "В палате лежали трое.",
    "t_delay": "Задержка зарплаты длилась месяц.",
}
_TORTURE = {"t_tortured", "t_torture", "t_tortures"}
_ABDUCTION = {"t_abducted", "t_abduction", "t_abductors", "t_abducted_participle"}
_THREATS = {"t_threatened", "t_threats"}
_ARREST = {"t_arrested", "t_after_arrest", "t_under_arrest"}
_QUESTIONING = {"t_questioned", "t_questioning"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("nouns") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield NarrativeArchive(created.vault, PERSONS, NARRATIVES, typing=False)
    created.vault.lock()


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("пытали", _TORTURE),
        ("пытки", _TORTURE),
        ("пыток", _TORTURE),
        ("похитили", _ABDUCTION),
        ("похищение", _ABDUCTION),
        ("похитители", _ABDUCTION),
        ("похищен", _ABDUCTION),
        ("угрожали", _THREATS),
        ("угроза", _THREATS),
        ("арестовали", _ARREST),
        ("арестован", _ARREST),
        ("допрашивали", _QUESTIONING),
        ("допрос", _QUESTIONING),
    ],
)
def test_a_verb_and_the_noun_made_from_it_find_each_other(
    archive: NarrativeArchive, query: str, wanted: set[str]
) -> None:
    found = archive.matches(query)
    assert set(found) == wanted
    assert Match.FORMS in found.values()


@pytest.mark.parametrize("query", ["арестовали", "арестован"])
def test_an_arrest_does_not_find_the_surname_arestov(archive: NarrativeArchive, query: str) -> None:
    assert not {"p_arestov", "t_arestov_said"} & set(archive.matches(query))


@pytest.mark.parametrize("query", ["Арестов", "Арестова"])
def test_a_surname_that_begins_like_a_noun_is_not_read_as_one(
    archive: NarrativeArchive, query: str
) -> None:
    assert Match.FORMS not in archive.matches(query).values()
