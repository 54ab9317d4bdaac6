"""Esc or closing a running task's progress dialog cancels the task, as its Cancel button does."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from desktop_app.core.errors import Cancelled
from desktop_app.ui.tasks import Progress, Result, run_with_progress


def _start_until_cancelled(qtbot, results: list[Result[str]]) -> tuple[QWidget, QProgressDialog]:
    """A shown window and the shown progress dialog of a task that runs until cancelled."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()

    def add_big_attachment(progress: Progress) -> str:
        started.set()
        for _ in range(500):  # 5 s at most, so a failing test does not hang the run
            if progress.cancelled():
                raise Cancelled()
            threading.Event().wait(0.01)
        return "added"

    run_with_progress(window, "Adding the attachment…", add_big_attachment, results.append)
    dialog = window.findChild(QProgressDialog)
    dialog.show()
    assert started.wait(5)
    return window, dialog


@pytest.mark.parametrize("how", ["escape", "close"])
def test_esc_or_close_on_an_inactive_progress_dialog_cancels_the_task(qtbot, how):
    results: list[Result[str]] = []
    window, dialog = _start_until_cancelled(qtbot, results)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close()

    assert not dialog.isVisible()
    assert dialog.wasCanceled()
    qtbot.waitUntil(lambda: results != [], timeout=3000)
    # Before: Esc hid the dialog, wasCanceled() stayed False and the attachment was added.
    assert isinstance(results[0].error, Cancelled)


def test_cancel_button_still_cancels_the_task(qtbot):
    results: list[Result[str]] = []
    _, dialog = _start_until_cancelled(qtbot, results)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results != [], timeout=3000)
    assert isinstance(results[0].error, Cancelled)
