"""Deleting a record from its form, the refusal while it is used, Enter not saving a form,
Vault > Deleted records bringing a record back, and a case's window closing with its case."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from desktop_app.core.attachments import add_attachment
from desktop_app.core.deletion import delete_unused
from desktop_app.core.records import get_record
from desktop_app.ui.deleted_records import DeletedModel
from desktop_app.ui.main_window import PAGE_TESTIMONIES, MainWindow
from tests.integration.exchange_support import Site, introduce, make_site


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
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    model = dialog.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, DeletedModel.COL_KIND)) == "Testimony"
    assert model.data(model.index(0, DeletedModel.COL_BY)) == "this vault"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_reading())
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


def _delete(vault, *records: tuple[str, object]) -> None:
    with vault.transaction() as session:
        for kind, record_id in records:
            delete_unused(vault.writer(session), kind, record_id)


def _rows(model: DeletedModel) -> list[tuple[str, ...]]:
    return [
        tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))[:3]
        for row in range(model.rowCount())
    ]


def test_deleted_testimonies_are_told_apart_by_case_witness_and_first_words(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    case_id, _, testimony_id = _case_with_witness(vault)
    with vault.transaction() as session:
        writer = vault.writer(session)
        others = [
            writer.create("testimony", {"case": str(case_id), "narrative": text}).id
            for text in ("Kechasi eshikni taqillatishdi.", "Tunda olib ketishdi.")
        ]
    _delete(vault, ("testimony", testimony_id), *(("testimony", uid) for uid in others))

    dialog = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    assert dialog.model.headers()[:3] == ["Kind", "Case", "Record"]
    assert sorted(_rows(dialog.model)) == [
        ("Testimony", "UZ-2021-0042", "Kechasi eshikni taqillatishdi."),
        ("Testimony", "UZ-2021-0042", "Raid (witness: Раъно Юсупова)"),
        ("Testimony", "UZ-2021-0042", "Tunda olib ketishdi."),
    ]


def test_a_refused_restore_names_and_selects_the_record_to_restore_first(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, witness_id, testimony_id = _case_with_witness(vault)
    _delete(vault, ("testimony", testimony_id), ("person", witness_id))
    dialog = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    model = dialog.model
    testimony_row = model.row_of("testimony", testimony_id)
    dialog.table.selectRow(testimony_row)
    dialog.restore_button.click()

    assert messages.texts()[-1] == (
        "It refers to person “Раъно Юсупова”, which is deleted too. Restore that one first: it "
        "is now selected in the list."
    )
    assert dialog.table.current_row() == model.row_of("person", witness_id)
    dialog.restore_button.click()  # the witness, then the testimony
    qtbot.waitUntil(lambda: not dialog.is_reading())
    dialog.table.selectRow(model.row_of("testimony", testimony_id))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_reading())
    assert model.rowCount() == 0
    with vault.read() as session:
        assert not get_record(session, "testimony", testimony_id).is_deleted


def test_a_deleted_file_is_listed_with_its_record_and_restored_after_it(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    # Deleted files were not listed, so the list could not bring one back.
    vault = unlocked_window.vault
    _, _, testimony_id = _case_with_witness(vault)
    with vault.transaction() as session:
        writer = vault.writer(session)
        audio = add_attachment(writer, "testimony", testimony_id, io.BytesIO(b"RIFF"), "a.wav")
        session.flush()
        writer.delete(audio)  # as the Attachments tab does
    _delete(vault, ("testimony", testimony_id))
    dialog = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # read on a worker
    model = dialog.model
    assert sorted(_rows(model)) == [
        ("Attachment", "UZ-2021-0042", "a.wav (attached to testimony “Raid”)"),
        ("Testimony", "UZ-2021-0042", "Raid (witness: Раъно Юсупова)"),
    ]
    dialog.table.selectRow(model.row_of("attachment", audio.id))
    dialog.restore_button.click()
    assert messages.texts()[-1].startswith("It refers to testimony “Raid (witness: Раъно")
    dialog.restore_button.click()  # the testimony, selected for it, then the file
    qtbot.waitUntil(lambda: not dialog.is_reading())
    dialog.table.selectRow(model.row_of("attachment", audio.id))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_reading())
    assert model.rowCount() == 0
    with vault.read() as session:
        assert not get_record(session, "attachment", audio.id).is_deleted


def test_a_case_window_closes_when_its_case_is_deleted_from_its_form(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "UZ-7", "title": "x"}).id
    view = unlocked_window.registry.open_case(case_id)
    qtbot.waitExposed(view)
    form = unlocked_window.registry.open_form("case", case_id)
    form.delete_button.click()
    qtbot.waitUntil(lambda: not isValid(view))  # closed, and not raised again for this case


def test_a_case_window_closes_when_a_colleagues_bundle_deletes_its_case(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "test").mkdir()
    alice = Site("Test", unlocked_window.vault, tmp_path / "test")
    bob = make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case_id = alice.write("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"})
    bob.import_(alice.export("Bob", since_last=True).path)
    view = unlocked_window.registry.open_case(case_id)
    qtbot.waitExposed(view)
    bob.delete("case", case_id)

    alice.import_(bob.export("Test", since_last=True).path)
    unlocked_window.exchange_page.records_changed.emit()  # as after an import on that page
    qtbot.waitUntil(lambda: not isValid(view))
    bob.vault.lock()
