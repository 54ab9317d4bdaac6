"""The unlock dialog by keyboard alone: while the key is derived the focus rests on the busy bar,
never on Quit (Space would quit, a screen reader would say "Quit"), and a wrong passphrase gives
it back to the passphrase box with the text selected, so the next try replaces it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import activate


def _dialog(qtbot, window: MainWindow, vault_dir: Path) -> UnlockDialog:
    create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault.lock()
    dialog = window.show_unlock()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.passphrase_edit
    return dialog


def _name(widget: QWidget | None) -> str:
    """What a screen reader calls the widget (a button by its text)."""
    if widget is None:
        return "<no focus>"
    return widget.accessibleName() or getattr(widget, "text", lambda: "")() or repr(widget)


@contextmanager
def _focus_noted() -> Iterator[list[str]]:
    """Every widget the focus lands on inside the block, by name."""
    focused: list[str] = []

    def note(_old: QWidget | None, new: QWidget | None) -> None:
        focused.append(_name(new))

    app = QApplication.instance()
    app.focusChanged.connect(note)
    try:
        yield focused
    finally:
        app.focusChanged.disconnect(note)


def test_the_focus_rests_on_the_busy_bar_while_unlocking(
    qtbot, window: MainWindow, vault_dir: Path
):
    dialog = _dialog(qtbot, window, vault_dir)
    QTest.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    with _focus_noted() as focused, qtbot.waitSignal(dialog.unlocked):
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        assert dialog.busy.isVisible()  # still deriving the key: the worker answers later
        while_unlocking = _name(QApplication.focusWidget())
    assert while_unlocking == "Unlocking"  # the busy bar, named for a screen reader
    assert "&Quit" not in focused


def test_a_wrong_passphrase_gives_the_focus_back_to_the_box_selected(
    qtbot, window: MainWindow, vault_dir: Path
):
    dialog = _dialog(qtbot, window, vault_dir)
    QTest.keyClicks(dialog.passphrase_edit, "not the passphrase")
    with _focus_noted() as focused:
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.busy.isVisible())
    assert dialog.message_label.text() == "The passphrase is not correct."
    assert "&Quit" not in focused
    assert QApplication.focusWidget() is dialog.passphrase_edit
    assert dialog.passphrase_edit.selectedText() == "not the passphrase"
    # Typing again replaces the wrong passphrase instead of adding to it.
    QTest.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    assert dialog.passphrase_edit.text() == PASSPHRASE
