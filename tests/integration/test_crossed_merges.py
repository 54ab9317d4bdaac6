"""Two colleagues merge the same two records of a person in opposite directions, exchange
bundles and resolve the person conflicts: the case keeps the person's role in both vaults."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from db.models import CaseParty, Person
from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.exchange.dangling import dangling_references
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.verify import verify_report
from tests.integration.exchange_support import Site, introduce, make_site

LATIN, CYRILLIC = "Gʻulomov Oʻktam", "Ғуломов Ўктам"


def _merge(site: Site, keep: UUID, merge: UUID) -> None:
    with site.vault.transaction() as session:
        merge_persons(site.vault.writer(session), keep, merge)


def _exchange(alice: Site, bob: Site) -> None:
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)


def _resolve_all(site: Site, keep: str) -> None:
    with site.vault.read() as session:
        conflicts = list_conflicts(session)
    assert {c.record_kind for c in conflicts} == {"person"}
    for conflict in conflicts:
        resolve_conflict(site.vault, conflict.id, keep)


def _parties(site: Site, case: UUID) -> list[tuple[UUID, UUID, str, bool]]:
    with site.vault.read() as session:
        query = select(CaseParty).where(CaseParty.case_id == case).order_by(CaseParty.id)
        return [(p.id, p.person_id, p.role, p.is_deleted) for p in session.scalars(query)]


@pytest.mark.parametrize("alice_keeps_the_smaller_party", [True, False])
@pytest.mark.parametrize("alice_resolves", ["mine", "theirs"])
def test_crossed_merges_keep_the_victim_in_the_case(
    tmp_path: Path, alice_keeps_the_smaller_party: bool, alice_resolves: str
) -> None:
    # Both parties used to be deleted: each vault deleted the party of the person it merged
    # away, and each deletion reached the other vault with the next bundle.
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case = alice.write("case", {"reference": "UZ-1", "title": "Detention in Namangan"})
    one = alice.write("person", {"name": LATIN})
    other = alice.write("person", {"name": CYRILLIC})
    parties = {
        person: alice.write(
            "case_party", {"case": str(case), "person": str(person), "role": "victim"}
        )
        for person in (one, other)
    }
    smaller, larger = sorted((one, other), key=lambda person: parties[person].int)
    alice_keeps, bob_keeps = (
        (smaller, larger) if alice_keeps_the_smaller_party else (larger, smaller)
    )
    bob.import_(alice.export("Bob", since_last=True).path)

    _merge(alice, alice_keeps, bob_keeps)
    _merge(bob, bob_keeps, alice_keeps)
    _exchange(alice, bob)
    _resolve_all(alice, alice_resolves)
    _resolve_all(bob, "theirs" if alice_resolves == "mine" else "mine")
    _exchange(alice, bob)

    assert _parties(alice, case) == _parties(bob, case)
    live = [party for party in _parties(alice, case) if not party[3]]
    assert len(live) == 1
    party_id, person_id, role, _ = live[0]
    # Both vaults removed the same duplicate and kept the party with the smaller id.
    assert (party_id, role) == (parties[smaller], "victim")
    with alice.vault.read() as session:
        survivor = alice_keeps if alice_resolves == "mine" else bob_keeps
        assert [
            p.id for p in session.scalars(select(Person).where(Person.is_deleted.is_(False)))
        ] == [survivor]
        person = session.get(Person, person_id)
        assert person is not None
        if person.is_deleted:  # named, so the user can give the role to the one left
            (dangling,) = dangling_references(session, [("person", person_id)])
            assert (dangling.kind, dangling.record_id, dangling.field) == (
                "case_party",
                party_id,
                "person",
            )
    for site in (alice, bob):
        report = verify_report(site.vault)
        assert report.problems == []
        assert [d.record_id for d in report.dangling] == ([party_id] if person.is_deleted else [])
