"""After a bulk resolution a case's History shows the decisions as one row naming how many
(it showed one identical "Conflict resolved" line each), by this vault, and each version kept
as the colleague's, by the colleague; the audit log keeps an entry per decision."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy import func, select

from db.vault_bookkeeping import AuditEntry
from desktop_app.core.content import to_content
from desktop_app.core.exchange.conflict_bulk import ConflictSelection, resolve_conflicts
from desktop_app.core.exchange.conflicts import resolve_conflict
from desktop_app.core.records import get_record
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.main_window import MainWindow
from tests.integration.exchange_support import Site, introduce, make_site

TESTIMONIES = 60  # 120 entries: the run goes on past History's first page of 100


def _lines(model: HistoryModel) -> list[tuple[str, str, str, str]]:
    """(action, record kind, by, version) of each line, newest first."""
    columns = (model.COL_ACTION, model.COL_KIND, model.COL_BY, model.COL_VERSION)
    return [
        tuple(model.data(model.index(row, column)) for column in columns)
        for row in range(model.rowCount())
    ]


def _edit_all(site: Site, ids: list[UUID], summary: str) -> None:
    with site.vault.transaction() as session:
        writer = site.vault.writer(session)
        for record_id in ids:
            record = get_record(session, "testimony", record_id)
            writer.update(record, {**to_content(record), "summary": summary})


def _shared_case(here: Site, colleague: Site) -> tuple[UUID, list[UUID]]:
    """A case of the colleague's with many testimonies, each edited on both sides since."""
    with colleague.vault.transaction() as session:
        writer = colleague.vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0513", "title": "Andijan"}).id
        session.flush()
        witnesses = [
            writer.create("person", {"name": f"Witness {n}"}).id for n in range(TESTIMONIES)
        ]
        session.flush()
        ids = [
            writer.create("testimony", {"case": str(case), "witness": str(witness)}).id
            for witness in witnesses
        ]
    here.import_(colleague.export("Test", since_last=True).path)
    _edit_all(here, ids, "Checked here")
    _edit_all(colleague, ids, "Checked by Aziza")
    here.import_(colleague.export("Test", since_last=True).path)
    return case, ids


def _decisions(here: Site) -> int:
    query = select(func.count()).where(AuditEntry.action == "resolve_conflict")
    with here.vault.read() as session:
        return session.scalar(query.select_from(AuditEntry)) or 0


def test_a_bulk_resolution_is_one_line_of_history_and_each_kept_version_the_colleagues(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "here").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "here")
    colleague = make_site(tmp_path, "Aziza Yusupova")
    introduce(here, colleague)
    case, _ids = _shared_case(here, colleague)
    resolve_conflicts(here.vault, ConflictSelection(), "theirs")
    assert _decisions(here) == TESTIMONIES  # the audit log keeps every decision

    view = unlocked_window.registry.open_case(case)
    view.tabs.setCurrentWidget(view.history_tab)
    model = view.history_tab.model
    first_page = _lines(model)
    assert first_page[0] == ("50 conflicts resolved", "Testimony", "this vault", "")
    assert ("Conflict resolved", "Testimony", "this vault", "2") not in first_page
    kept = ("Version kept in a conflict", "Testimony", "Aziza Yusupova", "3")
    assert first_page[1:] == [kept] * 50

    while model.canFetchMore():  # scrolled down: the rest of the run joins its line
        model.fetchMore()
    lines = _lines(model)
    assert lines[0] == (f"{TESTIMONIES} conflicts resolved", "Testimony", "this vault", "")
    assert lines.count(kept) == TESTIMONIES
    assert [line for line in lines if "onflict" in line[0] and line != kept] == [lines[0]]
    names = model.data(model.index(0, model.COL_RECORD))
    assert names.split(", ") == [f"Witness {n}" for n in reversed(range(TESTIMONIES))]
    colleague.vault.lock()


def test_decisions_taken_one_at_a_time_stay_lines_of_their_own(
    qtbot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "here").mkdir()
    here = Site("Test", unlocked_window.vault, tmp_path / "here")
    colleague = make_site(tmp_path, "Aziza Yusupova")
    introduce(here, colleague)
    case, _ids = _shared_case(here, colleague)
    resolve_conflict(here.vault, 1, "mine")
    resolve_conflict(here.vault, 2, "theirs")

    view = unlocked_window.registry.open_case(case)
    view.tabs.setCurrentWidget(view.history_tab)
    lines = _lines(view.history_tab.model)
    assert lines[:3] == [
        ("Conflict resolved", "Testimony", "this vault", "3"),
        ("Version kept in a conflict", "Testimony", "Aziza Yusupova", "3"),
        ("Conflict resolved", "Testimony", "this vault", "2"),
    ]
    colleague.vault.lock()
