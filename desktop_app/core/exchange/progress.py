"""Progress reports and cooperative cancel for long bundle jobs (CLI bar, GUI dialog)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.errors import Cancelled

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# A GUI repaints on each report; one per MiB is smooth and costs nothing.
_REPORT_EVERY = 1024 * 1024


class Meter:
    """Counts bytes, reports (done, total) now and then, and raises Cancelled when asked to."""

    def __init__(
        self, total: int, progress: ProgressCallback | None, cancel: CancelCheck | None
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._reported = -_REPORT_EVERY

    def check_cancel(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self._cancel is not None and self._cancel():
            raise Cancelled("Cancelled; nothing was changed.")

    def advance(self, count: int) -> None:
        """Add count bytes, report if due, then honour a cancel request."""
        self.done += count
        if self._progress is not None and (
            self.done - self._reported >= _REPORT_EVERY or self.done >= self.total
        ):
            self._reported = self.done
            self._progress(min(self.done, self.total), self.total)
        self.check_cancel()
