"""The conflict dialog says why a rename of a protected person, or a pseudonym holding her
name, waits for the user, without printing the name."""

from __future__ import annotations

from uuid import UUID

from tests.gui.test_conflict_reasons import _dialog, shared  # noqa: F401 (shared is a fixture)
from tests.integration.exchange_support import Site

Shared = tuple[Site, Site, dict[str, UUID]]


def test_a_rename_of_a_protected_person_is_explained(qtbot, shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("person", ids["witness"], name="Zarina Tosheva")
    alice.import_(bob.export("Alice", since_last=True).path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.text() == (
        "Bob's version renames this protected person: accounts written before still use the "
        "name, and a newcomer could take it."
    )


def test_a_pseudonym_holding_her_name_is_explained(qtbot, shared: Shared) -> None:  # noqa: F811
    alice, bob, ids = shared
    bob.edit("person", ids["victim"], pseudonym="Dilnoza Shamsutdinova")
    alice.import_(bob.export("Alice", since_last=True).path)
    dialog = _dialog(qtbot, alice)
    assert dialog.reason.text() == (
        "Bob's version gives this person a pseudonym that holds the name of a protected "
        "person: reports would print that name in place of this person's."
    )
    assert "Shamsutdinova" not in dialog.windowTitle()
