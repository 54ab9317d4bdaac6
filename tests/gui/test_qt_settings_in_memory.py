"""Qt's own file dialog writes the folders it visited into Qt's per-user settings
(QtProject.conf). Sandiq, from its start, points those settings at a private folder in memory
removed at exit, so no folder name reaches the user's config folder even for a moment; Sandiq's
own settings stay in that config folder, as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import CANARY
from tests.integration.conftest import REPO

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="Qt keeps these settings in the registry/plist"
)

# Sandiq started as `python -m desktop_app` does (app.run, over a folder with no vault: the
# new-vault wizard), then Qt's own file dialog, not Sandiq's helpers (which empty the history
# afterwards): whatever it saves is what reaches the disk. Then a preference is saved, and
# Sandiq quits.
_SANDIQ_WITH_A_FILE_DIALOG = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
    from desktop_app.ui import app
    from desktop_app.ui.settings import Preferences, Settings

    folder, vault, report = sys.argv[1:4]

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setDirectory(folder)
        dialog.findChild(QLineEdit, "fileNameEdit").setText("statement.txt")
        dialog.accept()

    def use_sandiq():
        QTimer.singleShot(0, answer)
        chosen, _ = QFileDialog.getOpenFileName(
            None, "Open", "", "", options=QFileDialog.Option.DontUseNativeDialog
        )
        Settings().save_preferences(Preferences(language="ru", idle_minutes=17))
        qt_file = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
        with open(report, "w", encoding="utf-8") as out:
            json.dump({"chosen": chosen, "qt_file": qt_file, "qt_text": open(qt_file).read()}, out)
        QApplication.quit()

    QApplication([sys.argv[0]])
    QTimer.singleShot(0, use_sandiq)
    sys.exit(app.run(["--vault", vault]))
    """
)


def _run_sandiq(tmp_path: Path, runtime_mode: int) -> tuple[Path, dict[str, str]]:
    """Run Sandiq with HOME and the XDG folders in tmp_path; returns the config folder and
    what the script saw while it ran."""
    home = tmp_path / "home"
    config = home / ".config"
    runtime = tmp_path / "run"
    for folder in (config, runtime):
        folder.mkdir(parents=True)
    runtime.chmod(runtime_mode)
    case_folder = tmp_path / f"Case_{CANARY}" / "witness Щавель"
    case_folder.mkdir(parents=True)
    (case_folder / "statement.txt").write_text("…", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("SANDIQ_")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(config),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
    )
    report = tmp_path / "report.json"
    subprocess.run(
        [
            sys.executable,
            "-c",
            _SANDIQ_WITH_A_FILE_DIALOG,
            str(case_folder),
            str(tmp_path / "no-vault-here"),
            str(report),
        ],
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["chosen"] == str(case_folder / "statement.txt")
    return config, seen


def _config_text(config: Path) -> str:
    return "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in config.rglob("*")
        if path.is_file()
    )


@pytest.mark.parametrize(
    ("runtime_mode", "memory_folder"),
    [(0o700, "run"), (0o755, "/dev/shm")],
    ids=["runtime-dir", "runtime-dir-open-to-others"],
)
def test_a_file_dialog_writes_no_folder_name_into_the_config_folder(
    tmp_path: Path, runtime_mode: int, memory_folder: str
) -> None:
    if memory_folder == "/dev/shm" and not Path("/dev/shm").is_dir():
        pytest.skip("no /dev/shm here")
    config, seen = _run_sandiq(tmp_path, runtime_mode)
    written = _config_text(config)
    # Before: [FileDialog] history=file:///…/Case_CANARY-%D2%B6…/witness%20%D0%A9… in
    # ~/.config/QtProject.conf, for as long as it took Sandiq to remove it (or for good).
    for form in (CANARY, quote(CANARY), "Щавель", quote("Щавель")):
        assert form not in written
    assert not (config / "QtProject.conf").exists()
    # The dialog did remember the folder: in memory, in a folder this user alone may open...
    qt_file = Path(seen["qt_file"])
    assert quote(CANARY) in seen["qt_text"]
    expected_parent = tmp_path / "run" if memory_folder == "run" else Path(memory_folder)
    assert qt_file.parent.parent == expected_parent
    # ...which is gone once Sandiq has quit.
    assert not qt_file.parent.exists()


def test_sandiqs_own_settings_still_persist_in_the_config_folder(tmp_path: Path) -> None:
    config, _ = _run_sandiq(tmp_path, 0o700)
    saved = (config / "sandiq" / "settings.ini").read_text(encoding="utf-8")
    assert "idle_minutes=17" in saved
    assert "language=ru" in saved
