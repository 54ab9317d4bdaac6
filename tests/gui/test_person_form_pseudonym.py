"""The person form refuses a protected person's pseudonym that holds their name, naming the
field in the user's language, as the dossier would print a letter in its place."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from sqlalchemy import func, select

from db.models import Person
from desktop_app.core.vault import Vault
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.i18n import install_translators
from tests.gui.conftest import activate


def _count(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _protected_form(qtbot, vault: Vault, pseudonym: str) -> PersonForm:
    form = PersonForm(vault)
    qtbot.addWidget(form)
    form.show()
    form.name_edit.setText("Гулчеҳра Ҳамроқулова")  # QTest cannot type Cyrillic
    form.protected_check.setChecked(True)
    qtbot.keyClicks(form.pseudonym_edit, pseudonym)
    return form


def _save(qtbot, form: PersonForm) -> None:
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_pseudonym_holding_her_given_name_is_refused_and_nothing_is_saved(
    qtbot, tmp_vault: Vault
) -> None:
    # Before: saved without a word, and the dossier printed "Witness A" instead.
    form = _protected_form(qtbot, tmp_vault, "Gulchehra H.")
    _save(qtbot, form)
    assert form.isVisible()
    assert form.error_label.isVisible()
    assert form.error_label.text() == (
        "Pseudonym: holds a word of the person's name (Gulchehra), which reports must not "
        "show; choose another, e.g. Witness A."
    )
    assert not form.save_button.isEnabled()
    assert _count(tmp_vault) == 0


def test_initials_that_spell_her_name_are_refused(qtbot, tmp_vault: Vault) -> None:
    form = _protected_form(qtbot, tmp_vault, "G. H.")
    assert form.error_label.text() == (
        "Pseudonym: spells the person's initials (G. H.), which reports must not show; "
        "choose another, e.g. Witness A."
    )
    assert not form.save_button.isEnabled()


def test_an_other_name_added_later_is_checked_too(qtbot, tmp_vault: Vault) -> None:
    form = _protected_form(qtbot, tmp_vault, "Hamroqul")
    assert "holds a word of the person's name (Hamroqul)" in form.error_label.text()
    form.pseudonym_edit.setText("Witness A")
    assert form.error_label.text() == ""
    qtbot.keyClicks(form.other_names_edit, "Witness")
    assert "holds a word of the person's name (Witness)" in form.error_label.text()


def test_a_pseudonym_free_of_her_names_is_saved(qtbot, tmp_vault: Vault) -> None:
    form = _protected_form(qtbot, tmp_vault, "Witness A")
    assert form.error_label.text() == ""
    _save(qtbot, form)
    assert not form.isVisible()
    with tmp_vault.read() as session:
        person = session.scalars(select(Person)).one()
        assert (person.is_protected, person.pseudonym) == (True, "Witness A")


def test_an_unprotected_person_is_not_checked(qtbot, tmp_vault: Vault) -> None:
    form = _protected_form(qtbot, tmp_vault, "Gulchehra H.")
    form.protected_check.setChecked(False)
    assert form.error_label.text() == ""
    assert form.save_button.isEnabled()


def test_a_stored_pseudonym_holding_the_name_is_shown_when_the_record_opens(
    qtbot, tmp_vault: Vault
) -> None:
    # A JSON import or a bundle may have stored it (neither refuses it); the form says so.
    with tmp_vault.transaction() as session:
        person_id: UUID = (
            tmp_vault.writer(session)
            .create(
                "person",
                {"name": "Гулчеҳра Ҳамроқулова", "protected": True, "pseudonym": "Gulchehra H."},
            )
            .id
        )
    form = PersonForm(tmp_vault, person_id)
    qtbot.addWidget(form)
    form.show()
    assert "holds a word of the person's name (Gulchehra)" in form.error_label.text()


class _Pirate(QTranslator):
    """Stands in for a translation of the form's sentence (the lead's .ts comes later)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "PersonForm" and source.startswith("Pseudonym: holds a word"):
            return "Pseudonym be givin' her away (%1), arr!"
        return None  # not "": an empty text is a translation, and would blank every label


def test_the_problem_is_worded_in_the_interface_language(qtbot, tmp_vault: Vault) -> None:
    pirate = _Pirate()
    QCoreApplication.installTranslator(pirate)
    try:
        form = _protected_form(qtbot, tmp_vault, "Gulchehra H.")
        assert form.error_label.text() == "Pseudonym be givin' her away (Gulchehra), arr!"
    finally:
        QCoreApplication.removeTranslator(pirate)
        install_translators("en")
