"""What a finished background job held is let go: the binding keeps every QRunnable it is
given, and Qt keeps the slots connected to a signal out of the garbage collector's sight, so a
job holding its window through its callback kept that window, its vault and the vault's
database engine in memory for as long as the program ran (a long full test run grew past
4 million objects and slowed several-fold)."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.tasks import Progress, Result, run_task, run_with_progress
from tests.conftest import FAST_KDF, PASSPHRASE


class _Listener:
    """Stands for a widget whose method receives a job's result."""

    def __init__(self) -> None:
        self.values: list[object] = []

    def done(self, result: Result[object]) -> None:
        self.values.append(result.value)


class _Material:
    """Stands for what a job's function reads: rows, a vault."""


def _let_go_of_deleted_objects() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _job_run_and_finished(qtbot) -> list[weakref.ref]:
    owner = QObject()
    listener, material = _Listener(), _Material()
    task = run_task(owner, lambda _progress: material and 42, listener.done)
    qtbot.waitUntil(lambda: listener.values == [42])
    return [weakref.ref(held) for held in (listener, material, task)]


def test_a_finished_job_keeps_neither_its_callback_nor_what_it_ran(qtbot) -> None:
    kept = _job_run_and_finished(qtbot)
    _let_go_of_deleted_objects()
    assert [ref() for ref in kept] == [None, None, None]


def _job_with_progress_finished(qtbot, parent: QWidget) -> list[weakref.ref]:
    listener = _Listener()

    def work(progress: Progress) -> int:
        progress(1, 2)
        return 7

    task = run_with_progress(parent, "Working", work, listener.done)
    qtbot.waitUntil(lambda: listener.values == [7])
    return [weakref.ref(listener), weakref.ref(task)]


def test_a_finished_job_with_a_progress_dialog_keeps_nothing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    kept = _job_with_progress_finished(qtbot, parent)
    _let_go_of_deleted_objects()
    assert [ref() for ref in kept] == [None, None]


def test_a_closed_window_lets_go_of_itself_and_its_vault(
    qtbot, settings: Settings, vault_dir: Path
) -> None:
    vault = create_vault(vault_dir, PASSPHRASE, display_name="Test", kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        for number in range(30):
            writer.create("case", {"reference": f"R-{number}", "title": f"Case {number}"})
    main = MainWindow(settings, vault_dir, FAST_KDF)
    main.show()
    main.attach(vault)  # its lists read their pages on workers
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()
    main.registry.close_all_for_lock((main,))
    main.vault = None
    vault.lock()
    kept = [weakref.ref(main), weakref.ref(vault)]
    main.close()
    main.deleteLater()
    del main, vault
    _let_go_of_deleted_objects()
    assert [ref() for ref in kept] == [None, None]
