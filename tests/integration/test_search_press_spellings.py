"""German press spellings (sch, dsch, tsch, w, z), the passport -ie of иё at the end of a name
and several unmarked oʻ in one name find the person, typed into a real vault that also holds
look-alikes (docs/search-folding.md: Fuzzy names)."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest

from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

PERSONS = {
    "jamshid": "Жамшид Тошпўлатов",
    "shuhratjon": "Shuhratjon Nazarqulov",
    "dilnoza": "Dilnoza Yoʻldoshxoʻjayeva",
    "erbolat": "Ерболат Жақсылықов",
    "faridun": "Фаридун Ҷӯрахонов",
    "muhammadali": "Muhammadali Sirojiddinov",
    "lyudmila": "Людмила Щербакова-Ахмедова",
    "natalya": "Наталья Шевцова-Хабибуллина",
    "mahliyo": "Mahliyo Sobirjonova",
    "eldor": "Эльдор Файзуллаходжаев",
    # look-alikes
    "toshmatov": "Jamshid Toshmatov",
    "nazarov": "Shuhrat Nazarov",
    "yoldosheva": "Dilnoza Yoʻldosheva",
    "jaqsybekov": "Erbolat Jaqsybekov",
    "jurayev": "Faridun Jurayev",
    "sirojov": "Muhammad Sirojov",
    "shevchenko": "Natalya Shevchenko",
    "fayzullayev": "Eldor Fayzullayev",
}


class Vaulted:
    """A vault holding the persons above."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        with vault.transaction() as session:
            writer = vault.writer(session)
            self.names: dict[UUID, str] = {
                writer.create("person", {"name": name}).id: key for key, name in PERSONS.items()
            }

    def find(self, query: str) -> list[str]:
        """Short names of the persons search finds for a whole query, best first."""
        with self.vault.read() as session:
            hits = search(session, query, limit=100, complete_last_word=False)
        return [self.names[hit.record_id] for hit in hits]


@pytest.fixture(scope="module")
def persons(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vaulted]:
    created = create_vault(tmp_path_factory.mktemp("press") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield Vaulted(created.vault)
    created.vault.lock()


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Dschamschid Taschpulatow", "jamshid"),  # dsch дж, sch ш, w в
        ("Schuchratdschon Nasarkulow", "shuhratjon"),
        ("Dilnosa Juldaschchodschajewa", "dilnoza"),
        ("Erbolat Schaksylykow", "erbolat"),  # sch for ж
        ("Faridun Dschurachonow", "faridun"),
        ("Muchammadali Sirodschiddinow", "muhammadali"),
        ("Ludmila Scherbakowa", "lyudmila"),  # sch for щ
        ("Natalja Schewzowa", "natalya"),  # z for ц
        ("Eldor Faisullachodschajew", "eldor"),
        ("Makhlie Sabirdzhanova", "mahliyo"),  # ICAO -ie for иё at the end
        ("Makhlie", "mahliyo"),
        ("Dilnoza Yoldoshxojayeva", "dilnoza"),  # two oʻ unmarked, an o between them
        ("Yoldoshxojayeva", "dilnoza"),
    ],
)
def test_press_spelling_finds_the_person_first(persons: Vaulted, query: str, person: str) -> None:
    assert persons.find(query)[:1] == [person]


def test_a_german_first_name_finds_everyone_so_named(persons: Vaulted) -> None:
    assert set(persons.find("Dschamschid")) == {"jamshid", "toshmatov"}


@pytest.mark.parametrize(
    ("query", "look_alikes"),
    [
        ("Taschpulatow", {"toshmatov"}),
        ("Nasarkulow", {"nazarov"}),
        ("Juldaschchodschajewa", {"yoldosheva"}),
        ("Schaksylykow", {"jaqsybekov"}),
        ("Dschurachonow", {"jurayev"}),
        ("Sirodschiddinow", {"sirojov"}),
        ("Schewzowa", {"shevchenko"}),
        ("Faisullachodschajew", {"fayzullayev"}),
        ("Yoldoshxojayeva", {"yoldosheva"}),
    ],
)
def test_press_spelling_does_not_find_look_alikes(
    persons: Vaulted, query: str, look_alikes: set[str]
) -> None:
    assert not set(persons.find(query)) & look_alikes
