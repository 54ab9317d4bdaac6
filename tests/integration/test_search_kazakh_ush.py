"""Kazakh үш ("three") in prose is not the place Osh: Ош, Osh, Ўш find an event or testimony
whose place is Osh, however spelt, and not a narrative that says "үш күн" (three days); үш
finds that narrative. In a place field Үш still names Osh (docs/search-folding.md, Place-name
table)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.service import Match
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

NARRATIVES = {
    "t_three_days": "Оны үш күн бойы ұстады, содан кейін босатты.",  # held three days (Kazakh)
    "t_three_latin": "Ony üsh kün boyı ustadı.",
    "t_osh_uzbek": "Uni Oʻshda ushlashdi, keyin Ўш шаҳрига олиб кетишди.",
    "t_osh_russian": "Его задержали в Оше и увезли в Ош.",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("ush") / "vault", PASSPHRASE, kdf=FAST_KDF)
    archive = NarrativeArchive(created.vault, {}, NARRATIVES, typing=False)
    with created.vault.transaction() as session:
        writer = created.vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0003", "title": "Events"})
        session.flush()
        for short, place in {"e_place_ush": "Үш", "e_place_osh": "Ош"}.items():
            event = {"case": str(case.id), "act_type": "other", "place": place}
            archive.names[writer.create("event", event).id] = short
    yield archive
    created.vault.lock()


@pytest.mark.parametrize("query", ["Ош", "Osh", "Ўш", "Oʻsh"])
def test_osh_finds_osh_and_not_kazakh_three(archive: NarrativeArchive, query: str) -> None:
    found = set(archive.matches(query))
    assert {"t_osh_uzbek", "t_osh_russian", "e_place_osh", "e_place_ush"} <= found
    assert not found & {"t_three_days", "t_three_latin"}


@pytest.mark.parametrize("query", ["үш", "Үш", "üsh"])
def test_kazakh_three_finds_the_narratives_that_say_it(
    archive: NarrativeArchive, query: str
) -> None:
    found = archive.matches(query)
    assert {"t_three_days", "t_three_latin"} <= set(found)
    assert found["t_three_days"] in (Match.EXACT, Match.FOLDED)
    assert "t_osh_russian" not in found
