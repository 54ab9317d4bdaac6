"""A restored draft is work to continue: words typed on go after what it kept, not before."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from desktop_app.core import drafts
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.event_form import EventForm
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.main_window import MainWindow


def restore(window: MainWindow, kind: str, content: dict[str, Any]) -> RecordForm:
    """Keep a draft of a new record, then restore it as the user does after an unlock."""
    vault = window.vault
    with vault.transaction() as session:
        drafts.save_draft(session, kind, None, content)
    dialog = window.offer_drafts(only_if_any=True)
    assert dialog is not None
    dialog.restore_button.click()
    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordForm)]
    assert len(forms) == 1
    return forms[0]


def test_typing_on_in_a_restored_text_box_continues_the_draft(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "AND-1", "title": "Trial"})
        case_id = str(case.id)
    kept = "Sud majlisi yopiq eshiklar ortida oʻtdi, qarindoshlar"
    form = restore(unlocked_window, "event", {"case": case_id, "description": kept})
    assert isinstance(form, EventForm)
    form.description_edit.setFocus()  # Tab or a click into the box, as the tester did
    qtbot.keyClicks(form.description_edit, " kiritilmadi.")
    assert form.description_edit.toPlainText() == kept + " kiritilmadi."


def test_the_focused_field_of_a_restored_draft_continues_at_its_end(
    qtbot, unlocked_window: MainWindow
) -> None:
    form = restore(unlocked_window, "person", {"name": "Shuhrat Qodi"})
    assert isinstance(form, PersonForm)
    assert form.focusWidget() is form.name_edit
    qtbot.keyClicks(form.name_edit, "rov")
    assert form.name_edit.text() == "Shuhrat Qodirov"


def test_a_record_opened_from_the_list_still_shows_the_start_of_its_fields(
    unlocked_window: MainWindow,
) -> None:
    vault = unlocked_window.vault
    name = "Abdulloh ibn Muhammad ibn Ahmad al-Fargʻoniy"
    with vault.transaction() as session:
        person = vault.writer(session).create("person", {"name": name})
    form = unlocked_window.registry.open_form("person", person.id)
    assert isinstance(form, PersonForm)
    assert form.name_edit.cursorPosition() == 0
