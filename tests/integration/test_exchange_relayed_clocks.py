"""A seized colleague's valid bundle must not poison what the reader relays to others.

Alice's laptop was seized: with her real keys her captors sign bundles to Bob whose version
vectors are made up. Bob cannot check a third colleague's counts, so he may take such a version,
edit it and relay it to Carol. Bob leaves out what no honest vault makes (more vaults, or edits,
than any record has); Carol leaves out a version claiming her own edits that she never made,
and imports the rest of Bob's bundle. Each is said, record by record, in the report and on the
command line.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.exchange.format import MAX_SEQUENCE
from desktop_app.core.exchange.own_claims import (
    COUNT_TOO_HIGH,
    FORGED_ON_THE_WAY,
    MAX_ACCEPTED_COUNT,
    MAX_ACCEPTED_VAULTS,
    NOT_MADE_HERE,
    REFERS_TO_NOT_IMPORTED,
    TOO_MANY_VAULTS,
)
from desktop_app.core.exchange.sync_records import MAX_CLOCK_ENTRIES, encode_records
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_hostile import (  # noqa: F401 (world is a fixture)
    from_alice,
    refused,
    world,
)
from tests.integration.test_exchange_own_claims import shared, version  # noqa: F401

CASE = "KG-2010-0007"
FORGED_LINE = (
    "1 record not imported: its version claims edits by this vault that it never made — "
    "forged on the way, by the sender or a colleague of theirs."
)


def made_up_keys(count: int) -> dict[str, int]:
    return {hashlib.sha256(b"made up %d" % n).hexdigest(): 1 for n in range(count)}


def _left_out(report: Any) -> list[tuple[str, UUID, str]]:
    return [(n.kind, n.record_id, n.reason) for n in report.not_imported]


def _records_and_clocks(site: Site) -> tuple[Any, Any]:
    snapshot = site.snapshot()
    return snapshot["document"], snapshot["clocks"]


def _key(sites: dict[str, Any], name: str) -> str:
    return str(sites["keys"][name].public.key_id)


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ({"vaults": MAX_CLOCK_ENTRIES - 2}, TOO_MANY_VAULTS),  # the tester's variant 60
        ({"vaults": MAX_ACCEPTED_VAULTS}, TOO_MANY_VAULTS),
        ({"count": MAX_ACCEPTED_COUNT + 1}, COUNT_TOO_HIGH),
        ({"count": MAX_SEQUENCE - 1}, COUNT_TOO_HIGH),  # variant 61's count, aimed at Bob
        ({"count": MAX_SEQUENCE}, COUNT_TOO_HIGH),
        ({"bobs_count": 3}, FORGED_ON_THE_WAY),  # Alice may have relayed it: Bob cannot tell
    ],
)
def test_a_made_up_clock_is_not_taken_and_the_vault_keeps_its_version(
    shared: dict[str, Any],  # noqa: F811
    extra: dict[str, int],
    reason: str,
) -> None:
    alice, bob, witness = shared["alice"], shared["bob"], shared["ids"]["witness"]
    alice_key = shared["alice_key"]
    clock = {alice_key: extra.get("count", 2), **made_up_keys(extra.get("vaults", 0))}
    if "bobs_count" in extra:
        clock[shared["bob_key"]] = extra["bobs_count"]
    poisoned = version(alice, "person", witness, content={"notes": "Made up."}, clock=clock)
    path = from_alice(shared, "poisoned.sandiq", encode_records([poisoned]))
    before = _records_and_clocks(bob)
    for dry_run in (True, False):
        report = bob.import_(path, dry_run=dry_run)
        assert _left_out(report) == [("person", witness, reason)]
        assert (report.updated, report.conflicts) == (0, 0)
    assert _records_and_clocks(bob) == before
    # What Bob relays afterwards reaches Carol whole (the tester saw her refuse all of it).
    bob.edit("person", witness, notes="Bob's edit.")
    report = shared["carol"].import_(bob.export("Carol", case_references=[CASE]).path)
    assert report.not_imported == () and report.inserted > 5


def test_a_count_up_to_the_bound_is_taken(shared: dict[str, Any]) -> None:  # noqa: F811
    alice_key, bob_key = shared["alice_key"], shared["bob_key"]
    bob, witness = shared["bob"], shared["ids"]["witness"]
    edited = version(
        shared["alice"],
        "person",
        witness,
        content={"notes": "?"},
        clock={alice_key: MAX_ACCEPTED_COUNT},
    )
    assert bob.import_(from_alice(shared, "big.sandiq", encode_records([edited]))).updated == 1
    bob.edit("person", witness, notes="Bob's edit.")
    assert version(bob, "person", witness).clock == {alice_key: MAX_ACCEPTED_COUNT, bob_key: 1}


def test_an_honest_200_vault_clock_is_relayed_from_colleague_to_colleague(
    shared: dict[str, Any],  # noqa: F811
) -> None:
    # The control: a record 200 vaults have edited passes every hop, each adding its entry.
    alice, bob, carol = shared["alice"], shared["bob"], shared["carol"]
    witness = shared["ids"]["witness"]
    clock = {**made_up_keys(199), shared["alice_key"]: 2}
    edited = version(alice, "person", witness, content={"notes": "Many hands."}, clock=clock)
    assert bob.import_(from_alice(shared, "wide.sandiq", encode_records([edited]))).updated == 1
    bob.edit("person", witness, notes="Bob's edit.")
    report = carol.import_(bob.export("Carol", case_references=[CASE]).path)
    assert report.not_imported == ()
    carol.edit("person", witness, notes="Carol's edit.")
    report = bob.import_(carol.export("Bob", case_references=[CASE]).path)
    assert (report.updated, report.not_imported) == (1, ())
    assert len(version(bob, "person", witness).clock) == 202
    assert bob.content("person", witness)["notes"] == "Carol's edit."


def test_a_record_at_the_bound_costs_only_itself_and_what_refers_to_it(
    shared: dict[str, Any],  # noqa: F811
) -> None:
    # Bob takes a clock one short of the bound and adds his own entry; Carol's would pass it.
    alice, bob, carol, ids = shared["alice"], shared["bob"], shared["carol"], shared["ids"]
    witness = ids["witness"]
    clock = {**made_up_keys(MAX_ACCEPTED_VAULTS - 2), shared["alice_key"]: 2}
    edited = version(alice, "person", witness, content={"notes": "Wide."}, clock=clock)
    assert bob.import_(from_alice(shared, "wide.sandiq", encode_records([edited]))).updated == 1
    bob.edit("person", witness, notes="Bob's edit.")
    report = carol.import_(bob.export("Carol", case_references=[CASE]).path)
    # The witness, her testimony (the event cites it as a source) and their files stay out.
    left_out = {record_id: reason for _, record_id, reason in _left_out(report)}
    assert left_out[witness] == TOO_MANY_VAULTS
    assert left_out[ids["testimony"]] == REFERS_TO_NOT_IMPORTED
    assert left_out[ids["event"]] == REFERS_TO_NOT_IMPORTED
    assert set(left_out) == {witness, ids["testimony"], ids["event"], ids["photo"], ids["audio"]}
    assert report.attachments_stored == 0
    document = carol.document()
    assert [c["reference"] for c in document["cases"]] == [CASE]
    assert [p["id"] for p in document["persons"]] == [str(ids["victim"])]
    assert document["testimonies"] == [] and document["events"] == []


def poison_carols_count(sites: dict[str, Any]) -> tuple[Site, Site, Site]:
    """The tester's variant 61: Carol holds the case; Alice's captors send Bob a version of the
    witness counting two edits by Carol; Bob takes it, edits it and the victim, and relays."""
    alice, bob, carol, ids = sites["alice"], sites["bob"], sites["carol"], sites["ids"]
    carol.import_(alice.export("Carol", case_references=[CASE]).path)
    clock = {_key(sites, "Alice"): 2, _key(sites, "Carol"): 2}
    forged = version(alice, "person", ids["witness"], content={"notes": "?"}, clock=clock)
    assert bob.import_(from_alice(sites, "forged.sandiq", encode_records([forged]))).updated == 1
    bob.edit("person", ids["witness"], notes="Bob's edit.")
    bob.edit("person", ids["victim"], notes="Released in 2020.")
    return alice, bob, carol


def test_a_relayed_claim_of_the_readers_edits_costs_only_that_record(
    shared: dict[str, Any],  # noqa: F811
) -> None:
    _, bob, carol = poison_carols_count(shared)
    witness, victim = shared["ids"]["witness"], shared["ids"]["victim"]
    before = _records_and_clocks(carol)
    path = bob.export("Carol", since_last=True).path
    dry = carol.import_(path, dry_run=True)
    assert _records_and_clocks(carol) == before
    report = carol.import_(path)
    for each in (dry, report):
        assert _left_out(each) == [("person", witness, FORGED_ON_THE_WAY)]
        assert each.updated == 1  # the victim
    assert carol.content("person", victim)["notes"] == "Released in 2020."
    document, clocks = _records_and_clocks(carol)
    assert clocks[witness] == before[1][witness]
    assert [p for p in document["persons"] if p["id"] == str(witness)] == [
        p for p in before[0]["persons"] if p["id"] == str(witness)
    ]
    # Every later bundle that carries Bob's copy says so again; the rest still arrives.
    bob.edit("person", witness, notes="Bob again.")
    bob.edit("person", victim, notes="Released in 2021.")
    report = carol.import_(bob.export("Carol", since_last=True).path)
    assert (_left_out(report), report.updated) == ([("person", witness, FORGED_ON_THE_WAY)], 1)


def test_the_command_line_names_the_record_left_out(
    shared: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    _, bob, carol = poison_carols_count(shared)
    path = bob.export("Carol", since_last=True).path
    assert path is not None
    carol.vault.lock()
    sandiq = Sandiq(tmp_path / "env", carol.vault.path)
    for dry_run in (("--dry-run",), ()):
        run = sandiq.ok("bundle", "import", str(path), *dry_run)
        lines = run.stdout.splitlines()
        at = lines.index(FORGED_LINE)
        assert lines[at + 1].startswith(f"  person {shared['ids']['witness']}\t")
        if dry_run:
            assert "updated 1" in run.stdout
    carol.vault = unlock(carol.vault.path, PASSPHRASE)  # for the fixture's teardown


def test_a_new_record_claiming_the_readers_edits_is_left_out_with_what_needs_it(
    shared: dict[str, Any],  # noqa: F811
) -> None:
    # Carol has never seen the case: the forged witness would be new to her.
    alice, bob, carol, ids = shared["alice"], shared["bob"], shared["carol"], shared["ids"]
    clock = {shared["alice_key"]: 2, _key(shared, "Carol"): 1}
    forged = version(alice, "person", ids["witness"], content={"notes": "?"}, clock=clock)
    bob.import_(from_alice(shared, "forged.sandiq", encode_records([forged])))
    report = carol.import_(bob.export("Carol", case_references=[CASE]).path)
    left_out = {record_id: reason for _, record_id, reason in _left_out(report)}
    assert left_out[ids["witness"]] == FORGED_ON_THE_WAY
    assert left_out[ids["testimony"]] == REFERS_TO_NOT_IMPORTED
    assert ids["case"] not in left_out and ids["victim"] not in left_out


def test_the_senders_own_forgery_of_the_readers_work_still_refuses_the_bundle(
    shared: dict[str, Any],  # noqa: F811
) -> None:
    # Signed by Alice, naming Bob as its author: no one relayed it; nothing of hers is taken.
    alice_key, bob_key = shared["alice_key"], shared["bob_key"]
    ids = shared["ids"]
    forged = version(
        shared["alice"],
        "person",
        ids["witness"],
        content={"notes": "Never said."},
        clock={alice_key: 1, bob_key: 1},
        updated_by=bob_key,
    )
    honest = version(
        shared["alice"], "person", ids["victim"], content={"notes": "Fine."}, clock={alice_key: 2}
    )
    path = from_alice(shared, "forged.sandiq", encode_records([honest, forged]))
    refused(shared["bob"], path, NOT_MADE_HERE.format(f"person {ids['witness']}"))
