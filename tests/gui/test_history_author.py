"""A case's History says who made each change: this vault, or the colleague whose bundle
brought it, and the version dialog says it too."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.contacts import (
    add_contact,
    identity_info,
    my_contact_file,
    remove_contact,
)
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.history_tab import VersionDialog
from desktop_app.ui.main_window import MainWindow
from tests.integration.exchange_support import Site, introduce, make_site


def _changes(model: HistoryModel) -> list[tuple[str, str, str, str]]:
    """(action, record kind, version, by) of each line, newest first."""
    columns = (model.COL_ACTION, model.COL_KIND, model.COL_VERSION, model.COL_BY)
    return [
        tuple(model.data(model.index(row, column)) for column in columns)
        for row in range(model.rowCount())
    ]


def test_the_history_names_who_made_each_change_here_and_in_a_colleagues_bundle(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "here").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "here")
    colleague = make_site(tmp_path, "Aziza Yusupova")
    introduce(here, colleague)
    case_id = colleague.write("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"})
    here.import_(colleague.export("Test", since_last=True).path)
    event_id = here.write(
        "event", {"case": str(case_id), "act_type": "torture", "place": "Andijan"}
    )
    here.edit("case", case_id, title="Andijan raid, May 2005")
    colleague.import_(here.export("Aziza Yusupova", since_last=True).path)
    colleague.edit("event", event_id, place="Andijan, Bogishamol mahalla")
    here.import_(colleague.export("Test", since_last=True).path)

    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    assert _changes(history.model) == [
        ("Changed", "Event", "2", "Aziza Yusupova"),  # came in her second bundle
        ("Changed", "Case", "2", "this vault"),
        ("Created", "Event", "1", "this vault"),
        ("Created", "Case", "1", "Aziza Yusupova"),  # came in her first bundle
    ]

    history.table.selectRow(3)
    history.view_current()
    dialog = history.findChild(VersionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text().startswith("Version 1, ")
    assert dialog.heading.text().endswith(", by Aziza Yusupova")
    colleague.vault.lock()


def test_the_history_tells_a_removed_key_from_the_colleagues_new_one(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "here").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "here")
    old = make_site(tmp_path, "Dilnoza (Samarqand)")
    introduce(here, old)
    case_id = old.write("case", {"reference": "UZ-2022-0003", "title": "Raid"})
    here.import_(old.export("Test", since_last=True).path)
    with old.vault.read() as session:
        short = " ".join(identity_info(session).fingerprint.split()[:2]) + "…"
    remove_contact(here.vault, "Dilnoza (Samarqand)")
    new = make_site(tmp_path / "new-laptop", "Dilnoza (Samarqand)")
    with new.vault.read() as session:
        add_contact(here.vault, my_contact_file(session))
    here.edit("case", case_id, title="Raid in Nukus")

    view = unlocked_window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    assert _changes(history.model) == [
        ("Changed", "Case", "2", "this vault"),
        ("Created", "Case", "1", f"Dilnoza (Samarqand) — removed key {short}"),
    ]
    old.vault.lock()
    new.vault.lock()
