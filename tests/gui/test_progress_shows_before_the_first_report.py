"""A job run with progress shows its dialog, busy, with Cancel, once it has run a moment,
even if it has reported nothing yet; a job over in a moment shows none."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop_app.ui.tasks import SHOW_PROGRESS_AFTER_MS, Progress, Result, run_with_progress


def test_a_job_silent_for_seconds_shows_a_busy_dialog_with_cancel(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[Result[str]] = []
    release = threading.Event()

    def silent_for_a_while(progress: Progress) -> str:
        # Reports nothing for 1.5 s, as a bundle's or the duplicates' first pass did.
        release.wait(1.5)
        return "cancelled" if progress.cancelled() else "done"

    label = "Looking for possible duplicate people…"
    run_with_progress(parent, label, silent_for_a_while, results.append)
    dialog = parent.findChild(QProgressDialog)
    # Before: shown only at the first report, 2.7-3.9 s after a long job started.
    qtbot.waitUntil(dialog.isVisible, timeout=1200)
    assert not results  # the job is still running
    assert dialog.maximum() == 0  # busy: nothing reported to measure by
    assert dialog.labelText() == label
    dialog.canceled.emit()  # as the Cancel button does
    release.set()
    qtbot.waitUntil(lambda: results != [])
    assert results[0].value == "cancelled"


def test_a_job_over_in_a_moment_shows_no_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[Result[int]] = []
    run_with_progress(parent, "Writing…", lambda _progress: 1, results.append)
    qtbot.waitUntil(lambda: results != [])
    qtbot.wait(SHOW_PROGRESS_AFTER_MS + 200)  # past the moment a running job's dialog shows
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert not any(dialog.isVisible() for dialog in dialogs)
