"""Every input of every window has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.ui.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.gui.every_window import open_everything, with_sample_records


def test_every_input_has_an_accessible_name(qtbot, settings, vault_dir, tmp_vault, tmp_path):
    sample_vault = with_sample_records(tmp_vault)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
    unnamed = set()
    for screen in open_everything(window, sample_vault, tmp_path):
        buddies = {label.buddy() for label in screen.findChildren(QLabel) if label.buddy()}
        for widget in screen.findChildren(QWidget):
            inner = isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
            focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            if not isinstance(widget, inputs) or inner or not focusable:
                continue
            if not widget.isVisibleTo(screen):
                continue
            if not widget.accessibleName() and widget not in buddies:
                unnamed.add(f"{type(screen).__name__}/{type(widget).__name__}")
    window.lock()
    assert not unnamed, "\n".join(sorted(unnamed))
