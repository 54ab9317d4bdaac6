"""A colleague's bundles by their sequence numbers: a bundle that needs one never imported here
names it, and an import says which of the bundles sent to this vault never came (or, for a
bundle that does not say what it followed, which numbers it skipped)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pyrage
import pytest

from desktop_app.core.exchange.contacts import vault_identity
from desktop_app.core.exchange.format import VERSION_1
from desktop_app.core.exchange.sequences import (
    EarlierBundlesMissing,
    MissedBundles,
    missed_text,
    not_imported,
    sequences_text,
)
from tests.integration.exchange_support import Site, acquainted
from tests.unit.bundle_versions import as_version_1

NOT_IMPORTED = (
    "Not imported here from Alice: bundle(s) {}; bundles sent only to other colleagues never "
    "arrive here."
)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Alice, Bob and Carol, who know each other."""
    with acquainted(tmp_path, "Alice", "Bob", "Carol") as (alice, bob, carol):
        yield alice, bob, carol


def _new_case(site: Site, reference: str) -> str:
    return str(site.write("case", {"reference": reference, "title": "Detention in Khujand"}))


def test_a_bundle_needing_an_earlier_one_names_its_number(sites: tuple[Site, Site, Site]) -> None:
    alice, bob, _ = sites
    alice.write("person", {"name": "Dilnoza Shamsutdinova"})
    first = alice.export("Bob", since_last=True).path
    case_id = _new_case(alice, "TJ-1")
    second = alice.export("Bob", since_last=True).path  # the bundle Bob does not import yet
    person = alice.write("person", {"name": "Farrukh Yusupov"})
    party_id = alice.write("case_party", {"case": case_id, "person": str(person), "role": "victim"})
    third = alice.export("Bob", since_last=True).path
    bob.import_(first)

    for dry_run in (True, False):
        with pytest.raises(EarlierBundlesMissing) as caught:
            bob.import_(third, dry_run=dry_run)
        # The fix leads: a missing bundle is no invalid record.
        assert str(caught.value) == (
            "Import bundle 2 from Alice first: this bundle builds on it (a role in a case "
            "belongs to a case it brought)."
        )
        assert (caught.value.reference.record_id, caught.value.reference.target_id) == (
            party_id,
            UUID(case_id),
        )
    assert caught.value.missed == MissedBundles(certain=(range(2, 3),))

    bob.import_(second)
    assert bob.import_(third).inserted == 2


def _key_id(site: Site) -> str:
    with site.vault.read() as session:
        return vault_identity(session).public.key_id


def _old_format(path: Path, sender: Site, recipient: Site) -> Path:
    """The bundle at path as a release of format version 1 wrote it: the same payload without
    sent_before, under version 1's magic, signed again by its sender."""
    with sender.vault.read() as session:
        me = vault_identity(session)
    with recipient.vault.read() as session:
        to = vault_identity(session).public
    plain = pyrage.decrypt(path.read_bytes(), [me.age_identity()])  # a writer reads its own
    payload = as_version_1(plain, me)
    assert payload.startswith(VERSION_1.magic)
    old = path.with_name(f"{path.stem}-old.sandiq")
    old.write_bytes(pyrage.encrypt(payload, [to.age_recipient_key()]))
    return old


def _send(carol: Site, to: str, *more: str) -> Path:
    carol.write("person", {"name": f"Witness for {to}"})
    path = carol.export(to, *more, since_last=True).path
    assert path is not None
    return path


def test_bundles_sent_to_others_are_no_gap_and_a_lost_one_is_named(
    sites: tuple[Site, Site, Site],
) -> None:
    alice, bob, carol = sites
    first, second, third = _send(carol, "Alice"), _send(carol, "Bob"), _send(carol, "Alice")
    alice.import_(first)
    report = alice.import_(third)
    assert (report.sequence, report.missed, report.skipped) == (3, MissedBundles(), ())
    assert not report.missed  # bundle 2 went to Bob only: nothing to say

    fourth = _send(carol, "Alice", "Bob")  # lost on its way to Alice
    report = alice.import_(_send(carol, "Alice"))
    assert report.missed == MissedBundles(certain=(range(4, 5),))
    assert missed_text(report.sender_name, report.missed) == (
        "Not imported here from Carol: bundle(s) 4, sent to this vault."
    )
    bob.import_(second)
    assert not bob.import_(fourth).missed  # Bob's bundle 2 came; 1 and 3 were Alice's

    # The replay and older-bundle checks still go by the sequence number alone.
    late = alice.import_(fourth)
    assert (late.is_older_than_last, late.last_sequence, late.missed) == (
        True,
        5,
        MissedBundles(),
    )
    assert alice.import_(fourth).already_imported_at


