"""File and folder choosers that leave no trace of the folders visited.

Every file dialog in the GUI goes through this module, and each is Qt's own dialog, never the
desktop's: GTK's file chooser (GNOME, and Qt's GTK platform theme) and KDE's add the files and
folders chosen to ``~/.local/share/recently-used.xbel``, where the file manager and the "Recent"
list show them to whoever opens the laptop, and Windows and macOS keep lists of their own.

Qt's own file dialog in turn saves its recent folders in the user's shared Qt settings
(``QtProject.conf``, group ``[FileDialog]``: ``history=``, ``lastVisited=``) each time a dialog
is destroyed. Folder and file names there can name a witness or a case, and that file is
neither encrypted nor Sandiq's, so this module removes the group again once the dialog is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

# Where QFileDialog keeps its state (qfiledialog.cpp: QSettings(UserScope, "QtProject"),
# group "FileDialog").
QT_SETTINGS_ORGANIZATION = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"
NO_OPTIONS = QFileDialog.Option(0)
QT_OWN_DIALOG = QFileDialog.Option.DontUseNativeDialog


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembered from the user's Qt settings file.

    The group is shared with other Qt programs; losing their recent-folder list is a small
    price against leaving case folder names on disk.
    """
    qt_settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANIZATION)
    if FILE_DIALOG_GROUP in qt_settings.childGroups():
        qt_settings.remove(FILE_DIALOG_GROUP)
        qt_settings.sync()


def choose_existing_folder(parent: QWidget | None, caption: str, start_folder: str = "") -> str:
    """A folder the user picked, or "" if they cancelled."""
    try:
        return QFileDialog.getExistingDirectory(
            parent, caption, start_folder, QFileDialog.Option.ShowDirsOnly | QT_OWN_DIALOG
        )
    finally:
        forget_file_dialog_history()


def choose_file_to_open(
    parent: QWidget | None, caption: str, start_folder: str = "", name_filter: str = ""
) -> str:
    """An existing file the user picked, or "" if they cancelled."""
    try:
        name, _ = QFileDialog.getOpenFileName(
            parent, caption, start_folder, name_filter, options=QT_OWN_DIALOG
        )
        return name
    finally:
        forget_file_dialog_history()


def choose_files_to_open(
    parent: QWidget | None, caption: str, start_folder: str = "", name_filter: str = ""
) -> list[str]:
    """The existing files the user picked, or [] if they cancelled."""
    try:
        names, _ = QFileDialog.getOpenFileNames(
            parent, caption, start_folder, name_filter, options=QT_OWN_DIALOG
        )
        return list(names)
    finally:
        forget_file_dialog_history()


def choose_file_to_save(
    parent: QWidget | None,
    caption: str,
    suggested_name: str = "",
    name_filter: str = "",
    options: QFileDialog.Option = NO_OPTIONS,
) -> str:
    """The file name the user chose to save as, or "" if they cancelled."""
    try:
        name, _ = QFileDialog.getSaveFileName(
            parent, caption, suggested_name, name_filter, options=options | QT_OWN_DIALOG
        )
        return name
    finally:
        forget_file_dialog_history()
