"""File dialogs leave no folder or file names in Qt's shared settings file (QtProject.conf)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.ui import file_dialogs, qt_strings

# The real static methods, taken before the autouse fixture in conftest.py replaces them.
_REAL_STATIC_METHODS = {
    name: getattr(QFileDialog, name)
    for name in ("getExistingDirectory", "getOpenFileName", "getOpenFileNames", "getSaveFileName")
}
CANARY = "CANARY-91bd"


@pytest.fixture
def qt_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Qt's per-user settings (QtProject.conf) in a temp folder, and real file dialogs."""
    for name, method in _REAL_STATIC_METHODS.items():
        monkeypatch.setattr(QFileDialog, name, method)
    folder = tmp_path / "qt-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    # QSettings reads XDG_CONFIG_HOME once per process, so the path is set directly as well.
    user_folder = str(Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()).parent)
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, str(folder))
    assert Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()).parent == folder
    yield folder
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, user_folder)


@pytest.fixture
def case_folder(tmp_path: Path) -> Path:
    """A folder whose name must not leave the machine's memory."""
    folder = tmp_path / f"Witness {CANARY} folder"
    folder.mkdir()
    (folder / f"KG-{CANARY}.pdf").write_bytes(b"%PDF-")
    return folder


def _visit_then_cancel(folder: Path) -> None:
    """When the file dialog is up, go into folder (so Qt remembers it), then cancel."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        dialog.setDirectory(str(folder))
        dialog.reject()

    QTimer.singleShot(0, act)


def _saved_text(config: Path) -> str:
    return "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in config.rglob("*")
        if path.is_file()
    )


def test_qt_file_dialog_on_its_own_writes_the_folder_name(qt_config, case_folder):
    # Proves the check below can fail: this is the leak the helpers close.
    _visit_then_cancel(case_folder)
    QFileDialog.getSaveFileName(None, "Save", f"KG-{CANARY}.pdf", "PDF (*.pdf)")
    assert CANARY in _saved_text(qt_config)


@pytest.mark.parametrize(
    "choose",
    [
        lambda folder: file_dialogs.choose_existing_folder(None, "Choose", str(folder.parent)),
        lambda folder: file_dialogs.choose_file_to_open(None, "Open", "", "PDF (*.pdf)"),
        lambda folder: file_dialogs.choose_files_to_open(None, "Add files"),
        lambda folder: file_dialogs.choose_file_to_save(
            None,
            "Save",
            f"KG-{CANARY}.pdf",
            "PDF (*.pdf)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        ),
    ],
    ids=["folder", "open", "open-many", "save"],
)
def test_sandiq_file_dialogs_leave_no_folder_names_behind(
    qt_config, case_folder, choose: Callable[[Path], object]
):
    # An earlier dialog (or an older Sandiq) left the folder in the file already.
    QSettings(QSettings.Scope.UserScope, "QtProject").setValue(
        "FileDialog/lastVisited", case_folder.as_uri()
    )
    _visit_then_cancel(case_folder)
    assert not choose(case_folder)
    assert CANARY not in _saved_text(qt_config)
    assert "Witness" not in _saved_text(qt_config)


class _AskedTexts(QTranslator):
    """A translator that translates nothing and records what Qt asked it for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def _listed_qt_texts() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP in qt_strings.py, as lupdate reads them."""
    tree = ast.parse(Path(qt_strings.__file__).read_text(encoding="utf-8"))
    return {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }


def test_every_text_of_qts_own_file_dialog_is_listed_for_translation(qt_config, case_folder):
    # Before: "Look in:", "Files of type:", the Folder type and the column headers stayed
    # English in Uzbek (and partly in Russian) on desktops without a native file dialog.
    recorder = _AskedTexts()
    app = QApplication.instance()
    app.installTranslator(recorder)
    try:
        for accept, mode in (
            (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.ExistingFile),
            (QFileDialog.AcceptMode.AcceptSave, QFileDialog.FileMode.AnyFile),
            (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.Directory),
        ):
            dialog = QFileDialog(None, "Sandiq", str(case_folder))
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            dialog.setAcceptMode(accept)
            dialog.setFileMode(mode)
            dialog.setViewMode(QFileDialog.ViewMode.Detail)
            dialog.show()
            QTest.qWait(200)  # the folder is read on Qt's own thread
            dialog.reject()
            dialog.deleteLater()
    finally:
        app.removeTranslator(recorder)
        file_dialogs.forget_file_dialog_history()
    contexts = ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider", "QPlatformTheme")
    asked = {
        (context, text)
        for context, text in recorder.asked
        if context in contexts and not text.startswith("Alt+")  # key names, the same everywhere
    }
    assert ("QFileDialog", "&Look in:") in asked  # the recorder saw the dialog
    assert asked - _listed_qt_texts() == set()


def _record_then_cancel(seen: list[bool]) -> None:
    """When the file dialog is up, note whether it is Qt's own, then cancel."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.reject()

    QTimer.singleShot(0, act)


