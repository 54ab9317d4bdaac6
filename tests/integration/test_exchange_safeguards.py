"""A contact's newer version may not silently weaken a protection: it waits as a conflict.

Lifting a person's protection, withdrawing a testimony's anonymity or moving a record to
another case changes who reads what in the next dossier: the user decides it, not a bundle.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import ConflictInfo, list_conflicts, resolve_conflict
from desktop_app.core.exchange.importer import ImportReport
from desktop_app.core.person_merge import merge_persons
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import PHOTO, Site, introduce, make_site, sample_case

REAL_NAME = "Dilnoza Shamsutdinova"  # the protected witness of sample_case, "Witness A"


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Site, Site, dict[str, UUID]]]:
    """Alice and Bob holding the same case, received from Alice, both up to date."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)
    yield alice, bob, ids
    for site in (alice, bob):
        if not site.vault.is_locked:
            site.vault.lock()


def send(sender: Site, receiver: Site, **kwargs: object) -> ImportReport:
    """The sender's changes since their last bundle, imported by the receiver."""
    report = sender.export(receiver.name, since_last=True)
    return receiver.import_(report.path, **kwargs)


def open_conflicts(site: Site) -> list[ConflictInfo]:
    with site.vault.read() as session:
        return list_conflicts(session)


def held_once(report: ImportReport, reason: str) -> None:
    """The report counts one new conflict, for this reason, and nothing as updated."""
    assert (report.updated, report.deleted, report.conflicts) == (0, 0, 1)
    held = [change for change in report.changes if change.action == "conflict"]
    assert [change.reasons for change in held] == [(reason,)]


def test_unprotecting_a_witness_is_held_until_the_user_decides(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], protected=False)
    before = alice.snapshot()["document"]
    held_once(send(bob, alice), "unprotects")
    assert alice.snapshot()["document"] == before  # the vault unchanged until resolved
    (conflict,) = open_conflicts(alice)
    assert (conflict.record_id, conflict.reasons) == (ids["witness"], ("unprotects",))
    assert conflict.label == "Witness A"  # never the real name their version carries


def test_emptying_a_protected_persons_pseudonym_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], pseudonym="")
    held_once(send(bob, alice), "unprotects")
    assert alice.content("person", ids["witness"])["pseudonym"] == "Witness A"


def test_replacing_a_protected_persons_pseudonym_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    # The new pseudonym may be the real name, or another witness's pseudonym.
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], pseudonym="Dilnoza Rakhimova")
    held_once(send(bob, alice), "changes_pseudonym")
    assert alice.content("person", ids["witness"])["pseudonym"] == "Witness A"


def test_keeping_theirs_lifts_the_protection(shared: tuple[Site, Site, dict[str, UUID]]) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], protected=False)
    send(bob, alice)
    (conflict,) = open_conflicts(alice)
    resolve_conflict(alice.vault, conflict.id, "theirs")
    assert alice.content("person", ids["witness"])["protected"] is False
    assert open_conflicts(alice) == []


def test_keeping_mine_keeps_the_protection_and_sends_it_back(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], protected=False)
    send(bob, alice)
    (conflict,) = open_conflicts(alice)
    resolve_conflict(alice.vault, conflict.id, "mine")
    assert alice.content("person", ids["witness"])["protected"] is True
    # Adding protection back is always safe: a plain update on Bob's side.
    back = send(alice, bob)
    assert (back.updated, back.conflicts) == (1, 0)
    assert bob.content("person", ids["witness"])["protected"] is True
    assert open_conflicts(bob) == []
    assert alice.document() == bob.document()


def test_withdrawing_consent_to_anonymise_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    consent = bob.content("testimony", ids["testimony"])["consent"]
    bob.edit("testimony", ids["testimony"], consent={**consent, "anonymise": False})
    held_once(send(bob, alice), "drops_anonymity")
    assert alice.content("testimony", ids["testimony"])["consent"]["anonymise"] is True


@pytest.mark.parametrize("kind", ["testimony", "event", "party"])
def test_moving_a_record_to_another_case_is_held(
    shared: tuple[Site, Site, dict[str, UUID]], kind: str
) -> None:
    alice, bob, ids = shared
    other = bob.write("case", {"reference": "KG-2011-0001", "title": "Public report"})
    record_kind = "case_party" if kind == "party" else kind
    bob.edit(record_kind, ids[kind], case=str(other))
    report = send(bob, alice)
    assert report.inserted == 1  # the new case itself is welcome
    held_once(report, "moves_case")
    assert alice.content(record_kind, ids[kind])["case"] == str(ids["case"])
    (conflict,) = open_conflicts(alice)
    resolve_conflict(alice.vault, conflict.id, "theirs")
    assert alice.content(record_kind, ids[kind])["case"] == str(other)


