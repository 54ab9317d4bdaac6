"""The case form said in red "No country is called “Uzbek”…" while "Uzbek" was being typed, with
"Uzbekistan (UZ)" offered right below it: a refusal of a half-typed word. It is said once the
field is left (or Save is pressed) with a value that names no country; Save stays disabled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.vault import Vault
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.i18n import install_translators
from tests.gui.conftest import activate

REFUSAL = "No country is called “Uzbek”: type its name or its two-letter code."


def _form_typing_uzbek(qtbot, tmp_vault: Vault) -> CaseForm:
    install_translators("en")
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    qtbot.keyClicks(form.reference_edit, "UZ-1")
    qtbot.keyClicks(form.title_edit, "Detention")
    form.country_edit.setFocus()  # as a click in it would: leaving it is what is tested
    qtbot.keyClicks(form.country_edit, "Uzbek")
    qtbot.waitUntil(form.country_edit.completer().popup().isVisible)
    return form


def test_a_half_typed_country_is_offered_not_refused(qtbot, tmp_vault: Vault) -> None:
    form = _form_typing_uzbek(qtbot, tmp_vault)
    assert form.country_edit.offers_for("Uzbek") == ["Uzbekistan (UZ)"]
    assert REFUSAL not in form.error_label.text()
    assert not form.error_label.isVisible()
    assert not form.save_button.isEnabled()  # still no country to save


def test_leaving_a_half_typed_country_refuses_it(qtbot, tmp_vault: Vault) -> None:
    form = _form_typing_uzbek(qtbot, tmp_vault)
    popup = form.country_edit.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # the offer closed, the word kept
    assert REFUSAL not in form.error_label.text()
    qtbot.keyClick(form.country_edit, Qt.Key.Key_Tab)
    assert form.country_edit.text() == "Uzbek"
    assert form.error_label.isVisible()
    assert REFUSAL in form.error_label.text()
    assert not form.save_button.isEnabled()


def test_save_pressed_while_typing_refuses_the_country_and_saves_nothing(
    qtbot, tmp_vault: Vault
) -> None:
    form = _form_typing_uzbek(qtbot, tmp_vault)
    qtbot.keyClick(form.country_edit.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(form.country_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert REFUSAL in form.error_label.text()
    assert form.isVisible() and form.record_id is None


def test_typing_on_after_the_refusal_hides_it_until_left_again(qtbot, tmp_vault: Vault) -> None:
    form = _form_typing_uzbek(qtbot, tmp_vault)
    qtbot.keyClick(form.country_edit.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(form.country_edit, Qt.Key.Key_Tab)
    assert REFUSAL in form.error_label.text()
    form.country_edit.setFocus()
    qtbot.keyClicks(form.country_edit, "i")  # "Uzbeki", still the start of Uzbekistan
    assert "No country is called" not in form.error_label.text()
    qtbot.keyClicks(form.country_edit.completer().popup(), "stan")
    assert form.content()["country"] == "UZ"
    assert form.save_button.isEnabled()
