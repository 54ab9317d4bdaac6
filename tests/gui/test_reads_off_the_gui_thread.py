"""Reads that took seconds in a large vault run on a worker, never on the GUI thread: Records >
Deleted records opens at once, saying it is reading (it froze the window 2.6 s with 100,000
testimonies), and the person picker looks a typed name up while typing goes on (0.7 s for
"A K"), never showing the people found for a name typed before the one in the box."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import Engine, event

from desktop_app.ui.main_window import MainWindow
from tests.gui.test_person_picker_scripts import _add_party_picker, _suggested, _type


@contextmanager
def _reading_threads(engine: Engine) -> Iterator[list[tuple[int, str]]]:
    """The thread and text of every SELECT run on engine meanwhile."""
    seen: list[tuple[int, str]] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((threading.get_ident(), " ".join(statement.split())))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_deleted_records_open_at_once_and_the_list_is_read_on_a_worker(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        for name in ("Gulnora Karimova", "Bobur Toshev"):
            person = writer.create("person", {"name": name})
            session.flush()
            writer.delete(person)
    gui_thread = threading.get_ident()
    with _reading_threads(vault.engine) as reads:
        dialog = unlocked_window.menus.show_deleted_records()
        # Before: the list was read in the constructor, and the window froze meanwhile.
        assert dialog.model.rowCount() == 0
        assert dialog.status_label.text() == "Reading the deleted records…"
        assert dialog.status_label.isVisibleTo(dialog)
        assert not dialog.restore_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert not dialog.status_label.isVisibleTo(dialog)
    assert not dialog.is_reading()
    deleted_reads = [thread for thread, statement in reads if "is_deleted IS 1" in statement]
    assert deleted_reads and gui_thread not in deleted_reads
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()


def test_a_name_is_looked_up_on_a_worker_and_an_older_names_people_are_never_shown(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case_id = writer.create("case", {"reference": "UZ-1", "title": "Andijan"}).id
        for name in ("Alisher Karimov", "Ali Valiyev"):
            writer.create("person", {"name": name})
        bobur = writer.create("person", {"name": "Bobur Toshev"}).id
    picker = _add_party_picker(qtbot, unlocked_window, case_id)
    shown: list[tuple[str, list[str]]] = []  # the text in the box, and the names suggested
    picker.suggestions.modelReset.connect(
        lambda: shown.append((picker.name_edit.text(), picker.suggestions.stringList()))
    )

    def type_bo_as_ali_is_looked_up() -> None:  # runs right after the look-up of "Ali" starts
        picker._lookup_timer.timeout.disconnect(type_bo_as_ali_is_looked_up)
        picker.name_edit.selectAll()
        _type(picker.name_edit, "Bo")

    picker._lookup_timer.timeout.connect(type_bo_as_ali_is_looked_up)
    gui_thread = threading.get_ident()
    with _reading_threads(vault.engine) as reads:
        _type(picker.name_edit, "Ali")
        qtbot.waitUntil(lambda: _suggested(picker) == ["Bobur Toshev"])
    # The answer for "Ali" came while "Bo" was in the box: it was dropped, not shown.
    assert [labels for text, labels in shown if text != "Ali" and labels] == [["Bobur Toshev"]]
    lookups = [thread for thread, statement in reads if "person" in statement]
    # Before: the look-up ran on the GUI thread (0.7 s for "A K" in a large vault).
    assert lookups and gui_thread not in lookups
    popup = picker.completer.popup()
    assert not popup.currentIndex().isValid()  # Enter alone still picks nobody
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.name_edit.text() == "Bobur Toshev"
    assert picker.person_id() == bobur
