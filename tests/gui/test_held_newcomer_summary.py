"""The conflict dialog of a colleague's newcomer kept out counts no differing fields: there is
no version of the user's to compare it with, so it says what the person is."""

from __future__ import annotations

from uuid import UUID

from tests.gui.test_held_newcomer_dialogs import REAL_NAME, _dialog, shared  # noqa: F401
from tests.integration.exchange_support import Site


def test_a_held_newcomer_is_said_new_not_counted_as_differing(
    qtbot,
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
) -> None:
    alice, bob, _ = shared
    bob.write("person", {"name": REAL_NAME})
    alice.import_(bob.export("Alice", since_last=True).path)
    dialog = _dialog(qtbot, alice)
    # Before: "0 fields differ; the choice keeps all fields of one version."
    assert dialog.summary.text() == "A new person from Bob, not in this vault."
    # Before: "12 fields are the same", as if this vault had a version of its own.
    assert dialog.same_button.isVisible()
    assert "as Bob wrote them" in dialog.same_button.text()
    assert "same" not in dialog.same_button.text()
    header = dialog.same_table.horizontalHeaderItem(1).text()
    assert header == "Bob"
