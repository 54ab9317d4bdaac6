"""A one-line field an older Sandiq let in ("Rus<RLO>tam<CR>Karimov") is tidied when a colleague
imports it, and the two vaults then hold different contents for one version of the record. What
the next exchanges do with it, in both directions, between two real vaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

import desktop_app.core.exchange.sync_records as sync_records
import desktop_app.core.record_validation as record_validation
from db.exchange_state import SyncConflict
from desktop_app.core.exchange.own_claims import NOT_MADE_HERE
from desktop_app.core.verify import verify_vault
from tests.integration.exchange_support import Site, acquainted
from tests.integration.test_exchange_hostile import refused
from tests.integration.test_import_report import copy_vault, restore_vault

OLD_NAME = "Rus\u202etam\rKarimov"  # a direction override and a carriage return


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Site, Site, UUID]]:
    """Alice, and Bob whose vault holds a person saved by an older Sandiq with OLD_NAME."""
    with acquainted(tmp_path, "Alice", "Bob") as (alice, bob):
        case = bob.write("case", {"reference": "T-1", "title": "Detention"})
        with monkeypatch.context() as older_sandiq:  # whose check let such a name in
            older_sandiq.setattr(record_validation, "saved_line_fault", lambda value: None)
            person = bob.write("person", {"name": OLD_NAME})
        bob.write("case_party", {"case": str(case), "person": str(person), "role": "victim"})
        yield alice, bob, person


def _conflicts(site: Site) -> int:
    with site.vault.read() as session:
        return session.query(SyncConflict).count()


def test_the_tidied_name_is_stored_and_both_vaults_verify(pair: tuple[Site, Site, UUID]) -> None:
    alice, bob, person = pair
    report = alice.import_(bob.export("Alice", since_last=True).path)
    assert report.inserted == 3
    assert alice.content("person", person)["name"] == "Rustam Karimov"
    assert bob.content("person", person)["name"] == OLD_NAME
    # Each vault's hash is of what it holds: no "content does not match its hash".
    assert verify_vault(alice.vault) == verify_vault(bob.vault) == []
    # A later edit on either side carries the tidied name to both, with no conflict.
    bob.edit("person", person, notes="seen again")
    alice.import_(bob.export("Alice", since_last=True).path)
    alice.edit("person", person, occupation="driver")
    assert bob.import_(alice.export("Bob", since_last=True).path).updated == 1
    assert bob.content("person", person)["name"] == "Rustam Karimov"
    assert (_conflicts(alice), _conflicts(bob)) == (0, 0)


def test_sending_the_tidied_version_back_is_not_refused(pair: tuple[Site, Site, UUID]) -> None:
    alice, bob, person = pair
    alice.import_(bob.export("Alice", since_last=True).path)
    alice.write("person", {"name": "Dilnoza Karimova"})  # Alice's own work in the same bundle

    back = bob.import_(alice.export("Bob", since_last=True).path)

    assert back.inserted == 1
    assert _conflicts(bob) == 0
    assert bob.content("person", person)["name"] == OLD_NAME  # his version, as he holds it
    assert alice.export("Bob", since_last=True).path is None  # nothing sent again


@pytest.mark.parametrize(
    "forged",
    [{"name": "Dilnoza Karimova"}, {"name": "Rustam Karimov", "notes": "Never said."}],
    ids=["another name", "the tidied name with other words"],
)
def test_other_content_as_bobs_version_is_still_refused(
    pair: tuple[Site, Site, UUID], monkeypatch: pytest.MonkeyPatch, forged: dict[str, str]
) -> None:
    alice, bob, person = pair
    tidied = sync_records.tidied_from_bundle

    def forging(kind: str, content: dict[str, Any]) -> dict[str, Any]:
        return {**tidied(kind, content), **forged} if kind == "person" else tidied(kind, content)

    with monkeypatch.context() as altered_sandiq:  # Alice's, which stores what it likes
        altered_sandiq.setattr(sync_records, "tidied_from_bundle", forging)
        alice.import_(bob.export("Alice", since_last=True).path)
    assert alice.content("person", person)["name"] == forged["name"]

    path = alice.export("Bob", since_last=True).path
    assert path is not None
    refused(bob, path, NOT_MADE_HERE.format(f"person {person}"))


def test_a_restored_colleague_sending_a_version_held_here_untidied_is_older(
    pair: tuple[Site, Site, UUID], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alice, bob, person = pair
    with monkeypatch.context() as older_sandiq:  # Alice's, whose import kept names as they came
        older_sandiq.setattr(record_validation, "saved_line_fault", lambda value: None)
        older_sandiq.setattr(sync_records, "tidied_from_bundle", lambda kind, content: content)
        alice.import_(bob.export("Alice", since_last=True).path)
    assert alice.content("person", person)["name"] == OLD_NAME
    backup = tmp_path / "bob-backup"
    copy_vault(bob, backup)
    bob.edit("person", person, notes="seen again")
    alice.import_(bob.export("Alice", since_last=True).path)
    restore_vault(bob, backup)  # Bob's vault is back at the version Alice held untidied

    report = alice.import_(bob.export("Alice", case_references=["T-1"]).path)

    assert report.is_sender_restored
    # Bob's person comes tidied, with a clock behind Alice's: a version Alice held, so older.
    assert (report.older, report.conflicts) == (1, 0)
    assert alice.content("person", person)["notes"] == "seen again"
