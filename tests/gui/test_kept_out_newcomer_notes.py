"""What the user reads about a colleague's namesake of a protected person: the held dialog
credits the person who wrote it, even when another colleague sent it on, and records left
pointing at it once kept out are said to point at a person kept out of this vault, not at one
deleted or merged."""

from __future__ import annotations

from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.ui.dangling_notes import dangling_notes
from tests.gui.test_held_newcomer_dialogs import REAL_NAME, _dialog
from tests.integration.exchange_support import Site
from tests.integration.test_kept_out_newcomer_settles import (  # noqa: F401 (trio is a fixture)
    Trio,
    trio,
)


def _keep_mine(site: Site) -> list[str]:
    """Keep this vault's side of its one open conflict; the notes the user is shown."""
    with site.vault.read() as session:
        (conflict,) = list_conflicts(session)
    return dangling_notes(resolve_conflict(site.vault, conflict.id, "mine").dangling)


def test_a_relayed_newcomer_is_credited_to_its_author(
    qtbot,
    trio: Trio,  # noqa: F811
) -> None:
    aziza, bekzod, dilya, _ = trio
    dilya.write("person", {"name": REAL_NAME, "occupation": "teacher"})
    aziza.import_(dilya.export("Aziza", since_last=True).path)
    _keep_mine(aziza)
    # Aziza's bundle carries Dilya's person as Dilya wrote it, in place of Aziza's hold.
    bekzod.import_(aziza.export("Bekzod", since_last=True).path)
    dialog = _dialog(qtbot, bekzod)
    # Before: "Aziza's record stays as they wrote it", Aziza being only the sender.
    assert "Dilya's record stays as they wrote it" in dialog.held_out_note.text()
    assert "Aziza" not in dialog.held_out_note.text()
    assert "as Dilya wrote them" in dialog.same_button.text()


def test_records_pointing_at_a_kept_out_newcomer_say_it_is_kept_out(
    qtbot,
    trio: Trio,  # noqa: F811
) -> None:
    aziza, _, dilya, ids = trio
    newcomer = dilya.write("person", {"name": REAL_NAME})
    party = {"case": str(ids["case"]), "person": str(newcomer), "role": "relative"}
    dilya.write("case_party", party)
    aziza.import_(dilya.export("Aziza", since_last=True).path)
    notes = "\n".join(_keep_mine(aziza))
    # Before: "… refers to person “…”, which was deleted or merged into another."
    assert f"Case party “Relative” refers to person {newcomer}, kept out of this vault." in notes
    assert "person you kept out of this vault" in notes
    assert "deleted" not in notes and "merged" not in notes
    assert REAL_NAME not in notes
