"""Vault > Deleted records shows a merged person with the person it went into, and who merged
it (this vault or a colleague), and asks before bringing the duplicate back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.authors import short_fingerprint
from desktop_app.core.exchange.contacts import remove_contact
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.records import get_record
from desktop_app.ui.deleted_records import DeletedModel
from desktop_app.ui.main_window import MainWindow
from tests.integration.exchange_support import Site, introduce, make_site

QUESTION = (
    "Dilshod Karimov (Andijon) was merged into Dilshod Karimov. Restoring Dilshod Karimov "
    "(Andijon) brings the duplicate back; what the merge moved to Dilshod Karimov stays with "
    "Dilshod Karimov. Restore?"
)


def test_a_merged_person_is_listed_as_merged_and_restored_only_if_the_user_says_yes(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        kept = writer.create("person", {"name": "Dilshod Karimov"}).id
        merged = writer.create("person", {"name": "Dilshod Karimov (Andijon)"}).id
        other = writer.create("person", {"name": "Someone Else"})
        writer.delete(other)
    with vault.transaction() as session:
        merge_persons(vault.writer(session), kept, merged)

    dialog = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    labels = [model.index(row, DeletedModel.COL_LABEL).data() for row in range(2)]
    # Before: "Dilshod Karimov (Andijon)", as any deleted person.
    assert labels == ["Dilshod Karimov (Andijon) (merged into Dilshod Karimov)", "Someone Else"]

    dialog.table.selectRow(0)
    messages.answer = QMessageBox.StandardButton.No
    dialog.restore_button.click()
    assert messages.shown[-1] == ("question", QUESTION)
    assert messages.defaults[-1] == QMessageBox.StandardButton.No  # Enter keeps it merged
    with vault.read() as session:
        assert get_record(session, "person", merged).is_deleted
    assert model.rowCount() == 2

    messages.answer = QMessageBox.StandardButton.Yes
    dialog.restore_button.click()
    with vault.read() as session:
        assert not get_record(session, "person", merged).is_deleted
    qtbot.waitUntil(lambda: not dialog.is_reading())
    assert model.rowCount() == 1

    asked = len(messages.shown)
    dialog.table.selectRow(0)  # a person deleted by hand comes back without a question
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_reading())
    assert len(messages.shown) == asked and model.rowCount() == 0


def test_a_person_a_colleague_merged_is_listed_as_merged_by_them_and_restored_after_the_question(
    qtbot, unlocked_window: MainWindow, messages, tmp_path: Path
) -> None:
    (tmp_path / "test").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "test")
    alice = make_site(tmp_path, "Alice")
    introduce(here, alice)
    kept = alice.write("person", {"name": "Dilshod Karimov"})
    merged = alice.write("person", {"name": "Dilshod Karimov (Andijon)"})
    here.import_(alice.export("Test", since_last=True).path)
    with alice.vault.transaction() as session:
        merge_persons(alice.vault.writer(session), kept, merged)
    here.import_(alice.export("Test", since_last=True).path)
    alice.vault.lock()

    dialog = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    model = dialog.model
    assert [model.index(0, column).data() for column in (model.COL_LABEL, model.COL_BY)] == [
        # Before: "Dilshod Karimov (Andijon)", as any deleted person.
        "Dilshod Karimov (Andijon) (merged into Dilshod Karimov)",
        "Alice",
    ]
    dialog.table.selectRow(0)
    messages.answer = QMessageBox.StandardButton.No
    dialog.restore_button.click()
    assert messages.shown[-1] == ("question", QUESTION)
    with unlocked_window.vault.read() as session:
        assert get_record(session, "person", merged).is_deleted

    remove_contact(unlocked_window.vault, "Alice")
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.is_reading())
    short = short_fingerprint(alice.vault.fingerprint)
    # Before: "Alice", as for a colleague still in the contacts (History names the key).
    assert model.index(0, model.COL_BY).data() == f"Alice — removed key {short}"
    dialog.table.selectRow(0)
    messages.answer = QMessageBox.StandardButton.Yes
    dialog.restore_button.click()
    assert messages.shown[-1] == ("question", QUESTION)
    with unlocked_window.vault.read() as session:
        assert not get_record(session, "person", merged).is_deleted
