"""Starting Sandiq again, the way it was started, so that a newly chosen language shows.

Every widget translates its texts once, when it is built; a new language shows only in
windows built after it is installed. Rebuilding every open window in place would lose what is
typed in them, so Sandiq starts again instead: the main window closes as when quitting (an
open vault locks, open forms are kept as drafts in it, the clipboard is cleared), the event
loop ends, and ``run`` replaces the process with a new one: same interpreter, same arguments
(``python -m desktop_app --vault X`` from ``make run``, or the ``sandiq-gui`` script).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# Kept on the window closed, not in a global: a request ends with the window it closed.
_REQUESTED = "sandiq_restart_requested"


def restart_command() -> list[str]:
    """The command line this process was started with, run by this interpreter again."""
    # orig_argv keeps `-m desktop_app` (and any -X flags), which sys.argv has lost.
    return [sys.executable, *sys.orig_argv[1:]]


def restart_after_closing(window: QWidget) -> None:
    """Close window as when quitting and, if it closed, have Sandiq start again once the event
    loop has ended; if the user kept it open (work that could not be saved), nothing more."""
    if window.close():
        window.setProperty(_REQUESTED, True)
        QCoreApplication.quit()


def is_restart_requested(window: QWidget) -> bool:
    """Whether closing window asked for Sandiq to start again."""
    return bool(window.property(_REQUESTED))


def restart_if_requested(
    window: QWidget,
    execv: Callable[[str, list[str]], object] = os.execv,
    temporary_folders: Sequence[Path | None] = (),
) -> None:
    """After the event loop: replace this process with a new Sandiq if closing window asked
    for it, removing temporary_folders first (an exec runs no exit handlers: each restart
    left a Qt settings folder in memory); execv is a parameter so a test sees the command
    without replacing its runner."""
    if not is_restart_requested(window):
        return
    for folder in temporary_folders:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.flush()
    sys.stderr.flush()
    execv(sys.executable, restart_command())
