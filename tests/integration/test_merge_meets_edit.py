"""Alice merges a person entered twice while Bob edits the one she merges away: whichever of
them resolves the conflict, and whichever version they keep, Bob's edit is not lost, the
conflict names the person it went into, and both vaults end up alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from tests.integration.exchange_support import Site, introduce, make_site

LATIN, CYRILLIC = "Karimov Rustam", "Каримов Рустам"


def _only_conflict(site: Site) -> int:
    with site.vault.read() as session:
        (conflict,) = list_conflicts(session)
    return conflict.id


def _exchange(alice: Site, bob: Site) -> None:
    for sender, receiver in ((alice, bob), (bob, alice), (alice, bob)):
        path = sender.export(receiver.name, since_last=True).path
        if path is not None:
            receiver.import_(path)


@pytest.mark.parametrize("resolver", ["Alice", "Bob"])
@pytest.mark.parametrize("keeps_the_merge", [True, False])
def test_a_merge_meeting_an_edit_keeps_the_edit(
    tmp_path: Path, resolver: str, keeps_the_merge: bool
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case = alice.write("case", {"reference": "UZ-1", "title": "Detention in Namangan"})
    kept = alice.write("person", {"name": LATIN, "occupation": "teacher"})
    merged = alice.write("person", {"name": CYRILLIC})
    alice.write("case_party", {"case": str(case), "person": str(merged), "role": "victim"})
    bob.import_(alice.export("Bob", since_last=True).path)
    with alice.vault.transaction() as session:
        merge_persons(alice.vault.writer(session), kept, merged)
    bob.edit("person", merged, birth_date="1980", other_names=["Rustam K."], occupation="driver")
    bobs_version = bob.content("person", merged)

    site = alice if resolver == "Alice" else bob
    sender = bob if site is alice else alice
    site.import_(sender.export(site.name, since_last=True).path)
    conflict = _only_conflict(site)
    with site.vault.read() as session:
        detail = conflict_detail(session, conflict)
    assert (detail.merged_into, detail.merged_into_label) == (kept, LATIN)
    # The merge is Alice's side: "mine" for her, "theirs" for Bob.
    keep = "mine" if keeps_the_merge == (site is alice) else "theirs"
    resolution = resolve_conflict(site.vault, conflict, keep)
    assert resolution.merged_into_label == (LATIN if keeps_the_merge else "")
    _exchange(alice, bob)
    if site is bob and not keeps_the_merge:
        # Bob brought back the person Alice merged away: her vault holds that for her decision.
        with alice.vault.read() as session:
            (revived,) = list_conflicts(session)
        assert revived.reasons == ("revives_deleted",)
        resolve_conflict(alice.vault, revived.id, "theirs")
        _exchange(alice, bob)

    for vault in (alice, bob):
        with vault.vault.read() as session:
            assert list_conflicts(session) == []
    assert alice.document() == bob.document()
    person, other = alice.content("person", kept), alice.content("person", merged)
    assert other == bob.content("person", merged)
    # Bob's whole version stays the merged person's (a tombstone if the merge was kept).
    assert other == {**bobs_version, "deleted": keeps_the_merge}
    if keeps_the_merge:
        # His new names and the values the kept person lacked went into it; its own stay.
        assert person["other_names"] == [CYRILLIC, "Rustam K."]
        assert (person["birth_date"], person["occupation"]) == ("1980", "teacher")
    else:
        assert person["other_names"] == [CYRILLIC] and person["birth_date"] == ""


def test_both_keeping_the_merge_agree_without_a_new_conflict(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    kept = alice.write("person", {"name": LATIN})
    merged = alice.write("person", {"name": CYRILLIC})
    bob.import_(alice.export("Bob", since_last=True).path)
    with alice.vault.transaction() as session:
        merge_persons(alice.vault.writer(session), kept, merged)
    bob.edit("person", merged, birth_date="1980")
    to_bob, to_alice = alice.export("Bob", since_last=True), bob.export("Alice", since_last=True)
    bob.import_(to_bob.path)
    alice.import_(to_alice.path)
    resolve_conflict(alice.vault, _only_conflict(alice), "mine")
    resolve_conflict(bob.vault, _only_conflict(bob), "theirs")
    _exchange(alice, bob)

    for site in (alice, bob):
        with site.vault.read() as session:
            assert list_conflicts(session) == []
        assert site.content("person", kept)["birth_date"] == "1980"
        assert site.content("person", merged)["deleted"] is True
    assert alice.document() == bob.document()


def test_a_case_bundle_carries_the_people_merged_into_its_people(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case = alice.write("case", {"reference": "UZ-1", "title": "Detention in Namangan"})
    kept = alice.write("person", {"name": LATIN})
    merged = alice.write("person", {"name": CYRILLIC, "other_names": ["Rustam"]})
    # Two roles: the merge moves the witness's party to the kept person, and nothing in the
    # case refers to the merged person any more.
    for person, role in ((kept, "victim"), (merged, "witness")):
        alice.write("case_party", {"case": str(case), "person": str(person), "role": role})
    bob.import_(alice.export("Bob", case_references=["UZ-1"]).path)
    with alice.vault.transaction() as session:
        merge_persons(alice.vault.writer(session), kept, merged)

    report = bob.import_(alice.export("Bob", case_references=["UZ-1"]).path)

    assert (merged, "delete") in {(c.record_id, c.action) for c in report.changes}
    assert bob.content("person", merged)["deleted"] is True
    names = [p["name"] for p in bob.document()["persons"]]
    assert names == [LATIN]  # the duplicate is gone, as in Alice's vault
