"""The conflict dialog of a colleague's namesake of a protected person says it is kept out,
not deleted, and what each choice does: no "deleted" row the user never caused."""

from __future__ import annotations

from uuid import UUID

from desktop_app.ui.conflict_dialog import ConflictDialog
from tests.gui.test_held_newcomer_dialogs import REAL_NAME, _dialog, shared  # noqa: F401
from tests.integration.exchange_support import Site


def test_a_held_newcomer_is_said_kept_out_not_deleted(
    qtbot,
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
) -> None:
    alice, bob, _ = shared
    bob.write("person", {"name": REAL_NAME})
    alice.import_(bob.export("Alice", since_last=True).path)
    dialog: ConflictDialog = _dialog(qtbot, alice)
    assert dialog.held_out_note.isVisible()
    assert "kept out until you decide (nobody deleted it)" in dialog.held_out_note.text()
    assert "Bob's record stays as they wrote it" in dialog.held_out_note.text()
    shown = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    # Before: a "Deleted" row, yes here and no at Bob's, as if the user had deleted it.
    assert not any("eleted" in name for name in shown)
    assert "kept here as deleted" not in dialog.reason.text()
