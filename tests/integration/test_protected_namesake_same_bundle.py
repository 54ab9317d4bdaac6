"""A newcomer under a protected person's name is held whether she came in before it or comes
in the same bundle: a colleague's first bundle bringing her and an unprotected namesake (in
either order, in one batch of the import or several) keeps the namesake out until the user
decides, in a dry run too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import list_conflicts
from desktop_app.core.exchange.held_entering import held_entering
from desktop_app.core.exchange.importer import ImportReport
from tests.integration.exchange_support import Site, acquainted

ENTERS = "enters_with_protected_name"
HER = {
    "name": "Гулнора Шамсутдинова",
    "protected": True,
    "pseudonym": "Guvoh A",
    "other_names": ["Gulnara Shamsutdinova"],
}
NAMESAKE = {"name": "Gulnara Shamsutdinova", "notes": "A relative's record."}


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice, and Bob with an empty vault, who know each other."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        yield alice, bob


def write_people(alice: Site, *, namesake_first: bool, others: int = 0) -> tuple[UUID, UUID]:
    """Alice's protected witness and an unprotected namesake, others people between them."""
    with alice.vault.transaction() as session:
        writer = alice.vault.writer(session)
        first = writer.create("person", NAMESAKE if namesake_first else HER).id
        for number in range(others):
            writer.create("person", {"name": f"Person {number}"})
        second = writer.create("person", HER if namesake_first else NAMESAKE).id
    return (second, first) if namesake_first else (first, second)


def held(report: ImportReport) -> dict[UUID, tuple[str, ...]]:
    return {change.record_id: change.reasons for change in report.changes if change.reasons}


@pytest.mark.parametrize(("namesake_first", "others"), [(True, 0), (False, 0), (True, 600)])
def test_a_namesake_arriving_with_her_is_held(
    sites: tuple[Site, Site], namesake_first: bool, others: int
) -> None:
    alice, bob = sites
    her, namesake = write_people(alice, namesake_first=namesake_first, others=others)
    path = alice.export("Bob", since_last=True).path
    preview = bob.import_(path, dry_run=True)
    assert held(preview) == {namesake: (ENTERS,)}
    assert (preview.inserted, preview.conflicts) == (others + 1, 1)
    label = f"person {namesake}"
    assert [c.label for c in preview.changes if c.record_id == namesake] == [label]

    report = bob.import_(path)
    assert held(report) == {namesake: (ENTERS,)}
    assert (report.inserted, report.conflicts) == (others + 1, 1)
    assert bob.content("person", her)["deleted"] is False
    assert bob.content("person", namesake)["deleted"] is True
    with bob.vault.read() as session:
        listed = {c.record_id: (c.label, c.reasons) for c in list_conflicts(session)}
        assert listed == {namesake: (label, (ENTERS,))}
        assert held_entering(session) == {namesake}


def test_a_namesake_of_someone_unprotected_comes_in(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    write_people(alice, namesake_first=True)
    alice.write("person", {"name": "Bahodir Karimov", "pseudonym": "Guvoh B"})
    alice.write("person", {"name": "Bahodir Karimov"})
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert (report.inserted, report.conflicts) == (3, 1)


def test_a_namesake_of_one_the_bundle_makes_protected_is_held(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    unprotected = {k: v for k, v in HER.items() if k not in ("protected", "pseudonym")}
    her = alice.write("person", unprotected)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("person", her, protected=True, pseudonym="Guvoh A")
    namesake = alice.write("person", NAMESAKE)
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert held(report) == {namesake: (ENTERS,)}
    assert (report.updated, report.inserted, report.conflicts) == (1, 0, 1)
    assert bob.content("person", her)["protected"] is True


def test_a_namesake_arriving_as_her_protection_is_lifted_is_held(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    her = alice.write("person", HER)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("person", her, protected=False, pseudonym="")
    namesake = alice.write("person", NAMESAKE)
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert held(report) == {her: ("unprotects",), namesake: (ENTERS,)}
    assert bob.content("person", her)["protected"] is True
