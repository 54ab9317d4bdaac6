"""QTest calls leave None's reference count as it was (see conftest._keep_none_alive)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit


def test_key_and_mouse_clicks_do_not_wear_none_away(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(500):
        QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A)
    # Other threads and the event loop move the count a little either way; the binding's
    # fault took 1,000 here.
    assert sys.getrefcount(None) > before - 200
