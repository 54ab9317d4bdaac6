"""A held newcomer (a colleague's new, unprotected person bearing a protected person's name) that
the user kept out ("Keep mine") stays a person bearing her name: Deleted records and the CLI
list it by kind and id, what points at it is named without her name, and it comes back only
when the user says so explicitly. While still held, only its conflict brings it in."""

from __future__ import annotations

import pytest

from desktop_app.core.deletion import BearsProtectedName, deleted_records, restore_deleted
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.conflicts import resolve_conflict
from tests.integration.conftest import Sandiq
from tests.integration.kept_out_support import Shared, kept_out
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    open_conflicts,
    send,
    shared,
)
from tests.integration.test_held_newcomer_keep_mine import hold_a_newcomer


def test_a_kept_out_newcomer_is_listed_by_id_not_by_her_name(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer = kept_out(alice, bob)
    with alice.vault.read() as session:
        listed = {row.record_id: row for row in deleted_records(session)}
    # Before: listed as "Dilnoza Shamsutdinova", a deleted person like any other.
    assert (listed[newcomer].label, listed[newcomer].bears_protected_name) == (
        f"person {newcomer}",
        True,
    )
    assert REAL_NAME not in repr(list(listed.values()))


def test_a_kept_out_newcomer_is_restored_only_when_the_user_says_so(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer = kept_out(alice, bob)
    with pytest.raises(BearsProtectedName), alice.vault.transaction() as session:
        restore_deleted(alice.vault.writer(session), "person", newcomer)
    assert alice.content("person", newcomer)["deleted"] is True
    with alice.vault.transaction() as session:
        restore_deleted(alice.vault.writer(session), "person", newcomer, bears_protected_name=True)
    assert alice.content("person", newcomer)["deleted"] is False


def test_a_held_newcomer_comes_in_through_its_conflict_only(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer, _ = hold_a_newcomer(alice, bob)
    held = pytest.raises(InvalidInput, match="held for your decision")
    with held, alice.vault.transaction() as session:
        restore_deleted(alice.vault.writer(session), "person", newcomer)
    assert alice.content("person", newcomer)["deleted"] is True


def test_keeping_a_newcomer_out_names_what_points_at_it_without_her_name(
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, ids = shared
    newcomer = bob.write("person", {"name": REAL_NAME})
    bob.write("case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "victim"})
    send(bob, alice)
    (conflict,) = [c for c in open_conflicts(alice) if c.record_id == newcomer]
    resolution = resolve_conflict(alice.vault, conflict.id, "mine")
    (dangling,) = resolution.dangling
    # Before: target_label was her name, the person being deleted like any other.
    assert (dangling.target_id, dangling.target_label) == (newcomer, "")
    assert not dangling.is_target_held


def test_the_cli_lists_a_kept_out_newcomer_by_id_and_restores_it_only_with_yes(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, _ = shared
    newcomer = kept_out(alice, bob)
    alice.vault.lock()
    listed = sandiq.ok("deleted", vault=alice.vault.path).stdout
    assert REAL_NAME not in listed
    assert f"person {newcomer} (bears a protected person's name; kept out)" in listed
    # No terminal to ask on: refused, saying how to restore it anyway.
    refused = sandiq.fails("undelete", str(newcomer), vault=alice.vault.path).error_lines[0]
    assert "bears the name of a protected person" in refused
    assert refused.endswith("'sandiq undelete --yes' restores it anyway")
    sandiq.ok("undelete", "--yes", str(newcomer), vault=alice.vault.path)
    assert REAL_NAME not in sandiq.ok("deleted", vault=alice.vault.path).stdout
