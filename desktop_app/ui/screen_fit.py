"""Windows open at a comfortable size, but never larger than the screen they open on.

Field laptops have 1366x768 or 1024x600 screens; a form that opens taller than the screen
hides its Save button below the bottom edge.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the title bar and the desktop's panels.
_SCREEN_SHARE = 0.9


def room_on_screen(window: QWidget) -> QSize | None:
    """The largest size window may take on its screen (None if there is no screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    available = screen.availableGeometry()
    return QSize(int(available.width() * _SCREEN_SHARE), int(available.height() * _SCREEN_SHARE))


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize window to width x height, or to most of its screen when that is smaller."""
    room = room_on_screen(window)
    if room is not None:
        width = min(width, room.width())
        height = min(height, room.height())
    window.resize(width, height)
