"""Vault > New recovery key: the new key replaces the old one only when the user has typed two
of its groups back and pressed Finish; closing the wizard before keeps the old key."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core import fileio
from desktop_app.core.errors import WrongPassphrase
from desktop_app.core.vault import HEADER_NAME, Vault, unlock_with_recovery_key
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.recovery_key_wizard import NewRecoveryKeyWizard


@pytest.fixture
def key_window(window: MainWindow, recovery_vault: tuple[Vault, str]) -> tuple[MainWindow, str]:
    """The main window over an unlocked vault, and that vault's recovery key."""
    vault, key = recovery_vault
    window.attach(vault)
    return window, key


def _open_wizard(window: MainWindow) -> NewRecoveryKeyWizard:
    window.menus.recovery_key_action.trigger()  # "Make a new recovery key?": Yes
    wizard = window.findChild(NewRecoveryKeyWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def _type_groups_back(wizard: NewRecoveryKeyWizard) -> None:
    wizard.next()
    groups = wizard.recovery_key().split("-")
    first, second = wizard.confirm_page.positions
    wizard.confirm_page.first_edit.setText(groups[first])
    wizard.confirm_page.second_edit.setText(groups[second])
    assert wizard.confirm_page.isComplete()


def _opens(window: MainWindow, key: str) -> bool:
    try:
        unlock_with_recovery_key(window.vault.path, key).lock()
    except WrongPassphrase:
        return False
    return True


def test_closing_the_new_key_wizard_before_finish_keeps_the_old_key(qtbot, key_window, messages):
    window, old_key = key_window
    header = (window.vault.path / HEADER_NAME).read_bytes()
    wizard = _open_wizard(window)
    new_key = wizard.recovery_key()
    assert (window.vault.path / HEADER_NAME).read_bytes() == header  # shown, not stored
    _type_groups_back(wizard)  # checked, but Finish not pressed: still nothing stored
    messages.answer = QMessageBox.StandardButton.No
    wizard.reject()
    assert wizard.isVisible()
    assert messages.texts()[-1] == (
        "Close without changing the recovery key? The old key keeps opening the vault; the new "
        "key shown here never will."
    )
    messages.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(wizard.rejected):
        wizard.reject()
    assert (window.vault.path / HEADER_NAME).read_bytes() == header
    assert _opens(window, old_key)
    assert not _opens(window, new_key)


def test_a_lock_over_the_new_key_wizard_keeps_the_old_key(qtbot, key_window, messages):
    window, old_key = key_window
    path = window.vault.path
    header = (path / HEADER_NAME).read_bytes()
    _type_groups_back(_open_wizard(window))
    window.lock()  # the idle timer, before Finish
    assert (path / HEADER_NAME).read_bytes() == header
    unlock_with_recovery_key(path, old_key).lock()


def test_finish_with_the_groups_typed_back_retires_the_old_key(qtbot, key_window):
    window, old_key = key_window
    wizard = _open_wizard(window)
    new_key = wizard.recovery_key()
    _type_groups_back(wizard)
    assert _opens(window, old_key) and not _opens(window, new_key)
    with qtbot.waitSignal(wizard.accepted):
        wizard.accept()
    assert _opens(window, new_key)
    assert not _opens(window, old_key)


def test_a_new_key_that_cannot_be_stored_says_the_old_key_still_works(
    qtbot, key_window, messages, monkeypatch: pytest.MonkeyPatch
):
    window, old_key = key_window
    wizard = _open_wizard(window)
    new_key = wizard.recovery_key()
    _type_groups_back(wizard)

    def full(_fd: int) -> None:  # the machine cannot fill its disk on demand
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", full)
    wizard.accept()
    monkeypatch.undo()
    assert wizard.isVisible()  # Finish can be tried again once there is room
    assert messages.texts()[-1].startswith(
        "The new recovery key was not saved, and the old key still opens the vault. The vault "
        "could not be opened or written: the disk may be full"
    )
    assert _opens(window, old_key) and not _opens(window, new_key)
    with qtbot.waitSignal(wizard.accepted):
        wizard.accept()
    assert _opens(window, new_key) and not _opens(window, old_key)
