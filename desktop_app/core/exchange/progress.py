"""Progress reports and cooperative cancel for long bundle jobs (CLI bar, GUI dialog)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.core.errors import Cancelled

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# A GUI repaints on each report; one per MiB is smooth and costs nothing.
_REPORT_EVERY = 1024 * 1024
PHASED_SCALE = 1000


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


class Phases:
    """One progress bar over several parts of a job, one after another or interleaved: part i
    fills its share of a 0..1000 scale and the bar shows the sum, so it never goes back."""

    def __init__(self, progress: ProgressCallback | None, shares: Sequence[int]) -> None:
        self._progress = progress
        total = sum(shares)
        self._shares = [share * PHASED_SCALE / total for share in shares]
        self._fractions = [0.0] * len(shares)
        self._last = -1

    def step(self, index: int) -> ProgressCallback:
        """The progress callback of part index."""

        def report(done: int, total: int) -> None:
            self._fractions[index] = min(done / total, 1.0) if total else 1.0
            value = round(sum(s * f for s, f in zip(self._shares, self._fractions, strict=True)))
            if self._progress is not None and value != self._last:
                self._last = value
                self._progress(value, PHASED_SCALE)

        return report
