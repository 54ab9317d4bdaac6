"""The check boxes of Settings and the person form's "Protected" tick with an Alt key, as the
fields around them are reached with theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox

from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.gui.conftest import activate

ALT = Qt.KeyboardModifier.AltModifier


def _ticks_with(qtbot, window, check: QCheckBox, key: Qt.Key) -> None:
    was = check.isChecked()
    QTest.keyClick(window, key, ALT)
    qtbot.waitUntil(lambda: check.isChecked() != was)


def test_the_settings_check_boxes_tick_with_alt_keys(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    _ticks_with(qtbot, dialog, dialog.confirm_panic_check, Qt.Key.Key_P)
    _ticks_with(qtbot, dialog, dialog.remember_check, Qt.Key.Key_O)
    _ticks_with(qtbot, dialog, dialog.wipe_check, Qt.Key.Key_D)
    assert dialog.wipe_spin.isEnabled() == dialog.wipe_check.isChecked()
    dialog.reject()


def test_protected_ticks_with_an_alt_key_and_opens_the_pseudonym(qtbot, tmp_vault) -> None:
    form = PersonForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    assert not form.pseudonym_edit.isEnabled()
    _ticks_with(qtbot, form, form.protected_check, Qt.Key.Key_R)
    assert form.pseudonym_edit.isEnabled()
    form.protected_check.setChecked(False)  # nothing to save, nothing to ask about on close
