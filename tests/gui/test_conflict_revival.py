"""A colleague's bundle that brings back a record deleted here says so, in the import preview
and in the conflict dialog."""

from __future__ import annotations

from uuid import UUID

from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from tests.gui.test_conflict_reasons import _dialog, shared  # noqa: F401 (shared is a fixture)
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards_revival import revived_by_bob


def test_a_revived_record_is_explained_in_the_preview_and_the_dialog(
    qtbot,
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
) -> None:
    alice, bob, ids = shared
    revived_by_bob(alice, bob, ids["event"])
    path = bob.export("Alice", since_last=True).path
    preview = ImportPreviewDialog(alice.import_(path, dry_run=True))
    qtbot.addWidget(preview)
    summary = preview.summary_label.text()
    assert "newer versions: 0" in summary and "new conflicts: 1" in summary
    assert (
        "Held for your decision: Bob's bundle brings back “2010-06-15 Arbitrary detention”, "
        "deleted here." in summary
    )
    alice.import_(path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.isVisible()
    assert dialog.reason.text() == (
        "Bob's version brings back this record, which was deleted here: dossiers would "
        "include it again."
    )
