"""Ctrl+Shift+F12 destroys the vault from any window or dialog, modal ones included: the unlock
dialog (on screen after every start and idle lock), a modal dialog over an unlocked vault and a
case window. Its question is asked over the dialog in front, and no window is left showing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.vault import HEADER_NAME
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.settings import Preferences
from desktop_app.ui.shares_dialog import RecoverySharesDialog
from tests.gui.conftest import activate

QUESTION = "Destroy the vault now? Every record in it will be lost for good."
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The codes QCoreApplication.exit was called with (the test run goes on)."""
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    return codes


@pytest.fixture
def asked_over(monkeypatch: pytest.MonkeyPatch, messages) -> list[QWidget | None]:
    """The parent of each warning box, i.e. the window it shows over (answered as messages)."""
    parents: list[QWidget | None] = []
    record = QMessageBox.warning

    def warning(parent, *args, **kwargs):
        parents.append(parent)
        return record(parent, *args, **kwargs)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return parents


def _press_panic_key(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_F12, CTRL_SHIFT)


def _visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_panic_key_in_the_unlock_dialog_destroys_the_vault(
    qtbot, window, tmp_vault, exits, asked_over, messages
):
    tmp_vault.lock()
    dialog = window.show_unlock()
    activate(qtbot, dialog)
    _press_panic_key(dialog.passphrase_edit)
    assert messages.texts() == [QUESTION]
    assert asked_over == [dialog]
    assert not (window.vault_path / HEADER_NAME).exists()
    assert exits == [0]
    assert _visible_windows() == []


def test_panic_key_in_a_modal_dialog_over_an_unlocked_vault(
    qtbot, unlocked_window, exits, asked_over, messages
):
    path = unlocked_window.vault.path
    unlocked_window.menus.shares_action.trigger()
    dialog = unlocked_window.findChild(RecoverySharesDialog)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    activate(qtbot, dialog)
    _press_panic_key(dialog.focusWidget() or dialog)
    assert messages.texts() == [QUESTION]
    assert asked_over == [dialog]
    assert not (path / HEADER_NAME).exists()
    assert unlocked_window.vault is None
    assert exits == [0]
    assert _visible_windows() == []


def test_panic_key_in_a_case_window(qtbot, unlocked_window, exits, messages):
    with unlocked_window.vault.transaction() as session:
        case = unlocked_window.vault.writer(session).create(
            "case", {"reference": "KG-2010-0007", "title": "Detention"}
        )
        case_id = case.id
    path = unlocked_window.vault.path
    view = unlocked_window.registry.open_case(case_id)
    assert isinstance(view, CaseView)
    activate(qtbot, view)
    _press_panic_key(view.focusWidget() or view)
    assert messages.texts() == [QUESTION]
    assert not (path / HEADER_NAME).exists()
    assert not view.isVisible() and not unlocked_window.isVisible()


def test_panic_key_answered_no_leaves_the_dialog_and_the_vault(
    qtbot, window, tmp_vault, exits, messages
):
    messages.answer = QMessageBox.StandardButton.No
    tmp_vault.lock()
    dialog = window.show_unlock()
    activate(qtbot, dialog)
    _press_panic_key(dialog.passphrase_edit)
    assert messages.texts() == [QUESTION]
    assert (window.vault_path / HEADER_NAME).exists()
    assert dialog.isVisible()
    assert exits == []


def test_panic_key_without_confirmation_when_turned_off_also_while_locked(
    qtbot, window, tmp_vault, exits, messages
):
    window.settings.save_preferences(Preferences(confirm_panic=False))
    tmp_vault.lock()
    dialog = window.show_unlock()
    activate(qtbot, dialog)
    _press_panic_key(dialog.passphrase_edit)
    assert messages.shown == []
    assert not (window.vault_path / HEADER_NAME).exists()
    assert exits == [0]


def test_a_held_panic_key_asks_once(qtbot, window, tmp_vault, exits, messages):
    messages.answer = QMessageBox.StandardButton.No
    tmp_vault.lock()
    dialog = window.show_unlock()
    activate(qtbot, dialog)
    _press_panic_key(dialog.passphrase_edit)
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F12, CTRL_SHIFT, "", True)
    QApplication.sendEvent(dialog.passphrase_edit, repeat)
    assert messages.texts() == [QUESTION]


def test_other_keys_still_reach_the_unlock_dialog(qtbot, window, tmp_vault, messages):
    tmp_vault.lock()
    dialog = window.show_unlock()
    activate(qtbot, dialog)
    QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.passphrase_edit, "abc")
    assert dialog.passphrase_edit.text() == "abc"
    assert messages.shown == []
    assert (window.vault_path / HEADER_NAME).exists()
