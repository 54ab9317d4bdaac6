"""Noticing that nobody has touched the keyboard or mouse for a while (for auto-lock)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits idle() after `minutes` without user input anywhere in the application."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QCoreApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time."""
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        """Start counting (when the vault is unlocked)."""
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (when the vault is locked)."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the countdown."""
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
