"""Seizure drill: Alice restores a backup on a new laptop. Bob had received bundles from her after
that backup and had sent her some, and has sent her a bundle since. She sends him a bundle; his
next ordinary since-last bundle carries everything again, so what she had sent him and what he
had sent her come back byte for byte, without replacing what she edited since the restore."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from desktop_app.core.backup import back_up, restore
from desktop_app.core.exchange.after_restore import needs_everything_again
from desktop_app.core.exchange.contacts import find_contact
from desktop_app.core.exchange.packing import BundleLimits
from tests.conftest import PASSPHRASE
from tests.integration.exchange_support import PHOTO, Site, introduce, make_site

SMALL = BundleLimits(records_bytes=8_000, attachments=2)


def _restored(site: Site, backup: Path, folder: Path) -> Site:
    site.vault.lock()
    return Site(site.name, restore(backup, folder, PASSPHRASE), site.folder)


def _drill(tmp_path: Path) -> tuple[Site, Site, Path, dict[str, UUID]]:
    """Alice and Bob in step, a backup of Alice, then exchanges the backup does not hold."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    kept = alice.write("person", {"name": "Shamsutdinov Rustam", "notes": "first"})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)
    backup = back_up(alice.vault, tmp_path / "backup")
    lost = alice.write("person", {"name": "Yoʻldoshev Bakhtiyor", "notes": "after the backup"})
    photo = alice.attach("person", lost, PHOTO, "фото.jpg")
    alice.edit("person", kept, notes="edited after the backup")
    bob.import_(alice.export("Bob", since_last=True).path)
    bobs = bob.write("person", {"name": "Azimjan Askarov", "notes": "Bob's, after the backup"})
    # This bundle also takes Bob's mark for Alice past her records: he thinks she has them.
    alice.import_(bob.export("Alice", since_last=True).path)
    ids = {"kept": kept, "lost": lost, "photo": photo, "bobs": bobs}
    return _restored(alice, backup, tmp_path / "restored"), bob, backup, ids


def test_colleagues_next_bundle_brings_back_what_a_restored_vault_lost(tmp_path: Path) -> None:
    alice, bob, _, ids = _drill(tmp_path)
    alice.edit("person", ids["kept"], notes="made after the restore")
    with bob.vault.read() as session:  # Bob cannot know before she sends him a bundle
        assert not needs_everything_again(session, find_contact(session, "Alice").key_id)

    told = bob.import_(alice.export("Bob", since_last=True).path)
    assert told.is_sender_restored
    back = bob.export("Alice", since_last=True)
    report = alice.import_(back.path)

    lost = alice.content("person", ids["lost"])
    assert (lost["name"], lost["notes"]) == ("Yoʻldoshev Bakhtiyor", "after the backup")
    assert alice.attachment_bytes(ids["photo"]) == PHOTO
    assert alice.content("person", ids["bobs"])["notes"] == "Bob's, after the backup"
    # Her edit since the restore stays; the lost edit of the record waits as a conflict.
    assert alice.content("person", ids["kept"])["notes"] == "made after the restore"
    assert report.conflicts == 1


def test_a_restored_vault_tells_colleagues_even_with_nothing_new(tmp_path: Path) -> None:
    alice, bob, _, ids = _drill(tmp_path)

    told = alice.export("Bob", since_last=True)
    assert told.path is not None and told.record_count == 0
    assert alice.export("Bob", since_last=True).path is None  # said once, not every time
    bob.import_(told.path)
    alice.import_(bob.export("Alice", since_last=True).path)

    assert alice.content("person", ids["lost"])["notes"] == "after the backup"
    assert alice.content("person", ids["kept"])["notes"] == "edited after the backup"
    assert alice.attachment_bytes(ids["photo"]) == PHOTO
    # A vault never restored writes nothing when nothing changed.
    assert bob.export("Alice", since_last=True).path is None


def test_everything_is_sent_again_once_per_restore(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    for name in ("Karimov Dilshod", "Ergasheva Nodira", "Tursunov Ulugʻbek"):
        alice.write("person", {"name": name})
    bob.import_(alice.export("Bob", since_last=True).path)
    backup = back_up(alice.vault, tmp_path / "backup")
    for notes in ("one", "two"):  # two bundles after the backup: two numbers she will reuse
        alice.write("person", {"name": "Sobirov Akmal", "notes": notes})
        bob.import_(alice.export("Bob", since_last=True).path)
    bob.export("Alice", since_last=True)
    alice = _restored(alice, backup, tmp_path / "restored")

    bob.import_(alice.export("Bob", since_last=True).path)
    everything = bob.export("Alice", since_last=True)
    alice.import_(everything.path)
    alice.write("person", {"name": "Rahimova Gulnora"})
    bob.import_(alice.export("Bob", since_last=True).path)  # reuses her second number too
    ordinary = bob.export("Alice", since_last=True)

    assert everything.record_count == 5
    assert ordinary.record_count == 1  # her new person, as always; not everything again


def test_a_late_bundle_is_not_taken_for_a_restore(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    alice.write("person", {"name": "Karimov Dilshod"})
    first = alice.export("Bob", since_last=True).path
    alice.write("person", {"name": "Ergasheva Nodira"})
    bob.import_(alice.export("Bob", since_last=True).path)
    bob.export("Alice", since_last=True)
    bob.import_(first)  # the stick with the first bundle turned up later

    assert bob.export("Alice", since_last=True).record_count == 1  # that bundle's, as always


def test_a_restore_shows_in_sent_before_without_a_reused_number(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    carol = make_site(tmp_path, "Carol")
    introduce(alice, bob, carol)
    alice.write("person", {"name": "Karimov Dilshod"})
    bob.import_(alice.export("Bob", since_last=True).path)
    backup = back_up(alice.vault, tmp_path / "backup")
    alice.export("Carol", since_last=True)  # the number her restored vault uses next
    lost = alice.write("person", {"name": "Ergasheva Nodira"})
    bob.import_(alice.export("Bob", since_last=True).path)
    bob.export("Alice", since_last=True)
    alice = _restored(alice, backup, tmp_path / "restored")

    told = bob.import_(alice.export("Bob", since_last=True).path)
    assert not told.is_sender_restored  # Bob never had the bundle that number went in
    alice.import_(bob.export("Alice", since_last=True).path)

    assert alice.content("person", lost)["name"] == "Ergasheva Nodira"


def test_cases_are_chosen_by_reference_in_any_letter_case(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case = alice.write("case", {"reference": "UZ-2024-0001", "title": "Andijan"})

    bob.import_(alice.export("Bob", case_references=["uz-2024-0001"]).path)

    assert bob.content("case", case)["reference"] == "UZ-2024-0001"


def test_everything_again_may_take_several_bundles(tmp_path: Path) -> None:
    alice, bob, _, ids = _drill(tmp_path)
    for number in range(40):
        bob.write("person", {"name": f"Witness {number}", "notes": "x" * 300})
    bob.export("Alice", since_last=True)
    bob.import_(alice.export("Bob", since_last=True).path)

    parts = []
    while (part := bob.export("Alice", since_last=True, limits=SMALL)).path is not None:
        parts.append(part)
        alice.import_(part.path)

    assert len(parts) > 1 and parts[0].carried_up_to is not None
    assert alice.content("person", ids["lost"])["notes"] == "after the backup"
    assert alice.attachment_bytes(ids["photo"]) == PHOTO
    assert len(alice.document()["persons"]) == len(bob.document()["persons"])
