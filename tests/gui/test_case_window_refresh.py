"""A case window reads only what it shows: a tab when it is shown, again only when a record of
its own case changes (a save elsewhere took seconds with a large case open), its History's
names in a few queries, and its column widths from a bounded number of rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt

from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.row_models import RowsModel
from desktop_app.ui.table import RecordTable


def _case(vault: Vault, reference: str, testimonies: int = 1) -> dict[str, Any]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": reference, "title": f"Case {reference}"})
        person = writer.create("person", {"name": f"Witness of {reference}"})
        session.flush()
        writer.create(
            "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
        )
        ids = [
            writer.create(
                "testimony", {"case": str(case.id), "witness": str(person.id), "narrative": "…"}
            ).id
            for _ in range(testimonies)
        ]
        return {"case": case.id, "person": person.id, "testimonies": ids}


def _retitle_behind_the_window(vault: Vault, case_id: UUID, title: str) -> None:
    """Change the case without telling any window (as a colleague's bundle would)."""
    with vault.transaction() as session:
        case = get_record(session, "case", case_id)
        vault.writer(session).update(case, {"reference": case.reference, "title": title})


def _save_testimony_form(window: MainWindow, testimony_id: UUID, interviewer: str) -> None:
    form = window.registry.open_form("testimony", testimony_id)
    form.interviewer_edit.setText(interviewer)
    form.save()


@contextmanager
def _selects(vault: Vault) -> Iterator[list[str]]:
    from sqlalchemy import event

    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)


def test_a_save_in_another_case_leaves_the_window_alone(qtbot, unlocked_window) -> None:
    window = unlocked_window
    mine, other = _case(window.vault, "UZ-1"), _case(window.vault, "UZ-2")
    view = window.registry.open_case(mine["case"])
    assert isinstance(view, CaseView)
    _retitle_behind_the_window(window.vault, mine["case"], "Read again")

    _save_testimony_form(window, other["testimonies"][0], "Someone else")
    assert "Read again" not in view.heading.text()  # not read again for another case's save

    _save_testimony_form(window, mine["testimonies"][0], "Here")
    assert "Read again" in view.heading.text()


def test_renaming_a_party_of_the_case_refreshes_its_people(qtbot, unlocked_window) -> None:
    window = unlocked_window
    mine = _case(window.vault, "UZ-1")
    view = window.registry.open_case(mine["case"])
    view.tabs.setCurrentWidget(view.people_page)
    form = window.registry.open_form("person", mine["person"])
    form.name_edit.setText("Renamed witness")
    form.save()
    assert view.party_model.data(view.party_model.index(0, 0)) == "Renamed witness"


def test_a_tab_is_read_when_it_is_shown(qtbot, unlocked_window) -> None:
    window = unlocked_window
    mine = _case(window.vault, "UZ-1")
    view = window.registry.open_case(mine["case"])
    assert view.history_tab.model.rowCount() == 0  # not shown yet: not read
    view.tabs.setCurrentWidget(view.history_tab)
    entries = view.history_tab.model.rowCount()
    assert entries == 4  # created: the case, the person, their part in it, the testimony

    view.tabs.setCurrentWidget(view.testimonies_page)
    _save_testimony_form(window, mine["testimonies"][0], "Here")
    assert view.history_tab.model.rowCount() == entries  # hidden: read when shown again
    view.tabs.setCurrentWidget(view.history_tab)
    assert view.history_tab.model.rowCount() == entries + 1


def test_the_history_names_its_records_in_a_few_queries(qtbot, unlocked_window) -> None:
    window = unlocked_window
    mine = _case(window.vault, "UZ-1", testimonies=40)
    view = window.registry.open_case(mine["case"])
    with _selects(window.vault) as selects:
        view.tabs.setCurrentWidget(view.history_tab)
    model = view.history_tab.model
    names = {model.data(model.index(r, model.COL_RECORD)) for r in range(model.rowCount())}
    assert names == {"UZ-1", "Witness of UZ-1"}
    assert model.rowCount() == 43  # the case, the person, their part and 40 testimonies
    assert len(selects) < 20  # one query per entry made 42 and more


class _Rows(RowsModel):
    COLUMN_COUNT = 2
    STRETCH_COLUMN = 1
    WHOLE_COLUMNS = (0,)

    def __init__(self) -> None:
        super().__init__()
        self.cells_read = 0

    def headers(self) -> list[str]:
        return ["Role", "Name"]

    def display(self, row: Any, column: int) -> str:
        self.cells_read += column == 0
        return str(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def test_whole_columns_are_measured_on_a_bounded_number_of_rows(qtbot, unlocked_window) -> None:
    model = _Rows()
    table = RecordTable(model, unlocked_window.clipboard, "Rows")
    qtbot.addWidget(table)
    model.set_rows([f"Role {n}" for n in range(5000)])
    assert 0 < model.cells_read < 500  # Qt alone measured 1,000 rows on every change
