"""While a task runs the window keeps its turn: no full collections, short lock slices."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop_app.ui.responsive import responsive_worker
from desktop_app.ui.tasks import Result, run_task


def test_a_task_holds_back_full_collections_and_switches_threads_often(qtbot: QtBot) -> None:
    before = (gc.get_threshold(), sys.getswitchinterval())
    owner = QObject()
    seen: list[tuple[tuple[int, int, int], float]] = []
    results: list[Result[None]] = []
    run_task(
        owner, lambda progress: seen.append((gc.get_threshold(), sys.getswitchinterval())),
        results.append,
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(results))
    ((threshold, interval),) = seen
    assert threshold[2] > 1_000_000 and threshold[:2] == before[0][:2]
    assert interval == 0.001
    assert (gc.get_threshold(), sys.getswitchinterval()) == before


def test_settings_come_back_only_when_the_last_of_overlapping_tasks_ends() -> None:
    before = (gc.get_threshold(), sys.getswitchinterval())
    first_in, second_out = threading.Event(), threading.Event()
    seen_by_first: list[float] = []

    def first() -> None:
        with responsive_worker():
            first_in.set()
            second_out.wait(10)
            seen_by_first.append(sys.getswitchinterval())

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(10)
    with responsive_worker():
        pass
    second_out.set()
    thread.join()
    assert seen_by_first == [0.001]  # the second block's end did not restore the settings
    assert (gc.get_threshold(), sys.getswitchinterval()) == before