def test_a_tombstone_that_also_lifts_the_protection_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    # Else a later revival would start from the unprotected content the tombstone carried.
    bob.edit("person", ids["witness"], protected=False)
    bob.delete("person", ids["witness"])
    report = send(bob, alice)
    assert (report.deleted, report.conflicts) == (0, 1)
    assert alice.content("person", ids["witness"])["protected"] is True


def test_deleting_a_protected_person_or_her_testimony_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    # The first half of replacing her with an unprotected copy: the user decides it.
    alice, bob, ids = shared
    bob.delete("testimony", ids["testimony"])
    bob.delete("person", ids["witness"])
    report = send(bob, alice)
    assert (report.deleted, report.conflicts) == (0, 2)
    held = {(c.kind, c.action, c.reasons) for c in report.changes}
    assert held == {
        ("person", "conflict", ("deletes_protected",)),
        ("testimony", "conflict", ("deletes_protected",)),
    }
    # Named by her pseudonym, never by the real name the tombstone carries.
    assert REAL_NAME not in str(report.changes)
    assert alice.content("person", ids["witness"])["deleted"] is False
    assert alice.content("testimony", ids["testimony"])["deleted"] is False
    for conflict in open_conflicts(alice):
        assert conflict.reasons == ("deletes_protected",)
        resolve_conflict(alice.vault, conflict.id, "theirs")
    assert alice.content("person", ids["witness"])["deleted"] is True


def test_ordinary_edits_and_added_protection_are_plain_updates(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], notes="Moved to Bishkek.")
    bob.edit("person", ids["victim"], protected=True, pseudonym="Victim B")
    consent = bob.content("testimony", ids["testimony"])["consent"]
    bob.edit("testimony", ids["testimony"], consent={**consent, "scope": []}, summary="New.")
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (3, 0)
    assert alice.document() == bob.document()


def test_a_newer_version_restoring_the_protection_settles_the_held_one(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], protected=False)
    send(bob, alice)
    bob.edit("person", ids["witness"], protected=True, notes="Protected again.")
    report = send(bob, alice)
    assert (report.updated, report.conflicts, len(report.settled)) == (1, 0, 1)
    assert open_conflicts(alice) == []
    assert alice.content("person", ids["witness"])["notes"] == "Protected again."


def test_cli_says_why_a_version_is_held_without_the_real_name(
    shared: tuple[Site, Site, dict[str, UUID]], sandiq: Sandiq
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], protected=False)
    path = bob.export("Alice", since_last=True).path
    assert path is not None
    alice.vault.lock()
    line = "Held for your decision: Bob's bundle removes the protection of person 'Witness A'"
    dry = sandiq.ok("bundle", "import", str(path), "--dry-run", vault=alice.vault.path).stdout
    assert line in dry
    assert "updated 0" in dry and "new conflicts 1" in dry
    done = sandiq.ok("bundle", "import", str(path), vault=alice.vault.path).stdout
    assert line in done
    listed = sandiq.ok("conflicts", vault=alice.vault.path).stdout
    assert line in listed
    for output in (dry, done, listed):
        assert REAL_NAME not in output


def sent_to_bob(alice: Site, bob: Site, kind: str, data: dict[str, object]) -> UUID:
    """A record Alice writes and sends, so that both hold it."""
    record_id = alice.write(kind, data)
    assert send(alice, bob).inserted == 1
    return record_id


def test_giving_a_protected_person_a_first_pseudonym_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    # Reports name her by a placeholder; the pseudonym a contact sets may be her real name.
    alice, bob, _ = shared
    person = sent_to_bob(alice, bob, "person", {"name": "Gulnora Karimova", "protected": True})
    bob.edit("person", person, pseudonym="Gulnora Karimova")
    held_once(send(bob, alice), "changes_pseudonym")
    assert alice.content("person", person)["pseudonym"] == ""
    (conflict,) = open_conflicts(alice)
    assert conflict.label == f"person {person}"  # nor the name their version carries


@pytest.mark.parametrize("new_witness", ["victim", None])
@pytest.mark.parametrize(
    ("witness", "anonymise"),
    [("victim", True), ("witness", False)],
    ids=["anonymised", "protected"],
)
def test_giving_a_testimony_another_witness_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
    witness: str,
    anonymise: bool,
    new_witness: str | None,
) -> None:
    # Reports hide the names of a testimony's witness: another witness, and the first one's
    # name shows in the narrative she asked to be anonymised in (or is protected in).
    alice, bob, ids = shared
    testimony = sent_to_bob(
        alice,
        bob,
        "testimony",
        {
            "case": str(ids["case"]),
            "witness": str(ids[witness]),
            "consent": {"given": True, "scope": ["reports"], "anonymise": anonymise},
            "narrative": "Dilnoza saw Azimjan taken away.",
        },
    )
    other = None if new_witness is None else ids["witness" if witness == "victim" else "victim"]
    bob.edit("testimony", testimony, witness=str(other) if other else None)
    held_once(send(bob, alice), "changes_witness")
    assert alice.content("testimony", testimony)["witness"] == str(ids[witness])


