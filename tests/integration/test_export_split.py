"""A since-last export larger than one bundle carries the oldest changes that fit, in turns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select

from db import models
from db.exchange_state import Contact
from db.models import Attachment
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange import export as export_module
from desktop_app.core.exchange.export import ExportReport
from desktop_app.core.exchange.format import BundleInfo
from desktop_app.core.exchange.packing import BundleLimits
from desktop_app.core.exchange.selection import audit_head, changed_since
from tests.integration.exchange_support import Site, acquainted, sample_case

LIMITS = BundleLimits(records_bytes=8_000, attachments=2)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice, with three cases' worth of changes, and Bob, who has none of them."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        for number in (7, 8, 9):
            sample_case(alice, f"KG-2010-000{number}")
        yield alice, bob


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[BundleInfo]:
    """What each bundle's manifest says (the real writer writes it)."""
    infos: list[BundleInfo] = []
    real = export_module.write_bundle

    def recording(*args: Any, **kwargs: Any) -> BundleInfo:
        infos.append(real(*args, **kwargs))
        return infos[-1]

    monkeypatch.setattr(export_module, "write_bundle", recording)
    return infos


def _latest_changes(site: Site) -> dict[UUID, int]:
    with site.vault.read() as session:
        rows = session.execute(
            select(AuditEntry.record_id, AuditEntry.seq)
            .where(AuditEntry.record_id.is_not(None))
            .order_by(AuditEntry.seq)
        )
        return {record_id: seq for record_id, seq in rows}


def _marks(site: Site) -> tuple[int, int]:
    with site.vault.read() as session:
        (contact,) = session.scalars(select(Contact))
        return contact.records_sent_through, contact.attachments_sent_through


def _send_all(alice: Site, bob: Site) -> list[ExportReport]:
    reports = []
    while (report := alice.export("Bob", since_last=True, limits=LIMITS)).path is not None:
        reports.append(report)
        bob.import_(report.path)
        assert len(reports) < 20, "the exports never finish"
    return reports


def test_successive_since_last_bundles_carry_everything_within_the_limits(
    sites: tuple[Site, Site], written: list[BundleInfo]
) -> None:
    alice, bob = sites
    reports = _send_all(alice, bob)
    assert len(reports) >= 3
    for info in written:
        assert info.records_size <= LIMITS.records_bytes
        assert len(info.attachments) <= LIMITS.attachments
    assert all(report.carried_up_to for report in reports[:-1])
    assert reports[-1].carried_up_to is None  # the last one says nothing more remains
    assert reports[0].changed_records == 24
    assert sum(report.attachments for report in reports) == 6
    assert bob.document() == alice.document()
    with alice.vault.read() as session:
        attachment_ids = list(session.scalars(select(Attachment.id)))
    assert len(attachment_ids) == 6
    for record_id in attachment_ids:
        assert bob.attachment_bytes(record_id) == alice.attachment_bytes(record_id)


def test_a_partial_bundle_serves_the_recipient_only_up_to_what_it_carried(
    sites: tuple[Site, Site],
) -> None:
    alice, bob = sites
    latest = _latest_changes(alice)
    first = alice.export("Bob", since_last=True, limits=LIMITS)
    records_mark, attachments_mark = _marks(alice)
    assert first.carried_up_to is not None
    assert records_mark == attachments_mark < max(latest.values())
    carried = {change.record_id for change in bob.import_(first.path).changes}
    assert {record_id for record_id, seq in latest.items() if seq <= records_mark} <= carried
    second = alice.export("Bob", since_last=True, limits=LIMITS)
    assert second.path is not None
    rest = {change.record_id for change in bob.import_(second.path, dry_run=True).changes}
    assert rest and rest.isdisjoint(carried)
    assert _marks(alice)[0] > records_mark


def test_a_record_travels_with_the_changed_records_it_refers_to(sites: tuple[Site, Site]) -> None:
    alice, bob = sites
    with alice.vault.read() as session:
        witnesses = set(session.scalars(select(models.Testimony.witness_id)))
    # Each witness now changed after every testimony; a bundle cut before these edits must still
    # carry the witnesses of its testimonies, which Bob does not have yet.
    for witness in witnesses:
        alice.edit("person", witness, notes="Seen again in 2012.")
    reports = _send_all(alice, bob)
    assert reports[0].carried_up_to is not None
    assert reports[0].records["testimony"] and reports[0].records["person"]
    assert bob.document() == alice.document()


def test_cases_too_large_for_one_bundle_are_refused_naming_the_limit(
    sites: tuple[Site, Site],
) -> None:
    alice, _ = sites
    references = ["KG-2010-0007", "KG-2010-0008", "KG-2010-0009"]
    with pytest.raises(InvalidInput, match=r"8000 bytes of records.*send fewer cases"):
        alice.export("Bob", case_references=references, limits=LIMITS)
    assert not list(alice.folder.glob("*.sandiq"))


def test_changes_are_listed_in_the_order_of_their_latest_change(
    sites: tuple[Site, Site],
) -> None:
    alice, _ = sites
    first = alice.write("case", {"reference": "KG-2011-0001", "title": "First"})
    second = alice.write("case", {"reference": "KG-2011-0002", "title": "Second"})
    alice.edit("case", first, title="First, edited after the second")
    with alice.vault.read() as session:
        changed = changed_since(session, 0, 0, audit_head(session))
    assert list(changed)[-2:] == [second, first]
    positions = [seq for _, seq in changed.values()]
    assert positions == sorted(positions)
