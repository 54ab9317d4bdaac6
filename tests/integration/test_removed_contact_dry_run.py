"""A removed contact's bundle is refused by a dry run as by an import: the same one sentence,
the same exit status, nothing listed, the vault unchanged. (The dry run used to open it for
inspection and list every update of theirs as "would hold", their own edits taken for a
removed contact's passed on.) A stranger's bundle still opens for inspection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.contacts import add_contact, my_contact_file, remove_contact
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice, and Bob who imported her first bundle and then removed her from his contacts,
    with her second bundle (an update and a new person) waiting for him."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    person = alice.write("person", {"name": "Rustam Aliev"})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("person", person, occupation="teacher")
    alice.write("person", {"name": "Bahodir Karimov"})
    remove_contact(bob.vault, "Alice")
    yield alice, bob
    for site in (alice, bob):
        if not site.vault.is_locked:
            site.vault.lock()


def test_the_dry_run_refuses_with_the_imports_sentence(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    path = alice.export("Bob", since_last=True).path
    before = bob.snapshot()
    refusals = []
    for dry_run in (False, True):
        with pytest.raises(BundleRejected) as refused:
            bob.import_(path, dry_run=dry_run)
        refusals.append(str(refused.value))
    assert refusals[0] == refusals[1]
    assert refusals[0].startswith("This bundle comes from Alice, who was removed")
    assert bob.snapshot() == before


def test_at_the_command_line_both_say_one_line_and_list_nothing(
    sites: tuple[Site, Site], sandiq: Sandiq
) -> None:
    alice, bob = sites
    path = str(alice.export("Bob", since_last=True).path)
    for site in (alice, bob):
        site.vault.lock()
    imported = sandiq.fails("bundle", "import", path, vault=bob.vault.path)
    previewed = sandiq.fails("bundle", "import", path, "--dry-run", vault=bob.vault.path)
    assert (previewed.returncode, previewed.stderr) == (imported.returncode, imported.stderr)
    assert "removed from your contacts" in previewed.stderr
    assert previewed.stdout == imported.stdout == ""


def test_a_strangers_bundle_still_opens_for_inspection(sites: tuple[Site, Site]) -> None:
    _, bob = sites
    stranger = make_site(bob.folder.parent, "Carol")
    with bob.vault.read() as session:
        add_contact(stranger.vault, my_contact_file(session))  # Carol knows Bob, not he her
    stranger.write("person", {"name": "Gulnora Yusupova"})
    path = stranger.export("Bob", since_last=True).path
    before = bob.snapshot()
    preview = bob.import_(path, dry_run=True)
    assert not preview.is_sender_known and preview.inserted == 1
    assert preview.sender_refusal.startswith("This bundle comes from an unknown sender")
    assert bob.snapshot() == before
    stranger.vault.lock()
