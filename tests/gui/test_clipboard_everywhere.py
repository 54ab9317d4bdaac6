"""Whatever a Sandiq widget copies (text fields, the narrative, selectable labels) is concealed
from clipboard managers, cleared after a while and on lock, and never wipes another program's
copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.ui import clipboard as clipboard_module
from desktop_app.ui.clipboard import _CONCEALED_HINTS
from tests.conftest import CANARY
from tests.gui.conftest import activate


def _is_concealed() -> bool:
    mime = QGuiApplication.clipboard().mimeData()
    return all(mime.data(kind).data() == value for kind, value in _CONCEALED_HINTS.items())


def _narrative_with_canary(qtbot, window) -> QPlainTextEdit:
    editor = window.registry.open_form("testimony")
    qtbot.keyClicks(editor.narrative_edit, "He was taken from the market ")
    editor.narrative_edit.insertPlainText(CANARY)  # QTest types ASCII only
    editor.narrative_edit.selectAll()
    return editor.narrative_edit


def test_narrative_copied_by_the_copy_slot_is_concealed_and_cleared_after_a_while(
    qtbot, unlocked_window
):
    unlocked_window.clipboard.timer.setInterval(20)  # instead of 30 seconds
    narrative = _narrative_with_canary(qtbot, unlocked_window)
    narrative.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "He was taken from the market " + CANARY
    assert _is_concealed()
    qtbot.waitUntil(lambda: clipboard.text() == "")


def test_narrative_copied_with_ctrl_c_is_concealed_and_cleared_on_lock(qtbot, unlocked_window):
    narrative = _narrative_with_canary(qtbot, unlocked_window)
    activate(qtbot, narrative)
    narrative.setFocus()
    qtbot.keyClick(narrative, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert CANARY in clipboard.text()
    assert _is_concealed()
    assert unlocked_window.clipboard.timer.isActive()
    unlocked_window.lock()
    assert clipboard.text() == ""


def test_context_menu_copy_in_a_line_edit_is_concealed_and_cleared_after_a_while(
    qtbot, unlocked_window
):
    form = unlocked_window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva")
    form.name_edit.selectAll()
    menu = form.name_edit.createStandardContextMenu()
    (copy_action,) = (a for a in menu.actions() if a.objectName() == "edit-copy")
    copy_action.trigger()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Dilorom Yuldasheva"
    assert _is_concealed()
    unlocked_window.clipboard.timer.timeout.emit()  # the 30 seconds are up
    assert clipboard.text() == ""


def test_text_selected_in_the_case_summary_and_copied_is_concealed_and_cleared_on_lock(
    qtbot, unlocked_window
):
    window = unlocked_window
    with window.vault.transaction() as session:
        case = window.vault.writer(session).create(
            "case",
            {"reference": "KG-2010-0007", "title": "Detention", "summary": f"Held {CANARY}"},
        )
    view = window.registry.open_case(case.id)
    label = view.summary_label
    qtbot.waitUntil(lambda: CANARY in label.text())
    label.setSelection(0, len(label.text()))
    activate(qtbot, label)
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == f"Held {CANARY}"
    assert _is_concealed()
    window.lock()
    assert clipboard.text() == ""


def test_another_programs_copy_after_ours_is_never_touched(qtbot, unlocked_window, monkeypatch):
    narrative = _narrative_with_canary(qtbot, unlocked_window)
    narrative.copy()
    assert _is_concealed()
    # Offscreen, the clipboard lives in this process: no other program can own it. Stand in for
    # one by answering "not ours", as QClipboard.ownsClipboard() does on X11, Wayland, Windows.
    monkeypatch.setattr(clipboard_module, "holds_sandiq_data", lambda *_mode: False)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("the user's own text")
    assert not _is_concealed()
    unlocked_window.clipboard.timer.timeout.emit()
    assert clipboard.text() == "the user's own text"
    unlocked_window.lock()
    assert clipboard.text() == "the user's own text"


def test_text_selected_with_the_mouse_is_concealed_and_cleared_after_a_while(
    qtbot, unlocked_window
):
    clipboard = QGuiApplication.clipboard()
    if not clipboard.supportsSelection():
        # Offscreen has no X11 selection (its selectionChanged never fires): run this file with
        # QT_QPA_PLATFORM=xcb under Xvfb to check it.
        pytest.skip("this platform has no mouse selection (X11 PRIMARY)")
    for timer in unlocked_window.clipboard.findChildren(QTimer):
        timer.setInterval(20)  # instead of 30 seconds
    form = unlocked_window.registry.open_form("person")
    form.name_edit.setText("Dilorom Yuldasheva " + CANARY)
    activate(qtbot, form.name_edit)
    middle = form.name_edit.rect().center().y()
    qtbot.mousePress(form.name_edit, Qt.MouseButton.LeftButton, pos=QPoint(2, middle))
    qtbot.mouseMove(form.name_edit, QPoint(form.name_edit.width() - 2, middle))
    qtbot.mouseRelease(
        form.name_edit, Qt.MouseButton.LeftButton, pos=QPoint(form.name_edit.width() - 2, middle)
    )
    selection = clipboard.mimeData(QClipboard.Mode.Selection)
    assert CANARY in selection.text()
    assert all(selection.data(kind).data() == value for kind, value in _CONCEALED_HINTS.items())
    qtbot.waitUntil(lambda: clipboard.text(QClipboard.Mode.Selection) == "")
    assert form.name_edit.text() == "Dilorom Yuldasheva " + CANARY  # only the selection goes
