"""Before a since-last bundle to a colleague whose vault went back to a backup is written, the
sender is told what it carries: every protected person again (it carries everything, from the
start), and, in a line of its own, that it carries everything again and to whom."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.backup import back_up, restore
from desktop_app.core.exchange.export_plan import ExportPlan, plan_export
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site

EVERYTHING_AGAIN = (
    "This bundle carries everything again, from the start, because a colleague's vault was "
    "restored from a backup: Alice."
)


def alice_went_back(tmp_path: Path) -> tuple[Site, Site]:
    """Bob sent Alice a protected person; Alice then went back to a backup and told him so."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    bob.write("person", {"name": "Dilnoza Karimova", "protected": True, "pseudonym": "Witness A"})
    alice.import_(bob.export("Alice", since_last=True).path)
    backup = back_up(alice.vault, tmp_path / "backup")
    alice.write("person", {"name": "Sobirov Akmal"})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.vault.lock()
    alice = Site(alice.name, restore(backup, tmp_path / "restored", PASSPHRASE), alice.folder)
    assert bob.import_(alice.export("Bob", since_last=True).path).is_sender_restored
    return alice, bob


def test_the_count_before_writing_counts_everything_for_a_restored_colleague(
    tmp_path: Path,
) -> None:
    _, bob = alice_went_back(tmp_path)
    with bob.vault.read() as session:
        # Before: counted from Bob's mark for Alice, past the person: 0 while the bundle had 1.
        before = plan_export(session, ["Alice"], [])
    assert before.sent_everything_again == ("Alice",)
    report = bob.export("Alice", since_last=True)
    assert before.protected_people == report.protected_people == 1
    with bob.vault.read() as session:  # sent once: the next bundle is an ordinary one
        assert plan_export(session, ["Alice"], []) == ExportPlan((), 0)


def test_bundle_export_says_it_carries_everything_again(tmp_path: Path, sandiq: Sandiq) -> None:
    _, bob = alice_went_back(tmp_path)
    bob.vault.lock()
    args = ("bundle", "export", "--to", "Alice", "--since-last", "--out")
    first = sandiq.ok(*args, str(tmp_path / "again.sandiq"), vault=bob.vault.path)
    assert EVERYTHING_AGAIN in first.stdout.splitlines()
    later = sandiq(*args, str(tmp_path / "later.sandiq"), vault=bob.vault.path)
    assert "everything again" not in later.stdout
