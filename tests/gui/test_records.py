"""Forms: a case with a person and a testimony made through the widgets, validation as you
type, events on the timeline, history restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from db.models import Case
from desktop_app.core import case_file
from desktop_app.core.records import get_record
from desktop_app.ui.case_view import AddPartyDialog, CaseView
from desktop_app.ui.fields import PartialDateEdit
from desktop_app.ui.forms import testimony_editor
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.forms.testimony_editor import TestimonyEditor, word_count
from desktop_app.ui.history_tab import VersionDialog
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.list_models import CaseListModel
from desktop_app.ui.main_window import PAGE_TESTIMONIES
from tests.gui.conftest import activate


def _visible(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def test_case_person_and_testimony_made_through_the_forms(qtbot, unlocked_window):
    window = unlocked_window
    window.menus.new_action.trigger()  # Ctrl+N on the Cases page
    form = _visible(CaseForm)
    qtbot.keyClicks(form.reference_edit, "KG-2010-0007")
    qtbot.keyClicks(form.title_edit, "Detention of A. Askarov")
    form.start_date.set_value("2010-06")
    form.end_date.set_value("2009")
    assert "The end date is before the start date." in form.error_label.text()
    assert not form.save_button.isEnabled()
    form.end_date.set_value("2011-01-15")
    form.country_edit.setText("kg")
    form.act_types.set_value(["torture", "arbitrary_detention"])
    assert form.error_label.text() == ""
    assert form.windowTitle() == "New case *"
    activate(qtbot, form)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    model = window.case_model
    assert _cell(model, 0, CaseListModel.COL_REFERENCE) == "KG-2010-0007"
    assert _cell(model, 0, CaseListModel.COL_TITLE) == "Detention of A. Askarov"
    assert _cell(model, 0, CaseListModel.COL_COUNTRY) == "Kyrgyzstan"
    qtbot.waitUntil(lambda: window.cases_page.count_label.text() == "1 record")

    window.cases_page.table.activated_row.emit(0)
    view = _visible(CaseView)
    assert "Detention of A. Askarov" in view.heading.text()

    view.add_party()
    dialog = view.findChild(AddPartyDialog)
    qtbot.keyClicks(dialog.picker.name_edit, "Azimjan Askarov")
    assert dialog.picker.person_id() is None
    dialog.picker.new_button.click()
    person_form = _visible(PersonForm)
    assert person_form.name_edit.text() == "Azimjan Askarov"
    person_form.protected_check.setChecked(True)
    assert "A protected person needs a pseudonym." in person_form.error_label.text()
    person_form.pseudonym_edit.setText("Witness A")
    person_form.save()
    assert dialog.picker.person_id() is not None
    dialog.role_combo.set_value("witness")
    dialog.add()
    view.tabs.setCurrentWidget(view.people_page)  # a tab is read when it is shown
    assert _cell(view.party_model, 0, 0) == "Azimjan Askarov"
    assert _cell(view.party_model, 0, 1) == "Witness"
    assert _cell(view.party_model, 0, 2) == "Witness A"

    view.new_testimony()
    editor = _visible(TestimonyEditor)
    assert editor.case_label.text() == "KG-2010-0007"
    qtbot.keyClicks(editor.witness_picker.name_edit, "Azimjan Askarov")
    assert editor.witness_picker.person_id() is not None
    qtbot.keyClicks(editor.narrative_edit, "They came at night and took him to Bazar-Korgon.")
    qtbot.waitUntil(lambda: editor.word_count_label.text() == "9 words")
    qtbot.keyClicks(editor.time_edit, "25:30")
    assert editor.time_edit.text() == "25:30"  # an impossible hour is kept, to be corrected
    assert "Write the time as HH:MM, e.g. 14:30." in editor.error_label.text()
    editor.time_edit.setText("14:30")
    editor.consent_check.setChecked(True)
    editor.scope_list.set_value(["reports"])
    editor.save()
    assert not editor.isVisible()
    view.tabs.setCurrentWidget(view.testimonies_page)
    assert view.testimony_model.rowCount() == 1
    assert _cell(view.testimony_model, 0, 1) == "Azimjan Askarov"
    window.go_to(PAGE_TESTIMONIES)  # the list is read when its page is first shown
    assert _cell(window.testimony_model, 0, 0) == "KG-2010-0007"


def test_event_appears_on_the_timeline_in_date_order(qtbot, unlocked_window):
    window = unlocked_window
    vault = window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "UZ-1", "title": "Case"})
        case_id = case.id
    view = window.registry.open_case(case_id)
    for date, place in (("2010-05-13", "Andijan"), ("2009", "Tashkent")):
        form = view.new_event()
        assert not form.save_button.isEnabled()  # no act is chosen for the user
        assert form.error_label.text() == "Choose what happened (the act)."
        form.date_edit.set_value(date)
        form.place_edit.setText(place)
        form.act_combo.set_value("killing")
        form.save()
    view.tabs.setCurrentWidget(view.events_page)  # a tab is read when it is shown
    assert [_cell(view.timeline_model, r, 2) for r in range(2)] == ["Tashkent", "Andijan"]
    assert _cell(view.timeline_model, 0, 1) == "Killing"
    assert _cell(view.timeline_model, 0, 0) == "2009"


def test_partial_date_input_keeps_its_precision(qtbot):
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    for value in ("", "2010", "2010-06", "2010-06-13"):
        edit.set_value(value)
        assert edit.value() == value
    edit.set_value("2011-02")
    edit.precision.setCurrentIndex(PartialDateEdit.DAY)
    assert edit.day.maximum() == 28


def test_word_count_counts_cyrillic_and_latin_words():
    assert word_count("Он сказал: «они пришли ночью». Then he left.") == 8


def test_the_word_count_of_a_long_narrative_follows_the_typing_once_it_pauses(
    qtbot, unlocked_window, monkeypatch
):
    # Counted on every key, 20,000 words took 26 ms a key of a typist's time.
    counted = []

    def counting_word_count(text: str) -> int:
        counted.append(len(text))
        return word_count(text)

    monkeypatch.setattr(testimony_editor, "word_count", counting_word_count)
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "KG-1", "title": "Osh"})
        session.flush()
        narrative = "Ular kechasi kelishdi. " * 6000
        testimony = vault.writer(session).create(
            "testimony", {"case": str(case.id), "narrative": narrative}
        )
        testimony_id = testimony.id
    editor = unlocked_window.registry.open_form("testimony", testimony_id)
    assert editor.word_count_label.text() == "18000 words"
    at_open = len(counted)
    editor.narrative_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.narrative_edit, " Then he left.")
    assert len(counted) == at_open, "counted on a key"
    qtbot.waitUntil(lambda: editor.word_count_label.text() == "18003 words")
    assert len(counted) == at_open + 1


def test_history_restores_an_earlier_version(qtbot, unlocked_window):
    window = unlocked_window
    vault = window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "R-9", "title": "First title"})
        case_id = case.id
    form = window.registry.open_form("case", case_id)
    form.title_edit.setText("Second title")
    form.save()
    view = window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    assert history.model.rowCount() == 2
    assert _cell(history.model, 0, 1) == "Changed"
    history.table.selectRow(1)  # the oldest entry: version 1
    history.restore_current()
    with vault.read() as session:
        assert case_file.record_title(session, "case", case_id) == "R-9"
    assert "First title" in view.heading.text()
    assert _cell(history.model, 0, 1) == "Restored"


def test_a_version_is_shown_field_by_field_with_names_and_labels(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create(
            "case", {"reference": "R-7", "title": "Detention in Osh", "status": "under_review"}
        )
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    history.table.selectRow(0)
    history.view_current()
    dialog = history.findChild(VersionDialog)
    assert dialog is not None
    table = dialog.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown["Title"] == "Detention in Osh"
    assert shown["Status"] == "Under review"
    assert shown["Reference"] == "R-7"


def test_a_version_names_the_records_it_refers_to(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2009-0023", "title": "Detention"})
        person = writer.create("person", {"name": "Шамсутдинова Гульнора"})
        session.flush()
        writer.create(
            "testimony", {"case": str(case.id), "witness": str(person.id), "narrative": "..."}
        )
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    model = history.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).record_kind == "testimony")
    history.table.selectRow(row)
    history.view_current()
    dialog = history.findChild(VersionDialog)
    assert dialog is not None
    table = dialog.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown["Witness"] == "Шамсутдинова Гульнора"
    assert shown["Case"] == "UZ-2009-0023"


def test_escape_closes_a_clean_form_and_asks_before_dropping_changes(
    qtbot, unlocked_window, messages
):
    form = unlocked_window.registry.open_form("person")
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert messages.shown == []
    form = unlocked_window.registry.open_form("person")
    form.name_edit.setText("Someone")
    messages.answer = messages.answer.No
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert messages.texts() == ["Discard the changes in this form?"]


def test_a_case_reference_already_in_use_is_refused_with_a_message(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        existing = vault.writer(session).create(
            "case", {"reference": "KG-2010-0002", "title": "Detention in Osh"}
        )
        existing_id = existing.id
    form = unlocked_window.registry.open_form("case")
    form.reference_edit.setText("KG-2010-0002")
    form.title_edit.setText("Another detention")
    form.save()
    assert form.isVisible()
    assert form.error_label.text() == "Another case already has the reference KG-2010-0002."
    with vault.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1
    # The case itself keeps its reference when edited.
    edit = unlocked_window.registry.open_form("case", existing_id)
    edit.title_edit.setText("Detention in Osh, 2010")
    edit.save()
    assert not edit.isVisible()


def test_long_values_open_at_their_start(qtbot, unlocked_window):
    vault = unlocked_window.vault
    title = "Задержание и избиение в следственном изоляторе г. Андижана, май 2005 года " * 2
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "UZ-1", "title": title}).id
    form = unlocked_window.registry.open_form("case", case_id)
    assert form.title_edit.cursorPosition() == 0


def test_an_event_shows_every_person_of_a_small_case_without_scrolling(qtbot, unlocked_window):
    vault = unlocked_window.vault
    names = ["Gulnoraxon Shamsutdinova", "Шамсутдинов Гулнора", "Ҷӯрабек Қодиров",
             "Нұрсұлтан Әбілқайыров", "Azimjan Askarov", "Dilorom Yusupova"]  # fmt: skip
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        session.flush()
        for name in names:
            person = writer.create("person", {"name": name})
            session.flush()
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
            )
        case_id = case.id
    form = unlocked_window.registry.open_form("event", initial={"case": str(case_id)})
    qtbot.waitUntil(lambda: form.victims_list.count() == len(names))
    for box in (form.victims_list, form.perpetrators_list):
        assert box.verticalScrollBar().maximum() == 0, "a victim would be hidden below the fold"


def test_an_event_in_russian_shows_every_row_whole_beside_its_long_labels(qtbot, unlocked_window):
    install_translators("ru")
    vault = unlocked_window.vault
    names = ["Юлдашев Азимжан Тургунович",
             "Генеральная прокуратура Республики Узбекистан, управление по надзору за следствием",
             "Шамсутдинова Гулнора Рустамовна"]  # fmt: skip
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        session.flush()
        for name in names:
            person = writer.create("person", {"name": name})
            session.flush()
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
            )
        case_id = case.id
    form = unlocked_window.registry.open_form("event", initial={"case": str(case_id)})
    form.resize(600, form.height())
    qtbot.waitUntil(lambda: form.victims_list.count() == len(names))
    for box in (form.victims_list, form.perpetrators_list):
        # The long label ("Предполагаемые виновные:") leaves the names too little room...
        qtbot.waitUntil(lambda box=box: box.horizontalScrollBar().isVisible())
        # ...and before, the scroll bar then covered the last person.
        for row in range(box.count()):
            rect = box.visualItemRect(box.item(row))
            assert rect.top() >= 0 and rect.bottom() < box.viewport().height(), names[row]
        assert [box.item(row).toolTip() for row in range(box.count())] == [
            box.item(row).text() for row in range(box.count())
        ]


def test_an_event_tells_two_people_of_one_name_apart(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        session.flush()
        ids = []
        for role in ("victim", "witness", "victim"):
            name = "Gulnora Karimova" if len(ids) < 2 else "Dilorom Yusupova"
            person = writer.create("person", {"name": name})
            session.flush()
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
            ids.append(str(person.id))
        case_id = case.id
    form = unlocked_window.registry.open_form("event", initial={"case": str(case_id)})
    qtbot.waitUntil(lambda: form.victims_list.count() == 3)
    labels = sorted(form.victims_list.item(i).text() for i in range(3))
    assert labels == sorted(
        ["Dilorom Yusupova", f"Gulnora Karimova ({ids[0][:6]})", f"Gulnora Karimova ({ids[1][:6]})"]
    )


def test_a_witness_deleted_while_the_form_was_open_is_refused_on_save(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0003", "title": "Raid"})
        first = writer.create("person", {"name": "Nodira Karimova"})
        second = writer.create("person", {"name": "Shamsutdinov Rustam"})
        testimony = writer.create(
            "testimony", {"case": str(case.id), "witness": str(first.id), "summary": "Search"}
        )
        ids = testimony.id, first.id, second.id
    testimony_id, first_id, second_id = ids
    form = unlocked_window.registry.open_form("testimony", testimony_id)
    form.witness_picker.set_person(second_id)
    with vault.transaction() as session:  # another window merges him away meanwhile
        vault.writer(session).delete(get_record(session, "person", second_id))
    form.save()
    assert form.isVisible()
    assert form.error_label.text().startswith("Someone or something chosen here was deleted")
    with vault.read() as session:
        stored = get_record(session, "testimony", testimony_id)
        assert stored.witness_id == first_id and stored.version == 1


def test_a_record_deleted_while_its_form_was_open_is_not_brought_back_on_save(
    qtbot, unlocked_window
):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0004", "title": "Raid"})
        testimony_id = writer.create(
            "testimony", {"case": str(case.id), "narrative": "Раъно Юсупова, Андижан."}
        ).id
    form = unlocked_window.registry.open_form("testimony", testimony_id)
    form.narrative_edit.appendPlainText("Added later.")
    with vault.transaction() as session:  # a colleague's bundle deletes it meanwhile
        vault.writer(session).delete(get_record(session, "testimony", testimony_id))
    form.save()
    assert form.isVisible()
    assert form.error_label.text().startswith("This record was deleted meanwhile")
    with vault.read() as session:
        stored = get_record(session, "testimony", testimony_id)
        assert stored.is_deleted and stored.version == 2
