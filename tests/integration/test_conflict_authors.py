"""A colleague's version kept in a conflict is theirs: History names them as its author, while
the audit log says this vault decided; a version changed as it was kept is this vault's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from db.vault_bookkeeping import AuditEntry
from desktop_app.core.authors import change_authors, version_authors
from desktop_app.core.case_history import case_history
from desktop_app.core.exchange.conflict_bulk import ConflictSelection, resolve_conflicts
from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.records import get_record
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


def bobs_testimony_in_conflict(alice: Site, bob: Site, ids: dict[str, UUID]) -> None:
    alice.edit("testimony", ids["testimony"], summary="Alice's summary")
    bob.edit("testimony", ids["testimony"], summary="Bob's summary")
    alice.import_(bob.export("Alice", since_last=True).path)


def current_author(site: Site, kind: str, record_id: UUID) -> str | None:
    """The key id of who made the record's current version, as History names them."""
    with site.vault.read() as session:
        latest = get_record(session, kind, record_id).version
        authors = version_authors(session, site.vault.fingerprint, [(kind, record_id, latest)])
    return authors[(record_id, latest)]


def entries_about(site: Site, record_id: UUID, action: str) -> list[str]:
    """The actor of each audit entry of this action about the record, oldest first."""
    with site.vault.read() as session:
        query = select(AuditEntry.actor).where(
            AuditEntry.record_id == record_id, AuditEntry.action == action
        )
        return list(session.scalars(query.order_by(AuditEntry.seq)))


def test_a_version_kept_as_theirs_is_the_colleagues_and_the_decision_this_vaults(
    sites: Sites,
) -> None:
    alice, bob, carol, ids = sites
    bobs_testimony_in_conflict(alice, bob, ids)
    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(alice.vault, conflict.id, "theirs")

    me, bob_key = alice.vault.fingerprint, bob.vault.fingerprint
    assert alice.content("testimony", ids["testimony"])["summary"] == "Bob's summary"
    assert current_author(alice, "testimony", ids["testimony"]) == bob_key
    # The audit log still says who wrote the version into this vault and who decided.
    assert entries_about(alice, ids["testimony"], "resolve") == [me]
    assert entries_about(alice, ids["testimony"], "resolve_conflict") == [me]
    with alice.vault.read() as session:
        rows = case_history(session, ids["case"])
        authors = change_authors(session, me, rows)
    by_action = {row.action: authors[row.seq] for row in rows[:2]}
    assert by_action == {"resolve": bob_key, "resolve_conflict": me}

    # Bob takes the decision (his own version, which he holds) without a conflict, and Carol,
    # who gets it from Alice, credits it to Bob too.
    bob.import_(alice.export("Bob", since_last=True).path)
    with bob.vault.read() as session:
        assert list_conflicts(session) == []
    carol.import_(alice.export("Carol", since_last=True).path)
    assert current_author(carol, "testimony", ids["testimony"]) == bob_key
    assert bob.document() == alice.document() == carol.document()


def test_versions_kept_as_theirs_in_bulk_are_the_colleagues(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    bobs_testimony_in_conflict(alice, bob, ids)
    resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    bob_key = bob.vault.fingerprint
    assert current_author(alice, "case", ids["case"]) == bob_key
    assert current_author(alice, "testimony", ids["testimony"]) == bob_key
    me = alice.vault.fingerprint
    assert entries_about(alice, ids["case"], "resolve_conflict") == [me]


def test_their_deletion_kept_is_theirs(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    alice.edit("event", ids["event"], description="Alice's description")
    bob.delete("event", ids["event"])
    alice.import_(bob.export("Alice", since_last=True).path)
    resolve_conflicts(alice.vault, ConflictSelection(), "theirs")
    assert alice.content("event", ids["event"])["deleted"] is True
    assert current_author(alice, "event", ids["event"]) == bob.vault.fingerprint
    bob.import_(alice.export("Bob", since_last=True).path)


def test_a_version_changed_as_it_is_kept_is_this_vaults(sites: Sites) -> None:
    alice, bob, _carol, ids = sites
    other = bob.write("person", {"name": "Bakhrom Ergashev"})
    alice.import_(bob.export("Alice", since_last=True).path)
    # Bob names a witness that Alice deleted meanwhile: kept, the witness stays Alice's.
    bob.edit("testimony", ids["testimony"], witness=str(other), summary="Bob's summary")
    alice.edit("testimony", ids["testimony"], summary="Alice's summary")
    alice.delete("person", other)
    alice.import_(bob.export("Alice", since_last=True).path)
    result = resolve_conflicts(alice.vault, ConflictSelection(), "theirs", held_too=True)
    assert [r.info.record_id for r in result.resolutions] == [ids["testimony"]]
    kept = alice.content("testimony", ids["testimony"])
    assert kept["summary"] == "Bob's summary" and kept["witness"] == str(ids["witness"])
    assert current_author(alice, "testimony", ids["testimony"]) == alice.vault.fingerprint
    # Not passed off as Bob's: his vault takes the bundle (a version under his name that he
    # never had would have it refused as forged), and holds the change of witness for him.
    bob.import_(alice.export("Bob", since_last=True).path)
    with bob.vault.read() as session:
        held = list_conflicts(session)
    assert [(c.record_id, c.reasons) for c in held] == [(ids["testimony"], ("changes_witness",))]
