"""Salvage brings back a record whose row was lost from its latest saved version, and the
salvaged vault can send its changes to a colleague."""

from __future__ import annotations

import io
from pathlib import Path
from uuid import UUID

from desktop_app.core import interchange
from desktop_app.core.attachments import add_attachment
from desktop_app.core.salvage import salvage
from desktop_app.core.vault import unlock
from desktop_app.core.verify import verify_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site
from tests.integration.test_salvage import damage_a_testimony_page, fill_cases


def _cite_and_attach(site: Site, testimonies: list[str]) -> None:
    """An event citing every testimony and a file attached to each of the first three: the
    references a bundle must be able to follow."""
    with site.vault.transaction() as session:
        writer = site.vault.writer(session)
        case = writer.create("case", {"reference": "UZ-1", "title": "Andijan"})
        writer.create(
            "event",
            {"case": str(case.id), "act_type": "arbitrary_detention", "sources": testimonies},
        )
        for number, testimony in enumerate(testimonies[:3]):
            photo = io.BytesIO(bytes([number]) * 5000)
            add_attachment(writer, "testimony", UUID(testimony), photo, f"photo-{number}.jpg")
        writer.delete(writer.create("person", {"name": "Entered twice"}))


def _damaged_site(tmp_path: Path) -> tuple[Site, Site, str]:
    """Alice's vault with a damaged testimony page, Bob who knows her, and her export-json
    from before the damage."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    _cite_and_attach(alice, fill_cases(alice.vault, cases=10))
    before = interchange.dump_document(alice.document())
    damage_a_testimony_page(alice.vault)
    return alice, bob, before


def test_salvage_rebuilds_testimonies_of_a_damaged_page_from_their_saved_versions(
    tmp_path: Path,
) -> None:
    alice, _, before = _damaged_site(tmp_path)

    report = salvage(alice.vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)

    testimony = {part.table: part for part in report.parts}["testimony"]
    assert testimony.rebuilt > 0 and testimony.lost == 0 and testimony.lost_ids == ()
    assert testimony.copied + testimony.rebuilt == 30
    assert report.is_whole
    saved = unlock(tmp_path / "saved", PASSPHRASE)
    try:
        with saved.read() as session:
            after = interchange.dump_document(interchange.export_document(session))
        assert after == before
        assert verify_vault(saved) == []
    finally:
        saved.lock()


def test_a_salvaged_vault_sends_its_changes_to_a_colleague(tmp_path: Path) -> None:
    alice, bob, before = _damaged_site(tmp_path)
    salvage(alice.vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)
    saved = Site("Alice", unlock(tmp_path / "saved", PASSPHRASE), alice.folder)
    try:
        bob.import_(saved.export("Bob", since_last=True).path)
        assert interchange.dump_document(bob.document()) == before
    finally:
        saved.vault.lock()
        bob.vault.lock()


def test_sandiq_salvage_says_what_was_rebuilt_and_that_shares_must_be_made_again(
    sandiq: Sandiq, tmp_path: Path
) -> None:
    alice, bob, _ = _damaged_site(tmp_path)
    bob.vault.lock()
    run = sandiq.ok("salvage", "--to", str(tmp_path / "saved"), vault=alice.vault.path)
    lines = run.stdout.splitlines()
    testimony = next(line for line in lines if line.startswith("testimony: "))
    assert " rebuilt from saved versions, 0 lost" in testimony
    assert not any(line.startswith("  lost: ") for line in lines)
    assert any("make new recovery shares" in line for line in lines)
    assert any("the old ones open nothing" in line for line in lines)
    verified = sandiq.ok("verify", vault=tmp_path / "saved").stdout
    assert verified.endswith("vault verified: OK\n")
