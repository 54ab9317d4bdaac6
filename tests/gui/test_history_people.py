"""A case's History shows the changes to its people: a colleague's fix of a victim's name,
the witness's protection lifted in their bundle and put back here, by name and author, and
each version can be viewed."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.history_tab import VersionDialog
from desktop_app.ui.main_window import MainWindow
from tests.integration.exchange_support import Site, introduce, make_site, sample_case


def _people_lines(model: HistoryModel) -> list[tuple[str, ...]]:
    """(action, kind, name, by, version) of the lines about people, newest first."""
    columns = (
        model.COL_ACTION,
        model.COL_KIND,
        model.COL_RECORD,
        model.COL_BY,
        model.COL_VERSION,
    )
    lines = [
        tuple(model.data(model.index(row, column)) for column in columns)
        for row in range(model.rowCount())
    ]
    return [line for line in lines if line[1] == "Person"]


def test_the_history_shows_who_renamed_a_victim_and_lifted_and_restored_a_protection(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "here").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "here")
    colleague = make_site(tmp_path, "Jasur Karimov")
    introduce(here, colleague)
    ids = sample_case(colleague, "AN-2024-003")
    other = sample_case(colleague, "AN-2024-004")  # its people stay out of this history
    here.import_(colleague.export("Test", since_last=True).path)
    colleague.edit("person", ids["victim"], name="Azimzhan Askarov")
    colleague.edit("person", ids["witness"], protected=False)
    colleague.edit("person", other["witness"], notes="Moved.")
    here.import_(colleague.export("Test", since_last=True).path)
    with here.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(here.vault, conflict.id, "theirs")  # the protection is lifted here too

    view = unlocked_window.registry.open_case(ids["case"])
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    witness = "Dilnoza Shamsutdinova"
    assert _people_lines(history.model) == [
        ("Conflict resolved", "Person", witness, "this vault", "2"),
        ("Version kept in a conflict", "Person", witness, "Jasur Karimov", "2"),
        ("Changed", "Person", "Azimzhan Askarov", "Jasur Karimov", "2"),
        ("Created", "Person", witness, "Jasur Karimov", "1"),
        ("Created", "Person", "Azimzhan Askarov", "Jasur Karimov", "1"),
    ]

    form = unlocked_window.registry.open_form("person", ids["witness"])
    form.protected_check.setChecked(True)
    form.save()  # the open History takes the new line
    assert _people_lines(history.model)[0] == ("Changed", "Person", witness, "this vault", "3")

    history.table.selectRow(0)
    history.view_current()
    dialog = history.findChild(VersionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text().startswith("Version 3, ")
    assert dialog.heading.text().endswith(", by this vault")
    shown = dialog.table.model()
    values = {shown.index(row, 1).data() for row in range(shown.rowCount())}
    assert {witness, "Witness A"} <= values
    colleague.vault.lock()