@pytest.mark.parametrize(
    "choose",
    [
        lambda: file_dialogs.choose_existing_folder(None, "Choose"),
        lambda: file_dialogs.choose_file_to_open(None, "Open", "", "PDF (*.pdf)"),
        lambda: file_dialogs.choose_files_to_open(None, "Add files"),
        lambda: file_dialogs.choose_file_to_save(
            None, "Save", "KG.pdf", "PDF (*.pdf)", options=QFileDialog.Option.DontConfirmOverwrite
        ),
    ],
    ids=["folder", "open", "open-many", "save"],
)
def test_sandiq_file_dialogs_are_qts_own_never_the_desktops(qt_config, choose):
    # The desktop's dialogs (GTK's, KDE's) add what was chosen to recently-used.xbel.
    qts_own: list[bool] = []
    _record_then_cancel(qts_own)
    choose()
    assert qts_own == [True]


def test_every_file_dialog_of_the_gui_goes_through_file_dialogs():
    package = Path(file_dialogs.__file__).resolve().parents[1]
    opening = re.compile(
        r"QFileDialog\s*\(|QFileDialog\.get|getOpenFileName|getSaveFileName|"
        r"getExistingDirectory|QFileDialog\.exec|\.setFileMode\("
    )
    elsewhere = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "file_dialogs.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if opening.search(line)
    ]
    assert elsewhere == []


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with Documents, and a working folder elsewhere (the source checkout)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    monkeypatch.chdir(checkout)
    return home


def _answer(shown: list[tuple[str, list[str]]], chosen: Path | None = None) -> None:
    """When the file dialog is up, note its folder and the file it offers, then choose
    chosen (a file, or a folder) or cancel."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        shown.append((dialog.directory().absolutePath(), dialog.selectedFiles()))
        if chosen is None:
            dialog.reject()
            return
        if chosen.is_dir():
            dialog.setDirectory(str(chosen))
        else:
            dialog.selectFile(str(chosen))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_a_file_dialog_opens_in_documents_never_in_the_working_folder(qt_config, user_home):
    # Before: started with `make run`, the dossier's Save dialog opened in the source checkout.
    shown: list[tuple[str, list[str]]] = []
    _answer(shown)
    file_dialogs.choose_file_to_save(
        None, "Save", "KG-42.pdf", "PDF (*.pdf)", options=QFileDialog.Option.DontConfirmOverwrite
    )
    documents = user_home / "Documents"
    assert shown == [(str(documents), [str(documents / "KG-42.pdf")])]
    _answer(shown)
    file_dialogs.choose_file_to_open(None, "Open", "", "PDF (*.pdf)")
    assert shown[1][0] == str(documents)


def test_without_documents_a_file_dialog_opens_at_home(qt_config, user_home):
    (user_home / "Documents").rmdir()
    shown: list[tuple[str, list[str]]] = []
    _answer(shown)
    file_dialogs.choose_existing_folder(None, "Where to put the backup")
    assert shown[0][0] == str(user_home)


def test_the_next_file_dialog_opens_where_the_user_last_saved(qt_config, user_home, tmp_path):
    # Before: after saving into a folder, the next dialog was back in the working folder.
    out = tmp_path / f"Witness {CANARY} folder"
    out.mkdir()
    shown: list[tuple[str, list[str]]] = []
    _answer(shown, out / "me.contact")
    chosen = file_dialogs.choose_file_to_save(None, "Save my contact file", "me.contact")
    assert chosen == str(out / "me.contact")
    _answer(shown)
    file_dialogs.choose_file_to_save(None, "Save the dossier as", "KG-42.pdf")
    assert shown[1] == (str(out), [str(out / "KG-42.pdf")])
    _answer(shown)
    file_dialogs.choose_files_to_open(None, "Add files to the case")
    assert shown[2][0] == str(out)
    # Kept in memory only: Qt's settings hold no trace of it (Sandiq's own are not touched).
    assert CANARY not in _saved_text(qt_config)


def test_a_folder_given_by_its_whole_path_is_where_the_dialog_opens(qt_config, user_home):
    vault_folder = user_home / ".local" / "share" / "sandiq" / "vault"  # not made yet
    (user_home / ".local").mkdir()
    shown: list[tuple[str, list[str]]] = []
    _answer(shown)
    file_dialogs.choose_existing_folder(None, "Choose a folder for the vault", str(vault_folder))
    assert shown[0][0] == str(user_home / ".local")
