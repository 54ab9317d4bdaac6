"""GUI fixtures: offscreen Qt, settings in a temp dir, message boxes answered, workers drained."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ctypes
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.record_list_model import RecordListModel
from desktop_app.ui.report_actions import DossierWrittenBox
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF


def _giving_none_back(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        if result is None:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
        return result

    return call


def _keep_none_alive() -> None:
    """PySide6 6.12's QTest functions (keyClick, keyClicks, mouseClick, qWait...) each give back
    a reference to None they never took (1,000 mouse clicks: None's count falls by 1,000), and
    Python 3.11's None is not immortal: a long GUI run dies with "Fatal Python error:
    none_dealloc". Each call made through QTest (qtbot's too) takes one back; one too many for
    a function that was right is harmless. Only the tests call QTest; the app does not."""
    for name in dir(QTest):
        function = getattr(QTest, name)
        if name[:1].islower() and callable(function) and not isinstance(function, type):
            setattr(QTest, name, staticmethod(_giving_none_back(function)))


_keep_none_alive()


class MessageLog:
    """What message boxes were shown, and what the 'user' answers to questions."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        # The button Enter would press in each box shown (NoButton: Qt picks Yes or OK).
        self.defaults: list[QMessageBox.StandardButton] = []
        self.answer = QMessageBox.StandardButton.Yes

    def box(self, kind: str):
        def show(_parent, _title, text, *args, **kwargs):
            self.shown.append((kind, text))
            default = args[1] if len(args) > 1 else kwargs.get("defaultButton")
            self.defaults.append(default or QMessageBox.StandardButton.NoButton)
            return self.answer if kind in ("question", "warning") else QMessageBox.StandardButton.Ok

        return show

    def notice(self, box: QMessageBox) -> int:
        """Record a notice shown with box.exec(); no button is clicked."""
        self.shown.append(("information", box.text()))
        self.defaults.append(QMessageBox.StandardButton.NoButton)
        return QMessageBox.StandardButton.Close

    def texts(self) -> list[str]:
        """Every text shown so far."""
        return [text for _, text in self.shown]


def activate(qtbot, widget: QWidget) -> None:
    """Make widget's window the active one, so its window shortcuts (Ctrl+S, Esc) work."""
    widget.window().windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    """Message boxes never block: they are recorded and answered Yes/Ok."""
    log = MessageLog()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(log.box(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    # A notice with buttons of its own (Open, Open folder): recorded, and closed.
    monkeypatch.setattr(DossierWrittenBox, "exec", lambda box: log.notice(box))
    return log


@pytest.fixture(autouse=True)
def _no_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file dialog nobody answers would hang the run: by default the user cancels it. No
    test starts where another's dialog left off."""
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *_a, **_k: ("", ""))


@pytest.fixture(autouse=True)
def _drain_workers(qapp: QApplication) -> Iterator[None]:
    """No worker outlives its test; every test starts in English."""
    install_translators("en")
    yield
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    install_translators("en")
    # A key a test typed with Ctrl or Shift leaves Qt believing the key still held, and the
    # next test's selectRow in a multi-selection list then toggled (and cleared) its row.
    keyboard = QWidget()
    QTest.keyRelease(keyboard, Qt.Key.Key_Control)
    keyboard.deleteLater()


# The app shows a list page inside the list's reset only if it was read within 30 ms; a loaded
# CI host misses that now and then (1 read in 93 took 58 ms on a 2-core host at load 6), and a
# test reading the list at once then found it empty. Tests of a page arriving later set the
# model's READ_WAIT_MS to 0, which this leaves alone.
PAGE_WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def _list_pages_shown_within_the_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quick list shows its first page within the reset, however loaded the host."""
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", PAGE_WAIT_MS)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Preferences in a temp folder, never the user's."""
    monkeypatch.setenv("SANDIQ_CONFIG_DIR", str(tmp_path / "config"))
    return Settings()


@pytest.fixture
def window(qtbot, settings: Settings, vault_dir: Path) -> Iterator[MainWindow]:
    """The main window, locked, over vault_dir (cheap KDF for anything it creates)."""
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    yield main
    if main.vault is not None:
        main.registry.close_all_for_lock((main,))
        main.vault.lock()
        main.vault = None


@pytest.fixture
def unlocked_window(window: MainWindow, tmp_vault: Vault) -> MainWindow:
    """The main window showing an unlocked, empty vault."""
    window.attach(tmp_vault)
    return window
