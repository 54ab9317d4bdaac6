"""Person pickers suggest everyone the vault finds for the typed text, in any script, and the
user picks one with the keyboard or the mouse."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from desktop_app.core.person_lookup import persons_named
from desktop_app.ui import person_picker
from desktop_app.ui.case_view import AddPartyDialog
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.person_picker import PersonPicker
from tests.gui.conftest import activate

PEOPLE = {
    "Ҷӯрабек Қодиров": ["Jurabek Qodirov"],
    "عبدالله محمد": ["Abdullah Muhammad"],
    "Шамсутдинов Гулнора": ["Shamsutdinova Gulnora"],
    "Gulnora Karimova": [],
}


@pytest.fixture
def case_with_people(unlocked_window: MainWindow) -> tuple[UUID, dict[str, UUID]]:
    """A case, and people named in Cyrillic, Arabic and Latin script."""
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case_id = writer.create("case", {"reference": "TJ-2021-0001", "title": "Case"}).id
        ids = {
            name: writer.create("person", {"name": name, "other_names": others}).id
            for name, others in PEOPLE.items()
        }
    return case_id, ids


def _add_party_picker(qtbot, window: MainWindow, case_id: UUID) -> PersonPicker:
    view = window.registry.open_case(case_id)
    view.add_party()
    dialog = view.findChild(AddPartyDialog)
    activate(qtbot, dialog)
    dialog.picker.name_edit.setFocus()
    return dialog.picker


def _type(widget: QWidget, text: str) -> None:
    # As a keyboard in that script sends it: qtbot.keyClicks only knows Latin-1 characters.
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def _suggested(picker: PersonPicker) -> list[str]:
    popup = picker.completer.popup()
    if not popup.isVisible():
        return []
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Jurabek", ["Ҷӯрабек Қодиров"]),
        ("Abdullah", ["عبدالله محمد"]),
        ("Gulnora", ["Gulnora Karimova", "Шамсутдинов Гулнора"]),
        ("Shamsut", ["Шамсутдинов Гулнора"]),
        ("шамсут", ["Шамсутдинов Гулнора"]),
    ],
)
def test_typed_name_suggests_people_written_in_any_script(
    qtbot, unlocked_window, case_with_people, typed: str, expected: list[str]
) -> None:
    case_id, _ = case_with_people
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    _type(picker.name_edit, typed)
    qtbot.waitUntil(lambda: _suggested(picker) == expected)
    assert picker.person_id() is None  # suggested, not yet chosen


def test_suggestion_in_another_script_is_chosen_with_the_keyboard(
    qtbot, unlocked_window, case_with_people
) -> None:
    case_id, ids = case_with_people
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    _type(picker.name_edit, "Jur")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    _type(popup, "abek")  # the open popup has the keyboard and passes typing on
    assert picker.name_edit.text() == "Jurabek"
    assert _suggested(picker) == ["Ҷӯрабек Қодиров"]
    assert not popup.currentIndex().isValid()  # Enter alone would pick nobody
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert picker.name_edit.text() == "Jurabek"  # the typed text stays while browsing
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert picker.name_edit.text() == "Ҷӯрабек Қодиров"
    assert picker.person_id() == ids["Ҷӯрабек Қодиров"]
    assert not picker.has_unmatched_text()
    dialog = picker.window()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_witness_in_another_script_is_picked_with_the_mouse(
    qtbot, unlocked_window, case_with_people
) -> None:
    case_id, ids = case_with_people
    view = unlocked_window.registry.open_case(case_id)
    view.new_testimony()
    editor = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, TestimonyEditor) and w.isVisible()
    )
    activate(qtbot, editor)
    picker = editor.witness_picker
    picker.name_edit.setFocus()
    _type(picker.name_edit, "Gulnora")
    qtbot.waitUntil(lambda: len(_suggested(picker)) == 2)
    popup = picker.completer.popup()
    row = _suggested(picker).index("Шамсутдинов Гулнора")
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.name_edit.text() == "Шамсутдинов Гулнора"
    assert picker.person_id() == ids["Шамсутдинов Гулнора"]


def test_a_picked_label_of_two_people_of_one_name_still_finds_them_when_edited(
    qtbot, unlocked_window, case_with_people
) -> None:
    case_id, ids = case_with_people
    vault = unlocked_window.vault
    with vault.transaction() as session:
        twin = vault.writer(session).create("person", {"name": "Gulnora Karimova"}).id
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    _type(picker.name_edit, "Gulnora K")
    qtbot.waitUntil(lambda: len(_suggested(picker)) == 2)
    label = f"Gulnora Karimova ({str(twin)[:6]})"
    assert label in _suggested(picker)
    picker.completer.activated[str].emit(label)
    assert picker.person_id() == twin
    # A letter typed and taken back: the label is looked up by its name, not lost.
    _type(picker.name_edit, "x")
    qtbot.keyClick(picker.name_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: label in _suggested(picker))
    assert picker.person_id() == twin
    assert ids["Gulnora Karimova"] != twin


def test_a_chosen_name_longer_than_the_box_shows_its_start(
    qtbot, unlocked_window, case_with_people
) -> None:
    case_id, _ = case_with_people
    long_name = "Yoʻldoshev Azimjon Gʻayratovich, Andijon viloyati, Qorasuv tumani"
    vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create("person", {"name": long_name})
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    picker.name_edit.setFixedWidth(160)
    _type(picker.name_edit, "Yoʻldoshev")
    qtbot.waitUntil(lambda: _suggested(picker) == [long_name])
    picker.completer.activated[str].emit(long_name)
    assert picker.name_edit.text() == long_name
    # Before: the cursor stayed at the end, and the box showed "…Qorasuv tumani".
    assert picker.name_edit.cursorPosition() == 0


def test_a_name_typed_without_the_uzbek_mark_suggests_the_person(
    qtbot, unlocked_window, case_with_people
) -> None:
    # The tester typed Otkirbek, saw no suggestion, and pressed New… to make a duplicate.
    case_id, _ = case_with_people
    vault = unlocked_window.vault
    with vault.transaction() as session:
        otkirbek = vault.writer(session).create("person", {"name": "Oʻtkirbek Gʻulomov"}).id
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    _type(picker.name_edit, "Otkirbek")
    qtbot.waitUntil(lambda: _suggested(picker) == ["Oʻtkirbek Gʻulomov"])
    popup = picker.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.name_edit.text() == "Oʻtkirbek Gʻulomov"
    assert picker.person_id() == otkirbek
    assert not picker.has_unmatched_text()


def test_one_letter_suggests_nobody_and_a_name_is_looked_up_once_typing_pauses(
    qtbot, unlocked_window, case_with_people, monkeypatch
) -> None:
    # One letter begins thousands of names in a large vault: its lookup froze the window
    # (K: 0.3 s on 20,000 people); and each key of a fast typist waited for a lookup.
    looked_up = []

    def counting_persons_named(session, text, limit):
        looked_up.append(text)
        return persons_named(session, text, limit)

    monkeypatch.setattr(person_picker, "persons_named", counting_persons_named)
    case_id, ids = case_with_people
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    _type(picker.name_edit, "G")
    qtbot.wait(300)  # twice the pause a lookup waits for
    assert looked_up == []
    assert _suggested(picker) == []
    _type(picker.name_edit, "ulnora")
    assert looked_up == []
    qtbot.waitUntil(lambda: len(_suggested(picker)) == 2)
    assert looked_up == ["Gulnora"]
    # Read at once (Save pressed before the pause), the typed name is looked up then.
    _type(picker.name_edit, " Karimova")
    assert picker.person_id() == ids["Gulnora Karimova"]


def test_people_of_one_name_are_told_apart_by_what_a_user_knows_of_them(
    qtbot, unlocked_window, case_with_people
) -> None:
    # Before, only by the first six hex digits of their ids. A protected witness's label
    # still shows nothing more than that: their birth year and other names stay in the record.
    case_id, _ = case_with_people
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        born = {"name": "Gulnora Karimova", "birth_date": "1985-03-02"}
        elder = writer.create("person", {**born, "other_names": ["Гулнора Каримова"]}).id
        writer.create("testimony", {"case": str(case_id), "witness": str(elder)})
        protected = writer.create(
            "person", {**born, "protected": True, "pseudonym": "Witness G"}
        ).id
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    _type(picker.name_edit, "Gulnora K")
    qtbot.waitUntil(lambda: len(_suggested(picker)) == 3)
    assert set(_suggested(picker)) == {
        "Gulnora Karimova (0 testimonies)",
        "Gulnora Karimova (born 1985, Гулнора Каримова, 1 testimony)",
        f"Gulnora Karimova ({str(protected)[:6]})",
    }
    label = "Gulnora Karimova (born 1985, Гулнора Каримова, 1 testimony)"
    picker.completer.activated[str].emit(label)
    assert picker.person_id() == elder
    _type(picker.name_edit, "x")  # edited and taken back: still that person
    qtbot.keyClick(picker.name_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: label in _suggested(picker))
    assert picker.person_id() == elder
