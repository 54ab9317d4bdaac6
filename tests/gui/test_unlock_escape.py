"""Esc in the unlock dialog while the key is derived: the derivation cannot be stopped, so the
dialog stays open and the vault it opens is shown, not left open behind a closed dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.main_window import PAGE_CASES, MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import activate


def test_escape_while_the_key_is_derived_leaves_the_dialog_to_finish(
    qtbot, window: MainWindow, vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault.lock()
    dialog = window.show_unlock()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    QTest.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked):
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        assert dialog.busy.isVisible()  # still deriving the key: the worker answers later
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        # Before: closed (and deleted), the vault opened meanwhile was dropped still open.
        assert dialog.isVisible()
    assert window.vault is not None
    assert window.stack.currentIndex() == PAGE_CASES


def test_escape_when_no_key_is_being_derived_still_closes_the_dialog(
    qtbot, window: MainWindow, vault_dir: Path
) -> None:
    create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault.lock()
    dialog = window.show_unlock()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.vault is None
