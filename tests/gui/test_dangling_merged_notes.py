"""The Exchange page's note on a record left naming a person a colleague merged away says who
merged that person into whom, as the CLI does, in a researcher's words, not a field's name."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui.dangling_notes import dangling_notes
from tests.integration.exchange_support import introduce, make_site, sample_case
from tests.integration.test_dangling_merged_wording import (
    KEPT,
    TWIN,
    bob_imports_the_merge,
    bob_names_a_person_alice_merges_away,
)


def test_the_note_names_the_merge_and_the_kept_person(qtbot, tmp_path: Path) -> None:
    bob, report, _ids = bob_imports_the_merge(tmp_path)
    bob.vault.lock()
    notes = dangling_notes(report.dangling)
    # Before: "Event “2024-03-12 Torture or ill-treatment” refers to person “Latypov
    # Gayratjon”, which was deleted or merged into another."
    assert (
        f"Event “2024-03-12 Torture or ill-treatment” (case UZ-1) names {TWIN} as a victim. "
        f"Alice merged this person into {KEPT}."
    ) in notes[1].splitlines()


def test_the_vault_that_merged_is_told_it_was_merged_here(qtbot, tmp_path: Path) -> None:
    alice, bob, _ids = bob_names_a_person_alice_merges_away(tmp_path)
    report = alice.import_(bob.export("Alice", since_last=True).path)
    for site in (alice, bob):
        site.vault.lock()
    assert dangling_notes(report.dangling)[1] == (
        f"Event “2024-03-12 Torture or ill-treatment” (case UZ-1) names {TWIN} as a victim. "
        f"This person was merged into {KEPT} in this vault."
    )


def test_a_file_left_on_a_deleted_event_says_who_deleted_it(qtbot, tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.delete("event", ids["event"])
    bob.attach("event", ids["event"], b"scan", "protocol.pdf")
    report = bob.import_(alice.export("Bob", since_last=True).path)
    for site in (alice, bob):
        site.vault.lock()
    lines = dangling_notes(report.dangling)[1].splitlines()
    assert (
        "Attached file “protocol.pdf” belongs to event “2010-06-15 Arbitrary detention”. "
        "Alice deleted that record."
    ) in lines
