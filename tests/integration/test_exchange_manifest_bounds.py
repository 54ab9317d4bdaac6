"""A contact's signed bundle whose manifest is absurd or looser than the spec: numbered far past
anything the sender sent before, a creation time of year 1, and how such a bundle, a removed
contact's, and a held pseudonym are named. Each refusal is one line and leaves the vault as it
was (``refused`` compares every table an import writes)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID, uuid4

import pyrage
import pytest

from desktop_app.cli_held import change_held_lines
from desktop_app.core.exchange.contacts import remove_contact, sender_refusal, vault_identity
from desktop_app.core.exchange.format import (
    CURRENT,
    LENGTH_BYTES,
    MAGIC_BYTES,
    SIGNATURE_BYTES,
    SentBefore,
    encode_manifest,
    parse_manifest,
)
from desktop_app.core.exchange.identity import ContactKeys
from desktop_app.core.exchange.safeguards import (
    ENTERS_WITH_PROTECTED_NAME,
    NAMES_PROTECTED_IN_PSEUDONYM,
)
from desktop_app.core.exchange.sequences import MAX_SEQUENCE_JUMP, TOO_FAR_AHEAD
from tests.integration.exchange_support import Site, acquainted
from tests.integration.test_exchange_hostile import refused
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    open_conflicts,
    send,
    shared,
)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Alice and Bob, who know each other."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        yield alice, bob


def _keys(site: Site) -> ContactKeys:
    with site.vault.read() as session:
        return vault_identity(session).public


def resigned(path: Path, sender: Site, recipient: Site, **changes: object) -> Path:
    """Sender's bundle at path with its manifest changed, signed again by the sender (as a
    contact gone rogue, or a forger holding their key, would) and sealed to recipient."""
    with sender.vault.read() as session:
        me = vault_identity(session)
    to = _keys(recipient)
    plain = pyrage.decrypt(path.read_bytes(), [me.age_identity()])  # a writer reads its own
    end = MAGIC_BYTES + LENGTH_BYTES + int.from_bytes(plain[MAGIC_BYTES : MAGIC_BYTES + 4], "big")
    info = parse_manifest(plain[MAGIC_BYTES + LENGTH_BYTES : end], CURRENT)
    manifest = encode_manifest(replace(info, bundle_id=uuid4(), **changes))  # type: ignore[arg-type]
    header = CURRENT.magic + len(manifest).to_bytes(LENGTH_BYTES, "big") + manifest
    body = plain[end + SIGNATURE_BYTES :]
    out = path.with_name(f"{path.stem}-{uuid4().hex[:8]}.sandiq")
    out.write_bytes(
        pyrage.encrypt(
            header + me.sign(CURRENT.signed_message(header)) + body, [to.age_recipient_key()]
        )
    )
    return out


def _bundle(alice: Site, name: str) -> Path:
    alice.write("person", {"name": name})
    path = alice.export("Bob", since_last=True).path
    assert path is not None
    return path


def _sent_before(bob: Site, bundles: int, latest: int) -> tuple[SentBefore, ...]:
    return (SentBefore(_keys(bob).key_id, bundles, latest),)


def test_a_bundle_numbered_absurdly_far_ahead_is_refused_and_later_ones_are_not_older(
    pair: tuple[Site, Site],
) -> None:
    alice, bob = pair
    bob.import_(_bundle(alice, "Rustam Aliev"))
    top = 2**53 - 1
    forged = resigned(
        _bundle(alice, "Farrukh Yusupov"),
        alice,
        bob,
        sequence=top,
        sent_before=_sent_before(bob, top - 1, top - 1),
    )
    # Before: imported, with "Not imported here from Alice: bundle(s) 2–9007199254740990", and
    # every later bundle of Alice's "Older than the last bundle from this sender" for good.
    refused(bob, forged, TOO_FAR_AHEAD.format(top, "Alice", MAX_SEQUENCE_JUMP, 1))
    report = bob.import_(_bundle(alice, "Dilnoza Karimova"))
    assert (report.sequence, report.is_older_than_last, report.last_sequence) == (3, False, 1)
    assert report.missed  # bundle 2 was sent to Bob and never imported: said as before


def test_the_bound_counts_from_the_last_bundle_imported_from_that_sender(
    pair: tuple[Site, Site],
) -> None:
    alice, bob = pair
    first = _bundle(alice, "Rustam Aliev")
    too_far = MAX_SEQUENCE_JUMP + 1
    text = TOO_FAR_AHEAD.format(too_far, "Alice", MAX_SEQUENCE_JUMP, 0)
    refused(bob, resigned(first, alice, bob, sequence=too_far), text)
    far = bob.import_(resigned(first, alice, bob, sequence=MAX_SEQUENCE_JUMP))
    assert (far.sequence, far.inserted) == (MAX_SEQUENCE_JUMP, 1)


def test_a_creation_time_in_year_1_is_shown_with_four_digits(pair: tuple[Site, Site]) -> None:
    alice, bob = pair
    year_1 = datetime(1, 1, 1, tzinfo=UTC)
    report = bob.import_(resigned(_bundle(alice, "Rustam Aliev"), alice, bob, created_at=year_1))
    assert report.created_at == "0001-01-01T00:00:00Z"  # before: "1-01-01T00:00:00Z"


def test_a_removed_contacts_bundle_is_refused_by_name(pair: tuple[Site, Site]) -> None:
    alice, bob = pair
    path = _bundle(alice, "Rustam Aliev")
    remove_contact(bob.vault, "Alice")
    text = refused(bob, path)  # a dry run too
    assert text.startswith("This bundle comes from Alice, who was removed")
    with bob.vault.read() as session:
        assert text == sender_refusal(session, _keys(alice))


def test_a_pseudonym_holding_her_name_names_the_person_as_here(
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["victim"], pseudonym=REAL_NAME)
    report = send(bob, alice)
    (held,) = [c for c in report.changes if c.action == "conflict"]
    assert (held.label, held.reasons) == ("Azimjan Askarov", (NAMES_PROTECTED_IN_PSEUDONYM,))
    # Before: "gives person 'person <id>' a pseudonym", where a rename hold names him.
    assert change_held_lines(report.sender_name, held, held.label) == [
        "  Held for your decision: Bob's bundle gives person 'Azimjan Askarov' a pseudonym that "
        "holds the name of a protected person"
    ]
    (conflict,) = open_conflicts(alice)
    assert conflict.label == "Azimjan Askarov"


def test_a_held_newcomer_is_named_by_id_with_the_kind_said_once(
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
) -> None:
    alice, bob, _ = shared
    newcomer = bob.write("person", {"name": REAL_NAME})
    report = send(bob, alice)
    (held,) = [c for c in report.changes if c.action == "conflict"]
    assert held.label == f"person {newcomer}"  # her name is withheld
    # Before: "brings in person 'person <id>', not protected, …".
    assert held.reasons == (ENTERS_WITH_PROTECTED_NAME,)
    assert change_held_lines(report.sender_name, held, held.label) == [
        f"  Held for your decision: Bob's bundle brings in person {newcomer}, not protected, "
        "under the name of a protected person"
    ]
