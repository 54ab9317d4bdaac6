"""The main window reopens at its saved size, fitted to the screen it opens on now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.screen_fit import room_on_screen
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF


def _reopened(qtbot, settings: Settings, vault_dir: Path, width: int, height: int) -> MainWindow:
    """The main window opened after one of width x height was closed (its geometry saved)."""
    before = QMainWindow()
    before.resize(width, height)
    settings.set_geometry("main", before.saveGeometry())
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    return window


def test_a_window_saved_on_a_larger_screen_takes_this_screens_room(qtbot, settings, vault_dir):
    # 1900x1000 on a 1920x1080 screen, reopened on this smaller one. Before: Qt alone kept it
    # edge to edge here (on a 1024x600 netbook: 682x544, two-thirds of its width).
    window = _reopened(qtbot, settings, vault_dir, 1900, 1000)
    window.show()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.size() == room_on_screen(window)  # what a first start on this screen gives
    assert available.contains(window.frameGeometry())


def test_a_window_that_fits_the_screen_reopens_at_its_saved_size(qtbot, settings, vault_dir):
    window = _reopened(qtbot, settings, vault_dir, 600, 400)
    assert (window.width(), window.height()) == (600, 400)
