"""While a new search runs, the results of the one before must not read as its answer: on a
loaded machine they stayed on screen for seconds as if they were. A search still running
after ``SEARCHING_AFTER_MS`` dims them, makes them unusable (no opening a result of the old
query by a click or Enter), and says "Searching…" in place of their count and of a suggestion
made for the old query. A quicker search shows its results with no flash of that state."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QPushButton, QTableView

SEARCHING_AFTER_MS = 150  # most searches end sooner: no flicker for them
_DIMMED_OPACITY = 0.35  # the old rows stay as faint context, plainly not the answer


class SearchWait(QObject):
    """The "Searching…" state of the search page's results while a search runs."""

    def __init__(self, table: QTableView, summary: QLabel, suggestion: QPushButton) -> None:
        super().__init__(table)
        self._table = table
        self._summary = summary
        self._suggestion = suggestion
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCHING_AFTER_MS)
        self._timer.timeout.connect(self._show)
        self._is_showing = False

    def begin(self) -> None:
        """A new search was started: show the state if it has not ended in a moment."""
        self._timer.start()

    def end(self) -> None:
        """The search ended (or was dropped): the results shown next are the answer."""
        self._timer.stop()
        if not self._is_showing:
            return
        self._is_showing = False
        self._table.setEnabled(True)
        self._table.viewport().setGraphicsEffect(None)  # type: ignore[arg-type]

    def is_showing(self) -> bool:
        """True while the results are dimmed under "Searching…"."""
        return self._is_showing

    def _show(self) -> None:
        self._is_showing = True
        self._summary.setText(self.tr("Searching…"))
        self._suggestion.hide()
        self._table.setEnabled(False)
        # Disabled alone greys the plain columns but not the snippets, drawn as rich text.
        effect = QGraphicsOpacityEffect(self._table.viewport())
        effect.setOpacity(_DIMMED_OPACITY)
        self._table.viewport().setGraphicsEffect(effect)
