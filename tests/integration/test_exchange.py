"""Two vaults exchanging bundles: round trips, incremental bundles, replays, order and merging."""

from __future__ import annotations

import errno
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.engine import DriverOperationalError
from db.exchange_state import ExchangedBundle
from db.models import Attachment
from desktop_app.core import fileio as fileio_module
from desktop_app.core.errors import BundleRejected, Cancelled, InvalidInput, RecordNotFound
from desktop_app.core.exchange import export as export_module
from desktop_app.core.exchange import vault_store
from desktop_app.core.exchange.contacts import identity_info, list_contacts, remove_contact
from desktop_app.core.exchange.export import ExportFailed
from desktop_app.core.exchange.staging import StagingArea
from desktop_app.core.verify import verify_vault
from tests.conftest import CANARY
from tests.integration.exchange_support import (
    PHOTO,
    Site,
    acquainted,
    introduce,
    make_site,
    sample_case,
)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice and Bob, each with the other as a contact."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        yield alice, bob


def test_identity_fingerprint_is_the_vaults_own(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    with alice.vault.read() as session:
        info = identity_info(session)
    assert info.key_id == alice.vault.fingerprint
    assert len(info.fingerprint.split()) == 8
    with bob.vault.read() as session:
        (contact,) = list_contacts(session)
    assert (contact.display_name, contact.fingerprint) == ("Alice", info.fingerprint)


def test_case_bundle_round_trip_preserves_every_field_and_byte(
    sites: tuple[Site, Site],
) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    report = alice.export("Bob", case_references=["KG-2010-0007"])
    assert report.records == {
        "case": 1,
        "person": 2,
        "case_party": 1,
        "testimony": 1,
        "event": 1,
        "attachment": 2,
    }
    imported = bob.import_(report.path)
    assert (imported.inserted, imported.updated, imported.conflicts) == (8, 0, 0)
    assert bob.document() == alice.document()
    for kind in ("photo", "audio"):
        record_kind = "attachment"
        assert bob.content(record_kind, ids[kind]) == alice.content(record_kind, ids[kind])
    assert bob.attachment_bytes(ids["photo"]) == PHOTO
    with alice.vault.read() as a, bob.vault.read() as b:
        mine = a.get(Attachment, ids["photo"])
        theirs = b.get(Attachment, ids["photo"])
        assert mine is not None and theirs is not None
        kept = ("created_at", "created_by", "updated_at", "updated_by")
        assert [getattr(theirs, f) for f in kept] == [getattr(mine, f) for f in kept]
    assert verify_vault(bob.vault) == []


def test_vaults_exchange_in_both_directions(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", case_references=["KG-2010-0007"]).path)
    bob.edit("case", ids["case"], summary="Bob added what the lawyer said.")
    own = bob.write("case", {"reference": "KG-2011-0001", "title": "Bob's own case"})
    report = alice.import_(bob.export("Alice", since_last=True).path)
    assert report.sender_name == "Bob"
    assert (report.inserted, report.updated, report.conflicts) == (1, 1, 0)
    assert alice.content("case", ids["case"])["summary"] == "Bob added what the lawyer said."
    assert alice.content("case", own)["title"] == "Bob's own case"
    assert alice.document() == bob.document()


def test_incremental_bundle_carries_only_changes_and_deletions(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    first = alice.export("Bob", since_last=True)
    assert first.record_count == 8
    bob.import_(first.path)
    alice.edit("testimony", ids["testimony"], summary="Corrected summary.")
    alice.delete("event", ids["event"])
    second = alice.export("Bob", since_last=True)
    assert second.records["testimony"] == 1 and second.records["event"] == 1
    assert (second.record_count, second.deletions, second.attachments) == (2, 1, 0)
    preview = bob.import_(second.path, dry_run=True)
    assert {(c.kind, c.action) for c in preview.changes} == {
        ("testimony", "update"),
        ("event", "delete"),  # a deletion is previewed as one, not as "update"
    }
    report = bob.import_(second.path)
    # The deletion is counted as one, not among the updates.
    assert (report.inserted, report.updated, report.deleted, report.unchanged) == (0, 1, 1, 0)
    assert bob.content("event", ids["event"])["deleted"] is True
    assert bob.content("testimony", ids["testimony"])["summary"] == "Corrected summary."
    assert bob.document() == alice.document()
    nothing = alice.export("Bob", since_last=True)
    assert nothing.path is None
    assert sorted(alice.folder.glob("*.sandiq")) == [first.path, second.path]


def test_since_last_is_tracked_per_contact(tmp_path: Path) -> None:
    alice, bob, carol = (make_site(tmp_path, n) for n in ("Alice", "Bob", "Carol"))
    introduce(alice, bob, carol)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("case", ids["case"], title="Renamed")
    to_bob = alice.export("Bob", since_last=True)
    to_carol = alice.export("Carol", since_last=True)
    assert to_bob.record_count == 1
    assert to_carol.record_count == 8
    assert carol.import_(to_carol.path).inserted == 8
    both = alice.export("Bob", "Carol", since_last=True)
    assert both.path is None  # each has everything already
    for site in (alice, bob, carol):
        site.vault.lock()


def test_bundle_without_attachments_leaves_them_for_a_later_one(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    light = alice.export("Bob", since_last=True, include_attachments=False)
    assert (light.record_count, light.attachments) == (6, 0)
    bob.import_(light.path)
    heavy = alice.export("Bob", since_last=True)
    assert (heavy.record_count, heavy.attachments) == (2, 2)
    assert bob.import_(heavy.path).inserted == 2
    assert bob.attachment_bytes(ids["photo"]) == PHOTO


def test_replayed_bundle_is_a_no_op(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    sample_case(alice)
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    bob.import_(path)
    before = bob.snapshot()
    again = bob.import_(path)
    assert again.already_imported_at
    assert again.inserted == again.updated == 0
    assert bob.snapshot() == before


def test_older_bundle_never_overwrites_newer_data(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    older = alice.export("Bob", case_references=["KG-2010-0007"])
    alice.edit("case", ids["case"], title="Second title")
    extra = alice.write("person", {"name": "Only in the newer bundle"})
    newer = alice.export("Bob", since_last=True)
    bob.import_(newer.path)
    late = bob.import_(older.path)
    assert late.is_older_than_last
    assert late.older == 1 and late.updated == 0
    assert bob.content("case", ids["case"])["title"] == "Second title"
    assert bob.content("person", extra)["name"] == "Only in the newer bundle"
    assert bob.document() == alice.document()


def test_dry_run_lists_changes_and_changes_nothing(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    before = bob.snapshot()
    preview = bob.import_(path, dry_run=True)
    assert preview.is_dry_run and preview.inserted == 8
    assert {(c.action, c.kind) for c in preview.changes} >= {("insert", "case")}
    assert any(c.record_id == ids["case"] and "KG-2010-0007" in c.label for c in preview.changes)
    assert bob.snapshot() == before
    assert bob.import_(path).inserted == 8  # a dry run does not count as imported


def test_bundle_from_removed_contact_is_refused_by_a_dry_run_too(
    sites: tuple[Site, Site],
) -> None:
    alice, bob = sites
    sample_case(alice)
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    remove_contact(bob.vault, "Alice")
    with pytest.raises(BundleRejected, match="Alice, who was removed from your contacts"):
        bob.import_(path, dry_run=True)


def test_export_refuses_unknown_recipients_and_cases(sites: tuple[Site, Site]) -> None:
    alice, _ = sites
    sample_case(alice)
    with pytest.raises(RecordNotFound, match="no contact named 'Mallory'"):
        alice.export("Mallory", since_last=True)
    with pytest.raises(RecordNotFound, match="no case with reference XX-1"):
        alice.export("Bob", case_references=["XX-1"])
    with pytest.raises(InvalidInput):
        alice.export("Bob")
    assert list(alice.folder.glob("*.sandiq*")) == []


def test_full_disk_leaves_no_file_and_sends_nothing(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = sites
    sample_case(alice)
    original = export_module.write_bundle

    def disk_full(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        original(file, *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "write_bundle", disk_full)
    with pytest.raises(ExportFailed, match="No space left on device; nothing was recorded"):
        alice.export("Bob", since_last=True)
    monkeypatch.undo()
    assert list(alice.folder.glob("*.sandiq*")) == []
    with alice.vault.read() as session:
        assert session.scalars(select(ExchangedBundle)).all() == []
    retry = alice.export("Bob", since_last=True)
    assert (retry.sequence, retry.record_count) == (1, 8)


def test_a_failed_rename_records_nothing_as_sent(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = sites
    sample_case(alice)
    original_replace = os.replace

    def rename_fails(source, target):  # type: ignore[no-untyped-def]
        raise OSError(errno.EISDIR, "Is a directory")

    monkeypatch.setattr(fileio_module.os, "replace", rename_fails)
    with pytest.raises(ExportFailed, match="Is a directory; nothing was recorded"):
        alice.export("Bob", since_last=True)
    monkeypatch.setattr(fileio_module.os, "replace", original_replace)
    with alice.vault.read() as session:
        assert session.scalars(select(ExchangedBundle)).all() == []
    # Recorded as sent before the rename, these changes never went out again.
    retry = alice.export("Bob", since_last=True)
    assert (retry.sequence, retry.record_count) == (1, 8)


def test_a_failed_record_removes_the_written_bundle(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = sites
    sample_case(alice)

    def record_fails(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "_record_export", record_fails)
    with pytest.raises(OSError):
        alice.export("Bob", since_last=True)
    assert list(alice.folder.glob("*.sandiq*")) == []


def _called_from(function: str) -> bool:
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_name != function:
        frame = frame.f_back
    return frame.f_code.co_name == function


def test_cancelled_export_and_import_leave_nothing(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    sample_case(alice)
    with pytest.raises(Cancelled):
        alice.export("Bob", since_last=True, cancel=lambda: True)
    assert list(alice.folder.glob("*.sandiq*")) == []
    path = alice.export("Bob", since_last=True).path
    before = bob.snapshot()
    calls = iter(range(10**6))
    with pytest.raises(Cancelled):
        bob.import_(path, cancel=lambda: next(calls) > 3)  # while decrypting
    with pytest.raises(Cancelled):  # while the merge is planned, record by record
        bob.import_(path, cancel=lambda: _called_from("decide"))
    finished: list[int] = []
    with pytest.raises(Cancelled):  # after everything was written, before the commit
        bob.import_(
            path,
            progress=lambda done, total: finished.append(done) if done == total else None,
            cancel=lambda: bool(finished),
        )
    assert bob.snapshot() == before
    assert list((bob.folder / "staging").iterdir()) == []


def test_sequence_numbers_increase_per_sender(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    sample_case(alice)
    first = alice.export("Bob", case_references=["KG-2010-0007"])
    second = alice.export("Bob", case_references=["KG-2010-0007"])
    assert (first.sequence, second.sequence) == (1, 2)
    assert bob.import_(second.path).sequence == 2
    assert bob.import_(first.path).is_older_than_last


def test_staged_bundle_is_encrypted_and_removed(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    alice.edit("testimony", ids["testimony"], narrative=f"He said {CANARY} twice.")
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    staged: list[bytes] = []
    original = StagingArea.remove

    def keep_a_copy(self: StagingArea) -> None:
        if self.path.exists():
            staged.append(self.path.read_bytes())
        original(self)

    monkeypatch.setattr(StagingArea, "remove", keep_a_copy)
    bob.import_(path)
    assert staged and all(data.startswith(b"age-encryption.org/v1\n") for data in staged)
    assert not any(CANARY.encode() in data or PHOTO[:4096] in data for data in staged)
    assert list((bob.folder / "staging").iterdir()) == []
    assert CANARY in bob.content("testimony", ids["testimony"])["narrative"]


def test_a_failed_chunk_write_refuses_the_bundle_and_changes_nothing(
    sites: tuple[Site, Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = sites
    ids = sample_case(alice)
    alice.attach("case", ids["case"], os.urandom(3 * 1024 * 1024 + 5), "recording.wav")
    path = alice.export("Bob", since_last=True).path
    before = bob.snapshot()
    written: list[int] = []

    def disk_full(cursor: Any, attachment_id: Any, seq: int, data: bytes) -> None:
        if written:
            raise DriverOperationalError("database or disk is full")
        written.append(seq)
        real_insert(cursor, attachment_id, seq, data)

    real_insert = vault_store.insert_attachment_chunk
    monkeypatch.setattr(vault_store, "insert_attachment_chunk", disk_full)
    with pytest.raises(BundleRejected, match="into the vault: database or disk is full"):
        bob.import_(path)
    assert bob.snapshot() == before
    assert [t.name for t in threading.enumerate() if t.name.startswith("sandiq-")] == []
    monkeypatch.undo()
    assert bob.import_(path).attachments_stored == 3  # the sample case has two files of its own
