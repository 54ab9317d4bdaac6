"""A case's History says whose merge a deletion kept in a conflict, and credits a relayed
version to the colleague who wrote it, not to the one whose bundle brought it.

This vault, Aziza's and Bekzod's exchange. Aziza merges Latypov into Латипов (both victims in
her case) while he is edited elsewhere; whoever keeps the merge writes the tombstone as their
own change, and the line said they deleted him.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.person_merge import merge_persons
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.main_window import MainWindow
from tests.integration.exchange_support import Site, introduce, make_site

KEPT, MERGED = "Латипов Ғайратжон", "Latypov Gairatzhan"
# The merge keeps the party with the smaller id: Latypov's is deleted and still names him, so
# the case's History lists his changes.
PARTY_IDS = ("00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002")


def _team(window: MainWindow, tmp_path: Path) -> tuple[Site, Site, Site, dict[str, UUID]]:
    """This vault, Aziza and Bekzod, each holding Aziza's case with two spellings of a victim."""
    (tmp_path / "here").mkdir()
    here = Site("Test", window.vault, tmp_path / "here")
    aziza, bekzod = make_site(tmp_path, "Aziza"), make_site(tmp_path, "Bekzod")
    introduce(here, aziza, bekzod)
    case = aziza.write("case", {"reference": "UZ-2026-0007", "title": "Arrest at the bazaar"})
    ids = {"case": case, "kept": aziza.write("person", {"name": KEPT})}
    ids["merged"] = aziza.write("person", {"name": MERGED})
    for party_id, person in zip(PARTY_IDS, ("kept", "merged"), strict=True):
        party = {"id": party_id, "case": str(case), "person": str(ids[person]), "role": "victim"}
        aziza.write("case_party", party)
    _send(aziza, here, bekzod)
    with aziza.vault.transaction() as session:
        merge_persons(aziza.vault.writer(session), ids["kept"], ids["merged"])
    return here, aziza, bekzod, ids


def _send(sender: Site, *to: Site) -> None:
    bundle = sender.export(*(site.name for site in to), since_last=True).path
    for site in to:
        site.import_(bundle)


def _keep_theirs(site: Site) -> None:
    with site.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(site.vault, conflict.id, "theirs")


def _lines(window: MainWindow, case_id: UUID) -> list[tuple[str, ...]]:
    """(action, kind, name, by, version) of each line of the case's History, newest first."""
    view = window.registry.open_case(case_id)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    model = view.history_tab.model
    columns = (
        HistoryModel.COL_ACTION,
        HistoryModel.COL_KIND,
        HistoryModel.COL_RECORD,
        HistoryModel.COL_BY,
        HistoryModel.COL_VERSION,
    )
    return [
        tuple(model.data(model.index(row, column)) for column in columns)
        for row in range(model.rowCount())
    ]


def test_keeping_a_colleagues_merge_says_whose_merge_it_was(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    here, aziza, bekzod, ids = _team(unlocked_window, tmp_path)
    here.edit("person", ids["merged"], birth_date="1985-02-14")
    _send(aziza, here)
    _keep_theirs(here)
    lines = _lines(unlocked_window, ids["case"])
    assert ("Conflict resolved", "Person", MERGED, "this vault", "3") in lines
    assert (f"Kept Aziza's merge into {KEPT}", "Person", MERGED, "this vault", "3") in lines
    assert not [line for line in lines if line[0] == "Deleted" and line[1] == "Person"]
    for site in (aziza, bekzod):
        site.vault.lock()


def test_a_colleagues_kept_merge_and_relayed_edit_name_their_authors(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    here, aziza, bekzod, ids = _team(unlocked_window, tmp_path)
    bekzod.edit("person", ids["merged"], birth_date="1985-02-14")
    bekzod.edit("case", ids["case"], summary="Taken from his stall on 3 May.")
    _send(aziza, here, bekzod)
    _keep_theirs(bekzod)
    _send(bekzod, aziza)
    _send(aziza, here)  # Aziza passes on Bekzod's kept merge and his summary
    lines = _lines(unlocked_window, ids["case"])
    assert ("Deleted", "Person", MERGED, "Aziza", "2") in lines  # her merge, taken first
    assert (f"Kept Aziza's merge into {KEPT}", "Person", MERGED, "Bekzod", "4") in lines
    assert [line for line in lines if line[1] == "Case"] == [
        ("Changed", "Case", "UZ-2026-0007", "Bekzod", "2"),  # in Aziza's bundle
        ("Created", "Case", "UZ-2026-0007", "Aziza", "1"),
    ]
    for site in (aziza, bekzod):
        site.vault.lock()
