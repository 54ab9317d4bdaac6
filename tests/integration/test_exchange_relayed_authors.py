"""A version relayed by a colleague is credited to the colleague who wrote it.

Aziza, Bekzod and Dilya pass bundles round a ring: a version Aziza wrote reaches Dilya in
Bekzod's bundle. A conflict and an import report name Aziza as its author and Bekzod only as
the one who brought it; a version the sender wrote names no one else.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from tests.integration.exchange_support import Site, introduce, make_site


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[tuple[Site, Site, Site, dict[str, UUID]]]:
    """Aziza, Bekzod and Dilya, each holding Aziza's case with two spellings of one man."""
    aziza, bekzod, dilya = (make_site(tmp_path, n) for n in ("Aziza", "Bekzod", "Dilya"))
    introduce(aziza, bekzod, dilya)
    case = aziza.write("case", {"reference": "UZ-1", "title": "Arrest at the bazaar"})
    ids = {
        "case": case,
        "latipov": aziza.write("person", {"name": "Латипов Ғайратжон"}),
        "latypov": aziza.write("person", {"name": "Latypov Gairatzhan"}),
        "witness": aziza.write(
            "person", {"name": "Каримова Нилуфар", "protected": True, "pseudonym": "Witness N"}
        ),
    }
    first = aziza.export("Bekzod", "Dilya", since_last=True).path
    bekzod.import_(first)
    dilya.import_(first)
    yield aziza, bekzod, dilya, ids
    for site in (aziza, bekzod, dilya):
        site.vault.lock()


def _relay(sender: Site, to: Site) -> None:
    to.import_(sender.export(to.name, since_last=True).path)


def test_a_relayed_concurrent_edit_names_its_author_and_who_brought_it(ring) -> None:
    aziza, bekzod, dilya, ids = ring
    aziza.edit("person", ids["latipov"], birth_date="1985-02-14")
    dilya.edit("person", ids["latipov"], occupation="trader at the bazaar")
    _relay(aziza, bekzod)  # Bekzod had not edited him: he takes Aziza's version
    _relay(bekzod, dilya)
    with dilya.vault.read() as session:
        (conflict,) = list_conflicts(session)
    assert (conflict.sender, conflict.written_by, conflict.relayed_by) == (
        "Bekzod",
        "Aziza",
        "Bekzod",
    )


def test_the_senders_own_edit_names_no_one_else(ring) -> None:
    aziza, _, dilya, ids = ring
    aziza.edit("person", ids["latipov"], birth_date="1985-02-14")
    dilya.edit("person", ids["latipov"], occupation="trader at the bazaar")
    _relay(aziza, dilya)
    with dilya.vault.read() as session:
        (conflict,) = list_conflicts(session)
    assert (conflict.written_by, conflict.relayed_by) == ("Aziza", "")


def test_a_relayed_edit_of_a_person_merged_here_names_its_author(ring) -> None:
    aziza, bekzod, dilya, ids = ring
    with aziza.vault.transaction() as session:
        merge_persons(aziza.vault.writer(session), ids["latipov"], ids["latypov"])
    bekzod.edit("person", ids["latypov"], birth_date="1985-02-14")
    _relay(bekzod, dilya)
    _relay(dilya, aziza)  # Dilya passes on Bekzod's edit
    with aziza.vault.read() as session:
        (conflict,) = list_conflicts(session)
        detail = conflict_detail(session, conflict.id)
    assert detail.merged_into == ids["latipov"]
    assert (detail.info.written_by, detail.info.relayed_by) == ("Bekzod", "Dilya")


def test_an_import_report_names_the_author_of_a_relayed_held_version(ring) -> None:
    aziza, bekzod, dilya, ids = ring
    # Aziza drops the protection by mistake; Bekzod keeps her version and passes it on.
    aziza.edit("person", ids["witness"], protected=False, pseudonym="")
    _relay(aziza, bekzod)
    with bekzod.vault.read() as session:
        (held,) = list_conflicts(session)
    resolve_conflict(bekzod.vault, held.id, "theirs")
    report = dilya.import_(bekzod.export("Dilya", since_last=True).path, dry_run=True)
    (change,) = [c for c in report.changes if c.record_id == ids["witness"]]
    assert change.action == "conflict" and change.author == "Aziza"
    # Bekzod's own version names only him.
    bekzod.edit("person", ids["latipov"], notes="Fled to Bishkek")
    report = dilya.import_(bekzod.export("Dilya", since_last=True).path, dry_run=True)
    (change,) = [c for c in report.changes if c.record_id == ids["latipov"]]
    assert change.action == "update" and change.author == ""
