"""Concurrent edits of one record in two vaults: a conflict on both sides, resolved either way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts, resolve_conflict
from desktop_app.core.verify import verify_vault
from tests.integration.exchange_support import Site, introduce, make_site, sample_case


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Site, Site, dict[str, UUID]]]:
    """Alice and Bob holding the same case, received from Alice."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)  # both are now up to date
    yield alice, bob, ids
    for site in (alice, bob):
        site.vault.lock()


def swap(alice: Site, bob: Site) -> None:
    """Each sends the other what changed since the last bundle, and both import."""
    to_bob = alice.export("Bob", since_last=True)
    to_alice = bob.export("Alice", since_last=True)
    if to_bob.path:
        bob.import_(to_bob.path)
    if to_alice.path:
        alice.import_(to_alice.path)


def open_conflicts(site: Site) -> list:
    with site.vault.read() as session:
        return list_conflicts(session)


def test_concurrent_edits_are_a_conflict_on_both_sides(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    swap(alice, bob)
    (on_alice,) = open_conflicts(alice)
    (on_bob,) = open_conflicts(bob)
    assert (on_alice.record_id, on_alice.sender, on_bob.sender) == (ids["case"], "Bob", "Alice")
    # Each vault keeps its own version until the user decides; nothing was overwritten.
    assert alice.content("case", ids["case"])["title"] == "Alice's title"
    assert bob.content("case", ids["case"])["title"] == "Bob's title"
    with alice.vault.read() as session:
        detail = conflict_detail(session, on_alice.id)
    assert detail.differing_fields == ("title",)
    assert (detail.mine["title"], detail.theirs["title"]) == ("Alice's title", "Bob's title")


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_resolving_on_one_side_converges_without_new_conflicts(
    shared: tuple[Site, Site, dict[str, UUID]], keep: str
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    swap(alice, bob)
    (conflict,) = open_conflicts(alice)
    resolve_conflict(alice.vault, conflict.id, keep)
    expected = "Alice's title" if keep == "mine" else "Bob's title"
    assert alice.content("case", ids["case"])["title"] == expected
    swap(alice, bob)
    swap(alice, bob)
    assert open_conflicts(alice) == open_conflicts(bob) == []
    assert bob.content("case", ids["case"])["title"] == expected
    assert alice.document() == bob.document()
    assert verify_vault(alice.vault) == verify_vault(bob.vault) == []


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_resolving_the_same_way_on_both_sides_converges(
    shared: tuple[Site, Site, dict[str, UUID]], keep: str
) -> None:
    alice, bob, ids = shared
    alice.edit("person", ids["witness"], notes="Moved to Bishkek.")
    bob.edit("person", ids["witness"], notes="Moved to Tashkent.")
    swap(alice, bob)
    other = "theirs" if keep == "mine" else "mine"
    resolve_conflict(alice.vault, open_conflicts(alice)[0].id, keep)
    resolve_conflict(bob.vault, open_conflicts(bob)[0].id, other)  # picks the same version
    swap(alice, bob)
    assert open_conflicts(alice) == open_conflicts(bob) == []
    notes = alice.content("person", ids["witness"])["notes"]
    assert notes == ("Moved to Bishkek." if keep == "mine" else "Moved to Tashkent.")
    assert alice.document() == bob.document()


def test_different_resolutions_are_a_new_conflict(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="A")
    bob.edit("case", ids["case"], title="B")
    swap(alice, bob)
    resolve_conflict(alice.vault, open_conflicts(alice)[0].id, "mine")
    resolve_conflict(bob.vault, open_conflicts(bob)[0].id, "mine")
    swap(alice, bob)
    assert len(open_conflicts(alice)) == len(open_conflicts(bob)) == 1


def test_deletion_against_an_edit_is_a_conflict(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    alice.delete("testimony", ids["testimony"])
    bob.edit("testimony", ids["testimony"], summary="Bob's better summary.")
    swap(alice, bob)
    (conflict,) = open_conflicts(bob)
    with bob.vault.read() as session:
        assert "deleted" in conflict_detail(session, conflict.id).differing_fields
    resolve_conflict(bob.vault, conflict.id, "theirs")
    assert bob.content("testimony", ids["testimony"])["deleted"] is True
    swap(alice, bob)
    assert open_conflicts(alice) == []
    assert alice.document() == bob.document()


def test_edit_after_a_received_version_is_not_a_conflict(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    alice.edit("event", ids["event"], description="First")
    swap(alice, bob)
    bob.edit("event", ids["event"], description="Bob builds on Alice's edit")
    swap(alice, bob)
    assert open_conflicts(alice) == open_conflicts(bob) == []
    assert alice.content("event", ids["event"])["description"] == "Bob builds on Alice's edit"


def test_resolve_refuses_unknown_and_resolved_conflicts(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="A")
    bob.edit("case", ids["case"], title="B")
    swap(alice, bob)
    (conflict,) = open_conflicts(alice)
    with pytest.raises(InvalidInput):
        resolve_conflict(alice.vault, conflict.id, "both")
    with pytest.raises(RecordNotFound):
        resolve_conflict(alice.vault, 999, "mine")
    resolve_conflict(alice.vault, conflict.id, "mine")
    with pytest.raises(InvalidInput, match="already resolved"):
        resolve_conflict(alice.vault, conflict.id, "theirs")
