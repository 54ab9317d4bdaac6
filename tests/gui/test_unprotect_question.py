"""Lifting a person's protection in the form is asked first: from then on dossiers print the
name instead of the pseudonym, and colleagues receive the change."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.content import to_content
from desktop_app.core.records import get_record


def _protected_witness(vault) -> object:
    with vault.transaction() as session:
        writer = vault.writer(session)
        content = {"name": "Dilnoza Rahimova", "protected": True, "pseudonym": "Guvoh A"}
        return writer.create("person", content).id


def _protected_now(vault, person_id) -> bool:
    with vault.read() as session:
        return to_content(get_record(session, "person", person_id))["protected"]


def test_no_keeps_the_protection_and_the_form_open(qtbot, unlocked_window, messages) -> None:
    vault = unlocked_window.vault
    person_id = _protected_witness(vault)
    form = unlocked_window.registry.open_form("person", person_id)
    qtbot.waitExposed(form)
    form.protected_check.setChecked(False)
    messages.answer = QMessageBox.StandardButton.No
    form.save()
    # Before: saved at once, without a word.
    assert [kind for kind, _ in messages.shown] == ["warning"]
    assert "protection" in messages.texts()[0]
    assert _protected_now(vault, person_id) is True
    assert form.isVisible()


def test_yes_lifts_it(qtbot, unlocked_window, messages) -> None:
    vault = unlocked_window.vault
    person_id = _protected_witness(vault)
    form = unlocked_window.registry.open_form("person", person_id)
    qtbot.waitExposed(form)
    form.protected_check.setChecked(False)
    form.save()
    assert _protected_now(vault, person_id) is False


def test_other_edits_of_a_protected_person_ask_nothing(qtbot, unlocked_window, messages) -> None:
    vault = unlocked_window.vault
    person_id = _protected_witness(vault)
    form = unlocked_window.registry.open_form("person", person_id)
    qtbot.waitExposed(form)
    form.notes_edit.setPlainText("Moved to Namangan.")
    form.save()
    assert messages.shown == []
    assert _protected_now(vault, person_id) is True
