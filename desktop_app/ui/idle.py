"""Noticing that nobody has touched the keyboard or mouse for a while (for auto-lock).

A backup the user started is not cut short by the idle lock: a backup of several gigabytes to
a slow stick outlasts the idle minutes, and would never finish unless someone kept moving the
mouse. While an ``IdleLockHold`` is held, an idle lock that falls due waits, and happens as
soon as the last hold ends (unless the user came back meanwhile).
"""

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


class IdleLockHold(QObject):
    """Work the user started that an idle lock waits for instead of cancelling it; end() must
    be called once the work is over, before anything waits on the user."""

    due_changed = Signal(bool)  # True: the idle time passed and the lock waits; False: no more
    ended = Signal()

    def __init__(self) -> None:
        super().__init__()
        _holds.add(self)

    def end(self) -> None:
        """The work is over: an idle lock that waited for it (and for no other) happens now."""
        if self in _holds:
            _holds.discard(self)
            self.ended.emit()


# Holds not yet ended; each is kept alive here until then.
_holds: set[IdleLockHold] = set()


class IdleWatcher(QObject):
    """Emits idle() after `minutes` without user input anywhere in the application, or, if an
    IdleLockHold is held then, once the last hold ends."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self.is_due = False  # the idle time passed while a hold was held
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
        self._set_due(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the countdown; a lock that was waiting for a hold is off."""
        if event.type() in _ACTIVITY and (self.timer.isActive() or self.is_due):
            self._set_due(False)
            self.timer.start()
        return False

    def _timed_out(self) -> None:
        if not _holds:
            self.idle.emit()
            return
        for hold in _holds:
            hold.ended.connect(self._lock_if_due)
        self._set_due(True)

    def _lock_if_due(self) -> None:
        if self.is_due and not _holds:
            self.is_due = False
            self.idle.emit()

    def _set_due(self, is_due: bool) -> None:
        if is_due != self.is_due:
            self.is_due = is_due
            for hold in list(_holds):
                hold.due_changed.emit(is_due)
