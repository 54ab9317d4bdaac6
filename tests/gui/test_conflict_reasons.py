"""A version held because it would weaken a protection says so, in the preview and the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.exchange.conflicts import conflict_detail, list_conflicts
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from tests.integration.exchange_support import Site, introduce, make_site, sample_case


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


def test_unprotecting_is_counted_as_a_conflict_and_explained(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], protected=False)
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    summary = preview.summary_label.text()
    assert "newer versions: 0" in summary and "new conflicts: 1" in summary
    assert "Held for your decision: Bob's bundle removes the protection of “Witness A”." in (
        summary
    )
    assert "Shamsutdinova" not in summary
    alice.import_(path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.isVisible()
    assert dialog.reason.text() == (
        "Bob's version removes this person's protection: reports would show their name "
        "instead of the pseudonym."
    )
    assert dialog.reason.y() < dialog.table.mapTo(dialog, dialog.table.rect().topLeft()).y()


def test_a_moved_testimony_is_explained_in_the_dialog(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    other = bob.write("case", {"reference": "KG-2011-0001", "title": "Public report"})
    bob.edit("testimony", ids["testimony"], case=str(other))
    alice.import_(bob.export("Alice", since_last=True).path)
    dialog = _dialog(qtbot, alice)
    assert "Bob's version moves this testimony to another case" in dialog.reason.text()


def test_a_concurrent_edit_has_no_reason_line(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    alice.import_(bob.export("Alice", since_last=True).path)
    dialog = _dialog(qtbot, alice)
    assert not dialog.reason.isVisible()


def test_a_new_witness_is_explained_in_the_preview_and_the_dialog(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    bob.edit("testimony", ids["testimony"], witness=str(ids["victim"]))
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    assert (
        "Held for your decision: Bob's bundle gives the testimony “2010-07-02 Saw the arrest.” "
        "another witness; its witness asked for anonymity or is protected."
    ) in preview.summary_label.text()
    alice.import_(path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.text() == (
        "Bob's version gives this testimony another witness: reports would hide that person's "
        "name instead of the name of the witness who asked for anonymity or is protected."
    )


def test_a_protected_persons_name_given_to_another_is_explained(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    bob.edit("person", ids["victim"], other_names=["Dilnoza Shamsutdinova"])
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    summary = preview.summary_label.text()
    assert (
        "Held for your decision: Bob's bundle gives “Azimjan Askarov”, who is not protected, a "
        "name of a protected person."
    ) in summary
    assert "Shamsutdinova" not in summary
    alice.import_(path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.text() == (
        "Bob's version gives this person a name of a protected person: reports would show that "
        "name, as this person is not protected."
    )


def test_a_protected_persons_file_moved_away_is_explained(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    # It said only "attaches this file to another record", as for any file.
    alice, bob, ids = shared
    photo = alice.attach("person", ids["witness"], b"\xff\xd8\xff\xe0 not much of a photo", "a.jpg")
    bob.import_(alice.export("Bob", since_last=True).path)
    bob.edit("attachment", photo, owner=str(ids["victim"]))
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    assert (
        "Held for your decision: Bob's bundle takes the file “a.jpg” from a protected person and "
        "attaches it to another record."
    ) in preview.summary_label.text()
    alice.import_(path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.text() == (
        "Bob's version takes this file from a protected person and attaches it to another "
        "record, whose reports would show it."
    )


def test_lowered_sensitivity_and_widened_consent_are_explained(
    qtbot, shared: tuple[Site, Site, dict[str, UUID]]
) -> None:
    alice, bob, ids = shared
    consent = {"given": True, "scope": ["reports", "publish"], "anonymise": True}
    bob.edit("testimony", ids["testimony"], sensitivity="normal", consent=consent)
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    summary = preview.summary_label.text()
    assert "new conflicts: 1" in summary
    for sentence in (
        "Held for your decision: Bob's bundle lowers the sensitivity of the testimony "
        "“2010-07-02 Saw the arrest.”.",
        "Held for your decision: Bob's bundle widens the witness's consent to the use of the "
        "testimony “2010-07-02 Saw the arrest.”.",
    ):
        assert sentence in summary
    alice.import_(path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.text() == (
        "Bob's version lowers this record's sensitivity: dossiers and searches would treat it "
        "as meant for a wider audience.\n"
        "Bob's version widens the witness's consent: the testimony could be used in ways the "
        "consent recorded here does not allow."
    )
