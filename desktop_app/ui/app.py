"""Starting the desktop application: arguments, translators, fonts, the first window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.no_core_dumps import forbid_core_dumps
from desktop_app.core.vault import default_vault_dir
from desktop_app.ui import qt_log, unexpected_errors
from desktop_app.ui.file_dialogs import keep_qt_settings_in_memory
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restart import restart_if_requested
from desktop_app.ui.settings import Settings
from desktop_app.ui.vault_folders import is_vault_folder


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """`python -m desktop_app [--vault PATH]`."""
    parser = argparse.ArgumentParser(prog="sandiq-gui", description="Sandiq desktop client")
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        help="vault folder (default: the vault last opened, else the user data folder)",
    )
    return parser.parse_args(list(argv))


def vault_to_start_with(settings: Settings, given: Path | None) -> Path:
    """The folder given on the command line; else the vault last opened, if its folder still
    holds one; else the usual place. A remembered folder that holds no vault now (a memory
    stick not plugged in) is passed over, not forgotten: it is used again once it is back."""
    if given is not None:
        return given.expanduser()
    remembered = settings.remembered_vault_folder()
    if remembered is not None and is_vault_folder(remembered):
        return remembered
    return default_vault_dir()


def start_window(
    settings: Settings, vault_path: Path | None, kdf: KdfParams = DEFAULT_KDF
) -> MainWindow:
    """Show the main window (locked) with the unlock dialog, or the wizard for a new vault;
    vault_path is the folder given on the command line, if any."""
    vault_path = vault_to_start_with(settings, vault_path)
    window = MainWindow(settings, vault_path, kdf)
    window.show()
    if is_vault_folder(vault_path):
        window.show_unlock()
    else:
        window.show_create(vault_path)
    return window


def run(argv: Sequence[str]) -> int:
    """Run the GUI until the user quits; returns the exit code."""
    forbid_core_dumps()
    unexpected_errors.install()
    qt_log.install()
    qt_settings = keep_qt_settings_in_memory()
    args = parse_arguments(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Sandiq")
    app.setQuitOnLastWindowClosed(True)
    settings = Settings()
    install_translators(settings.preferences().language)
    window = start_window(settings, args.vault)
    code = app.exec()
    # A language was chosen: start again in it.
    restart_if_requested(window, temporary_folders=[qt_settings])
    del window
    return code
