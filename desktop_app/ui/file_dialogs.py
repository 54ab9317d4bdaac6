"""File and folder choosers that leave no trace of the folders visited.

Every file dialog in the GUI goes through this module, and each is Qt's own dialog, never the
desktop's: GTK's file chooser (GNOME, and Qt's GTK platform theme) and KDE's add the files and
folders chosen to ``~/.local/share/recently-used.xbel``, where the file manager and the "Recent"
list show them to whoever opens the laptop, and Windows and macOS keep lists of their own.

Qt's own file dialog in turn saves its recent folders in the user's shared Qt settings
(``QtProject.conf``, group ``[FileDialog]``: ``history=``, ``lastVisited=``) each time a dialog
is destroyed. Folder and file names there can name a witness or a case, and that file is
neither encrypted nor Sandiq's. Removing the group after each dialog left the names on disk for
a moment (all of them if Sandiq was killed then) and in the freed blocks after, so at start
``keep_qt_settings_in_memory`` moves Qt's per-user settings into a private folder in memory.
Where that cannot be done (Windows keeps them in the registry, macOS in its preferences; no
memory file system) ``forget_file_dialog_history`` still removes the group after each dialog.

A dialog given no folder would open in the working folder (started with ``make run``, the
source checkout, where a dossier was saved), and Qt's memory of the last folder goes with its
settings: each dialog opens instead in the folder last chosen in this run, held here in memory
and nowhere else until the vault locks, or else in the user's Documents folder, or else their
home folder.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import stat
import sys
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.core.fileio import new_locked_folder, remove_if_abandoned

# Where QFileDialog keeps its state (qfiledialog.cpp: QSettings(UserScope, "QtProject"),
# group "FileDialog").
QT_SETTINGS_ORGANIZATION = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"
NO_OPTIONS = QFileDialog.Option(0)
QT_OWN_DIALOG = QFileDialog.Option.DontUseNativeDialog
# Shared memory, a tmpfs on Linux, when the session has no XDG_RUNTIME_DIR.
SHARED_MEMORY_FOLDER = Path("/dev/shm")
QT_SETTINGS_PREFIX = "sandiq-qt-"
# The prefix and 8 random letters (fileio's).
_QT_SETTINGS_NAME = re.compile(re.escape(QT_SETTINGS_PREFIX) + r"[a-z0-9_]{8}")

# The folder of the last file or folder chosen in this run; never written anywhere.
_last_folder: Path | None = None


def keep_qt_settings_in_memory() -> Path | None:
    """Point Qt's own per-user settings (QSettings(UserScope, org) in NativeFormat or
    IniFormat: the file dialog's "QtProject" among them) at a new 0700 folder in memory, removed
    at exit, and return it; None, changing nothing, on Windows and macOS (registry, plist) or
    with no memory folder. Call before the first file dialog. Sandiq's own settings name their
    file (settings.Settings) and stay where they are.

    The folder stays locked while Sandiq runs; those of Sandiqs killed before their exit
    handlers ran (kill -9, a crash) are removed first."""
    if sys.platform in ("win32", "darwin"):
        return None
    parent = _memory_folder()
    if parent is None:
        return None
    remove_abandoned_qt_settings(parent)
    # The lock is never released: it goes with the process, so that the next start can tell
    # a killed Sandiq's folder from a running one's.
    folder, _ = new_locked_folder(parent, QT_SETTINGS_PREFIX, "")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, str(folder))
    return folder


def remove_abandoned_qt_settings(parent: Path) -> None:
    """Remove from parent this account's Qt settings folders (keep_qt_settings_in_memory)
    that no running Sandiq holds locked. In /dev/shm they outlive the session."""
    for folder in parent.glob(f"{QT_SETTINGS_PREFIX}*"):
        try:
            info = os.lstat(folder)
        except OSError:
            continue
        if (
            _QT_SETTINGS_NAME.fullmatch(folder.name)
            and stat.S_ISDIR(info.st_mode)  # a symbolic link is not followed
            and info.st_uid == os.getuid()
        ):
            remove_if_abandoned(folder, time.time() - info.st_mtime)


def _memory_folder() -> Path | None:
    """$XDG_RUNTIME_DIR (a tmpfs the session removes at logout) if it is this user's alone,
    else /dev/shm, else None."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime:
        try:
            info = os.stat(runtime)
        except OSError:
            info = None
        if (
            info is not None
            and stat.S_ISDIR(info.st_mode)
            and info.st_uid == os.getuid()
            and not info.st_mode & 0o077
        ):
            return Path(runtime)
    return SHARED_MEMORY_FOLDER if SHARED_MEMORY_FOLDER.is_dir() else None


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembered from the user's Qt settings.

    Where keep_qt_settings_in_memory could not move them this is the user's shared Qt settings
    (registry, plist or file): the group is shared with other Qt programs, and losing their
    recent-folder list is a small price against leaving case folder names there. In memory the
    names would otherwise stay while Sandiq runs, where swap may copy them to disk, and under
    /dev/shm after a killed Sandiq until the next start removes them.
    """
    qt_settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANIZATION)
    if FILE_DIALOG_GROUP in qt_settings.childGroups():
        qt_settings.remove(FILE_DIALOG_GROUP)
        qt_settings.sync()


def usual_folder() -> Path:
    """The folder last chosen in a file dialog in this run if it still exists, else the
    user's Documents folder, else their home folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return documents if documents.is_dir() else Path.home()


