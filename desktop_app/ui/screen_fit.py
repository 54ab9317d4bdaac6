"""Windows open at a comfortable size, but never larger than the screen they open on.

Field laptops have 1366x768 or 1024x600 screens; a form that opens taller than the screen
hides its Save button below the bottom edge.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the title bar and the desktop's panels.
_SCREEN_SHARE = 0.9
# What QWidget.saveGeometry's data starts with (its format, unchanged since Qt 4.3).
_GEOMETRY_MAGIC = 0x1D9D0CB


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


def _saved_size(geometry: QByteArray) -> QSize | None:
    """The size a window had (when not maximized) as its geometry was saved, or None if
    geometry is not saveGeometry's."""
    stream = QDataStream(geometry)
    if stream.readUInt32() != _GEOMETRY_MAGIC:
        return None
    stream.readUInt16()  # the format's major and minor version
    stream.readUInt16()
    frame, normal = QRect(), QRect()
    stream >> frame
    stream >> normal
    return normal.size() if stream.status() == QDataStream.Status.Ok else None


def restore_within_screen(window: QWidget, geometry: QByteArray) -> bool:
    """Restore a window's saved geometry, then fit it to the screen it is on now: saved on a
    larger screen, it takes as much of this one as resize_within_screen gives, where Qt alone
    left it two-thirds of a 1024x600 screen's width (or all of a screen, edge to edge). False,
    and nothing changed, if geometry is not a saved geometry."""
    wanted = _saved_size(geometry)
    if wanted is None or not window.restoreGeometry(geometry):
        return False
    room = room_on_screen(window)
    if room is None or window.windowState() & Qt.WindowState.WindowMaximized:
        return True
    if wanted.width() <= room.width() and wanted.height() <= room.height():
        return True
    resize_within_screen(window, wanted.width(), wanted.height())
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    left = min(max(window.x(), available.left()), available.right() + 1 - window.width())
    top = min(max(window.y(), available.top()), available.bottom() + 1 - window.height())
    window.move(left, top)
    return True
