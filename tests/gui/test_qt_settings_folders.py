"""Qt's settings folder in memory (file_dialogs.keep_qt_settings_in_memory): a Sandiq killed
before its exit handlers ran (kill -9) leaves it, and the next start removes it, sparing the
folders of Sandiqs still running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import REPO

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="Qt keeps its settings in the registry or plist"
)

# What app.run does first, then the folder said, and the process waits for a line (or exits).
_START = (
    "import sys\n"
    "from desktop_app.ui.file_dialogs import keep_qt_settings_in_memory\n"
    "print(keep_qt_settings_in_memory(), flush=True)\n"
    "if sys.argv[1:] == ['wait']:\n"
    "    sys.stdin.readline()\n"
)


def _start(runtime: Path, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.Popen(
        [sys.executable, "-c", _START, *args],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _folder_of(sandiq: subprocess.Popen[str]) -> Path:
    assert sandiq.stdout is not None
    return Path(sandiq.stdout.readline().strip())


def test_a_start_removes_a_killed_sandiqs_qt_folder_and_spares_a_running_ones(
    tmp_path: Path,
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    (not_ours := runtime / "sandiq-qt-notes").mkdir()  # not a name Sandiq gives
    running = _start(runtime, "wait")
    killed = _start(runtime, "wait")
    try:
        running_folder, killed_folder = _folder_of(running), _folder_of(killed)
        (killed_folder / "QtProject.conf").write_text("[FileDialog]\nhistory=/cases/KG-7\n")
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        assert killed_folder.is_dir()  # its exit handler never ran

        later = _start(runtime)
        later_folder = _folder_of(later)
        assert later.wait(timeout=60) == 0
        # Before: every killed Sandiq left one, until the machine restarted.
        assert not killed_folder.exists()
        assert running_folder.is_dir() and later_folder.parent == runtime
        assert not later_folder.exists()  # removed at its own exit
        assert not_ours.is_dir()
    finally:
        for sandiq in (running, killed):
            sandiq.kill()
            sandiq.wait()
