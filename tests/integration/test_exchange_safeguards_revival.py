"""A record this vault deleted stays deleted until the user says otherwise: a colleague's bundle
that brings it back waits as a conflict. A colleague undoing their own deletion is an update."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.deletion import restore_deleted
from desktop_app.core.exchange.conflicts import resolve_conflict
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    held_once,
    open_conflicts,
    send,
    shared,
)

Shared = tuple[Site, Site, dict[str, UUID]]


def undelete(site: Site, kind: str, record_id: UUID) -> None:
    """What `sandiq undelete` and Vault > Deleted records do."""
    with site.vault.transaction() as session:
        restore_deleted(site.vault.writer(session), kind, record_id)


def revived_by_bob(alice: Site, bob: Site, event: UUID) -> None:
    """Alice deletes the event and tells Bob; Bob brings it back. (Not a testimony: deleting
    the sample one, which asks for anonymity, is held for its own reason.)"""
    alice.delete("event", event)
    send(alice, bob)
    assert bob.content("event", event)["deleted"] is True
    undelete(bob, "event", event)


def test_a_colleague_bringing_back_a_record_deleted_here_is_held(
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, ids = shared
    revived_by_bob(alice, bob, ids["event"])
    before = alice.document()
    held_once(send(bob, alice), "revives_deleted")
    assert alice.content("event", ids["event"])["deleted"] is True
    assert alice.document() == before  # the dossier's records unchanged until decided
    (conflict,) = open_conflicts(alice)
    assert (conflict.record_id, conflict.reasons) == (ids["event"], ("revives_deleted",))


def test_keeping_theirs_brings_the_record_back(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    revived_by_bob(alice, bob, ids["event"])
    send(bob, alice)
    (conflict,) = open_conflicts(alice)
    resolution = resolve_conflict(alice.vault, conflict.id, "theirs")
    assert resolution.info.reasons == ("revives_deleted",)
    assert alice.content("event", ids["event"])["deleted"] is False
    assert alice.document() == bob.document()


def test_keeping_mine_keeps_it_deleted_in_both_vaults(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    revived_by_bob(alice, bob, ids["event"])
    send(bob, alice)
    (conflict,) = open_conflicts(alice)
    resolve_conflict(alice.vault, conflict.id, "mine")
    back = send(alice, bob)
    assert (back.deleted, back.conflicts) == (1, 0)
    assert bob.content("event", ids["event"])["deleted"] is True


def test_a_colleague_undoing_their_own_deletion_is_a_plain_update(
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, ids = shared
    bob.delete("event", ids["event"])
    assert send(bob, alice).deleted == 1
    undelete(bob, "event", ids["event"])
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (1, 0)
    assert alice.content("event", ids["event"])["deleted"] is False
    assert alice.document() == bob.document()


def test_cli_says_the_record_comes_back(shared: Shared, sandiq: Sandiq) -> None:  # noqa: F811
    alice, bob, ids = shared
    revived_by_bob(alice, bob, ids["event"])
    path = bob.export("Alice", since_last=True).path
    assert path is not None
    alice.vault.lock()
    line = (
        "Held for your decision: Bob's bundle brings back event '2010-06-15 "
        "arbitrary_detention', deleted here"
    )
    done = sandiq.ok("bundle", "import", str(path), vault=alice.vault.path).stdout
    listed = sandiq.ok("conflicts", vault=alice.vault.path).stdout
    assert line in done and line in listed
    conflict_id = next(row.split("\t")[0] for row in listed.splitlines() if row[:1].isdigit())
    shown = sandiq.ok("conflicts", "show", conflict_id, vault=alice.vault.path).stdout
    assert line in shown
    alice.vault = unlock(alice.vault.path, PASSPHRASE)
    assert alice.content("event", ids["event"])["deleted"] is True
