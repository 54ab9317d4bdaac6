"""The start of an import's report, filled in from the verified bundle before anything of it is
merged: who sent it, its number, and which of the sender's earlier bundles never came in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.exchange.contacts import active_contact_keys, vault_identity
from desktop_app.core.exchange.import_report_builder import first_report, missed_bundles_of
from desktop_app.core.exchange.reader import open_bundle
from desktop_app.core.exchange.sequences import MissedBundles
from tests.integration.exchange_support import Site, acquainted, sample_case

REFERENCE = "KG-2010-0007"


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice, with a case, and Bob, her contact."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        sample_case(alice, REFERENCE)
        yield alice, bob


def test_the_report_names_the_sender_and_the_bundles_bob_never_got(
    sites: tuple[Site, Site],
) -> None:
    alice, bob = sites
    alice.export("Bob", case_references=[REFERENCE])  # lost on the way: never imported
    second = alice.export("Bob", case_references=[REFERENCE]).path
    before = bob.snapshot()
    with (
        bob.vault.read() as session,
        open_bundle(
            second,
            vault_identity(session),
            active_contact_keys(session),
            staging_dir=bob.folder,
        ) as bundle,
    ):
        report = first_report(
            session,
            bundle,
            is_dry_run=True,
            already_imported_at="",
            same_sequence_imported_at="",
        )
        missed = missed_bundles_of(session, bundle)
    assert (report.sender_name, report.sequence, report.is_sender_known) == ("Alice", 2, True)
    assert report.is_dry_run and report.last_sequence == 0
    assert missed == report.missed == MissedBundles(certain=(range(1, 2),))
    # Nothing is counted yet: the merge fills that in (counted_report).
    assert (report.inserted, report.changes) == (0, ())
    assert bob.snapshot() == before
