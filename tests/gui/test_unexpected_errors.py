"""An error nobody caught is reported without its message: it may quote case data."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from desktop_app.ui import unexpected_errors

CANARY = "Гулнора Шамсутдинова, Witness A"


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.delenv("SANDIQ_DEBUG", raising=False)
    unexpected_errors.install()


def _fail_in_a_slot() -> None:
    raise ValueError(f"no person named {CANARY}")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_qt_slot_names_its_type_and_place_not_its_message(
    qtbot, installed, capfd
) -> None:
    QTimer.singleShot(0, _fail_in_a_slot)
    qtbot.wait(50)
    err = capfd.readouterr().err
    assert "internal error (ValueError) at test_unexpected_errors.py:" in err
    assert "_fail_in_a_slot" in err
    assert CANARY not in err and "Гулнора" not in err


def test_an_error_in_a_thread_is_reported_the_same_way(installed, capfd) -> None:
    worker = threading.Thread(target=_fail_in_a_slot)
    worker.start()
    worker.join()
    err = capfd.readouterr().err
    assert "internal error (ValueError)" in err and CANARY not in err


def test_sandiq_debug_shows_the_whole_traceback(installed, capfd, monkeypatch) -> None:
    monkeypatch.setenv("SANDIQ_DEBUG", "1")
    try:
        _fail_in_a_slot()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert CANARY in capfd.readouterr().err
