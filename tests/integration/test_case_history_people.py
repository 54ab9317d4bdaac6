"""A case's History shows the changes to the people it names (parties, witnesses, victims,
perpetrators) and to their files: a colleague renaming a victim or lifting a witness's
protection, and the decision that put it back, were shown nowhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core import case_file, case_history
from desktop_app.core.authors import change_authors
from desktop_app.core.case_history import HISTORY_PAGE, HistoryRow
from desktop_app.core.exchange.conflicts import ConflictInfo, list_conflicts, resolve_conflict
from desktop_app.core.vault import Vault
from tests.integration.exchange_support import PHOTO, Site, introduce, make_site, sample_case
from tests.integration.test_query_plans import _busiest, _fill, _plans


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Site, Site, dict[str, UUID]]]:
    """Alice's case (a victim party and a protected witness), held by Bob too."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    yield alice, bob, ids
    for site in (alice, bob):
        site.vault.lock()


def _history(vault: Vault, case_id: UUID) -> list[HistoryRow]:
    with vault.read() as session:
        return case_history.case_history(session, case_id)


def _last_seq(vault: Vault, case_id: UUID) -> int:
    return _history(vault, case_id)[0].seq


def _since(vault: Vault, case_id: UUID, seq: int) -> list[HistoryRow] | None:
    with vault.read() as session:
        return case_history.case_history_since(session, case_id, seq)


def _conflicts(site: Site) -> list[ConflictInfo]:
    with site.vault.read() as session:
        return list_conflicts(session)


def _person_changes(site: Site, case_id: UUID, names: dict[str, str]) -> list[tuple[str, ...]]:
    """(action, person, version, author's name) of the case's person entries, newest first."""
    with site.vault.read() as session:
        rows = case_history.case_history(session, case_id)
        authors = change_authors(session, site.vault.fingerprint, rows)
    return [
        (row.action, str(row.record_id), str(row.version), names.get(authors[row.seq] or "", "?"))
        for row in rows
        if row.record_kind == "person"
    ]


def test_a_colleagues_rename_and_lifted_protection_and_the_protection_put_back_are_shown(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["victim"], name="Azimzhan Askarov")
    bob.edit("person", ids["witness"], protected=False)
    alice.import_(bob.export("Alice", since_last=True).path)  # the unprotection is held
    (conflict,) = (c for c in _conflicts(alice) if c.record_id == ids["witness"])
    resolve_conflict(alice.vault, conflict.id, "theirs")
    alice.edit("person", ids["witness"], protected=True)

    names = {alice.vault.fingerprint: "Alice", bob.vault.fingerprint: "Bob"}
    victim, witness = str(ids["victim"]), str(ids["witness"])
    assert _person_changes(alice, ids["case"], names) == [
        ("update", witness, "3", "Alice"),  # protected again
        ("resolve_conflict", witness, "2", "Alice"),
        ("resolve", witness, "2", "Bob"),  # Bob's lifted protection, kept here: his version
        ("update", victim, "2", "Bob"),  # the rename, from Bob's bundle
        ("create", witness, "1", "Alice"),
        ("create", victim, "1", "Alice"),
    ]


def test_keeping_mine_shows_the_decision_on_the_witness(
    shared: tuple[Site, Site, dict[str, UUID]],
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], protected=False)
    alice.import_(bob.export("Alice", since_last=True).path)
    (conflict,) = _conflicts(alice)
    resolve_conflict(alice.vault, conflict.id, "mine")
    newest = _history(alice.vault, ids["case"])[0]
    assert (newest.action, newest.record_kind, newest.record_id) == (
        "resolve_conflict",
        "person",
        ids["witness"],
    )


def test_people_and_files_of_other_cases_stay_out(tmp_vault: Vault, tmp_path: Path) -> None:
    site = Site("Test", tmp_vault, tmp_path)
    mine, other = sample_case(site, "UZ-1"), sample_case(site, "UZ-2")
    site.edit("person", other["witness"], notes="Moved to Tashkent.")
    site.attach("person", other["victim"], PHOTO, "portrait.jpg")
    site.attach("person", mine["victim"], PHOTO, "portrait.jpg")
    records = {row.record_id for row in _history(tmp_vault, mine["case"])}
    assert {mine["victim"], mine["witness"]} <= records
    assert not {other["victim"], other["witness"]} & records
    newest = _history(tmp_vault, mine["case"])[0]  # the photo of the case's victim
    assert newest.record_kind == "attachment"
    assert len(records) == len({row.record_id for row in _history(tmp_vault, other["case"])})


