"""Alice restores her vault from a backup and edits records again; then Bob's bundle brings
the versions she had made before the restore (or Bob's edits of them). Her new edits are never
replaced silently: each such record is a conflict. What she did not edit since the restore takes
her lost version back."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.backup import back_up, restore
from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts
from tests.conftest import PASSPHRASE
from tests.integration.exchange_support import Site, introduce, make_site


@pytest.mark.parametrize("bob_edits_it_too", [False, True])
def test_edits_made_after_a_restore_are_not_replaced_by_lost_ones(
    tmp_path: Path, bob_edits_it_too: bool
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    edited = alice.write("person", {"name": "Shamsutdinov Rustam", "notes": "first"})
    untouched = alice.write("person", {"name": "Yoʻldoshev Bakhtiyor", "notes": "first"})
    bob.import_(alice.export("Bob", since_last=True).path)
    backup = back_up(alice.vault, tmp_path / "backup")
    alice.edit("person", edited, notes="a first draft, lost in the restore")
    for person in (edited, untouched):
        alice.edit("person", person, notes="lost in the restore")
    bob.import_(alice.export("Bob", since_last=True).path)
    if bob_edits_it_too:
        bob.edit("person", edited, occupation="driver")
    alice.vault.lock()
    alice = Site("Alice", restore(backup, tmp_path / "restored", PASSPHRASE), alice.folder)
    alice.edit("person", edited, notes="made after the restore")

    report = alice.import_(bob.export("Alice", since_last=True).path)

    assert alice.content("person", edited)["notes"] == "made after the restore"
    assert report.conflicts == 1
    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
        detail = conflict_detail(session, conflict.id)
    assert detail.info.record_id == edited
    assert detail.theirs["notes"] == "lost in the restore"
    # A record not edited since the restore simply gets its lost version back.
    assert alice.content("person", untouched)["notes"] == "lost in the restore"
