"""Paths a keyboard-only user takes: a testimony's text tabs by their keys (the cursor goes into
the tab), a new person made from a picker (typing goes on after her name; once saved, Enter
adds her), and a new vault asked for from the unlock dialog (a free folder is offered, and a
folder holding a vault is refused before any passphrase is typed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.add_party_dialog import AddPartyDialog
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import activate

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NARRATIVE = "They came at night."


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = _focused()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


def _type(text: str) -> None:
    for char in text:
        widget = _focused()
        assert widget is not None
        QTest.keyClick(widget, char)


def _shown(qtbot, widget: QWidget) -> None:
    qtbot.waitExposed(widget)
    activate(qtbot, widget)


def _case(vault: Vault) -> str:
    with vault.transaction() as session:
        return str(
            vault.writer(session)
            .create("case", {"reference": "UZ-2005-0513", "title": "Andijan"})
            .id
        )


@pytest.fixture
def editor(qtbot, unlocked_window: MainWindow) -> TestimonyEditor:
    """A new testimony with some narrative, the cursor in its witness field."""
    case = _case(unlocked_window.vault)
    form = unlocked_window.registry.open_form("testimony", initial={"case": case})
    assert isinstance(form, TestimonyEditor)
    form.narrative_edit.setPlainText(NARRATIVE)
    _shown(qtbot, form)
    qtbot.waitUntil(lambda: _focused() is form.witness_picker.name_edit)
    return form


def _in_narrative_at_end(editor: TestimonyEditor) -> bool:
    return (
        _focused() is editor.narrative_edit
        and editor.narrative_edit.textCursor().position() == len(NARRATIVE)
    )


@pytest.mark.parametrize(
    ("language", "narrative_key"), [("en", Qt.Key.Key_N), ("uz", Qt.Key.Key_Y)]
)
def test_the_narrative_tab_key_puts_the_cursor_at_the_end_of_the_narrative(
    qtbot, unlocked_window: MainWindow, language: str, narrative_key: Qt.Key
):
    install_translators(language)  # "&Narrative", "Ba&yon"
    case = _case(unlocked_window.vault)
    form = unlocked_window.registry.open_form("testimony", initial={"case": case})
    assert isinstance(form, TestimonyEditor)
    form.narrative_edit.setPlainText(NARRATIVE)
    _shown(qtbot, form)
    qtbot.waitUntil(lambda: _focused() is form.witness_picker.name_edit)
    # The narrative tab is the one shown: before, its key did nothing at all.
    _press(narrative_key, ALT)
    assert _in_narrative_at_end(form)
    _type(" Then")
    assert form.narrative_edit.toPlainText() == NARRATIVE + " Then"


def test_the_translations_tab_key_puts_the_cursor_in_the_translations(
    editor: TestimonyEditor,
):
    _press(Qt.Key.Key_R, ALT)
    assert editor.text_tabs.currentWidget().isAncestorOf(editor.translations_table)
    assert _focused() is editor.translations_table
    _press(Qt.Key.Key_N, ALT)
    assert _in_narrative_at_end(editor)


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_PageDown, CTRL)],
)
def test_ctrl_tab_and_ctrl_pgdown_on_the_tabs_go_into_the_tab_shown(
    editor: TestimonyEditor, key: Qt.Key, modifier: Qt.KeyboardModifier
):
    editor.text_tabs.tabBar().setFocus()
    _press(key, modifier)
    assert _focused() is editor.translations_table
    editor.text_tabs.tabBar().setFocus()
    _press(key, modifier)  # round to the first tab
    assert _in_narrative_at_end(editor)


def test_arrow_keys_on_the_tab_bar_keep_the_focus_there(editor: TestimonyEditor):
    editor.text_tabs.tabBar().setFocus()
    _press(Qt.Key.Key_Right)
    assert editor.text_tabs.currentIndex() == 1
    assert _focused() is editor.text_tabs.tabBar()


def _new_person_form(qtbot) -> PersonForm:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PersonForm))
    form = QApplication.activeWindow()
    assert isinstance(form, PersonForm)
    return form


@pytest.fixture
def add_party(qtbot, unlocked_window: MainWindow) -> AddPartyDialog:
    case = _case(unlocked_window.vault)
    dialog = AddPartyDialog(unlocked_window.registry, case, unlocked_window)  # type: ignore[arg-type]
    dialog.show()
    _shown(qtbot, dialog)
    qtbot.waitUntil(lambda: _focused() is dialog.picker.name_edit)
    return dialog


def test_new_in_add_a_person_has_an_alt_key(qtbot, add_party: AddPartyDialog):
    _type("Zarina")
    _press(Qt.Key.Key_N, ALT)
    form = _new_person_form(qtbot)
    assert form.name_edit.text() == "Zarina"
    form.reject()


def test_typing_goes_on_after_the_name_given_to_a_new_person(qtbot, add_party: AddPartyDialog):
    _type("Zarina")
    add_party.picker.new_button.setFocus()
    _press(Qt.Key.Key_Space)
    form = _new_person_form(qtbot)
    assert _focused() is form.name_edit
    _type(" Yusupova")  # before: "Yusupova Zarina" (typed in front of the name)
    assert form.name_edit.text() == "Zarina Yusupova"
    form.reject()


def test_enter_adds_a_new_person_once_saved(
    qtbot, add_party: AddPartyDialog, unlocked_window: MainWindow
):
    _type("Zarina")
    add_party.picker.new_button.setFocus()
    _press(Qt.Key.Key_Space)
    _new_person_form(qtbot)
    _press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is add_party)
    # Before: the focus came back to New…, and Enter opened a second new-person form.
    assert _focused() is add_party.add_button
    with qtbot.waitSignal(unlocked_window.registry.record_saved) as saved:
        _press(Qt.Key.Key_Return)
    kind, party_id = saved.args
    assert kind == "case_party"
    with unlocked_window.vault.read() as session:
        party = get_record(session, "case_party", party_id)
        assert get_record(session, "person", party.person_id).name == "Zarina"
    assert not add_party.isVisible()


def test_a_witness_made_with_new_is_chosen_and_the_focus_moves_on(qtbot, editor: TestimonyEditor):
    _type("Dilnoza")
    editor.witness_picker.new_button.setFocus()
    _press(Qt.Key.Key_Space)
    form = _new_person_form(qtbot)
    _type(" Sharipova")
    assert form.name_edit.text() == "Dilnoza Sharipova"
    _press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert editor.witness_picker.name_edit.text() == "Dilnoza Sharipova"
    assert editor.witness_picker.person_id() is not None
    assert _focused() is editor.interviewer_edit


def test_new_vault_from_the_unlock_dialog_offers_a_free_folder(
    qtbot, window: MainWindow, tmp_vault: Vault, vault_dir: Path
):
    tmp_vault.lock()
    dialog = window.entry.show_unlock()
    dialog.new_button.click()
    wizard = window.entry.wizard
    assert wizard is not None
    page = wizard.passphrase_page
    # Before: the folder of the vault being unlocked, refused only once Create was pressed.
    assert page.folder_edit.text() == str(vault_dir.with_name(f"{vault_dir.name} 2"))
    assert page.message_label.text() == ""
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    assert page.isComplete()


def test_a_folder_holding_a_vault_is_told_before_any_passphrase(
    qtbot, window: MainWindow, tmp_vault: Vault, vault_dir: Path
):
    tmp_vault.lock()
    wizard = window.show_create(vault_dir.with_name("elsewhere"))
    page = wizard.passphrase_page
    page.folder_edit.setFocus()
    page.folder_edit.selectAll()
    qtbot.keyClicks(page.folder_edit, str(vault_dir))
    assert page.message_label.text() == "This folder already holds a vault (or the remains of one)."
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    assert not page.isComplete()
    assert page.message_label.text() == "This folder already holds a vault (or the remains of one)."