def _start_folder(given: str) -> str:
    """given if it names a folder by its whole path (else its nearest existing parent: the
    vault folder a wizard suggests may not exist yet), else usual_folder(): never the working
    folder."""
    if Path(given).is_absolute():
        folder = Path(given)
        while not folder.is_dir() and folder != folder.parent:
            folder = folder.parent
        return str(folder)
    return str(usual_folder())


def _save_start(suggested_name: str) -> str:
    """suggested_name as it is if it is a whole path, else that name in usual_folder()."""
    if Path(suggested_name).is_absolute():
        return suggested_name
    return str(usual_folder() / suggested_name)


def _remember(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


def forget_last_folder() -> None:
    """Drop the folder last chosen in this run, here and in Qt's own memory, so the next dialog
    opens in Documents (or home). Called at lock: a folder's name can name a case or a witness,
    and the dialogs of the locked window (restore from a backup) must not show it."""
    global _last_folder
    _last_folder = None
    # Qt keeps the last folder a dialog went to in memory of its own (qfiledialog.cpp's
    # lastVisitedDir), where a dialog given no folder opens; a dialog made in another folder
    # is the only way to overwrite it. It saves its settings when deleted, hence the forget.
    shiboken6.delete(QFileDialog(None, "", str(usual_folder())))
    forget_file_dialog_history()


def choose_existing_folder(parent: QWidget | None, caption: str, start_folder: str = "") -> str:
    """A folder the user picked, or "" if they cancelled."""
    try:
        folder = QFileDialog.getExistingDirectory(
            parent,
            caption,
            _start_folder(start_folder),
            QFileDialog.Option.ShowDirsOnly | QT_OWN_DIALOG,
        )
    finally:
        forget_file_dialog_history()
    if folder:
        _remember(Path(folder))
    return folder


def choose_file_to_open(
    parent: QWidget | None, caption: str, start_folder: str = "", name_filter: str = ""
) -> str:
    """An existing file the user picked, or "" if they cancelled."""
    try:
        name, _ = QFileDialog.getOpenFileName(
            parent, caption, _start_folder(start_folder), name_filter, options=QT_OWN_DIALOG
        )
    finally:
        forget_file_dialog_history()
    if name:
        _remember(Path(name).parent)
    return name


def choose_files_to_open(
    parent: QWidget | None, caption: str, start_folder: str = "", name_filter: str = ""
) -> list[str]:
    """The existing files the user picked, or [] if they cancelled."""
    try:
        names, _ = QFileDialog.getOpenFileNames(
            parent, caption, _start_folder(start_folder), name_filter, options=QT_OWN_DIALOG
        )
    finally:
        forget_file_dialog_history()
    if names:
        _remember(Path(names[0]).parent)
    return list(names)


def choose_file_to_save(
    parent: QWidget | None,
    caption: str,
    suggested_name: str = "",
    name_filter: str = "",
    options: QFileDialog.Option = NO_OPTIONS,
) -> str:
    """The file name the user chose to save as, or "" if they cancelled. A suggested name
    without a folder is offered in usual_folder()."""
    try:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            caption,
            _save_start(suggested_name),
            name_filter,
            options=options | QT_OWN_DIALOG,
        )
    finally:
        forget_file_dialog_history()
    if name:
        _remember(Path(name).parent)
    return name
