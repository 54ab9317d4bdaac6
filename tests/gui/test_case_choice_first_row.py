"""The case choice (Ctrl+N on the Testimonies page) opened with no case selected: Choose
stayed disabled until a click, while Enter already chose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.case_choice import CaseChoiceDialog
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.main_window import PAGE_TESTIMONIES, MainWindow
from tests.gui.test_new_records_from_lists import add_cases, shown


def test_the_first_case_is_selected_and_choose_is_enabled(
    qtbot, unlocked_window: MainWindow
) -> None:
    add_cases(unlocked_window.vault, "AND-1", "AND-2")
    unlocked_window.go_to(PAGE_TESTIMONIES)
    unlocked_window.menus.new_action.trigger()
    [dialog] = shown(CaseChoiceDialog)
    assert isinstance(dialog, CaseChoiceDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    first = dialog.model.row_at(0)
    assert dialog.case_id() == first.id
    assert dialog.choose_button.isEnabled()
    qtbot.keyClick(dialog.page.table, Qt.Key.Key_Return)
    [editor] = shown(TestimonyEditor)
    assert isinstance(editor, TestimonyEditor)
    assert editor.case_label.text() == first.reference


def test_a_filtered_list_selects_its_first_case(qtbot, unlocked_window: MainWindow) -> None:
    add_cases(unlocked_window.vault, "AND-1", "AND-2", "OSH-7")
    unlocked_window.go_to(PAGE_TESTIMONIES)
    unlocked_window.menus.new_action.trigger()
    [dialog] = shown(CaseChoiceDialog)
    assert isinstance(dialog, CaseChoiceDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    dialog.page.filter_edit.setText("OSH")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    QApplication.processEvents()
    assert dialog.model.row_at(0).reference == "OSH-7"
    assert dialog.case_id() == dialog.model.row_at(0).id
    assert dialog.choose_button.isEnabled()
