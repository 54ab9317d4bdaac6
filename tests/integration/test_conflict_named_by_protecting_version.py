"""A conflict named by the colleague's version (the copy here is deleted) names a person that
version protects by its pseudonym, never by the name it withholds: in the list, in the detail,
and on the command line (before: her real name, one this vault never had)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts
from desktop_app.core.exchange.safeguards import REVIVES_DELETED
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, acquainted

Pair = tuple[Site, Site, UUID]

REAL_NAME = "Гульнора Каримова"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    """Alice has deleted a person, unprotected, that Bob holds too."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        person = alice.write("person", {"name": "Гульнора", "sex": "female"})
        bob.import_(alice.export("Bob", since_last=True).path)
        alice.delete("person", person)
        yield alice, bob, person


def _bring_her_back_protected(alice: Site, bob: Site, person: UUID, pseudonym: str) -> None:
    bob.edit("person", person, name=REAL_NAME, protected=True, pseudonym=pseudonym)
    alice.import_(bob.export("Alice", since_last=True).path)


def test_a_person_protected_in_their_version_is_named_by_its_pseudonym(
    pair: Pair, sandiq: Sandiq
) -> None:
    alice, bob, person = pair
    _bring_her_back_protected(alice, bob, person, "Свидетель Б")

    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
        detail = conflict_detail(session, conflict.id)
    assert REVIVES_DELETED in conflict.reasons
    assert conflict.label == "Свидетель Б"  # before: "Гульнора Каримова"
    assert detail.info.label == "Свидетель Б"

    alice.vault.lock()
    listed = sandiq.ok("conflicts", vault=alice.vault.path).stdout
    assert "Свидетель Б" in listed
    assert "Каримова" not in listed


def test_one_protected_in_their_version_without_a_pseudonym_is_named_by_kind_and_id(
    pair: Pair,
) -> None:
    alice, bob, person = pair
    _bring_her_back_protected(alice, bob, person, "")

    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
    assert conflict.label == f"person {person}"
