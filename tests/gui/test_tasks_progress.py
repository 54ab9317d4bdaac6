"""Progress from a worker reaches the dialog's bar whatever the size of the job."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.ui.tasks import Progress, Result, run_with_progress

GIB = 1024**3


def test_progress_past_two_gib_moves_the_bar_without_an_error(qtbot, capfd):
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[Result[str]] = []
    shown: list[tuple[int, int]] = []
    watching = threading.Event()

    def copy_three_gib(progress: Progress) -> str:
        watching.wait(5)
        progress(3 * GIB // 2, 3 * GIB)  # half of a 3 GiB file: byte counts past 2**31
        return "copied"

    task = run_with_progress(parent, "Writing a copy…", copy_three_gib, results.append)
    dialog = parent.findChild(QProgressDialog)
    task.signals.progress.connect(lambda *_: shown.append((dialog.value(), dialog.maximum())))
    watching.set()
    qtbot.waitUntil(lambda: results != [])
    assert results[0].ok and results[0].value == "copied"
    # Before: the 32-bit signal overflowed, the bar stayed empty and stderr filled with errors.
    assert len(shown) == 1
    value, maximum = shown[0]
    assert 0 < maximum < 2**31 and value / maximum == 0.5
    assert "OverflowError" not in capfd.readouterr().err
