"""A part of a hyphenated word spelt Уш or Ush is not Osh: Ош, Ўш, Oʻsh find Osh and not
Уш-Тобе (whose Уш, Kazakh үш "three", folds as Ўш does), while each part of Уш-Тобе still finds
it, and a part written with the Uzbek letter is still Osh (Ўш-Тошкент, a road; see
docs/search-folding.md, Hyphenated words in the index)."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest

from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

PLACES = {
    "osh": "Osh",
    "osh_cyrillic": "Ош",
    "ushtobe": "Уш-Тобе",
    "ushtobe_latin": "Ush-Tobe",
    "road": "Ўш-Тошкент",
    "road_latin": "Oʻsh-Toshkent",
}
OSH = {"osh", "osh_cyrillic", "road", "road_latin"}


class Places:
    """A vault holding one event at each place above."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.names: dict[UUID, str] = {}
        with vault.transaction() as session:
            writer = vault.writer(session)
            case = writer.create("case", {"reference": "KG-2010-0002", "title": "Events"})
            session.flush()
            for key, place in PLACES.items():
                event = {"case": str(case.id), "act_type": "other", "place": place}
                self.names[writer.create("event", event).id] = key

    def find(self, query: str) -> set[str]:
        """Short names of the places search finds for a whole query."""
        with self.vault.read() as session:
            hits = search(session, query, limit=100, complete_last_word=False)
        return {self.names[hit.record_id] for hit in hits if hit.record_id in self.names}


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Places]:
    created = create_vault(tmp_path_factory.mktemp("places") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield Places(created.vault)
    created.vault.lock()


@pytest.mark.parametrize("query", ["Osh", "Ош", "Ўш", "Oʻsh", "O'sh"])
def test_osh_finds_osh_and_not_ush_tobe(places: Places, query: str) -> None:
    assert places.find(query) == OSH


@pytest.mark.parametrize("query", ["Уш-Тобе", "Ush-Tobe", "Ushtobe", "Tobe", "Тобе"])
def test_ush_tobe_is_found_whole_and_by_a_part(places: Places, query: str) -> None:
    assert places.find(query) == {"ushtobe", "ushtobe_latin"}


@pytest.mark.parametrize("query", ["Tashkent", "Ташкент", "Toshkent"])
def test_the_other_part_of_a_road_finds_it(places: Places, query: str) -> None:
    assert places.find(query) == {"road", "road_latin"}
