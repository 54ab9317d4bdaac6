"""The first start offers the language on the create-vault wizard's first page, each language
named in itself; choosing one saves it and starts Sandiq again in it, with the command line it
was started with. Before, an English system meant an English wizard, and Uzbek only after
Cancel, Vault > Settings, and quitting and starting again by hand."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.restart import is_restart_requested, restart_if_requested
from desktop_app.ui.settings import Settings
from tests.integration.conftest import REPO


def _choose(qtbot, combo, name: str) -> None:
    """Pick an item with the keyboard, as a user does (which Qt reports as `activated`)."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findText(name)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_the_wizard_offers_each_language_in_its_own_words(qtbot, window):
    page = window.show_create().passphrase_page
    combo = page.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Русский", "Oʻzbekcha"]
    assert combo.currentText() == "English"
    assert combo.isVisible()


def test_choosing_uzbek_saves_it_and_starts_sandiq_again_the_same_way(
    qtbot, window, settings: Settings, messages, tmp_path: Path
):
    wizard = window.show_create()
    _choose(qtbot, wizard.passphrase_page.language_combo, "Oʻzbekcha")
    assert Settings(settings.path).preferences().language == "uz"
    assert messages.texts() == []  # nothing typed yet: nothing to ask about
    assert is_restart_requested(window) and not window.isVisible()
    started: list[tuple[str, list[str], bool]] = []
    qt_settings = tmp_path / "sandiq-qt-memory"
    qt_settings.mkdir()

    def execv(path: str, args: list[str]) -> None:
        started.append((path, args, qt_settings.exists()))

    restart_if_requested(window, execv=execv, temporary_folders=[qt_settings, None])
    # What app.run does once the event loop has ended: the same interpreter and arguments,
    # and the Qt settings folder in memory gone first (an exec runs no exit handlers).
    assert started == [(sys.executable, [sys.executable, *sys.orig_argv[1:]], False)]


def test_a_typed_passphrase_is_not_dropped_for_a_language_unasked(
    qtbot, window, settings: Settings, messages
):
    wizard = window.show_create()
    page = wizard.passphrase_page
    page.passphrase_edit.setText("Qovun pishdi Andijonda oʻn besh")
    messages.answer = QMessageBox.StandardButton.No
    _choose(qtbot, page.language_combo, "Русский")
    assert messages.texts() == [
        "Start Sandiq again in Русский? What you typed on this page is cleared."
    ]
    assert page.language_combo.currentText() == "English"
    assert page.passphrase_edit.text() == "Qovun pishdi Andijonda oʻn besh"
    assert not is_restart_requested(window) and window.isVisible()
    assert not settings.path.exists() or "language" not in settings.path.read_text()


# Sandiq started as `python -m desktop_app --vault X` starts (app.run), over a folder with no
# vault: the wizard. The first run picks Uzbek in it; the process that replaces it reports the
# wizard's texts and its own arguments, and quits.
_FIRST_START = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui import app
    from desktop_app.ui.create_wizard import CreateVaultWizard

    runs = Path(sys.argv[1])
    first = not runs.exists()
    runs.write_text("started again" if not first else "started", encoding="utf-8")

    def act():
        wizards = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, CreateVaultWizard) and w.isVisible()]
        if not wizards:
            QTimer.singleShot(20, act)
            return
        page = wizards[0].passphrase_page
        try:
            combo = page.language_combo
        except AttributeError:  # no language offered: fail now, not at the timeout
            QApplication.exit(3)
            return
        print(f"{page.title()} | {combo.currentText()} | {sys.argv[2:]}", flush=True)
        if first:
            QTest.keyClick(combo, Qt.Key.Key_End)  # Oʻzbekcha, the last one
        else:
            QApplication.quit()

    QApplication([sys.argv[0]])
    QTimer.singleShot(0, act)
    sys.exit(app.run(sys.argv[2:]))
    """
)


def test_sandiq_starts_again_in_the_language_chosen_at_first_start(tmp_path: Path):
    config = tmp_path / "config"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    env.update(
        LANG="en_US.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        SANDIQ_CONFIG_DIR=str(config),
        PYTHONPATH=str(REPO),
        PYTHONIOENCODING="utf-8",
    )
    folder = str(tmp_path / "no vault yet")
    run = subprocess.run(
        [sys.executable, "-c", _FIRST_START, str(tmp_path / "runs"), "--vault", folder],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert run.stdout.splitlines() == [
        f"Create a vault | English | ['--vault', '{folder}']",
        f"Saqlagich yaratish | Oʻzbekcha | ['--vault', '{folder}']",
    ]
    assert (tmp_path / "runs").read_text(encoding="utf-8") == "started again"
    assert Settings(config / "settings.ini").preferences().language == "uz"
