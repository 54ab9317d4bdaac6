"""Forms by keyboard alone: the first keys typed land in the first field, Tab goes from field
to field (never to the scroll area around them, and out of the narrative), a label's Alt+letter
reaches a field made of several widgets, and a record in use is refused without a question."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QScrollArea, QWidget

from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import AddPartyDialog
from desktop_app.ui.fields import PartialDateEdit
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.main_window import PAGE_CASES, PAGE_PEOPLE, MainWindow
from tests.gui.conftest import activate

ALT = Qt.KeyboardModifier.AltModifier


def _records(vault: Vault) -> dict[str, UUID]:
    """A case with a witness, the witness's testimony and an event."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0513", "title": "Andijan"})
        person = writer.create("person", {"name": "Гулнора Каримова"})
        ids = {"case": str(case.id)}
        writer.create("case_party", {**ids, "person": str(person.id), "role": "witness"})
        testimony = writer.create("testimony", {**ids, "witness": str(person.id)})
        event = writer.create("event", {**ids, "act_type": "torture", "date": "2005-05"})
        return {
            "case": case.id,
            "person": person.id,
            "testimony": testimony.id,
            "event": event.id,
        }


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(text: str) -> None:
    """Type as a user does: each key goes to whatever has the focus."""
    for char in text:
        QTest.keyClick(_focused(), char)


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _shown(qtbot, form: QWidget) -> QWidget:
    qtbot.waitExposed(form)
    activate(qtbot, form)
    return form


def _first_input(form: RecordForm) -> QWidget:
    """The widget typing should reach in each kind of form."""
    return {
        "person": lambda: form.name_edit,
        "case": lambda: form.reference_edit,
        "testimony": lambda: form.witness_picker.name_edit,
        "event": lambda: form.date_edit.precision,
    }[form.KIND]()


def _typed_into_first_field(form: RecordForm) -> bool:
    """Type what the first field of this kind takes, and say whether it went there."""
    if form.KIND == "event":  # a choice of precision: its first letter chooses it
        _type("y")
        return form.date_edit.precision.currentIndex() == PartialDateEdit.YEAR
    _type("Ikrom")
    return "Ikrom" in _first_input(form).text()


@pytest.mark.parametrize(
    ("page", "kind"), [(PAGE_PEOPLE, "person"), (PAGE_CASES, "case")], ids=["people", "cases"]
)
def test_typing_right_after_ctrl_n_lands_in_the_first_field(qtbot, unlocked_window, page, kind):
    window = unlocked_window
    window.go_to(page)
    activate(qtbot, window)
    _press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordForm)]
    (form,) = [w for w in forms if w.isVisible() and kind == w.KIND]
    _shown(qtbot, form)
    assert _focused() is _first_input(form)
    assert _typed_into_first_field(form)


@pytest.mark.parametrize("kind", ["person", "case", "testimony", "event"])
@pytest.mark.parametrize("new", [True, False], ids=["new", "existing"])
def test_every_form_opens_with_the_focus_in_its_first_field(
    qtbot, unlocked_window: MainWindow, kind, new
):
    ids = _records(unlocked_window.vault)
    registry = unlocked_window.registry
    if new:
        initial = {"case": str(ids["case"])} if kind in ("testimony", "event") else None
        form = registry.open_form(kind, initial=initial)
    else:
        form = registry.open_form(kind, ids[kind])
    _shown(qtbot, form)
    assert _focused() is _first_input(form)
    assert _typed_into_first_field(form)


def _tab_stops(form: QWidget, limit: int = 80) -> list[QWidget]:
    """Where Tab stops, from the focus now round to it again."""
    start = _focused()
    stops = [start]
    for _ in range(limit):
        _press(Qt.Key.Key_Tab)
        if _focused() is start:
            return stops
        stops.append(_focused())
    raise AssertionError(f"Tab did not come back round: {stops}")


@pytest.mark.parametrize("kind", ["person", "case", "testimony", "event"])
def test_tab_never_stops_on_the_scroll_area_and_goes_field_by_field(
    qtbot, unlocked_window: MainWindow, kind
):
    ids = _records(unlocked_window.vault)
    form = _shown(qtbot, unlocked_window.registry.open_form(kind, ids[kind]))
    stops = _tab_stops(form)
    assert not [w for w in stops if isinstance(w, QScrollArea)]
    assert form.save_button in stops
    # The fields in the order they are laid out, a date's parts and a picker's button in theirs.
    expected = {
        "person": lambda: [
            form.name_edit,
            form.other_names_edit,
            form.sex_combo,
            form.birth_date.precision,
            form.ethnicity_edit,
        ],
        "case": lambda: [
            form.status_combo,
            form.country_edit,
            form.region_edit,
            form.place_edit,
            form.start_date.precision,
            form.end_date.precision,
        ],
        "testimony": lambda: [
            form.witness_picker.name_edit,
            form.witness_picker.new_button,
            form.interviewer_edit,
            form.date_edit.precision,
            form.time_edit,
        ],
        "event": lambda: [
            form.date_edit.precision,
            form.date_edit.month,
            form.date_edit.year,
            form.place_edit,
            form.act_combo,
        ],
    }[kind]()
    positions = [stops.index(widget) for widget in expected]
    assert positions == sorted(positions)
    assert positions[-1] - positions[0] == len(expected) - 1  # nothing in between


