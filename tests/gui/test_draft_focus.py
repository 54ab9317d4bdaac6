"""A restored draft opens where the user was typing when it was kept: in that field, with the
cursor where it was, whether the draft was autosaved or sealed by a lock the disk refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core import drafts
from desktop_app.core.vault import unlock
from desktop_app.ui.drafts_dialog import DraftsDialog
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.main_window import MainWindow
from tests.conftest import CANARY, PASSPHRASE


def _shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _restore_all(window: MainWindow) -> RecordForm:
    dialog = window.offer_drafts(only_if_any=True)
    assert isinstance(dialog, DraftsDialog)
    dialog.restore_button.click()
    [form] = _shown(RecordForm)
    assert isinstance(form, RecordForm)
    return form


def test_a_restored_draft_continues_in_the_field_and_at_the_place_typed_last(
    qtbot, unlocked_window: MainWindow
) -> None:
    form = unlocked_window.registry.open_form("case")
    qtbot.keyClicks(form.reference_edit, "AND-2026-0016")
    qtbot.keyClicks(form.title_edit, "Searches in Andijan")
    form.summary_edit.setFocus()  # the third field
    qtbot.keyClicks(form.summary_edit, "Held for two days")
    for _ in range(len(" days")):
        qtbot.keyClick(form.summary_edit, Qt.Key.Key_Left)
    form.autosave()  # the autosave timer's tick
    form._closing_silently = True  # as on a crash: the window goes, the draft stays
    form.close()

    restored = _restore_all(unlocked_window)
    assert isinstance(restored, CaseForm)
    # Before: the focus was in the reference, at its end.
    assert restored.focusWidget() is restored.summary_edit
    assert restored.summary_edit.textCursor().position() == len("Held for two")
    qtbot.keyClicks(restored.summary_edit, " or three")
    assert restored.summary_edit.toPlainText() == "Held for two or three days"


def test_a_draft_sealed_at_a_lock_keeps_its_place_too(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    window = unlocked_window
    vault = window.vault
    form = window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva " + CANARY)
    form.nationality_edit.setFocus()
    qtbot.keyClicks(form.nationality_edit, "Uzbek")
    qtbot.keyClick(form.nationality_edit, Qt.Key.Key_Home)
    other = vault.engine.raw_connection()  # another program, in the middle of a long write
    other.driver_connection.execute("BEGIN IMMEDIATE")
    try:
        window.lock()  # the draft cannot be written: it is sealed in memory
        assert len(window.interrupted.sealed_drafts) == 1
    finally:
        other.driver_connection.execute("ROLLBACK")
        other.close()
    assert all(CANARY not in repr(draft) for draft in window.interrupted.sealed_drafts)
    with qtbot.waitSignal(window.unlocked):
        window.attach(unlock(vault.path, PASSPHRASE))
    [dialog] = _shown(DraftsDialog)
    assert isinstance(dialog, DraftsDialog)
    dialog.restore_button.click()

    [restored] = _shown(PersonForm)
    assert isinstance(restored, PersonForm)
    assert restored.focusWidget() is restored.nationality_edit
    assert restored.nationality_edit.cursorPosition() == 0
    assert restored.name_edit.text() == "Dilorom Yuldasheva " + CANARY


def test_where_the_user_typed_is_kept_beside_the_content_not_in_it(
    qtbot, unlocked_window: MainWindow
) -> None:
    form = unlocked_window.registry.open_form("person")
    qtbot.keyClicks(form.name_edit, "Dilorom")
    form.autosave()
    assert form.draft_id is not None
    with unlocked_window.vault.read() as session:
        assert drafts.load_draft(session, form.draft_id)["name"] == "Dilorom"
        assert "_focus" not in drafts.load_draft(session, form.draft_id)
        focus = drafts.load_draft_focus(session, form.draft_id)
    assert focus == drafts.DraftFocus("name_edit", len("Dilorom"))
