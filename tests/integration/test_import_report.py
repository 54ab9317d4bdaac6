"""What `bundle import` reports: a colleague's vault restored from a backup, counts that add
up (deleted, older, conflicts new or already waiting, conflicts settled), parties by name."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from db.exchange_state import ExchangedBundle
from desktop_app.cli import build_parser
from desktop_app.cli_exchange import _print_import
from desktop_app.cli_output import local_time
from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts, resolve_conflict
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.exchange_support import Site, introduce, make_site, sample_case


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Site, Site, dict[str, UUID]]]:
    """Alice and Bob holding the same case, received from Alice."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    yield alice, bob, ids
    for site in (alice, bob):
        if not site.vault.is_locked:
            site.vault.lock()


def copy_vault(site: Site, to: Path) -> None:
    """Copy the vault's files while it is locked, as a backup would."""
    site.vault.lock()
    shutil.copytree(site.vault.path, to)
    site.vault = unlock(site.vault.path, PASSPHRASE)


def restore_vault(site: Site, backup: Path) -> None:
    """Put the backup's files back in place of the vault's, and unlock it."""
    path = site.vault.path
    site.vault.lock()
    shutil.rmtree(path)
    shutil.copytree(backup, path)
    site.vault = unlock(path, PASSPHRASE)


def theirs(site: Site) -> dict[UUID, dict]:
    """The colleague's side of each open conflict, by record id."""
    with site.vault.read() as session:
        return {c.record_id: conflict_detail(session, c.id).theirs for c in list_conflicts(session)}