def test_several_lost_bundles_are_counted_where_their_numbers_are_unsure(
    sites: tuple[Site, Site, Site],
) -> None:
    alice, _, carol = sites
    sent = {number: _send(carol, "Bob" if number in (2, 7) else "Alice") for number in range(1, 10)}
    for number in (1, 3, 5):
        alice.import_(sent[number])
    report = alice.import_(sent[9])
    # 4, 6 and 8 went to Alice and never came: 8 was the latest before 9, and 4 the latest
    # before 5 (as bundle 5 said); the third is one of 6–7 (2 was ruled out by bundle 3).
    assert report.missed == MissedBundles(
        certain=(range(4, 5), range(8, 9)), more=1, among=(range(6, 8),)
    )
    assert missed_text("Carol", report.missed) == (
        "Not imported here from Carol: bundle(s) 4, 8 and 1 more among bundle(s) 6–7, sent to "
        "this vault; the rest of those numbers went to other colleagues only."
    )
    assert alice.import_(sent[4]).missed == MissedBundles()  # 3 before it came
    report = alice.import_(sent[8])  # its latest before, 6, did not: now it is certain
    assert report.missed == MissedBundles(certain=(range(6, 7),))


def test_a_version_1_bundle_without_sent_before_still_imports_with_the_cautious_note(
    sites: tuple[Site, Site, Site],
) -> None:
    alice, _, carol = sites
    first, _, third = _send(carol, "Alice"), _send(carol, "Bob"), _send(carol, "Alice")
    alice.import_(first)
    report = alice.import_(_old_format(third, carol, alice))
    assert (report.inserted, report.missed, report.skipped) == (2, None, (range(2, 3),))
    with alice.vault.read() as session:
        assert not_imported(session, _key_id(carol), 4) == (range(2, 3),)


def _party_needing(site: Site, case_id: str) -> str:
    """A new victim in the case: a record that refers to the case."""
    person = site.write("person", {"name": "Farrukh Yusupov"})
    return str(site.write("case_party", {"case": case_id, "person": str(person), "role": "victim"}))


def _refusal_note(site: Site, bundle: Path, sender_name: str) -> EarlierBundlesMissing:
    """The refusal of bundle for a record it needs from an earlier bundle, after its reason."""
    with pytest.raises(EarlierBundlesMissing) as caught:
        site.import_(bundle)
    assert str(caught.value).startswith("Import ")
    assert sender_name in str(caught.value)
    return caught.value


def test_a_refusal_names_only_the_earlier_bundles_sent_to_this_vault(
    sites: tuple[Site, Site, Site],
) -> None:
    alice, bob, _ = sites
    case_id = _new_case(alice, "TJ-1")
    first = alice.export("Bob", since_last=True).path  # 1: the case, which Bob never gets
    _send(alice, "Carol")  # 2: Carol's only, so never Bob's to import
    _party_needing(alice, case_id)
    third = alice.export("Bob", since_last=True).path

    refusal = _refusal_note(bob, third, "Alice")
    assert str(refusal) == (
        "Import bundle 1 from Alice first: this bundle builds on it (a role in a case belongs "
        "to a case it brought)."
    )
    assert refusal.missed == MissedBundles(certain=(range(1, 2),))

    bob.import_(first)
    assert bob.import_(third).inserted == 3  # the victim, the party, and Carol's witness


def test_a_refusal_after_an_import_skips_the_bundles_sent_to_others(
    sites: tuple[Site, Site, Site],
) -> None:
    alice, bob, _ = sites
    bob.import_(_send(alice, "Bob"))  # 1
    case_id = _new_case(alice, "TJ-1")
    alice.export("Bob", since_last=True)  # 2: the case, lost on its way to Bob
    _send(alice, "Carol")  # 3
    _party_needing(alice, case_id)
    fourth = alice.export("Bob", since_last=True).path

    refusal = _refusal_note(bob, fourth, "Alice")
    assert str(refusal).startswith("Import bundle 2 from Alice first: ")
    assert refusal.missed == MissedBundles(certain=(range(2, 3),))


def test_a_version_1_bundle_refused_for_a_missing_record_keeps_the_cautious_note(
    sites: tuple[Site, Site, Site],
) -> None:
    alice, bob, _ = sites
    case_id = _new_case(alice, "TJ-1")
    alice.export("Bob", since_last=True)
    _send(alice, "Carol")
    _party_needing(alice, case_id)
    third = _old_format(alice.export("Bob", since_last=True).path, alice, bob)

    refusal = _refusal_note(bob, third, "Alice")
    assert str(refusal) == (
        "Import the earlier bundles from Alice first: this bundle builds on one of them (a role "
        f"in a case belongs to a case one of them brought). {NOT_IMPORTED.format('1–2')}"
    )
    assert (refusal.missed, refusal.missing) == (None, (range(1, 3),))


def test_sequence_numbers_are_shown_as_runs() -> None:
    assert sequences_text((range(2, 3),)) == "2"
    assert sequences_text((range(2, 5), range(7, 8))) == "2–4, 7"
    runs = tuple(range(n, n + 1) for n in range(1, 20, 2))
    assert sequences_text(runs) == "1, 3, 5, 7, 9, …"
