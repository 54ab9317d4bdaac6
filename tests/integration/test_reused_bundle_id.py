"""A sender's bundle id that comes again on a bundle with another number is a replay of the
bundle that used it: the report names that bundle's number, not only the new one, and the
CLI and the import preview say so instead of calling it the same bundle again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.exchange_state import ExchangedBundle
from desktop_app.core.exchange.contacts import vault_identity
from desktop_app.core.exchange.format import SentBefore
from desktop_app.core.exchange.sync_records import encode_records
from desktop_app.core.exchange.writer import write_bundle
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, acquainted


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice and Bob, who know each other."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        yield alice, bob


def reused_bundle(alice: Site, bob: Site) -> tuple[Path, Path]:
    """Alice's first bundle to Bob, imported, and a second one of hers reusing its id."""
    alice.write("person", {"name": "Rustam Aliev"})
    first = alice.export("Bob", since_last=True).path
    assert first is not None
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
    return first, reused


def test_a_reused_bundle_id_names_the_number_it_was_imported_with(
    pair: tuple[Site, Site],
) -> None:
    alice, bob = pair
    first, reused = reused_bundle(alice, bob)

    report = bob.import_(reused)

    # Before: only "Bundle 2 from Alice … was already imported", though bundle 1 was.
    assert report.already_imported_at
    assert (report.sequence, report.already_imported_sequence) == (2, 1)
    assert report.is_id_reused
    again = bob.import_(first)
    assert (again.already_imported_sequence, again.is_id_reused) == (1, False)


def test_the_cli_says_which_bundle_used_the_id_first(
    pair: tuple[Site, Site], sandiq: Sandiq
) -> None:
    alice, bob = pair
    first, reused = reused_bundle(alice, bob)
    with bob.vault.read() as session:
        imported_at = session.scalars(
            select(ExchangedBundle.processed_at).where(ExchangedBundle.direction == "received")
        ).one()
    bob.vault.lock()
    when = dt.datetime.fromisoformat(imported_at).strftime("%Y-%m-%d %H:%M")
    utc = {"TZ": "UTC0"}

    for dry_run in ((), ("--dry-run",)):
        said = sandiq.ok("bundle", "import", str(reused), *dry_run, env=utc, vault=bob.vault.path)
        # Before: "This bundle was already imported on …", as if it were bundle 1 again.
        assert said.stdout.splitlines()[1:] == [
            f"Bundle 2 from Alice uses the id of bundle 1, imported on {when}: nothing was "
            "imported. Sandiq gives every bundle a new id; ask Alice whether they made this one."
        ]
    again = sandiq.ok("bundle", "import", str(first), env=utc, vault=bob.vault.path)
    assert again.stdout.splitlines()[1:] == [
        f"This bundle was already imported on {when}; nothing changed."
    ]
