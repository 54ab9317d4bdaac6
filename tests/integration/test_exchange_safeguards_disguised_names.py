"""A contact cannot get a protected witness's name into a dossier in disguise: as another
person's pseudonym (printed where that person's name is withheld), in look-alike letters
(a Greek omicron, a variation selector, a tag character, a Hangul filler for the space), or
after renaming her first. Each waits for the user, named by kind and id."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import resolve_conflict
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    open_conflicts,
    send,
    shared,
)
from tests.integration.test_exchange_safeguards_newcomers import held

Shared = tuple[Site, Site, dict[str, UUID]]
IN_PSEUDONYM = "names_protected_in_pseudonym"
ENTERS = "enters_with_protected_name"
RENAMES = "renames_protected"


def test_a_new_protected_person_whose_pseudonym_is_her_name_is_held(
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, _ = shared
    newcomer = bob.write(
        "person", {"name": "Ali Valiev", "protected": True, "pseudonym": REAL_NAME}
    )
    report = send(bob, alice)
    assert (report.inserted, report.conflicts) == (0, 1)
    assert held(report) == {"person": {(IN_PSEUDONYM,)}}
    assert alice.content("person", newcomer)["deleted"] is True
    assert REAL_NAME not in repr(report.changes)
    (conflict,) = open_conflicts(alice)
    assert (conflict.label, conflict.reasons) == (f"person {newcomer}", (IN_PSEUDONYM,))


def test_a_pseudonym_given_first_and_protection_after_is_held_both_times(
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, _ = shared
    newcomer = bob.write("person", {"name": "Ali Valiev", "pseudonym": f"{REAL_NAME} (source)"})
    assert held(send(bob, alice)) == {"person": {(IN_PSEUDONYM,)}}
    bob.edit("person", newcomer, protected=True)
    report = send(bob, alice)
    # Not "brought back, deleted here": nobody here deleted it, it waits for the user.
    assert held(report) == {"person": {(IN_PSEUDONYM,)}}
    assert REAL_NAME not in repr(report.changes)
    assert alice.content("person", newcomer)["deleted"] is True


def test_giving_a_known_person_her_name_as_pseudonym_is_held(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("person", ids["victim"], pseudonym="Дильноза Шамсутдинова")
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (0, 1)
    assert held(report) == {"person": {(IN_PSEUDONYM,)}}
    assert alice.content("person", ids["victim"])["pseudonym"] == ""


@pytest.mark.parametrize(
    "person",
    [
        {"name": "Dilnοza Shamsutdinοva"},  # Greek omicrons
        {"name": "Dilnoza Shamsut\ufe0fdinova"},  # a variation selector
        {"name": "Dilnoza Shamsut\U000e0041dinova"},  # a tag character
        {"name": "Dilnoza Shamsut\u061cdinova"},  # the Arabic letter mark
        {"name": "Dilnoza\u3164Shamsutdinova"},  # a Hangul filler for the space
        {"name": "Ali Valiev", "other_names": ["Dilnοza Shamsutdinοva"]},
    ],
    ids=["greek", "variation_selector", "tag", "arabic_letter_mark", "hangul_filler", "other"],
)
def test_a_newcomer_with_her_name_in_look_alike_letters_is_held(
    shared: Shared,  # noqa: F811
    person: dict[str, Any],
) -> None:
    alice, bob, _ = shared
    newcomer = bob.write("person", person)
    report = send(bob, alice)
    assert (report.inserted, report.conflicts) == (0, 1)
    assert held(report) == {"person": {(ENTERS,)}}
    assert alice.content("person", newcomer)["deleted"] is True


def test_a_bundle_drops_out_of_place_format_characters_from_names(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    rustam = bob.write(
        "person", {"name": "Rustam\u3164Ali\ufe0fev", "other_names": ["Rus\U000e0041tam"]}
    )
    send(bob, alice)
    person = alice.content("person", rustam)
    assert (person["name"], person["other_names"]) == ("Rustam Aliev", ["Rustam"])


def test_renaming_a_protected_person_is_held(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], name="Zarina Tosheva")
    report = send(bob, alice)
    assert held(report) == {"person": {(RENAMES,)}}
    assert alice.content("person", ids["witness"])["name"] == REAL_NAME
    assert [c.label for c in open_conflicts(alice)] == ["Witness A"]


def test_adding_a_name_beside_hers_stays_an_update(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], other_names=["Дильноза Шамсутдинова"])
    report = send(bob, alice)
    assert (report.updated, report.conflicts) == (1, 0)


def test_her_former_name_is_still_hers_after_a_kept_rename(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], name="Zarina Tosheva")
    send(bob, alice)
    (conflict,) = open_conflicts(alice)
    resolve_conflict(alice.vault, conflict.id, "theirs")
    assert alice.content("person", ids["witness"])["name"] == "Zarina Tosheva"
    newcomer = bob.write("person", {"name": REAL_NAME})
    report = send(bob, alice)
    assert held(report) == {"person": {(ENTERS,)}}
    assert alice.content("person", newcomer)["deleted"] is True
