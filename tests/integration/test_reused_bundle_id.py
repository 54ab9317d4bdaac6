"""A sender's bundle id that comes again on a bundle with another number is a replay of the
bundle that used it: the report names that bundle's number, not only the new one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.exchange.contacts import vault_identity
from desktop_app.core.exchange.format import SentBefore
from desktop_app.core.exchange.sync_records import encode_records
from desktop_app.core.exchange.writer import write_bundle
from tests.integration.exchange_support import Site, introduce, make_site


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice and Bob, who know each other."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    yield alice, bob
    for site in (alice, bob):
        site.vault.lock()


def test_a_reused_bundle_id_names_the_number_it_was_imported_with(
    pair: tuple[Site, Site],
) -> None:
    alice, bob = pair
    alice.write("person", {"name": "Rustam Aliev"})
    first = alice.export("Bob", since_last=True).path
    imported = bob.import_(first)
    with alice.vault.read() as session:
        me = vault_identity(session)
    with bob.vault.read() as session:
        them = vault_identity(session).public
    reused = alice.folder / "reused.sandiq"
    with reused.open("wb") as out:
        write_bundle(
            out,
            me,
            [them],
            imported.sequence + 1,
            encode_records([]),
            sent_before=[SentBefore(them.key_id, 0, 0)],
            bundle_id=imported.bundle_id,
        )

    report = bob.import_(reused)

    # Before: only "Bundle 2 from Alice … was already imported", though bundle 1 was.
    assert report.already_imported_at
    assert (report.sequence, report.already_imported_sequence) == (2, 1)
    assert report.is_id_reused
    again = bob.import_(first)
    assert (again.already_imported_sequence, again.is_id_reused) == (1, False)
