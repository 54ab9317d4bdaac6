"""Keeping out a colleague's namesake of a protected person protects this vault only: her
person is never deleted at hers, nor sent on as deleted, nor called merged; a later version of
hers is held again while it bears the protected name, and comes in once it does not. The held
conflict says what it is and what each choice does; a bulk "keep theirs" that finds only held
conflicts resolves none without an error; an export with nothing to send uses no number."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.deletion import deleted_records
from desktop_app.core.exchange.conflicts import resolve_conflict
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site
from tests.integration.kept_out_support import Shared, kept_out
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    open_conflicts,
    send,
    shared,
)
from tests.integration.test_held_newcomer_keep_mine import hold_a_newcomer


def test_keeping_a_namesake_out_never_deletes_it_at_its_author(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    newcomer = kept_out(alice, bob)
    party = bob.write("case_party", {"case": str(ids["case"]), "person": str(newcomer)})
    send(bob, alice)
    report = send(alice, bob)
    # Before: Alice's "Keep mine" arrived as her deletion of Bob's person, listed as merged.
    assert report.deleted == 0
    assert bob.content("person", newcomer)["deleted"] is False
    assert bob.content("case_party", party)["deleted"] is False
    assert not open_conflicts(bob)
    with bob.vault.read() as session:
        assert newcomer not in {row.record_id for row in deleted_records(session)}
    assert alice.content("person", newcomer)["deleted"] is True


def test_a_third_vault_gets_the_namesake_as_its_author_wrote_it(
    shared: Shared,  # noqa: F811
    tmp_path: Path,
) -> None:
    alice, bob, _ = shared
    carol = make_site(tmp_path, "Carol")
    introduce(alice, bob, carol)
    newcomer, conflict_id = hold_a_newcomer(alice, bob)
    send(alice, carol)  # while held: before, a tombstone Bob never wrote
    # Bob's version, never a tombstone; the same bundle brings the witness it is named after,
    # so Carol holds it as Alice does.
    (held,) = open_conflicts(carol)
    assert (held.record_id, held.reasons) == (newcomer, ("enters_with_protected_name",))
    resolve_conflict(alice.vault, conflict_id, "mine")
    assert send(alice, carol).deleted == 0
    assert [c.record_id for c in open_conflicts(carol)] == [newcomer]


def test_a_later_version_bearing_her_name_is_held_again(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer = kept_out(alice, bob)
    bob.edit("person", newcomer, occupation="driver")
    send(bob, alice)
    (held,) = open_conflicts(alice)
    assert (held.record_id, held.reasons) == (newcomer, ("enters_with_protected_name",))
    assert alice.content("person", newcomer)["deleted"] is True


def test_a_later_version_without_her_name_comes_in(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    newcomer = kept_out(alice, bob)
    bob.edit("person", newcomer, name="Dilfuza Rahimova")
    report = send(bob, alice)
    # Before: held as "brings back a record deleted here", which nobody here deleted.
    assert (report.updated, report.conflicts) == (1, 0)
    assert alice.content("person", newcomer)["name"] == "Dilfuza Rahimova"
    assert alice.content("person", newcomer)["deleted"] is False


def test_the_held_conflict_says_what_keeping_each_side_does(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, _ = shared
    _, conflict_id = hold_a_newcomer(alice, bob)
    alice.vault.lock()
    out = sandiq.ok("conflicts", "show", str(conflict_id), vault=alice.vault.path).stdout
    # Before: "deleted: mine: deleted / theirs: kept", a deletion the user never made.
    assert "mine:   deleted" not in out
    assert "kept out until you decide (nobody deleted it)" in out
    assert "Keeping mine keeps it out of this vault only: Bob's record stays" in out
    assert REAL_NAME not in out.split("Only the fields that differ")[0]


def test_keep_theirs_for_all_held_resolves_none_without_error(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, _ = shared
    hold_a_newcomer(alice, bob)
    alice.vault.lock()
    args = ("conflicts", "resolve", "--all", "--keep", "theirs", "--yes")
    run = sandiq.ok(*args, vault=alice.vault.path)  # before: exit 1, "error: all 1 ..."
    assert run.stdout.startswith("Resolved none: all 1 conflict(s) hold a version")
    assert "held conflict(s) left open" in run.stdout
    listed = sandiq.ok("conflicts", vault=alice.vault.path).stdout
    assert "No open conflicts." not in listed


def test_an_export_with_nothing_to_send_uses_no_number(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
    tmp_path: Path,
) -> None:
    alice, _, _ = shared
    alice.vault.lock()
    out = str(tmp_path / "none.sandiq")
    export = ("bundle", "export", "--to", "Bob", "--since-last", "--json", "--out", out)
    run = sandiq(*export, vault=alice.vault.path)
    assert run.returncode == 3  # nothing to send
    nothing = json.loads(run.stdout)
    assert (nothing["path"], nothing["sequence"]) == (None, None)  # before: the last number
    sandiq.ok("person", "add", "--name", "Ali Valiev", vault=alice.vault.path)
    sent = json.loads(sandiq.ok(*export, vault=alice.vault.path).stdout)
    assert sent["sequence"] == 2  # the fixture's one bundle, then this one: none skipped