def test_an_unguarded_testimonys_new_witness_is_a_plain_update(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    consent = {"given": True, "scope": ["reports"], "anonymise": False}
    data = {"case": str(ids["case"]), "witness": str(ids["victim"]), "consent": consent}
    testimony = sent_to_bob(alice, bob, "testimony", data)
    bob.edit("testimony", testimony, witness=None)
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (1, 0)


def test_moving_a_protected_persons_file_to_another_person_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    photo = alice.attach("person", ids["witness"], PHOTO, "IMG_0042.jpg")
    send(alice, bob)
    bob.edit("attachment", photo, owner=str(ids["victim"]))
    held_once(send(bob, alice), "moves_protected_file")
    assert alice.content("attachment", photo)["owner"] == str(ids["witness"])


def test_moving_an_unprotected_persons_file_to_another_person_is_a_plain_update(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    # As a merge of two people does.
    alice, bob, ids = shared
    photo = alice.attach("person", ids["victim"], PHOTO, "IMG_0043.jpg")
    send(alice, bob)
    bob.edit("attachment", photo, owner=str(ids["witness"]))
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (1, 0)


def merge(site: Site, keep: UUID, merged: UUID) -> None:
    """Merge two people, as Tools > Find duplicates does."""
    with site.vault.transaction() as session:
        merge_persons(site.vault.writer(session), keep, merged)


def test_a_merge_of_a_protected_person_is_held_where_it_would_expose_her(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    photo = alice.attach("person", ids["witness"], PHOTO, "IMG_0042.jpg")
    send(alice, bob)
    merge(bob, ids["victim"], ids["witness"])
    report = send(bob, alice)
    # The kept person is protected now, as a merge keeps protection: that is applied; her
    # deletion, her testimony and her photo wait for the user.
    assert (report.updated, report.deleted, report.conflicts) == (1, 0, 3)
    held = {(c.kind, c.reasons) for c in report.changes if c.action == "conflict"}
    assert held == {
        ("person", ("deletes_protected",)),
        ("testimony", ("changes_witness",)),
        ("attachment", ("moves_protected_file",)),
    }
    assert alice.content("person", ids["victim"])["protected"] is True
    assert alice.content("attachment", photo)["owner"] == str(ids["witness"])
    for conflict in open_conflicts(alice):
        resolve_conflict(alice.vault, conflict.id, "theirs")
    assert alice.document() == bob.document()


def test_a_merge_into_a_person_left_unprotected_is_held(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    # The kept person carries her real name among its other names, for any dossier to show.
    alice, bob, ids = shared
    merge(bob, ids["victim"], ids["witness"])
    bob.edit("person", ids["victim"], protected=False, pseudonym="")
    report = send(bob, alice)
    held = {(c.kind, c.reasons) for c in report.changes if c.action == "conflict"}
    assert ("person", ("gives_protected_name",)) in held
    assert REAL_NAME not in alice.content("person", ids["victim"])["other_names"]
    (listed,) = [c for c in open_conflicts(alice) if c.record_id == ids["victim"]]
    assert listed.reasons == ("gives_protected_name",)


def test_cli_says_why_a_testimony_or_a_name_is_held(
    shared: tuple[Site, Site, dict[str, UUID]], sandiq: Sandiq
) -> None:
    alice, bob, ids = shared
    bob.edit("testimony", ids["testimony"], witness=str(ids["victim"]))
    bob.edit("person", ids["victim"], other_names=[REAL_NAME])
    path = bob.export("Alice", since_last=True).path
    assert path is not None
    alice.vault.lock()
    done = sandiq.ok("bundle", "import", str(path), vault=alice.vault.path).stdout
    listed = sandiq.ok("conflicts", vault=alice.vault.path).stdout
    for output in (done, listed):
        assert (
            "Held for your decision: Bob's bundle gives unprotected person 'Azimjan Askarov' a "
            "name of a protected person" in output
        )
        assert (
            "Held for your decision: Bob's bundle gives testimony '2010-07-02 Saw the arrest.' "
            "another witness; its witness asked for anonymity or is protected" in output
        )
        assert REAL_NAME not in output
