"""The note on bundles sent here that never came names only bundles sent to this vault: what an
earlier bundle of the sender's said it followed narrows the numbers, and where a count is all
that is known, the note says the rest of the numbers went to others."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.exchange.sequences import MissedBundles, missed_text
from tests.integration.exchange_support import Site, acquainted


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Aziza, Bekzod and Dilya, who know each other."""
    with acquainted(tmp_path, "Aziza", "Bekzod", "Dilya") as (aziza, bekzod, dilya):
        yield aziza, bekzod, dilya


def _send(aziza: Site, to: str) -> Path:
    aziza.write("person", {"name": f"Witness for {to}"})
    path = aziza.export(to, since_last=True).path
    assert path is not None
    return path


def test_bundles_sent_to_others_only_are_not_named_once_a_later_bundle_told(
    sites: tuple[Site, Site, Site],
) -> None:
    aziza, _, dilya = sites
    to = ("Dilya", "Bekzod", "Bekzod", "Dilya", "Dilya", "Dilya")
    sent = {number: _send(aziza, name) for number, name in enumerate(to, start=1)}
    dilya.import_(sent[1])
    assert dilya.import_(sent[5]).missed == MissedBundles(certain=(range(4, 5),))
    # Bundle 6 says only that one bundle before it is missing here, below 5; bundle 5 said it
    # was 4, so 2 and 3 (Bekzod's) are not among the candidates.
    report = dilya.import_(sent[6])
    assert report.missed == MissedBundles(certain=(range(4, 5),))
    assert missed_text("Aziza", report.missed) == (
        "Not imported here from Aziza: bundle(s) 4, sent to this vault."
    )


def test_a_count_among_numbers_says_the_others_went_elsewhere(
    sites: tuple[Site, Site, Site],
) -> None:
    aziza, _, dilya = sites
    to = ("Dilya", "Bekzod", "Dilya", "Dilya", "Dilya")
    sent = {number: _send(aziza, name) for number, name in enumerate(to, start=1)}
    dilya.import_(sent[1])
    report = dilya.import_(sent[5])  # 3 and 4 lost: 4 for certain, 3 somewhere in 2–3
    assert report.missed == MissedBundles(certain=(range(4, 5),), more=1, among=(range(2, 4),))
    assert missed_text("Aziza", report.missed) == (
        "Not imported here from Aziza: bundle(s) 4 and 1 more among bundle(s) 2–3, sent to this "
        "vault; the rest of those numbers went to other colleagues only."
    )
    assert missed_text("Aziza", MissedBundles(more=1, among=(range(2, 4),))) == (
        "Not imported here from Aziza: 1 bundle(s) among bundle(s) 2–3, sent to this vault; the "
        "rest of those numbers went to other colleagues only."
    )
