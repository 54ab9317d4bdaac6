"""Case references in a bulk resolution: read once for the whole set (one read per conflict
made a thousand conflicts take 17 s), yet every choice sees the references the choices before
it in the set left, exactly as choosing one conflict at a time does."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.conflict_bulk import ConflictSelection, resolve_conflicts
from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.exchange_support import Site, acquainted

Pair = tuple[Site, Site, dict[str, UUID]]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    """Alice and Bob holding cases R-1 to R-4 (R-1 with a testimony), received from Alice."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        ids = {
            name: alice.write("case", {"reference": name, "title": name})
            for name in ("R-1", "R-2", "R-3", "R-4")
        }
        ids["testimony"] = alice.write("testimony", {"case": str(ids["R-1"]), "summary": "Seen."})
        bob.import_(alice.export("Bob", since_last=True).path)
        yield alice, bob, ids


def concurrent(alice: Site, bob: Site, changes: dict[UUID, dict[str, Any] | None]) -> None:
    """Alice edits each case while Bob changes it (None: deletes it); Bob's bundle comes in:
    one bundle a call, so conflicts of a later call come later in the set."""
    for case_id, change in changes.items():
        alice.edit("case", case_id, title="Alice's title")
        if change is None:
            bob.delete("case", case_id)
        else:
            bob.edit("case", case_id, **change)
    alice.import_(bob.export("Alice", since_last=True).path)


def twin(site: Site, root: Path) -> Site:
    """A copy of site's vault as it is now, to resolve the same conflicts another way."""
    folder = site.vault.path
    site.vault.lock()
    shutil.copytree(folder, root / "twin")
    site.vault = unlock(folder, PASSPHRASE)
    return Site("Twin", unlock(root / "twin", PASSPHRASE), root / "twin-files")


def one_at_a_time(site: Site, keep: str) -> None:
    with site.vault.read() as session:
        conflicts = [c.id for c in list_conflicts(session)]
    for conflict_id in conflicts:
        resolve_conflict(site.vault, conflict_id, keep)


def outcome(site: Site) -> tuple[dict[str, Any], list[tuple[UUID, str]]]:
    with site.vault.read() as session:
        decided = list_conflicts(session, include_resolved=True)
    return site.document(), [(c.record_id, c.resolution) for c in decided]


def test_bulk_keeps_theirs_as_one_at_a_time_would_while_references_move_within_the_set(
    pair: Pair, tmp_path: Path
) -> None:
    alice, bob, ids = pair
    alice.edit("testimony", ids["testimony"], summary="Alice's summary")
    bob.edit("testimony", ids["testimony"], summary="Bob's summary")
    concurrent(alice, bob, {ids["R-1"]: {"reference": "R-9"}, ids["R-3"]: None})
    # Taken here until the choices above free them: R-1 (renamed) and R-3 (deleted).
    concurrent(alice, bob, {ids["R-2"]: {"reference": "r-1"}, ids["R-4"]: {"reference": "R-3"}})
    with alice.vault.read() as session:
        assert len(list_conflicts(session)) == 5
    other = twin(alice, tmp_path)

    result = resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    one_at_a_time(other, "theirs")

    assert len(result.resolutions) == 5
    assert outcome(alice) == outcome(other)
    references = {c["id"]: c["reference"] for c in alice.document()["cases"]}
    assert references == {str(ids["R-1"]): "R-9", str(ids["R-2"]): "r-1", str(ids["R-4"]): "R-3"}
    assert alice.content("testimony", ids["testimony"])["summary"] == "Bob's summary"
    other.vault.lock()


def test_bulk_refuses_a_reference_an_earlier_choice_in_the_set_took(pair: Pair) -> None:
    alice, bob, ids = pair
    concurrent(alice, bob, {ids["R-1"]: {"reference": "R-9"}})
    concurrent(alice, bob, {ids["R-2"]: {"reference": "r-9"}})  # free until R-1 takes R-9
    before = alice.snapshot()
    with pytest.raises(InvalidInput, match="r-9"):
        resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    assert alice.snapshot() == before
    # As one at a time: the first is kept, the second refused.
    with pytest.raises(InvalidInput, match="r-9"):
        one_at_a_time(alice, "theirs")
    assert alice.content("case", ids["R-1"])["reference"] == "R-9"


def test_keeping_mine_in_bulk_leaves_every_reference(pair: Pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    concurrent(alice, bob, {ids["R-1"]: {"reference": "R-9"}, ids["R-3"]: None})
    other = twin(alice, tmp_path)
    resolve_conflicts(alice.vault, ConflictSelection(), "mine")
    one_at_a_time(other, "mine")
    assert outcome(alice) == outcome(other)
    references = sorted(c["reference"] for c in alice.document()["cases"])
    assert references == ["R-1", "R-2", "R-3", "R-4"]
    other.vault.lock()
