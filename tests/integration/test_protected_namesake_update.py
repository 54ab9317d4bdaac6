"""A person here, not protected, whom a colleague's bundle gives a protected person's name (a
rename, or her name added beside his) is held for the user's decision whether she was protected
here before or the same bundle protects her (brings her protected, or makes her so), in a dry
run too: her name would otherwise go into dossiers under someone unprotected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import list_conflicts
from desktop_app.core.exchange.importer import ImportReport
from tests.integration.exchange_support import Site, introduce, make_site

GIVES = "gives_protected_name"
HER = {"name": "Гулнора Шамсутдинова", "protected": True, "pseudonym": "Guvoh A"}
HIM = {"name": "Rustam Aliev", "notes": "A relative's record."}
# Her name in Latin letters: compared as search folds names, so hers all the same.
RENAMED = {"name": "Gulnora Shamsutdinova"}
NAME_ADDED = {"other_names": ["Gulnora Shamsutdinova"]}


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site, UUID]]:
    """Alice, and Bob who has imported Alice's unprotected person (Rustam Aliev)."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    him = alice.write("person", HIM)
    bob.import_(alice.export("Bob", since_last=True).path)
    yield alice, bob, him
    for site in (alice, bob):
        if not site.vault.is_locked:
            site.vault.lock()


def held(report: ImportReport) -> dict[UUID, tuple[str, ...]]:
    return {change.record_id: change.reasons for change in report.changes if change.reasons}


def _imported_held(bob: Site, alice: Site, him: UUID) -> ImportReport:
    """Import Alice's next bundle, after checking that its dry run says the same."""
    path = alice.export("Bob", since_last=True).path
    before = bob.snapshot()
    preview = bob.import_(path, dry_run=True)
    assert held(preview) == {him: (GIVES,)}
    assert [c.label for c in preview.changes if c.record_id == him] == [HIM["name"]]
    assert bob.snapshot() == before
    report = bob.import_(path)
    assert held(report) == {him: (GIVES,)}
    assert bob.content("person", him)["name"] == HIM["name"]
    assert bob.content("person", him)["other_names"] == []
    with bob.vault.read() as session:
        listed = {c.record_id: (c.label, c.reasons) for c in list_conflicts(session)}
    assert listed == {him: (HIM["name"], (GIVES,))}
    return report


@pytest.mark.parametrize("change", [RENAMED, NAME_ADDED], ids=["renamed", "name_added"])
def test_given_the_name_of_one_protected_here_before_is_held(
    sites: tuple[Site, Site, UUID], change: dict[str, Any]
) -> None:
    alice, bob, him = sites
    bob.write("person", HER)
    alice.edit("person", him, **change)
    report = _imported_held(bob, alice, him)
    assert (report.updated, report.conflicts) == (0, 1)


@pytest.mark.parametrize("change", [RENAMED, NAME_ADDED], ids=["renamed", "name_added"])
@pytest.mark.parametrize("her_first", [True, False], ids=["her_first", "him_first"])
def test_given_the_name_of_one_the_bundle_brings_protected_is_held(
    sites: tuple[Site, Site, UUID], change: dict[str, Any], her_first: bool
) -> None:
    alice, bob, him = sites
    if her_first:
        her = alice.write("person", HER)
        alice.edit("person", him, **change)
    else:
        alice.edit("person", him, **change)
        her = alice.write("person", HER)
    report = _imported_held(bob, alice, him)
    assert (report.inserted, report.updated, report.conflicts) == (1, 0, 1)
    assert bob.content("person", her)["protected"] is True


def test_given_the_name_of_one_the_bundle_makes_protected_is_held(
    sites: tuple[Site, Site, UUID],
) -> None:
    alice, bob, him = sites
    her = alice.write("person", {"name": HER["name"]})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("person", her, protected=True, pseudonym="Guvoh A")
    alice.edit("person", him, **RENAMED)
    report = _imported_held(bob, alice, him)
    assert (report.updated, report.conflicts) == (1, 1)
    assert bob.content("person", her)["protected"] is True


def test_a_name_of_someone_the_bundle_leaves_unprotected_is_an_update(
    sites: tuple[Site, Site, UUID],
) -> None:
    alice, bob, him = sites
    alice.write("person", {"name": HER["name"], "pseudonym": "Guvoh A"})
    alice.edit("person", him, **RENAMED)
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert held(report) == {}
    assert (report.inserted, report.updated) == (1, 1)
    assert bob.content("person", him)["name"] == RENAMED["name"]


def test_a_protected_person_given_her_name_again_is_an_update(
    sites: tuple[Site, Site, UUID],
) -> None:
    alice, bob, him = sites
    alice.edit("person", him, protected=True, pseudonym="Guvoh B")
    alice.write("person", HER)
    alice.edit("person", him, **NAME_ADDED)
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert held(report) == {}
    assert report.updated == 1


def test_one_who_had_her_name_before_the_bundle_is_updated(
    sites: tuple[Site, Site, UUID],
) -> None:
    alice, bob, him = sites
    alice.edit("person", him, **RENAMED)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.write("person", HER)
    alice.edit("person", him, occupation="teacher")
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert held(report) == {}
    assert (report.inserted, report.updated) == (1, 1)
