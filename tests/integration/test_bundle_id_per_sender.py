"""A bundle is known by its sender and its id: a contact who reuses another's bundle id (a seized
laptop holds a valid key and has seen the ids of the bundles sent to it) imports as a bundle of
its own, and blocks neither a colleague's bundle nor trips over one this vault sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import func, select

from db import migrate
from db.exchange_state import Contact, ExchangedBundle
from desktop_app.core import vault_schema
from desktop_app.core.content import to_content
from desktop_app.core.exchange.contacts import contact_keys, vault_identity
from desktop_app.core.exchange.packing import sync_record
from desktop_app.core.exchange.selection import load_with_clocks
from desktop_app.core.exchange.sequences import sent_before
from desktop_app.core.exchange.sync_records import encode_records
from desktop_app.core.exchange.writer import write_bundle
from desktop_app.core.vault import unlock
from desktop_app.core.verify import verify_vault
from tests.conftest import PASSPHRASE
from tests.integration.exchange_support import Site, introduce, make_site, sample_case


@pytest.fixture
def colleagues(tmp_path: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Aziza, Bekzod (whose laptop was seized) and Dilya, who all hold Aziza's case."""
    aziza, bekzod, dilya = (make_site(tmp_path, n) for n in ("Aziza", "Bekzod", "Dilya"))
    introduce(aziza, bekzod, dilya)
    sample_case(aziza)
    first = aziza.export("Bekzod", "Dilya", since_last=True)
    bekzod.import_(first.path)
    dilya.import_(first.path)
    yield aziza, bekzod, dilya
    for site in (aziza, bekzod, dilya):
        site.vault.lock()


def bundle_with_id(sender: Site, to: Site, bundle_id: UUID, name: str) -> Path:
    """A bundle to `to` with a new person of sender's, written by Sandiq's own writer and
    signed with sender's real key, but carrying the bundle id sender chose."""
    person = sender.write("person", {"name": name})
    path = sender.folder / f"reused-{bundle_id}.sandiq"
    with sender.vault.read() as session:
        [(record, clock)] = load_with_clocks(session, "person", [person])
        records = encode_records([sync_record(record, to_content(record), clock)])
        recipient = session.get(Contact, to.vault.fingerprint)
        assert recipient is not None
        last = session.scalar(
            select(func.max(ExchangedBundle.sequence)).where(ExchangedBundle.direction == "sent")
        )
        with path.open("wb") as out:
            write_bundle(
                out,
                vault_identity(session),
                [contact_keys(recipient)],
                (last or 0) + 1,
                records,
                sent_before=sent_before(session, [recipient.key_id]),
                bundle_id=bundle_id,
            )
    return path


def names(site: Site) -> list[str]:
    return sorted(person["name"] for person in site.document()["persons"])


def test_a_contact_reusing_a_colleagues_bundle_id_does_not_block_her_bundle(
    colleagues: tuple[Site, Site, Site],
) -> None:
    aziza, bekzod, dilya = colleagues
    dilya.write("person", {"name": "Important new witness"})
    real = dilya.export("Aziza", "Bekzod", since_last=True)
    assert real.path is not None and real.bundle_id is not None
    bekzod.import_(real.path)  # how Bekzod learns the id
    forged = bundle_with_id(bekzod, aziza, real.bundle_id, "Harmless")

    assert aziza.import_(forged).inserted == 1  # it reaches Aziza first
    report = aziza.import_(real.path)

    assert not report.already_imported_at
    assert report.inserted == 1
    assert "Important new witness" in names(aziza)
    assert "Harmless" in names(aziza)


def test_replay_stays_a_no_op_per_sender(colleagues: tuple[Site, Site, Site]) -> None:
    aziza, bekzod, dilya = colleagues
    dilya.write("person", {"name": "Important new witness"})
    real = dilya.export("Aziza", "Bekzod", since_last=True)
    assert real.path is not None and real.bundle_id is not None
    forged = bundle_with_id(bekzod, aziza, real.bundle_id, "Harmless")
    aziza.import_(real.path)
    assert aziza.import_(forged).inserted == 1  # Dilya's bundle first, then Bekzod's
    before = aziza.snapshot()

    for path in (real.path, forged):
        again = aziza.import_(path)
        assert again.already_imported_at
        assert again.inserted == again.updated == 0
    assert aziza.snapshot() == before


def test_a_contact_reusing_the_id_of_a_bundle_this_vault_sent_imports_normally(
    colleagues: tuple[Site, Site, Site],
) -> None:
    aziza, bekzod, dilya = colleagues
    with aziza.vault.read() as session:
        sent = session.scalars(
            select(ExchangedBundle.bundle_id).where(ExchangedBundle.direction == "sent")
        ).one()
    forged = bundle_with_id(bekzod, aziza, sent, "Reuses Aziza's id")

    report = aziza.import_(forged)

    assert not report.already_imported_at and report.inserted == 1
    assert "Reuses Aziza's id" in names(aziza)
    with aziza.vault.read() as session:
        directions = session.scalars(
            select(ExchangedBundle.direction).where(ExchangedBundle.bundle_id == sent)
        ).all()
    assert sorted(directions) == ["received", "sent"]
    # Aziza's own numbering and since-last marks go on from her sent bundle.
    aziza.write("person", {"name": "After the reuse"})
    following = aziza.export("Dilya", since_last=True)
    assert following.sequence == 2
    assert dilya.import_(following.path).inserted == 2  # Bekzod's person and hers
    assert "After the reuse" in names(dilya)


def exchange_log(site: Site) -> list[tuple[object, ...]]:
    with site.vault.read() as session:
        rows = session.scalars(select(ExchangedBundle).order_by(ExchangedBundle.processed_at))
        return [
            (b.bundle_id, b.direction, b.sender, b.recipients, b.sequence, b.summary) for b in rows
        ]


def test_a_vault_at_0013_keeps_its_exchange_history_and_replays_stay_no_ops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dilya = make_site(tmp_path, "Dilya")
    with monkeypatch.context() as patch:  # Aziza's vault as Sandiq made it before 0014
        patch.setattr(vault_schema, "upgrade", lambda engine: migrate.upgrade(engine, "0013"))
        aziza = make_site(tmp_path, "Aziza")
    assert migrate.current_revision(aziza.vault.engine) == "0013"
    introduce(aziza, dilya)
    sample_case(dilya)
    received = dilya.export("Aziza", since_last=True)
    assert received.path is not None
    aziza.import_(received.path)
    sent = aziza.export("Dilya", case_references=["KG-2010-0007"])
    assert sent.bundle_id is not None
    history = exchange_log(aziza)
    assert [row[1] for row in history] == ["received", "sent"]
    aziza.vault.lock()

    aziza.vault = unlock(aziza.vault.path, PASSPHRASE)

    assert migrate.current_revision(aziza.vault.engine) == migrate.head_revision()
    assert exchange_log(aziza) == history
    assert verify_vault(aziza.vault) == []
    before = aziza.snapshot()
    assert aziza.import_(received.path).already_imported_at
    assert aziza.snapshot() == before
    forged = bundle_with_id(dilya, aziza, sent.bundle_id, "Reuses Aziza's id")
    assert aziza.import_(forged).inserted == 1
