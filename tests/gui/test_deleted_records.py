"""Deleting a record from its form, the refusal while it is used, Enter not saving a form,
and Vault > Deleted records bringing a record back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.records import get_record
from desktop_app.ui.deleted_records import DeletedModel
from desktop_app.ui.main_window import PAGE_TESTIMONIES, MainWindow


def _case_with_witness(vault) -> tuple[object, object, object]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"})
        witness = writer.create("person", {"name": "Раъно Юсупова"})
        testimony = writer.create(
            "testimony", {"case": str(case.id), "witness": str(witness.id), "summary": "Raid"}
        )
        return case.id, witness.id, testimony.id


def test_a_testimony_is_deleted_from_its_form_and_restored_from_the_list(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, _, testimony_id = _case_with_witness(vault)
    unlocked_window.go_to(PAGE_TESTIMONIES)  # the list reads the vault once shown
    qtbot.waitUntil(lambda: unlocked_window.testimony_model.total() == 1)
    form = unlocked_window.registry.open_form("testimony", testimony_id)
    assert form.delete_button.isVisible()
    form.delete_button.click()
    assert messages.texts()[-1].startswith("Delete this record?")
    assert not form.isVisible()
    with vault.read() as session:
        assert get_record(session, "testimony", testimony_id).is_deleted
    qtbot.waitUntil(lambda: unlocked_window.testimony_model.total() == 0)

    dialog = unlocked_window.menus.show_deleted_records()
    model = dialog.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, DeletedModel.COL_KIND)) == "Testimony"
    assert model.data(model.index(0, DeletedModel.COL_BY)) == "you"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert model.rowCount() == 0
    with vault.read() as session:
        assert not get_record(session, "testimony", testimony_id).is_deleted
    qtbot.waitUntil(lambda: unlocked_window.testimony_model.total() == 1)


def test_a_witness_of_a_testimony_is_not_deleted_and_the_form_says_why(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, witness_id, _ = _case_with_witness(vault)
    form = unlocked_window.registry.open_form("person", witness_id)
    form.delete_button.click()
    assert form.isVisible()
    assert form.error_label.text() == (
        "It cannot be deleted while other records use it: 1 testimony. Remove it from them "
        "first, or delete them first."
    )
    with vault.read() as session:
        assert not get_record(session, "person", witness_id).is_deleted


def test_answering_no_deletes_nothing_and_a_new_form_has_no_delete(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, _, testimony_id = _case_with_witness(vault)
    form = unlocked_window.registry.open_form("testimony", testimony_id)
    messages.answer = QMessageBox.StandardButton.No
    form.delete_button.click()
    assert form.isVisible()
    with vault.read() as session:
        assert not get_record(session, "testimony", testimony_id).is_deleted
    new_form = unlocked_window.registry.open_form("person")
    assert not new_form.delete_button.isVisible()


def test_enter_in_a_one_line_field_does_not_save_the_form(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, _, testimony_id = _case_with_witness(vault)
    form = unlocked_window.registry.open_form("testimony", testimony_id)
    qtbot.waitExposed(form)
    form.interviewer_edit.setFocus()
    qtbot.keyClicks(form.interviewer_edit, "M. Sharipova")
    qtbot.keyClick(form.interviewer_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    with vault.read() as session:
        assert get_record(session, "testimony", testimony_id).version == 1