def test_a_colleague_restored_from_a_backup_is_named_and_none_of_their_edits_dropped(
    shared: tuple[Site, Site, dict[str, UUID]], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    alice, bob, ids = shared
    backup = tmp_path / "alice-backup"
    copy_vault(alice, backup)
    alice.edit("case", ids["case"], title="Second title")
    alice.edit("case", ids["case"], title="Third title")  # two edits: the clock counts 2 more
    alice.edit("testimony", ids["testimony"], summary="Sent before the restore.")
    sent = alice.export("Bob", since_last=True)
    bob.import_(sent.path)
    with bob.vault.read() as session:
        imported_at = session.scalar(
            select(ExchangedBundle.processed_at).where(ExchangedBundle.bundle_id == sent.bundle_id)
        )

    restore_vault(alice, backup)  # Alice's laptop died; she restores last week's backup
    alice.edit("case", ids["case"], title="Title after the restore")  # one edit: looks older
    alice.edit("testimony", ids["testimony"], summary="Summary after the restore.")
    newcomer = alice.write("person", {"name": "Added after the restore"})
    again = alice.export("Bob", since_last=True)
    assert again.sequence == sent.sequence and again.bundle_id != sent.bundle_id

    preview = bob.import_(again.path, dry_run=True)
    report = bob.import_(again.path)
    for r in (preview, report):
        assert r.is_sender_restored and r.same_sequence_imported_at == imported_at
        # The title's clock is behind Bob's copy, yet it is a version Bob never held: a
        # conflict, never dropped as older; the summary's clock equals Bob's: a conflict too.
        assert (r.inserted, r.older, r.conflicts) == (1, 0, 2)
        assert {(c.kind, c.action) for c in r.changes} == {
            ("case", "conflict"),
            ("testimony", "conflict"),
            ("person", "insert"),
        }
    waiting = theirs(bob)
    assert waiting[ids["case"]]["title"] == "Title after the restore"
    assert waiting[ids["testimony"]]["summary"] == "Summary after the restore."
    assert bob.content("case", ids["case"])["title"] == "Third title"  # until Bob chooses
    assert bob.content("person", newcomer)["name"] == "Added after the restore"

    _print_import(report)
    out = capsys.readouterr().out
    assert (
        f"Bundle 2 from Alice is not the bundle 2 imported on {local_time(imported_at)}: "
        "their vault may have been restored from a backup." in out
    )
    assert "Older than the last bundle" not in out  # the restore says more, and truthfully
    assert "new conflicts 2" in out


def test_a_late_bundle_from_a_colleague_never_restored_is_still_older(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="Second title")
    late = alice.export("Bob", since_last=True)
    alice.edit("case", ids["case"], title="Third title")
    bob.import_(alice.export("Bob", since_last=True).path)
    report = bob.import_(late.path)
    assert report.is_older_than_last and not report.is_sender_restored
    assert (report.older, report.conflicts, report.unchanged) == (1, 0, 0)
    assert theirs(bob) == {}


def test_a_version_already_waiting_as_a_conflict_is_no_new_conflict(
    shared: tuple[Site, Site, dict[str, UUID]], capsys: pytest.CaptureFixture
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    first = bob.import_(alice.export("Bob", since_last=True).path)
    assert (first.conflicts, first.conflicts_waiting) == (1, 0)
    # The same version of the case again, in a bundle of the whole case.
    again = bob.import_(alice.export("Bob", case_references=["KG-2010-0007"]).path)
    assert (again.conflicts, again.conflicts_waiting) == (0, 1)
    assert len(theirs(bob)) == 1
    _print_import(again)
    out = capsys.readouterr().out
    assert "new conflicts 0, already waiting as conflicts 1" in out
    assert "sandiq conflicts" not in out


def test_open_conflicts_settled_by_a_bundle_are_named(
    shared: tuple[Site, Site, dict[str, UUID]], capsys: pytest.CaptureFixture
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    to_alice = bob.export("Alice", since_last=True)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(to_alice.path)
    with bob.vault.read() as session:
        (open_at_bob,) = list_conflicts(session)
    with alice.vault.read() as session:
        (open_at_alice,) = list_conflicts(session)
    resolve_conflict(alice.vault, open_at_alice.id, "theirs")  # Alice keeps Bob's title
    resolved = alice.export("Bob", since_last=True)

    preview = bob.import_(resolved.path, dry_run=True)
    report = bob.import_(resolved.path)
    for r in (preview, report):
        assert [(s.conflict_id, s.kind, s.record_id) for s in r.settled] == [
            (open_at_bob.id, "case", ids["case"])
        ]
        assert r.settled[0].label == "KG-2010-0007 Bob's title"
        assert r.conflicts == 0
    assert theirs(bob) == {}  # closed, as the report said
    _print_import(report)
    out = capsys.readouterr().out
    assert "1 open conflict(s) were settled by this bundle:\n" in out
    assert f"  case {ids['case']}\tKG-2010-0007 Bob's title\n" in out


def test_dry_run_names_each_party_and_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice, reference="UZ-1")
    preview = bob.import_(alice.export("Bob", since_last=True).path, dry_run=True)
    (party,) = [c for c in preview.changes if c.kind == "case_party"]
    assert (party.person, party.label, party.case) == ("Azimjan Askarov", "victim", "UZ-1")
    bob.import_(alice.export("Bob", case_references=["UZ-1"]).path)
    # A party added later, to a person and a case the bundle may not carry again.
    witness_party = alice.write(
        "case_party", {"case": str(ids["case"]), "person": str(ids["witness"]), "role": "witness"}
    )
    later = bob.import_(alice.export("Bob", since_last=True).path, dry_run=True)
    _print_import(later)
    out = capsys.readouterr().out
    # The witness is protected: a preview names her by her pseudonym, never her name.
    assert f"would insert\tcase_party\t{witness_party}\tWitness A, witness in UZ-1" in out
    assert "Shamsutdinova" not in out
    for site in (alice, bob):
        site.vault.lock()


def test_export_to_takes_several_contacts_after_one_flag_or_repeated(
    capsys: pytest.CaptureFixture,
) -> None:
    parser = build_parser()
    common = ["bundle", "export", "--since-last", "--out", "x.sandiq"]
    assert parser.parse_args([*common, "--to", "Aziza", "Bakhtiyor"]).to == ["Aziza", "Bakhtiyor"]
    assert parser.parse_args([*common, "--to", "Aziza", "--to", "Bakhtiyor"]).to == [
        "Aziza",
        "Bakhtiyor",
    ]
    with pytest.raises(SystemExit):
        parser.parse_args(["bundle", "export", "--help"])
    assert "several after one --to, or --to repeated" in " ".join(capsys.readouterr().out.split())
