"""A lock forgets the folder last chosen in a file dialog: its name can name a case or a
witness, and the dialogs of the locked window must not open there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.ui import file_dialogs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restore_dialog import RestoreDialog
from tests.gui.test_file_dialogs import CANARY, _answer, qt_config, user_home  # noqa: F401


def test_after_a_lock_the_next_file_dialog_opens_in_documents(
    qtbot,
    qt_config: Path,  # noqa: F811
    user_home: Path,  # noqa: F811
    unlocked_window: MainWindow,
    tmp_path: Path,
) -> None:
    case_folder = tmp_path / f"Andijan-{CANARY}"
    case_folder.mkdir()
    (case_folder / "statement.pdf").write_bytes(b"%PDF-")
    shown: list[tuple[str, list[str]]] = []
    _answer(shown, case_folder / "statement.pdf")
    chosen = file_dialogs.choose_file_to_open(unlocked_window, "Add files", "", "PDF (*.pdf)")
    assert chosen == str(case_folder / "statement.pdf")

    unlocked_window.lock()
    assert file_dialogs._last_folder is None
    # Nor in Qt's own memory, where a dialog given no folder opens.
    assert CANARY not in QFileDialog().directory().absolutePath()

    unlocked_window.locked_page.restore_button.click()
    restore = QApplication.activeModalWidget()
    assert isinstance(restore, RestoreDialog)
    _answer(shown)
    restore.backup_button.click()
    # Before: "Choose the backup folder" opened in the case folder chosen before the lock.
    assert shown[-1][0] == str(user_home / "Documents")
