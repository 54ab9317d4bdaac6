"""A bundle holding a thousand versions for the user's decision: the preview and the notice
after the import name a few and count the rest, so they fit a field laptop's screen; and a
held note names the kind of the record, as the CLI does."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.exchange.importer import Change, ImportReport, SettledConflict
from desktop_app.core.exchange.safeguards import LOWERS_SENSITIVITY
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.import_notes import import_notes
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

HELD = 1000
SMALL_SCREEN_HEIGHT = 768  # a 1366x768 field laptop


def _many_held(is_dry_run: bool) -> ImportReport:
    """What importing the tester's bundle reports: every testimony's sensitivity lowered."""
    changes = [
        Change(
            kind="testimony",
            record_id=uuid.uuid4(),
            action="conflict",
            label=f"2024-03-{1 + i % 28:02d} Account number {i}",
            reasons=(LOWERS_SENSITIVITY,),
        )
        for i in range(HELD)
    ]
    return ImportReport(
        bundle_id=uuid.uuid4(),
        sequence=2,
        created_at="2026-11-27T10:00:00Z",
        sender_name="Bob",
        sender_fingerprint="12345 67890",
        is_sender_known=True,
        is_dry_run=is_dry_run,
        sender_refusal="",
        last_sequence=1,
        conflicts=HELD,
        changes=changes,
    )


def test_preview_of_a_thousand_held_versions_fits_the_screen_with_its_buttons(qtbot) -> None:
    preview = ImportPreviewDialog(_many_held(is_dry_run=True))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    # Before: one line per held record, a dialog 14,170 px tall, Import below the screen.
    assert preview.height() <= SMALL_SCREEN_HEIGHT * 0.9
    assert preview.minimumSizeHint().height() <= SMALL_SCREEN_HEIGHT * 0.9
    button = preview.import_button
    assert preview.rect().contains(button.mapTo(preview, button.rect().bottomRight()))
    summary = preview.summary_label.text()
    assert summary.count("Held for your decision") == 5
    assert summary.endswith(
        "…and 995 more would be held for your decision: see Conflicts after the import."
    )


def test_notice_after_importing_a_thousand_held_versions_is_short(qtbot) -> None:
    notes = import_notes(_many_held(is_dry_run=False), is_done=True)
    assert len(notes) == 6
    assert notes[-1] == "…and 995 more held for your decision: see Conflicts."
    # The page shows the counts and these notes in a message box; before: 84,000 characters
    # in a box 32,767 px tall, its OK button off the screen.
    box = QMessageBox(QMessageBox.Icon.Information, "Sandiq", "\n\n".join(["Imported.", *notes]))
    qtbot.addWidget(box)
    assert box.sizeHint().height() <= SMALL_SCREEN_HEIGHT * 0.9


def test_settled_conflicts_are_named_five_at_most(qtbot) -> None:
    report = _many_held(is_dry_run=False)
    settled = [
        SettledConflict(conflict_id=i, kind=c.kind, record_id=c.record_id, label=c.label)
        for i, c in enumerate(report.changes)
    ]
    report = replace(report, changes=[], conflicts=0, settled=settled)
    (note,) = import_notes(report, is_done=True)
    assert note.count("Account number") == 5
    assert note.endswith("Account number 4; …and 995 more")


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


def test_lowered_sensitivity_note_names_the_kind_of_record(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    bob.edit("case", ids["case"], sensitivity="normal")
    bob.edit("testimony", ids["testimony"], sensitivity="normal")
    path = bob.export("Alice", since_last=True).path
    notes = import_notes(alice.import_(path, dry_run=True), is_done=False)
    # Before: "…lowers the sensitivity of “2010-07-02 Saw the arrest.”.", where the CLI says
    # "of testimony '…'".
    assert (
        "Held for your decision: Bob's bundle lowers the sensitivity of the case "
        "“KG-2010-0007 Detention of Azimjan Askarov”." in notes
    )
    assert (
        "Held for your decision: Bob's bundle lowers the sensitivity of the testimony "
        "“2010-07-02 Saw the arrest.”." in notes
    )
