"""A held newcomer (a colleague's new, unprotected person bearing a protected person's name) as
the window shows it: the conflict dialog does not say it was merged into her, what points at it
is named as held, by id, under a heading that asks for a decision, not a restore; a person held
for being renamed to her name is named as it is here; the notes say why each version is held."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.dangling_notes import dangling_notes
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.import_notes import import_notes
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

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
        site.vault.lock()


def _dialog(qtbot, site: Site) -> ConflictDialog:
    with site.vault.read() as session:
        (conflict,) = list_conflicts(session)
        dialog = ConflictDialog(conflict_detail(session, conflict.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_held_newcomer_is_not_said_to_be_merged_into_her(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    newcomer = bob.write("person", {"name": REAL_NAME, "notes": "INJECTED NOTE"})
    bob.write("case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "victim"})
    report = alice.import_(bob.export("Alice", since_last=True).path)
    notes = "\n".join(dangling_notes(report.dangling))
    assert REAL_NAME not in notes
    assert f"Case party “Victim” refers to person {newcomer}, held for your decision." in notes
    dialog = _dialog(qtbot, alice)
    assert dialog.merge_note.isHidden()
    assert "merged" not in dialog.merge_note.text()
    assert dialog.record_title.text() == f"Person {newcomer}"


def test_a_held_renaming_is_named_as_it_is_here(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, _ = shared
    person = bob.write("person", {"name": "Ali Valiev"})
    alice.import_(bob.export("Alice", since_last=True).path)
    bob.edit("person", person, name=REAL_NAME)
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    assert "“Ali Valiev”" in preview.summary_label.text()
    model = preview.model
    rows = [model.index(row, model.COL_RECORD).data() for row in range(model.rowCount())]
    assert rows == ["Ali Valiev"]
    assert REAL_NAME not in preview.summary_label.text()
    alice.import_(path)
    assert _dialog(qtbot, alice).record_title.text() == "Ali Valiev"


def test_a_held_pseudonym_and_a_held_rename_are_said_in_the_preview_and_the_notes(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    newcomer = bob.write(
        "person", {"name": "Ali Valiev", "protected": True, "pseudonym": REAL_NAME}
    )
    bob.edit("person", ids["witness"], name="Zarina Tosheva")
    path = bob.export("Alice", since_last=True).path
    held = [
        f"Held for your decision: Bob's bundle gives “Person {newcomer}” a pseudonym that holds "
        "the name of a protected person.",
        "Held for your decision: Bob's bundle renames the protected person “Witness A”.",
    ]
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    # Before: neither line; the preview counted two conflicts and said no more.
    assert all(line in preview.summary_label.text() for line in held)
    assert REAL_NAME not in preview.summary_label.text()
    notes = import_notes(alice.import_(path), is_done=True)
    assert all(line in notes for line in held)


def test_records_pointing_at_a_held_newcomer_are_headed_as_waiting_for_a_decision(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    newcomer = bob.write("person", {"name": REAL_NAME})
    bob.write("case_party", {"case": str(ids["case"]), "person": str(newcomer), "role": "victim"})
    heading, *_ = notes = dangling_notes(
        alice.import_(bob.export("Alice", since_last=True).path).dangling
    )
    assert heading.startswith("These records refer to a person held for your decision")
    # Before: "…were deleted … bring back what was deleted with Vault > Deleted records".
    assert "deleted" not in "\n".join(notes)
