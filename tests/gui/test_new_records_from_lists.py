"""New records from the main window: a new case opens in its window once saved (people and
testimonies are added there), and the Testimonies list makes new testimonies (its button and
Ctrl+N), asking first which case each is for."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui.case_choice import CaseChoiceDialog
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.main_window import PAGE_PEOPLE, PAGE_TESTIMONIES, MainWindow


def shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def add_cases(vault: Vault, *references: str) -> dict[str, UUID]:
    ids = {}
    with vault.transaction() as session:
        for reference in references:
            case = vault.writer(session).create(
                "case", {"reference": reference, "title": f"Case {reference}"}
            )
            ids[reference] = case.id
    return ids


def test_a_new_case_opens_in_its_window_once_saved(qtbot, unlocked_window: MainWindow) -> None:
    unlocked_window.menus.new_action.trigger()  # Ctrl+N on the Cases page
    [form] = shown(CaseForm)
    assert isinstance(form, CaseForm)
    qtbot.keyClicks(form.reference_edit, "AND-2026-0014")
    qtbot.keyClicks(form.title_edit, "Detention of demonstrators")
    form.save()
    assert not form.isVisible()
    [view] = shown(CaseView)
    assert isinstance(view, CaseView)
    assert view.case_id == form.record_id
    assert view.heading.text() == "AND-2026-0014  Detention of demonstrators"


def test_an_edited_case_saved_opens_no_window(qtbot, unlocked_window: MainWindow) -> None:
    case_id = add_cases(unlocked_window.vault, "AND-1")["AND-1"]
    form = unlocked_window.registry.open_form("case", case_id)
    qtbot.keyClicks(form.title_edit, " (edited)")
    form.save()
    assert shown(CaseView) == []


def choose(qtbot, dialog: CaseChoiceDialog, reference: str) -> None:
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).reference == reference)
    dialog.page.table.selectRow(row)
    assert dialog.choose_button.isEnabled()
    dialog.choose_button.click()


def test_ctrl_n_on_the_testimonies_page_asks_for_the_case_then_opens_a_testimony(
    qtbot, unlocked_window: MainWindow
) -> None:
    ids = add_cases(unlocked_window.vault, "AND-1", "AND-2")
    unlocked_window.go_to(PAGE_TESTIMONIES)
    unlocked_window.menus.new_action.trigger()
    assert shown(CaseForm) == []
    [dialog] = shown(CaseChoiceDialog)
    assert isinstance(dialog, CaseChoiceDialog)
    choose(qtbot, dialog, "AND-2")
    [editor] = shown(TestimonyEditor)
    assert isinstance(editor, TestimonyEditor)
    assert editor.record_id is None
    assert editor.case_label.text() == "AND-2"
    assert editor.content()["case"] == str(ids["AND-2"])


def test_the_testimonies_page_has_a_new_testimony_button(
    qtbot, unlocked_window: MainWindow
) -> None:
    add_cases(unlocked_window.vault, "AND-1", "AND-2")
    unlocked_window.go_to(PAGE_TESTIMONIES)
    button = unlocked_window.testimonies_page.new_button
    assert button.text() == "New &testimony"
    button.click()
    [dialog] = shown(CaseChoiceDialog)
    assert isinstance(dialog, CaseChoiceDialog)
    dialog.reject()  # cancelled: no testimony
    assert shown(TestimonyEditor) == []


def test_a_new_testimony_without_any_case_says_to_make_one_first(
    unlocked_window: MainWindow, messages
) -> None:
    unlocked_window.go_to(PAGE_TESTIMONIES)
    unlocked_window.testimonies_page.new_button.click()
    assert messages.texts() == ["Make a case first: every testimony belongs to a case."]
    assert shown(CaseChoiceDialog) == [] and shown(TestimonyEditor) == []


def test_ctrl_n_on_the_people_page_still_makes_a_person(unlocked_window: MainWindow) -> None:
    unlocked_window.go_to(PAGE_PEOPLE)
    unlocked_window.menus.new_action.trigger()
    assert len(shown(PersonForm)) == 1 and shown(CaseChoiceDialog) == []


def test_a_lock_closes_the_case_choice(qtbot, unlocked_window: MainWindow) -> None:
    add_cases(unlocked_window.vault, "AND-1", "AND-2")
    unlocked_window.go_to(PAGE_TESTIMONIES)
    dialog = unlocked_window.new_testimony()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    unlocked_window.lock()
    assert shown(CaseChoiceDialog) == []