def test_perpetrators_count_as_people_of_the_case(tmp_vault: Vault, tmp_path: Path) -> None:
    site = Site("Test", tmp_vault, tmp_path)
    ids = sample_case(site)
    officer = site.write("person", {"name": "Officer B."})
    site.edit("event", ids["event"], perpetrators=[str(officer)])
    site.edit("person", officer, notes="Identified from the photo.")
    changes = [(r.record_id, r.version) for r in _history(tmp_vault, ids["case"])][:2]
    assert changes == [(officer, 2), (ids["event"], 2)]


def test_the_peoples_entries_are_paged_with_the_others(tmp_vault: Vault, tmp_path: Path) -> None:
    site = Site("Test", tmp_vault, tmp_path)
    ids = sample_case(site)
    for n in range(HISTORY_PAGE):
        site.edit("person", ids["witness"], notes=f"Call {n}.")
    with tmp_vault.read() as session:
        first = case_history.case_history(session, ids["case"])
        second = case_history.case_history(session, ids["case"], older_than=first[-1].seq)
    assert len(first) == HISTORY_PAGE
    assert all(row.record_id == ids["witness"] for row in first)
    assert [row.version for row in first[:2]] == [HISTORY_PAGE + 1, HISTORY_PAGE]
    assert len(second) == 8  # what sample_case made: the case, 7 records and files
    assert (ids["witness"], 1) in [(row.record_id, row.version) for row in second]
    assert second[-1].record_id == ids["case"]  # the case's creation, oldest of all
    seqs = [row.seq for row in first + second]
    assert seqs == sorted(seqs, reverse=True)


def test_entries_since_take_a_persons_change_and_photo(tmp_vault: Vault, tmp_path: Path) -> None:
    site = Site("Test", tmp_vault, tmp_path)
    mine, other = sample_case(site, "UZ-1"), sample_case(site, "UZ-2")
    seq = _last_seq(tmp_vault, mine["case"])
    site.edit("person", mine["victim"], name="Azimzhan Askarov")
    site.edit("person", other["victim"], name="Someone else")
    photo = site.attach("person", mine["witness"], PHOTO, "portrait.jpg")
    new = _since(tmp_vault, mine["case"], seq)
    assert new is not None
    assert [(row.record_id, row.version) for row in new] == [(photo, 1), (mine["victim"], 2)]
    assert new == _history(tmp_vault, mine["case"])[:2]


def test_an_edit_that_keeps_the_people_of_the_case_adds_its_entry(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    site = Site("Test", tmp_vault, tmp_path)
    ids = sample_case(site)
    seq = _last_seq(tmp_vault, ids["case"])
    # The victim is still a party of the case: their entries stay the case's.
    site.edit("event", ids["event"], victims=[], place="Osh")
    site.write("testimony", {"case": str(ids["case"]), "witness": str(ids["witness"])})
    new = _since(tmp_vault, ids["case"], seq)
    assert new is not None and new == _history(tmp_vault, ids["case"])[:2]


@pytest.mark.parametrize("change", ["new witness", "witness gone", "new party"])
def test_a_person_joining_or_leaving_the_case_reads_the_history_anew(
    tmp_vault: Vault, tmp_path: Path, change: str
) -> None:
    site = Site("Test", tmp_vault, tmp_path)
    ids = sample_case(site)
    newcomer = site.write("person", {"name": "Malika Yo'ldosheva"})
    seq = _last_seq(tmp_vault, ids["case"])
    if change == "new witness":  # the newcomer's creation is now the case's
        site.edit("testimony", ids["testimony"], witness=str(newcomer))
    elif change == "witness gone":  # the old witness's entries are no longer the case's
        site.edit("testimony", ids["testimony"], witness=None)
    else:
        site.write(
            "case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "witness"}
        )
    assert _since(tmp_vault, ids["case"], seq) is None
    records = {row.record_id for row in _history(tmp_vault, ids["case"])}
    assert (newcomer in records) is (change != "witness gone")
    assert (ids["witness"] in records) is (change == "new party")


def test_the_history_and_the_people_of_a_case_are_read_by_their_indexes(
    tmp_vault: Vault,
) -> None:
    _fill(tmp_vault, 300, seed=3)
    witness, case = _busiest(tmp_vault)
    for lookup in (
        lambda s: case_history.case_history(s, case),
        lambda s: case_history.case_history(s, case, older_than=10**9),
        lambda s: case_file.concerns_case(s, "person", witness, case),
    ):
        plans = _plans(tmp_vault, lookup)
        # Only the tiny json_each of one event's list is read whole.
        scans = [line for line in plans if line.startswith("SCAN") and "json_each" not in line]
        assert scans in ([], ["SCAN CONSTANT ROW"]), plans
