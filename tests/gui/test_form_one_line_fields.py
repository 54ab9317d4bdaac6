"""The forms refuse in a name, a title or a place what the JSON import refuses there, in the
user's language, and keep a paste from a web page as the line edit showed it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from db import models
from db.models import Case, Person
from desktop_app.core import interchange
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.forms.event_form import EventForm
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.i18n import install_translators
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import activate

MODELS = {"case": Case, "person": Person, "testimony": models.Testimony, "event": models.Event}


def _count(vault: Vault, kind: str) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(MODELS[kind])) or 0


def _case_id(vault: Vault) -> str:
    with vault.transaction() as session:
        return str(vault.writer(session).create("case", {"reference": "UZ-1", "title": "T"}).id)


def _new_case(vault: Vault) -> RecordForm:
    form = CaseForm(vault)
    form.reference_edit.setText("UZ-2")
    form.title_edit.setText("Detention")
    return form


def _new_person(vault: Vault) -> RecordForm:
    form = PersonForm(vault)
    form.name_edit.setText("Azimjan Askarov")
    form.protected_check.setChecked(True)
    form.pseudonym_edit.setText("Witness A")
    return form


def _new_testimony(vault: Vault) -> RecordForm:
    return TestimonyEditor(vault, initial={"case": _case_id(vault)})


def _new_event(vault: Vault) -> RecordForm:
    form = EventForm(vault, initial={"case": _case_id(vault)})
    form.act_combo.set_value("arbitrary_detention")
    return form


def _paste(qtbot, field: QWidget, text: str) -> None:
    """Select the field's text and paste text over it with Ctrl+V, as a user does."""
    QGuiApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _save(qtbot, form: RecordForm) -> None:
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(
    ("kind", "make", "field", "pasted", "message"),
    [
        (
            "case",
            _new_case,
            "title_edit",
            "Detention\x07",
            "Title: holds a control character (U+0007), which cannot be saved",
        ),
        (
            "case",
            _new_case,
            "place_edit",
            "Osh\u202e",
            "Place: holds a text direction control (U+202E), which would show the text reversed",
        ),
        (
            "person",
            _new_person,
            "name_edit",
            "Azim\u200bjan",
            "Name: holds an invisible character (U+200B) between its letters",
        ),
        (
            "person",
            _new_person,
            "other_names_edit",
            "Azimzhan\nAsk\x1b[31marov",
            "Other names: holds a control character (U+001B)",
        ),
        (
            "person",
            _new_person,
            "other_names_edit",
            "Azimzhan\n" + "A" * 32_768,
            "Other names: too long (",
        ),
        (
            "person",
            _new_person,
            "pseudonym_edit",
            "Witness\u2066 A",
            "Pseudonym: holds a text direction control (U+2066)",
        ),
        (
            "testimony",
            _new_testimony,
            "place_edit",
            "O\x7fsh",
            "Place: holds a control character (U+007F)",
        ),
        (
            "event",
            _new_event,
            "place_edit",
            "\u202dOsh",
            "Place: holds a text direction control (U+202D)",
        ),
    ],
)
def test_a_pasted_control_character_is_named_and_nothing_is_saved(
    qtbot,
    tmp_vault: Vault,
    kind: str,
    make: Callable[[Vault], RecordForm],
    field: str,
    pasted: str,
    message: str,
) -> None:
    # Before: saved, shown reversed or garbled in every list, and the vault's JSON export
    # refused by the import.
    form = make(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    assert form.error_label.text() == ""
    before = _count(tmp_vault, kind)
    _paste(qtbot, getattr(form, field), pasted)
    _save(qtbot, form)
    assert form.isVisible()
    assert message in form.error_label.text()
    assert form.error_label.isVisible()
    assert not form.save_button.isEnabled()
    assert _count(tmp_vault, kind) == before


def test_a_name_pasted_from_a_web_page_is_saved_as_the_line_edit_showed_it(
    qtbot, tmp_vault: Vault
) -> None:
    form = PersonForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    _paste(qtbot, form.name_edit, "\u200bAzimjan\nAskarov\ufeff")
    # Qt keeps a pasted line break in a QLineEdit (and shows it as a space), and the
    # zero-width space and byte order mark the user cannot see.
    assert form.name_edit.text() == "\u200bAzimjan\nAskarov\ufeff"
    assert form.name_edit.displayText() == "\u200bAzimjan Askarov\ufeff"
    _paste(qtbot, form.other_names_edit, "\u200bAzimzhan\tAskarov\n\ufeff\nAskarov A.")
    assert form.error_label.text() == ""
    _save(qtbot, form)
    assert not form.isVisible()
    with tmp_vault.read() as session:
        person = session.scalars(select(Person)).one()
        assert (person.name, person.other_names) == (
            "Azimjan Askarov",
            ["Azimzhan Askarov", "Askarov A."],
        )


def test_a_name_the_record_already_holds_does_not_stop_saving_another_field(
    qtbot, tmp_vault: Vault
) -> None:
    # A bundle or an older version stored it; the import lets such a value through too.
    with tmp_vault.transaction() as session:
        person_id = tmp_vault.writer(session).create("person", {"name": "Bob\u202eby\u200b"}).id
    form = PersonForm(tmp_vault, person_id)
    qtbot.addWidget(form)
    form.show()
    assert form.error_label.text() == ""
    assert not form.is_dirty()
    qtbot.keyClicks(form.notes_edit, "Met in Osh.")
    _save(qtbot, form)
    assert not form.isVisible()
    with tmp_vault.read() as session:
        person = session.get_one(Person, person_id)
        assert (person.name, person.notes) == ("Bob\u202eby\u200b", "Met in Osh.")


class _Pirate(QTranslator):
    """Stands in for a translation of the form's sentences (the lead's .ts comes later)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "OneLineFields" and source.startswith("%1: holds a text direction"):
            return "%1 — arr, %2 be turnin' yer letters about!"
        return None  # not "": an empty text is a translation, and would blank every label


def test_the_problem_is_worded_in_the_interface_language(qtbot, tmp_vault: Vault) -> None:
    install_translators("ru")
    pirate = _Pirate()
    QCoreApplication.installTranslator(pirate)
    try:
        form = PersonForm(tmp_vault)
        qtbot.addWidget(form)
        form.show()
        _paste(qtbot, form.name_edit, "Ali\u202eX")
        assert "Имя — arr, U+202E be turnin' yer letters about!" in form.error_label.text()
    finally:
        QCoreApplication.removeTranslator(pirate)


def test_what_a_form_saved_exports_and_imports_into_another_vault(
    qtbot, tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before: the pasted line break, tab and invisible ends were stored, and the import into
    # a colleague's vault refused the export ("holds the control character U+000A").
    case = CaseForm(tmp_vault)
    qtbot.addWidget(case)
    case.show()
    qtbot.keyClicks(case.reference_edit, "UZ-1")
    _paste(qtbot, case.title_edit, "Detention\tin Andijan\u200b")
    _paste(qtbot, case.place_edit, "\ufeffAndijan,\nBobur square")
    _save(qtbot, case)
    assert not case.isVisible()
    person = PersonForm(tmp_vault)
    qtbot.addWidget(person)
    person.show()
    _paste(qtbot, person.name_edit, "Azimjan\r\nAskarov\u2060")
    _save(qtbot, person)
    assert not person.isVisible()
    with tmp_vault.read() as session:
        exported = interchange.dump_document(interchange.export_document(session))
    other = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF).vault
    try:
        with other.transaction() as session:
            document = interchange.parse_document(exported)
            interchange.import_document(other.writer(session), document)
        with other.read() as session:
            assert session.scalars(select(Case.title)).one() == "Detention in Andijan"
            assert session.scalars(select(Case.place)).one() == "Andijan, Bobur square"
            assert session.scalars(select(Person.name)).one() == "Azimjan  Askarov"
    finally:
        other.lock()