def test_a_full_date_is_tabbed_through_day_month_year(qtbot, unlocked_window: MainWindow):
    form = _shown(qtbot, unlocked_window.registry.open_form("person", initial={"name": "A"}))
    form.birth_date.set_value("1970-03-08")
    form.birth_date.setFocus()
    date = form.birth_date
    order = [date.precision, date.day, date.month, date.year, form.ethnicity_edit]
    seen = [_focused()]
    for _ in order[1:]:
        _press(Qt.Key.Key_Tab)
        seen.append(_focused())
    assert seen == order


@pytest.mark.parametrize(
    ("kind", "key", "field"),
    [
        ("person", Qt.Key.Key_B, "birth_date"),
        ("case", Qt.Key.Key_C, "country_edit"),
        ("case", Qt.Key.Key_D, "start_date"),
        ("case", Qt.Key.Key_E, "end_date"),
        ("event", Qt.Key.Key_D, "date_edit"),
        ("testimony", Qt.Key.Key_D, "date_edit"),
        ("testimony", Qt.Key.Key_W, "witness_picker"),
    ],
    ids=[
        "person-born",
        "case-country",
        "case-start-date",
        "case-end-date",
        "event-date",
        "testimony-date",
        "testimony-witness",
    ],
)
def test_alt_letter_of_a_composite_fields_label_focuses_its_input(
    qtbot, unlocked_window: MainWindow, kind, key, field
):
    ids = _records(unlocked_window.vault)
    form = _shown(qtbot, unlocked_window.registry.open_form(kind, ids[kind]))
    expected = {
        "birth_date": lambda: form.birth_date.precision,
        "country_edit": lambda: form.country_edit,
        "start_date": lambda: form.start_date.precision,
        "end_date": lambda: form.end_date.precision,
        "date_edit": lambda: form.date_edit.precision,
        "witness_picker": lambda: form.witness_picker.name_edit,
    }[field]()
    form.save_button.setFocus()  # away from the field (a date or the witness comes first)
    assert _focused() is form.save_button
    _press(key, ALT)
    assert _focused() is expected


def test_alt_p_in_add_a_person_to_the_case_focuses_the_name_box(qtbot, unlocked_window):
    ids = _records(unlocked_window.vault)
    dialog = AddPartyDialog(unlocked_window.registry, ids["case"], unlocked_window)
    dialog.show()
    _shown(qtbot, dialog)
    dialog.role_combo.setFocus()
    _press(Qt.Key.Key_P, ALT)
    assert _focused() is dialog.picker.name_edit
    _press(Qt.Key.Key_R, ALT)
    assert _focused() is dialog.role_combo


def test_tab_leaves_the_narrative_for_save_and_close(qtbot, unlocked_window: MainWindow):
    ids = _records(unlocked_window.vault)
    form = _shown(qtbot, unlocked_window.registry.open_form("testimony", ids["testimony"]))
    form.narrative_edit.setFocus()
    _type("Line one")
    stops = []
    for _ in range(4):
        _press(Qt.Key.Key_Tab)
        stops.append(_focused())
    assert form.narrative_edit.toPlainText() == "Line one"
    assert stops[0] is not form.narrative_edit
    assert form.save_button in stops
    close = form.buttons.button(form.buttons.StandardButton.Cancel)
    assert close in stops
    for text_box in (form.narrative_edit, form.summary_edit):
        assert text_box.tabChangesFocus()


def test_the_testimony_date_label_is_beside_its_field_like_the_others(
    qtbot, unlocked_window: MainWindow
):
    ids = _records(unlocked_window.vault)
    form = _shown(
        qtbot, unlocked_window.registry.open_form("testimony", initial={"case": str(ids["case"])})
    )
    form.date_edit.set_value("2005-05-13")  # the widest the date gets, typed after opening
    QApplication.processEvents()
    for field in (form.date_edit, form.interviewer_edit, form.time_edit):
        row, _ = form.form.getWidgetPosition(field)
        label = form.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        assert label.geometry().right() < field.geometry().left(), label.text()
        assert label.geometry().top() < field.geometry().bottom(), label.text()


def test_a_record_in_use_is_refused_at_once_without_a_question(
    qtbot, unlocked_window: MainWindow, messages
):
    vault = unlocked_window.vault
    ids = _records(vault)
    form = _shown(qtbot, unlocked_window.registry.open_form("person", ids["person"]))
    form.delete_button.click()
    assert messages.shown == []  # no "Delete this record?" whose Yes is then refused
    assert form.isVisible()
    assert form.error_label.isVisible()
    assert form.error_label.text().startswith("It cannot be deleted while other records use it")
    assert "1 testimony" in form.error_label.text()
    with vault.read() as session:
        assert not get_record(session, "person", ids["person"]).is_deleted


def test_a_record_nobody_uses_is_still_asked_about_before_deleting(
    qtbot, unlocked_window: MainWindow, messages
):
    vault = unlocked_window.vault
    ids = _records(vault)
    form = _shown(qtbot, unlocked_window.registry.open_form("event", ids["event"]))
    form.delete_button.click()
    assert [kind for kind, _ in messages.shown] == ["warning"]
    assert messages.texts()[0].startswith("Delete this record?")
    with vault.read() as session:
        assert get_record(session, "event", ids["event"]).is_deleted
