"""Resolving many conflicts with one choice: all or nothing, filtered, audited like one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import func, select

from db.vault_bookkeeping import AuditEntry
from desktop_app.core.errors import Cancelled, InvalidInput
from desktop_app.core.exchange.conflict_bulk import (
    ConflictSelection,
    resolve_conflicts,
    selected_conflicts,
)
from desktop_app.core.exchange.conflicts import list_conflicts
from desktop_app.core.exchange.contacts import find_contact
from desktop_app.core.verify import verify_vault
from tests.integration.exchange_support import Site, acquainted, sample_case

Sites = tuple[Site, Site, Site, dict[str, UUID]]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Sites]:
    """Alice, Bob and Carol holding the same case, received from Alice."""
    with acquainted(tmp_path, "Alice", "Bob", "Carol") as (alice, bob, carol):
        ids = sample_case(alice)
        path = alice.export("Bob", "Carol", since_last=True).path
        bob.import_(path)
        carol.import_(path)
        yield alice, bob, carol, ids


def open_conflicts(site: Site) -> list:
    with site.vault.read() as session:
        return list_conflicts(session)


def resolve_entries(site: Site) -> int:
    with site.vault.read() as session:
        query = select(func.count()).where(AuditEntry.action == "resolve_conflict")
        return session.scalar(query.select_from(AuditEntry)) or 0


def key_id(site: Site, name: str) -> str:
    with site.vault.read() as session:
        return find_contact(session, name).key_id


def three_plain_conflicts_from_bob(alice: Site, bob: Site, ids: dict[str, UUID]) -> None:
    for kind, field in (("case", "title"), ("testimony", "summary"), ("event", "description")):
        alice.edit(kind, ids[kind], **{field: f"Alice's {field}"})
        bob.edit(kind, ids[kind], **{field: f"Bob's {field}"})
    alice.import_(bob.export("Alice", since_last=True).path)


def test_all_conflicts_are_resolved_in_one_choice_with_one_audit_entry_each(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    three_plain_conflicts_from_bob(alice, bob, ids)
    assert len(open_conflicts(alice)) == 3
    entries = resolve_entries(alice)
    result = resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    assert len(result.resolutions) == 3 and result.held_left == ()
    assert {r.info.resolution for r in result.resolutions} == {"theirs"}
    assert open_conflicts(alice) == []
    assert alice.content("case", ids["case"])["title"] == "Bob's title"
    assert alice.content("testimony", ids["testimony"])["summary"] == "Bob's summary"
    assert alice.content("event", ids["event"])["description"] == "Bob's description"
    assert resolve_entries(alice) == entries + 3
    assert verify_vault(alice.vault) == []
    # The choice travels like a single one: Bob takes it without a new conflict.
    bob.import_(alice.export("Bob", since_last=True).path)
    assert open_conflicts(bob) == []
    assert bob.document() == alice.document()


def test_a_failure_in_the_middle_leaves_every_conflict_as_it_was(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    three_plain_conflicts_from_bob(alice, bob, ids)
    # A later conflict whose version no longer fits: their case takes a reference that a
    # case made here since then uses.
    other = alice.write("case", {"reference": "KG-2011-0001", "title": "Other"})
    bob_other = bob.write("case", {"reference": "KG-2011-0002", "title": "Bob's other"})
    alice.import_(bob.export("Alice", since_last=True).path)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("case", bob_other, title="Alice's edit")
    bob.edit("case", bob_other, reference="KG-2011-0003")
    alice.import_(bob.export("Alice", since_last=True).path)
    alice.edit("case", other, reference="KG-2011-0003")
    assert [c.record_id for c in open_conflicts(alice)][-1] == bob_other
    before, entries = alice.snapshot(), resolve_entries(alice)
    with pytest.raises(InvalidInput, match="KG-2011-0003"):
        resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    assert alice.snapshot() == before
    assert len(open_conflicts(alice)) == 4 and resolve_entries(alice) == entries


def test_cancel_leaves_every_conflict_as_it_was(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    three_plain_conflicts_from_bob(alice, bob, ids)
    before = alice.snapshot()
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after two conflicts were resolved

    with pytest.raises(Cancelled):
        resolve_conflicts(alice.vault, ConflictSelection(), "mine", cancel=cancel)
    assert alice.snapshot() == before


def test_held_versions_are_kept_as_theirs_only_when_asked(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    bob.edit("person", ids["witness"], protected=False)
    alice.import_(bob.export("Alice", since_last=True).path)
    with alice.vault.read() as session:
        held = selected_conflicts(session, ConflictSelection(held=True))
        plain = selected_conflicts(session, ConflictSelection(held=False))
    assert [c.record_id for c in held] == [ids["witness"]]
    assert [c.record_id for c in plain] == [ids["case"]]

    result = resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    assert [r.info.record_id for r in result.resolutions] == [ids["case"]]
    assert [c.record_id for c in result.held_left] == [ids["witness"]]
    assert alice.content("person", ids["witness"])["protected"] is True
    assert [c.record_id for c in open_conflicts(alice)] == [ids["witness"]]

    result = resolve_conflicts(alice.vault, ConflictSelection(), "theirs", held_too=True)
    assert [r.info.record_id for r in result.resolutions] == [ids["witness"]]
    assert result.resolutions[0].info.reasons == held[0].reasons  # why it was held, kept
    assert alice.content("person", ids["witness"])["protected"] is False
    assert open_conflicts(alice) == []


def test_keeping_mine_resolves_held_versions_too(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    bob.edit("person", ids["witness"], protected=False)
    alice.import_(bob.export("Alice", since_last=True).path)
    result = resolve_conflicts(alice.vault, ConflictSelection(), "mine")
    assert len(result.resolutions) == 1 and result.held_left == ()
    assert alice.content("person", ids["witness"])["protected"] is True


def test_filters_by_contact_bundle_and_chosen_ids(sites: Sites) -> None:
    alice, bob, carol, ids = sites
    alice.edit("case", ids["case"], title="Alice's title")
    alice.edit("event", ids["event"], description="Alice's description")
    alice.edit("testimony", ids["testimony"], summary="Alice's summary")
    bob.edit("case", ids["case"], title="Bob's title")
    first = bob.export("Alice", since_last=True)
    alice.import_(first.path)
    bob.edit("testimony", ids["testimony"], summary="Bob's summary")
    alice.import_(bob.export("Alice", since_last=True).path)
    carol.edit("event", ids["event"], description="Carol's description")
    alice.import_(carol.export("Alice", since_last=True).path)
    by_record = {c.record_id: c for c in open_conflicts(alice)}
    assert set(by_record) == {ids["case"], ids["event"], ids["testimony"]}

    with alice.vault.read() as session:
        from_carol = selected_conflicts(session, ConflictSelection(sender=key_id(alice, "Carol")))
        of_first = selected_conflicts(session, ConflictSelection(bundle_id=first.bundle_id))
    assert [c.record_id for c in from_carol] == [ids["event"]]
    assert [c.record_id for c in of_first] == [ids["case"]]

    only = ConflictSelection(ids=(by_record[ids["testimony"]].id,))
    resolve_conflicts(alice.vault, only, "theirs")
    assert alice.content("testimony", ids["testimony"])["summary"] == "Bob's summary"
    resolve_conflicts(alice.vault, ConflictSelection(sender=key_id(alice, "Carol")), "mine")
    assert [c.record_id for c in open_conflicts(alice)] == [ids["case"]]
    assert alice.content("event", ids["event"])["description"] == "Alice's description"


def test_an_empty_selection_changes_nothing(sites: Sites) -> None:
    alice, _bob, _carol, _ids = sites
    before = alice.snapshot()
    result = resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    assert result.resolutions == () and alice.snapshot() == before
    with pytest.raises(InvalidInput):
        resolve_conflicts(alice.vault, ConflictSelection(), "both")
