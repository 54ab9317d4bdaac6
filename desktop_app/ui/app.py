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
from desktop_app.ui import unexpected_errors
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.unlock_dialog import is_vault_folder


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """`python -m desktop_app [--vault PATH]`."""
    parser = argparse.ArgumentParser(prog="sandiq-gui", description="Sandiq desktop client")
    parser.add_argument(
        "--vault", type=Path, default=None, help="vault folder (default: the user data folder)"
    )
    return parser.parse_args(list(argv))


def start_window(settings: Settings, vault_path: Path, kdf: KdfParams = DEFAULT_KDF) -> MainWindow:
    """Show the main window (locked) with the unlock dialog, or the wizard for a new vault."""
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
    args = parse_arguments(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Sandiq")
    app.setQuitOnLastWindowClosed(True)
    settings = Settings()
    install_translators(settings.preferences().language)
    window = start_window(settings, (args.vault or default_vault_dir()).expanduser())
    code = app.exec()
    del window
    return code
