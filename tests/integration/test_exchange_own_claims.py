"""A contact's bundle may not speak for the vault that imports it, nor cripple its clocks.

Alice shares her case with Bob, then turns rogue: with her real keys she signs bundles whose
versions claim to be Bob's own work. Each is refused whole (dry run too) and Bob's vault is as
it was. (Clocks made up to cripple Bob's, and claims Alice may have relayed: one record is left
out, see test_exchange_relayed_clocks.)
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import func, select

from db.exchange_state import Contact, ExchangedBundle
from desktop_app.core.content import to_content
from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange.clock import clocks_of, set_clocks
from desktop_app.core.exchange.format import MAX_SEQUENCE
from desktop_app.core.exchange.own_claims import NOT_MADE_HERE
from desktop_app.core.exchange.packing import sync_record
from desktop_app.core.exchange.sync_records import MAX_CLOCK_ENTRIES, SyncRecord, encode_records
from desktop_app.core.records import get_record
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_hostile import (  # noqa: F401 (world is a fixture)
    from_alice,
    refused,
    world,
)


@pytest.fixture
def shared(world: dict[str, Any]) -> dict[str, Any]:  # noqa: F811
    """world, with Alice's case imported by Bob."""
    world["bob"].import_(world["alice"].export("Bob", case_references=["KG-2010-0007"]).path)
    world["alice_key"] = world["keys"]["Alice"].public.key_id
    world["bob_key"] = world["keys"]["Bob"].public.key_id
    return world


def version(site: Site, kind: str, record_id: UUID, **changes: Any) -> SyncRecord:
    """The site's current version of a record as its bundle carries it, with changes."""
    with site.vault.read() as session:
        record = get_record(session, kind, record_id)
        current = sync_record(
            record, to_content(record), clocks_of(session, [record_id]).get(record_id)
        )
    content = {**current.content, **changes.pop("content", {})}
    return dataclasses.replace(current, content=content, **changes)


def test_the_vaults_key_ids_are_its_clock_keys(shared: dict[str, Any]) -> None:
    # What the checks compare: a clock counts Bob's edits under the key id his bundles carry.
    bob, witness = shared["bob"], shared["ids"]["witness"]
    bob.edit("person", witness, notes="Moved to Bishkek.")
    assert version(bob, "person", witness).clock == {shared["alice_key"]: 1, shared["bob_key"]: 1}


@pytest.mark.parametrize(
    "forgery",
    [
        "edit under Bob's name",  # the tester's case: Bob's key as author, his clock counted up
        "edit under Bob's name within his counts",  # content Bob never had
    ],
)
def test_a_version_claiming_to_be_the_recipients_own_is_refused(
    shared: dict[str, Any], forgery: str
) -> None:
    alice, bob, witness = shared["alice_key"], shared["bob_key"], shared["ids"]["witness"]
    if forgery == "edit under Bob's name":
        changes = {"clock": {alice: 1, bob: 1}, "updated_by": bob}
    else:
        changes = {"clock": {alice: 2}, "updated_by": bob}
    forged = version(
        shared["alice"], "person", witness, content={"notes": "Never said."}, **changes
    )
    path = from_alice(shared, "forged.sandiq", encode_records([forged]))
    message = NOT_MADE_HERE.format(f"person {witness}")
    refused(shared["bob"], path, message)


@pytest.mark.parametrize("author", ["created_by", "updated_by"])
def test_a_new_record_claiming_to_be_the_recipients_own_is_refused(
    shared: dict[str, Any], author: str
) -> None:
    ids = shared["ids"]
    testimony = version(
        shared["alice"],
        "testimony",
        ids["testimony"],
        content={"id": str(uuid.uuid4()), "narrative": "I withdraw my statement."},
        clock={shared["alice_key"]: 1},
        **{author: shared["bob_key"]},
    )
    path = from_alice(shared, "forged.sandiq", encode_records([testimony]))
    refused(shared["bob"], path, NOT_MADE_HERE.format(f"testimony {testimony.id}"))


def test_versions_bob_really_made_come_back_and_relayed_ones_keep_their_author(
    shared: dict[str, Any],
) -> None:
    # The controls: the checks refuse only what Bob never made.
    alice, bob = shared["alice"], shared["bob"]
    witness, victim = shared["ids"]["witness"], shared["ids"]["victim"]
    bob.edit("person", witness, notes="Moved to Bishkek.")
    alice.import_(bob.export("Alice", case_references=["KG-2010-0007"]).path)
    echo = version(alice, "person", witness)  # Bob's own version, through Alice
    assert echo.updated_by == shared["bob_key"]
    carol_key = shared["keys"]["Carol"].public.key_id
    relayed = version(
        alice,
        "person",
        victim,
        content={"notes": "From Carol."},
        clock={shared["alice_key"]: 1, carol_key: 1},
        updated_by=carol_key,
    )
    report = bob.import_(from_alice(shared, "ok.sandiq", encode_records([echo, relayed])))
    assert (report.unchanged, report.updated) == (1, 1)
    assert version(bob, "person", victim).updated_by == carol_key


def _many_keys(count: int) -> dict[str, int]:
    return {hashlib.sha256(str(n).encode()).hexdigest(): 1 for n in range(count)}


def _sent_marks(site: Site) -> tuple[Any, ...]:
    with site.vault.read() as session:
        contacts = session.scalars(select(Contact).order_by(Contact.key_id)).all()
        sent = session.scalar(select(func.count()).select_from(ExchangedBundle))
        return (sent, *((c.records_sent_through, c.attachments_sent_through) for c in contacts))


@pytest.mark.parametrize("clock", ["count", "entries"])
def test_a_clock_no_reader_accepts_is_not_written(shared: dict[str, Any], clock: str) -> None:
    # A vault whose clocks went past the limits before the import checked them.
    bob, witness = shared["bob"], shared["ids"]["witness"]
    bob.edit("person", witness, notes="Bob's edit.")
    bad = (
        {shared["bob_key"]: MAX_SEQUENCE + 1}
        if clock == "count"
        else {**_many_keys(MAX_CLOCK_ENTRIES), shared["bob_key"]: 1}
    )
    with bob.vault.transaction() as session:
        set_clocks(session, {witness: bad})
    before = _sent_marks(bob)
    with pytest.raises(InvalidInput, match=f"person {witness} cannot be sent"):
        bob.export("Alice", since_last=True)
    assert _sent_marks(bob) == before
    assert list(bob.folder.glob("*.sandiq")) == []
