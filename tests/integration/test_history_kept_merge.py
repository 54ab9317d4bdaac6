"""`sandiq history` says whose merge a deletion kept, and credits a relayed version to its author.

Aziza, Bekzod and Dilya exchange for a week. Aziza merges Latypov into Латипов while Dilya
adds his date of birth; Dilya keeps the merge when she resolves the conflict. The tombstone
that writes is Dilya's (a vault signs only its own changes), so History said "Dilya deleted
him"; now, in every vault, the line says she kept Aziza's merge. A version Bekzod wrote that
reaches Aziza in Dilya's bundle is Bekzod's, not Dilya's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.identity import load_identity
from desktop_app.core.person_merge import merge_persons
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site

KEPT = "Латипов Ғайратжон"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Site, Site, Site, dict[str, UUID]]]:
    """Aziza, Bekzod and Dilya, each holding Aziza's case with two spellings of one victim."""
    aziza, bekzod, dilya = (make_site(tmp_path, n) for n in ("Aziza", "Bekzod", "Dilya"))
    introduce(aziza, bekzod, dilya)
    case = aziza.write("case", {"reference": "UZ-2026-0007", "title": "Arrest at the bazaar"})
    ids = {
        "case": case,
        "latipov": aziza.write("person", {"name": KEPT}),
        "latypov": aziza.write("person", {"name": "Latypov Gairatzhan"}),
    }
    for person in ("latipov", "latypov"):
        party = {"case": str(case), "person": str(ids[person]), "role": "victim"}
        aziza.write("case_party", party)
    _send(aziza, bekzod, dilya)
    yield aziza, bekzod, dilya, ids
    for site in (aziza, bekzod, dilya):
        site.vault.lock()


def _send(sender: Site, *to: Site) -> None:
    bundle = sender.export(*(site.name for site in to), since_last=True).path
    for site in to:
        site.import_(bundle)


def _keep(site: Site, keep: str) -> None:
    with site.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(site.vault, conflict.id, keep)


def _merge(site: Site, ids: dict[str, UUID]) -> None:
    with site.vault.transaction() as session:
        merge_persons(site.vault.writer(session), ids["latipov"], ids["latypov"])


def _history(tmp_path: Path, *asked: tuple[Site, UUID]) -> list[list[list[str]]]:
    """The lines of `sandiq history` (split at tabs, the time left out) of each record asked,
    in the vault of each site, the vaults locked first."""
    for site, _ in asked:
        site.vault.lock()
    sandiq = Sandiq(tmp_path / "env", asked[0][0].vault.path)
    runs = [sandiq.ok("history", str(record), vault=site.vault.path) for site, record in asked]
    return [
        [[field for at, field in enumerate(line.split("\t")) if at != 1] for line in lines]
        for lines in (run.stdout.splitlines() for run in runs)
    ]


def test_keeping_a_colleagues_merge_says_whose_merge_in_every_vault(team, tmp_path) -> None:
    aziza, bekzod, dilya, ids = team
    _merge(aziza, ids)
    dilya.edit("person", ids["latypov"], birth_date="1985-02-14")
    _send(aziza, bekzod, dilya)
    _keep(dilya, "theirs")
    _send(dilya, aziza, bekzod)
    at_dilya, at_aziza, at_bekzod = _history(
        tmp_path, (dilya, ids["latypov"]), (aziza, ids["latypov"]), (bekzod, ids["latypov"])
    )
    assert at_dilya[-1] == ["3", "this vault", "", f"deleted: kept Aziza's merge into {KEPT}"]
    assert at_aziza[1] == ["2", "this vault", "", "deleted"]  # her own merge
    assert at_aziza[-1][1:] == ["Dilya", "", f"deleted: kept this vault's merge into {KEPT}"]
    assert at_bekzod[1] == ["2", "Aziza", "", "deleted"]
    assert at_bekzod[-1][1:] == ["Dilya", "", f"deleted: kept Aziza's merge into {KEPT}"]


def test_history_json_names_the_merge_kept_and_the_person_it_went_into(team, tmp_path) -> None:
    aziza, _, dilya, ids = team
    _merge(aziza, ids)
    dilya.edit("person", ids["latypov"], birth_date="1985-02-14")
    _send(aziza, dilya)
    _keep(dilya, "theirs")
    with aziza.vault.read() as session:
        aziza_key = load_identity(session).fingerprint
    dilya.vault.lock()
    sandiq = Sandiq(tmp_path / "env", dilya.vault.path)
    rows = json.loads(sandiq.ok("history", str(ids["latypov"]), "--json").stdout)
    assert [row["kept_merge"] for row in rows[:-1]] == [None, None]
    assert rows[-1]["kept_merge"] == {
        "merged_by": aziza_key,
        "merged_by_name": "Aziza",
        "into": str(ids["latipov"]),
        "into_name": KEPT,
        "text": f"kept Aziza's merge into {KEPT}",
    }


def test_keeping_a_relayed_merge_against_an_edit_names_who_merged(team, tmp_path) -> None:
    # Bekzod takes Aziza's merge; Dilya's edit reaches him afterwards and he keeps the merge.
    aziza, bekzod, dilya, ids = team
    _merge(aziza, ids)
    _send(aziza, bekzod)
    dilya.edit("person", ids["latypov"], birth_date="1985-02-14")
    _send(dilya, bekzod)
    _keep(bekzod, "mine")
    (at_bekzod,) = _history(tmp_path, (bekzod, ids["latypov"]))
    assert at_bekzod[-1][1:] == ["this vault", "", f"deleted: kept Aziza's merge into {KEPT}"]


def test_keeping_a_colleagues_plain_deletion_says_deleted(team, tmp_path) -> None:
    aziza, _, dilya, _ = team
    witness = aziza.write("person", {"name": "Каримова Нилуфар"})
    _send(aziza, dilya)
    aziza.delete("person", witness)
    dilya.edit("person", witness, occupation="teacher")
    _send(aziza, dilya)
    _keep(dilya, "theirs")
    (at_dilya,) = _history(tmp_path, (dilya, witness))
    assert at_dilya[-1][1:] == ["Aziza", "", "deleted"]


def test_a_relayed_version_names_its_author_not_who_brought_it(team, tmp_path) -> None:
    aziza, bekzod, dilya, ids = team
    bekzod.edit("person", ids["latipov"], occupation="trader at the bazaar")
    _send(bekzod, dilya)
    _send(dilya, aziza)  # Dilya passes Bekzod's edit on
    bekzod.edit("case", ids["case"], summary="Taken from his stall on 3 May.")
    dilya.edit("case", ids["case"], title="Arrest at the Eski Juva bazaar")
    _send(bekzod, dilya)
    _keep(dilya, "theirs")  # Bekzod's version whole: his work
    _send(dilya, aziza)
    person, case = _history(tmp_path, (aziza, ids["latipov"]), (aziza, ids["case"]))
    assert person[-1] == ["2", "Bekzod", "occupation"]
    assert [line[1] for line in case] == ["this vault", "Bekzod"]
