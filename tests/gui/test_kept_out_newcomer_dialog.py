"""Vault > Deleted records lists a colleague's person kept out for bearing a protected person's
name ("Keep mine" on a held newcomer) by its id, never by that name, and warns before bringing
it back: restored, it is an unprotected person bearing her name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.records import get_record
from desktop_app.ui.main_window import MainWindow
from tests.integration.exchange_support import Site, introduce, make_site

REAL_NAME = "Dilnoza Shamsutdinova"
WARNING = (
    "A colleague's bundle brought in this person under the name of a protected person, and it "
    "was kept out. Restored, it is a person who is not protected, bearing that name, with the "
    "colleague's details: lists and forms show it beside her, and records could be linked to "
    "it in her place. Restore it only if you know it is someone else of the same name. Restore?"
)


def test_a_kept_out_newcomer_is_listed_by_id_and_restored_only_after_a_warning(
    qtbot, unlocked_window: MainWindow, messages, tmp_path: Path
) -> None:
    (tmp_path / "test").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "test")
    here.write("person", {"name": REAL_NAME, "protected": True, "pseudonym": "Witness A"})
    alice = make_site(tmp_path, "Alice")
    introduce(here, alice)
    newcomer = alice.write("person", {"name": REAL_NAME, "notes": "INJECTED NOTE"})
    here.import_(alice.export("Test", since_last=True).path)
    alice.vault.lock()
    with here.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(here.vault, conflict.id, "mine")

    dialog = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    model = dialog.model
    assert model.rowCount() == 1
    # Before: "Dilnoza Shamsutdinova", as any deleted person.
    label = f"Person {newcomer} (bears a protected person's name)"
    assert model.index(0, model.COL_LABEL).data() == label
    dialog.table.selectRow(0)
    messages.answer = QMessageBox.StandardButton.No
    dialog.restore_button.click()
    # Before: restored at once, without a word.
    assert messages.shown[-1] == ("warning", WARNING)
    assert messages.defaults[-1] == QMessageBox.StandardButton.No
    with here.vault.read() as session:
        assert get_record(session, "person", newcomer).is_deleted

    messages.answer = QMessageBox.StandardButton.Yes
    dialog.restore_button.click()
    assert messages.shown[-1] == ("warning", WARNING)
    with here.vault.read() as session:
        assert not get_record(session, "person", newcomer).is_deleted
