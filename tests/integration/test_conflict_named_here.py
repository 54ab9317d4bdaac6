"""The conflict list names a record as this vault has it, the way the user knows it and finds it
in the other lists, not by the colleague's version (before: their title); a person protected
here still by her pseudonym, never by a name in either version; a case party's person's sex
comes with it, for the GUI's role label."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts, resolve_conflict
from tests.integration.exchange_support import Site, acquainted, sample_case

Pair = tuple[Site, Site, dict[str, UUID]]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    """Alice and Bob holding Alice's case."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        ids = sample_case(alice)
        bob.import_(alice.export("Bob", since_last=True).path)
        yield alice, bob, ids


def test_a_conflict_is_named_by_this_vaults_version(pair: Pair) -> None:
    alice, bob, ids = pair
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    alice.import_(bob.export("Alice", since_last=True).path)

    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
        detail = conflict_detail(session, conflict.id)
    assert conflict.label == "KG-2010-0007 Alice's title"  # before: "… Bob's title"
    assert detail.info.label == conflict.label
    # As the list said it before the choice, whichever version is kept.
    resolution = resolve_conflict(alice.vault, conflict.id, "theirs")
    assert resolution.info.label == "KG-2010-0007 Alice's title"


def test_a_person_protected_here_is_named_by_her_pseudonym(pair: Pair) -> None:
    alice, bob, _ = pair
    person = alice.write("person", {"name": "Gulnora Karimova", "sex": "female"})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("person", person, protected=True, pseudonym="Witness A")
    bob.edit("person", person, name="Gulnora Karimova-Rahimova")
    alice.import_(bob.export("Alice", since_last=True).path)

    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
    assert conflict.label == "Witness A"
    assert "Gulnora" not in conflict.label


def test_a_case_partys_conflict_carries_its_persons_sex(pair: Pair) -> None:
    alice, bob, ids = pair
    woman = alice.write("person", {"name": "Gulnora Karimova", "sex": "female"})
    party = alice.write("case_party", {"case": str(ids["case"]), "person": str(woman)})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("case_party", party, role="relative")
    bob.edit("case_party", party, role="victim")
    alice.import_(bob.export("Alice", since_last=True).path)

    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
        detail = conflict_detail(session, conflict.id)
    assert (conflict.label, conflict.person_sex) == ("relative", "female")
    assert (detail.info.label, detail.info.person_sex) == ("relative", "female")
