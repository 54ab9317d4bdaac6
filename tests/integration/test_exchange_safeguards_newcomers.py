"""A contact cannot replace a protected witness with an unprotected copy unseen: deleting her
(or her anonymised testimony) waits for the user, and so does a new person who is not protected
but carries her name, in any script or with invisible characters in it. The preview names her
by her pseudonym only. Names and titles in a bundle lose what a form would refuse (zero-width
spaces, direction overrides, line breaks), so a newcomer cannot look like someone else here."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import resolve_conflict
from desktop_app.core.exchange.importer import ImportReport
from desktop_app.core.records import get_record
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.held_from_before import held_from_before
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    open_conflicts,
    send,
    shared,
)

Shared = tuple[Site, Site, dict[str, UUID]]
ENTERS = "enters_with_protected_name"


def replace_the_witness(bob: Site, ids: dict[str, UUID]) -> UUID:
    """What a seized vault's keys can sign: she and her testimony deleted, an unprotected
    person of the same name, her role in the case and a copy of the testimony without the
    anonymity put in their place. Returns the newcomer's id."""
    testimony = bob.content("testimony", ids["testimony"])
    bob.delete("testimony", ids["testimony"])
    bob.delete("person", ids["witness"])
    newcomer = bob.write("person", {"name": REAL_NAME})
    bob.write("case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "witness"})
    copy = {k: v for k, v in testimony.items() if k not in ("id", "deleted")}
    copy["witness"] = str(newcomer)
    copy["consent"] = {**copy["consent"], "anonymise": False}
    bob.write("testimony", copy)
    return newcomer


def held(report: ImportReport) -> dict[str, set[tuple[str, ...]]]:
    """The held changes' reasons, by kind."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for change in report.changes:
        if change.reasons:
            found.setdefault(change.kind, set()).add(change.reasons)
    return found


def test_replacing_a_protected_witness_with_a_copy_is_held(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    newcomer = replace_the_witness(bob, ids)
    report = send(bob, alice)
    assert held(report) == {
        "person": {("deletes_protected",), (ENTERS,)},
        "testimony": {("deletes_protected",)},
    }
    assert (report.deleted, report.conflicts) == (0, 3)
    witness = alice.content("person", ids["witness"])
    assert (witness["deleted"], witness["protected"]) == (False, True)
    assert alice.content("testimony", ids["testimony"])["deleted"] is False
    # Kept here, deleted, until the user decides: reports and lists do not show it.
    assert alice.content("person", newcomer)["deleted"] is True
    # Every change is named without her name: the pseudonym, or kind and id.
    assert REAL_NAME not in repr(report.changes)
    labels = {c.label for c in report.changes if c.kind == "person"}
    assert labels == {"Witness A", f"person {newcomer}"}
    listed = {c.record_id: (c.label, c.reasons) for c in open_conflicts(alice)}
    assert listed[newcomer] == (f"person {newcomer}", (ENTERS,))
    assert listed[ids["witness"]] == ("Witness A", ("deletes_protected",))


def test_the_same_version_sent_again_adds_no_conflict(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    newcomer = replace_the_witness(bob, ids)
    send(bob, alice)
    # The whole case again: the newcomer comes as the version already waiting.
    again = alice.import_(bob.export("Alice", case_references=["KG-2010-0007"]).path)
    assert again.conflicts == 0
    assert alice.content("person", newcomer)["deleted"] is True
    assert len(open_conflicts(alice)) == 3


def test_keeping_the_newcomer_brings_it_in_unprotected(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    newcomer = replace_the_witness(bob, ids)
    send(bob, alice)
    (conflict,) = [c for c in open_conflicts(alice) if c.record_id == newcomer]
    resolve_conflict(alice.vault, conflict.id, "theirs")
    person = alice.content("person", newcomer)
    assert (person["deleted"], person["name"], person["protected"]) == (False, REAL_NAME, False)


@pytest.mark.parametrize(
    ("person", "is_held"),
    [
        ({"name": "Дильноза Шамсутдинова"}, True),  # her name in Cyrillic
        ({"name": "DILNOZA SHAMSUDDINOVA"}, True),  # another spelling, other letter case
        ({"name": "Dilnoza Sham\u200bsutdinova"}, True),  # a zero-width space in it
        ({"name": "Rustam Aliev", "other_names": ["Shamsutdinova Dilnoza"]}, True),
        ({"name": REAL_NAME, "protected": True, "pseudonym": "Witness B"}, False),
        ({"name": "Dilnoza Karimova"}, False),  # only a first name in common
    ],
    ids=["cyrillic", "spelling", "zero_width", "other_name", "protected", "namesake"],
)
def test_a_new_unprotected_person_with_her_name_is_held(
    shared: Shared,  # noqa: F811
    person: dict[str, Any],
    is_held: bool,
) -> None:
    alice, bob, _ = shared
    newcomer = bob.write("person", person)
    report = send(bob, alice)
    assert (report.inserted, report.conflicts) == ((0, 1) if is_held else (1, 0))
    assert held(report) == ({"person": {(ENTERS,)}} if is_held else {})
    assert alice.content("person", newcomer)["deleted"] is is_held


def test_names_and_titles_lose_invisible_and_direction_characters(shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    rustam = bob.write("person", {"name": "Rustam\u200b Aliev", "other_names": ["\ufeffRustam"]})
    title = "Detention \u202eof\u202c Askarov\nSANDIQ: verified"
    with bob.vault.transaction() as session:  # a line break no write takes now: a seized vault's
        held_from_before(get_record(session, "case", ids["case"]), title=title)
    bob.edit("case", ids["case"], summary="Seen again.")
    persian = bob.write("person", {"name": "محمد\u200cرضا"})
    report = send(bob, alice)
    assert (report.inserted, report.updated, report.conflicts) == (2, 1, 0)
    person = alice.content("person", rustam)
    assert (person["name"], person["other_names"]) == ("Rustam Aliev", ["Rustam"])
    assert alice.content("case", ids["case"])["title"] == "Detention of Askarov SANDIQ: verified"
    # ZWNJ shapes Persian and Tajik words written in Arabic script: it stays.
    assert alice.content("person", persian)["name"] == "محمد\u200cرضا"
    # Sent again, the version is the one already here: no conflict from the tidying.
    again = alice.import_(bob.export("Alice", case_references=["KG-2010-0007"]).path)
    assert (again.updated, again.conflicts) == (0, 0)


def test_cli_dry_run_marks_held_records_and_hides_her_name(
    shared: Shared,  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, ids = shared
    replace_the_witness(bob, ids)
    path = bob.export("Alice", since_last=True).path
    assert path is not None
    alice.vault.lock()
    out = sandiq.ok("bundle", "import", "--dry-run", str(path), vault=alice.vault.path).stdout
    assert REAL_NAME not in out
    assert f"would hold\tperson\t{ids['witness']}\tWitness A" in out
    assert "Held for your decision: Bob's bundle deletes person 'Witness A', protected or" in out
    assert "under the name of a protected person" in out
