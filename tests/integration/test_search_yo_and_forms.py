"""ё typed as е, and a woman's surname in a case form, in a real vault: Бахтиер and Bakhtier
find Бахтиёр, Жаңабаеву finds Жаңабаева when no Жаңабаев is held (docs/search-folding.md:
Fuzzy names). Found by a Russian-speaking tester: both found nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.service import Match
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

PERSONS = {
    "bahtiyor": "Юсупов Бахтиёр",
    "niyozov": "Ниёзов Ойбек",
    "janabaeva": "Әсел Жаңабаева",
    "erkin": "Еркин Сатпаев",  # Kazakh Erkin: е and ё are two letters in Kazakh and Uzbek
    "yorkin": "Ёркин Рахимов",  # Uzbek Yorqin
    "karimov": "Karimov Anvar",
    "karimova": "Karimova Nodira",
}
NARRATIVES = {
    "t_bahtiyora": "Бахтиёра задержали ночью.",
    "t_janabaevu": "Жаңабаеву допросили без адвоката.",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("yo") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield NarrativeArchive(created.vault, PERSONS, NARRATIVES, ("KZ-2022-0001", "Январь"))
    created.vault.lock()


@pytest.mark.parametrize(
    "query", ["Бахтиер", "бахтиер", "Юсупов Бахтиер", "Bakhtier", "Bakhtiyer", "Бахтиёр"]
)
def test_yo_typed_as_e_finds_the_name_with_yo(archive: NarrativeArchive, query: str) -> None:
    assert "bahtiyor" in archive.matches(query)


def test_yo_typed_as_e_in_a_case_form_finds_the_case_form_in_prose(
    archive: NarrativeArchive,
) -> None:
    # As Бахтиёра would: "of Бахтиёр" in prose, or a name in -a, so not the person's name.
    assert archive.matches("Бахтиера") == {"t_bahtiyora": Match.FUZZY}


@pytest.mark.parametrize("query", ["Ниезов", "Niezov"])
def test_yo_typed_as_e_after_i_finds_niyozov(archive: NarrativeArchive, query: str) -> None:
    assert archive.matches(query).get("niyozov") is Match.FUZZY


def test_e_read_as_yo_is_a_guess_ranked_below_the_word_as_typed(archive: NarrativeArchive) -> None:
    # Еркин (Kazakh Erkin) and Ёркин (Uzbek Yorqin) are two names: Еркин comes first.
    assert archive.matches("Еркин") == {"erkin": Match.EXACT, "yorkin": Match.FUZZY}
    assert archive.find("Ёркин") == ["yorkin"]


@pytest.mark.parametrize("query", ["Жаңабаеву", "Жанабаеву", "Zhanabaevu", "Жаңабаевой"])
def test_a_womans_case_form_finds_her_when_no_man_of_the_name_is_held(
    archive: NarrativeArchive, query: str
) -> None:
    found = archive.matches(query)
    assert found.get("janabaeva") is Match.FUZZY
    assert "t_janabaevu" in found


def test_a_form_that_is_the_mans_case_too_finds_only_him_when_he_is_held(
    archive: NarrativeArchive,
) -> None:
    found = archive.matches("Karimovu")
    assert "karimov" in found
    assert "karimova" not in found
