"""Qt's own log lines reach stderr (often a system log) without their text, which can quote an
attachment's folder and file name; SANDIQ_DEBUG=1 shows them whole."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtQml import QJSEngine

from desktop_app.ui import qt_log
from tests.conftest import CANARY
from tests.integration.conftest import REPO

WITHHELD = "(message withheld; set SANDIQ_DEBUG=1 to see it)"
# The canary's ASCII ends: they survive the percent-encoding Qt applies to file URLs.
CANARY_ENDS = ("CANARY", "7f3a9c")


@pytest.fixture
def installed(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("SANDIQ_DEBUG", raising=False)
    previous = qInstallMessageHandler(None)  # pytest-qt's capture: put back afterwards
    qt_log.install()
    yield
    qInstallMessageHandler(previous)


def _open_a_copy_and_log_its_name(folder: Path) -> None:
    """A real Qt warning (the test platform, offscreen, opens no files), and one of a named
    category (Qt's "js", as PySide's qCWarning garbles a category made in Python) worded as
    the desktop's launcher service words it when no launcher is found."""
    copy = folder / f"out-{CANARY}" / f"intervyu-{CANARY}.wav"
    assert not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    url = QUrl.fromLocalFile(str(copy)).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    engine = QJSEngine()
    engine.installExtensions(QJSEngine.Extension.ConsoleExtension)
    launch_failed = f"Launch of '{url}' failed: Unable to detect a launcher"
    engine.evaluate(f"console.warn({json.dumps(launch_failed)})")


def test_qt_warnings_name_their_category_and_severity_not_their_text(
    installed, capfd, tmp_path
) -> None:
    _open_a_copy_and_log_its_name(tmp_path)
    err = capfd.readouterr().err
    assert f"js: warning {WITHHELD}" in err
    assert f"default: warning {WITHHELD}" in err
    assert not any(end in err for end in CANARY_ENDS), err
    assert str(tmp_path) not in err


def test_sandiq_debug_shows_qt_messages_whole(installed, capfd, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SANDIQ_DEBUG", "1")
    _open_a_copy_and_log_its_name(tmp_path)
    err = capfd.readouterr().err
    assert "js: Launch of 'file:///" in err and "Unable to detect a launcher" in err
    assert CANARY in err and WITHHELD not in err


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SANDIQ_")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sandiq_as_started_keeps_an_opened_copys_name_out_of_stderr(tmp_path) -> None:
    # Sandiq started as `python -m desktop_app` starts it (app.run, the new-vault wizard over an
    # empty folder), then a copy handed to "another program" that the system cannot find.
    started = _run(
        """
        import sys
        from PySide6.QtCore import QTimer, QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QApplication
        from desktop_app.ui import app

        copy, vault = sys.argv[1:3]

        def open_copy():
            QDesktopServices.openUrl(QUrl.fromLocalFile(copy))
            QApplication.quit()

        QApplication([sys.argv[0]])
        QTimer.singleShot(0, open_copy)
        sys.exit(app.run(["--vault", vault]))
        """,
        str(tmp_path / f"out-{CANARY}" / f"intervyu-{CANARY}.wav"),
        str(tmp_path / "no-vault-here"),
    )
    assert started.returncode == 0, started.stderr
    # Before: "This plugin does not support QPlatformServices::openDocument() for 'file:///…'".
    assert f"default: warning {WITHHELD}" in started.stderr
    assert not any(end in started.stderr for end in CANARY_ENDS), started.stderr


def test_a_fatal_qt_message_still_aborts_without_its_text() -> None:
    aborted = _run(
        f"""
        from PySide6.QtCore import qFatal
        from PySide6.QtWidgets import QApplication
        from desktop_app.ui import qt_log

        qt_log.install()
        app = QApplication([])
        qFatal("cannot go on with {CANARY}")
        print("went on")
        """
    )
    assert aborted.returncode == -signal.SIGABRT
    assert "went on" not in aborted.stdout
    assert f"default: fatal {WITHHELD}" in aborted.stderr
    assert not any(end in aborted.stderr for end in CANARY_ENDS), aborted.stderr
