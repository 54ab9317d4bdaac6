"""The one way the GUI runs slow work: on the thread pool, with progress and cooperative cancel.

``run_task(owner, fn, on_done)`` runs ``fn(progress)`` on ``QThreadPool.globalInstance()``.
``fn`` sees a plain ``Progress`` object (call it with done/total, ask ``cancelled()``), never a
widget; ``on_done`` receives a ``Result`` on the GUI thread, and is dropped if ``owner`` was
deleted meanwhile; ``responsive`` keeps the window repainting while tasks run. Workers get ids
and plain values and open their own vault sessions, so ORM objects never cross threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.ui.responsive import responsive_worker

R = TypeVar("R")
_MAX_BAR_VALUE = 2**31 - 1  # a QProgressBar's range is a C int
# A job still running this long shows its progress dialog, busy until its first report: a
# moment's job shows none, and a long one has Cancel within half a second.
SHOW_PROGRESS_AFTER_MS = 400


def bar_units(done: int, total: int) -> tuple[int, int]:
    """done of total scaled down, if need be, to a value and maximum a progress bar takes."""
    total = max(total, 1)
    shrink = -(-total // _MAX_BAR_VALUE)  # ceiling division: 1 for totals that fit
    return min(done, total) // shrink, total // shrink


class Progress:
    """What a worker function sees: report progress, check for cancel."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        """Report that done of total units are finished."""
        self._signals.progress.emit(done, total)

    def cancelled(self) -> bool:
        """True once the user asked to stop; the worker should raise Cancelled."""
        return self._cancel.is_set()


@dataclass(frozen=True)
class Result(Generic[R]):
    """What a task produced: value, or the exception it raised."""

    value: R | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        """True if the task finished without raising."""
        return self.error is None


class _TaskSignals(QObject):
    # Python ints, not Qt's 32-bit int: a 3 GiB file reports byte counts above 2**31.
    progress = Signal(object, object)
    done = Signal(object)


class Task:
    """A running job; cancel() asks it to stop at its next check."""

    def __init__(self, owner: QObject, fn: Callable[[Progress], Any]) -> None:
        self.owner = owner
        # Not parented to the owner: the worker thread emits through this object, so it must
        # outlive the run even if the owner is deleted meanwhile (the Task keeps it alive).
        self.signals = _TaskSignals()
        self.progress = Progress(self.signals)
        self._fn = fn
        self.dialog: QProgressDialog | None = None  # the one run_with_progress shows

    def owner_alive(self) -> bool:
        """True while the widget that asked for the work still exists."""
        return shiboken6.isValid(self.owner)

    def cancel(self) -> None:
        """Ask the worker to stop; its on_done still runs (usually with Cancelled)."""
        self.progress._cancel.set()

    def run(self) -> None:
        """What the worker thread runs."""
        try:
            with responsive_worker():
                result: Result[Any] = Result(value=self._fn(self.progress))
        except BaseException as exc:  # delivered to on_done, which decides what the user sees
            result = Result(error=exc)
        self.signals.done.emit(result)


# Tasks whose result has not been delivered yet (kept alive until then).
_running: set[Task] = set()


def run_task(
    owner: QObject, fn: Callable[[Progress], R], on_done: Callable[[Result[R]], None]
) -> Task:
    """Run fn on the thread pool; on_done gets its Result on the GUI thread, unless the owner
    has been deleted by then."""
    task = Task(owner, fn)
    _running.add(task)

    def finish(result: Result[R]) -> None:
        _running.discard(task)
        # Qt holds this connection out of the garbage collector's sight, and through finish the
        # task, fn and on_done (with the window it belongs to): all stayed in memory for as
        # long as the process ran. Deleting the signals' object lets go of them.
        task.signals.deleteLater()
        if task.owner_alive():
            on_done(result)

    task.signals.done.connect(finish)
    # The bound method, not a QRunnable: the binding keeps a QRunnable it was given for ever.
    QThreadPool.globalInstance().start(task.run)
    return task


# Tasks run with a progress dialog (dossiers, bundles, backups, imports) still running: a lock
# cancels them all, including one whose dialog has not appeared yet.
_with_progress: set[Task] = set()


def cancel_tasks_with_progress() -> None:
    """Cancel every job started by run_with_progress that has not finished."""
    for task in list(_with_progress):
        task.cancel()


class _CancelOnRejectDialog(QProgressDialog):
    """A progress dialog that Esc cannot hide without cancelling."""

    def reject(self) -> None:
        """Cancel, as the button does."""
        # QProgressDialog cancels on Esc only through a window shortcut; when it is not the
        # active window, Esc reaches QDialog.reject(), which hid it and left the task running
        # with no Cancel for the user to press.
        self.canceled.emit()

    def show_busy(self) -> None:
        """Show the dialog now, whether or not progress was reported (a busy bar until then)."""
        # Qt shows it only at a report that predicts a long wait: bundles and the duplicates
        # search ran 3-4 s before their first report, with no dialog and no Cancel.
        self.forceShow()


def run_with_progress(
    parent: QWidget,
    label: str,
    fn: Callable[[Progress], R],
    on_done: Callable[[Result[R]], None],
) -> Task:
    """run_task with a progress dialog whose Cancel button cancels the task. The dialog is not
    modal: the window's Lock and Panic must keep working while the task runs. Esc and closing
    the dialog cancel the task too."""
    dialog = _CancelOnRejectDialog(
        label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Please wait"))
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def done(result: Result[R]) -> None:
        _with_progress.discard(task)
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    task = run_task(parent, fn, done)
    task.dialog = dialog
    _with_progress.add(task)

    def show_progress(done_units: int, total: int) -> None:
        if not shiboken6.isValid(dialog):
            return
        value, maximum = bar_units(done_units, total)
        dialog.setMaximum(maximum)
        dialog.setValue(value)

    task.signals.progress.connect(show_progress)
    dialog.canceled.connect(task.cancel)

    def show_if_running() -> None:
        if task in _with_progress and not dialog.wasCanceled():
            dialog.show_busy()

    QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, dialog, show_if_running)
    return task
