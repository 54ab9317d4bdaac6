"""The case form says what is wrong with a reference as it is typed or pasted, as it does for
the other one-line fields: too long for the vault's column, or holding a line break, an invisible
or a direction character, in the user's language, at the field, with Save disabled. Before, such
a reference was refused only at Save, in core's English ("Some input is not valid: case …:
reference: must be at most 64 characters"). A reference another case has is said at Save, in the
user's language too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid
from sqlalchemy import func, select

from db.models import Case
from desktop_app.core.vault import Vault
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.i18n import install_translators
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, vault: Vault, title: str) -> CaseForm:
    form = CaseForm(vault)
    form.show()
    activate(qtbot, form)
    qtbot.keyClicks(form.title_edit, title)
    form.reference_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.reference_edit)
    return form


@pytest.fixture
def form(qtbot, tmp_vault: Vault) -> Iterator[CaseForm]:
    form = _open(qtbot, tmp_vault, "Detention in Osh")
    yield form
    if isValid(form):  # a saved form has closed itself
        form.close()


def _paste(qtbot, field: QLineEdit, text: str) -> None:
    """Paste text over the field's text with Ctrl+A, Ctrl+V, as a user does."""
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)


def _cases(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(Case))


def test_a_reference_too_long_is_said_as_it_is_typed(qtbot, form: CaseForm, tmp_vault: Vault):
    qtbot.keyClicks(form.reference_edit, "KG-2010-" + "0" * 56)  # 64: the most there is room for
    assert form.error_label.text() == "" and form.save_button.isEnabled()
    qtbot.keyClicks(form.reference_edit, "7")
    sentence = "Reference: too long (65 characters; at most 64)."
    assert form.error_label.text().splitlines() == [sentence]
    assert not form.save_button.isEnabled()
    assert form.reference_edit.accessibleDescription() == sentence  # read at the field
    assert form.reference_edit.palette().base() != form.palette().base()  # tinted
    qtbot.keyClick(form.reference_edit, Qt.Key.Key_Backspace)
    assert form.error_label.text() == "" and form.save_button.isEnabled()
    assert form.reference_edit.accessibleDescription() == ""
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert _cases(tmp_vault) == 1


@pytest.mark.parametrize(
    ("pasted", "said"),
    [
        ("KG-2010-\u202e7000", "Reference: holds a text direction control (U+202E)"),
        ("KG-2010\u200b-0007", "Reference: holds an invisible character (U+200B)"),
        ("KG-2010-0007\x07", "Reference: holds a control character (U+0007)"),
        ("KG-2010\u2028-0007", "Reference: holds a control character (U+2028)"),
    ],
)
def test_a_character_a_reference_cannot_hold_is_said_at_once(
    qtbot, form: CaseForm, tmp_vault: Vault, pasted: str, said: str
):
    _paste(qtbot, form.reference_edit, pasted)
    assert said in form.error_label.text()
    assert not form.save_button.isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)  # nothing is saved, nothing else is said
    assert _cases(tmp_vault) == 0
    assert "not valid" not in form.error_label.text()


def test_a_pasted_line_break_is_saved_as_the_space_it_showed(
    qtbot, form: CaseForm, tmp_vault: Vault
):
    _paste(qtbot, form.reference_edit, "KG-2010\n0007\n")
    assert form.error_label.text() == "" and form.save_button.isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    with tmp_vault.read() as session:
        assert session.scalars(select(Case.reference)).all() == ["KG-2010 0007"]


def test_the_reference_problems_are_in_russian(qtbot, tmp_vault: Vault):
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "KG-2010-0007", "title": "A"})
    install_translators("ru")
    form = _open(qtbot, tmp_vault, "Osh")
    qtbot.addWidget(form)
    qtbot.keyClicks(form.reference_edit, "K" * 70)
    too_long = "Номер: слишком длинно (символов: 70; не больше 64)."
    assert form.error_label.text().splitlines() == [too_long]
    # Taken by another case (in another letter case): said at Save, in Russian as well.
    _paste(qtbot, form.reference_edit, "kg-2010-0007")
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert form.error_label.text() == "Номер KG-2010-0007 уже есть у другого дела."
    assert _cases(tmp_vault) == 1
