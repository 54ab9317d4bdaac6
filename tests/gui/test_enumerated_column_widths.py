"""A column of labels (a role, an act, a status) is wide enough for the label of any row, not
only of the first rows measured: a case's 200th person, an "Alleged perpetrator" among victims,
showed "Предполагаемый в…" while the first 199 rows were "Пострадавший"."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView, QWidget

from desktop_app.core import vocab
from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.column_fitter import MEASURED_ROWS
from desktop_app.ui.i18n import current_language, install_translators, vocab_label
from desktop_app.ui.list_models import CaseListModel
from desktop_app.ui.main_window import PAGE_CASES, MainWindow
from desktop_app.ui.row_models import PartyModel, TimelineModel
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF

ROWS = 200
LONG_TITLE = "Andijonda oʻzboshimchalik bilan qamoqqa olish"


@pytest.fixture(params=["ru", "uz"])
def window(request, qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault) -> Iterator:
    """The main window in a language over a vault of one case of 200 people and 200 events,
    the last of each with the longest label, and 200 cases, the last under review."""
    _fill(tmp_vault)
    install_translators(request.param)
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    main.attach(tmp_vault)
    main.resize(1100, 700)
    yield main
    main.registry.close_all_for_lock((main,))


def _fill(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        for number in range(ROWS):
            last = number == ROWS - 1
            case = writer.create(
                "case",
                {
                    "reference": f"UZ-2026-{number:04d}",
                    "title": LONG_TITLE,
                    "status": "under_review" if last else "open",
                },
            )
        session.flush()
        for number in range(ROWS):
            last = number == ROWS - 1
            person = writer.create("person", {"name": f"Person {number:03d}", "sex": "male"})
            session.flush()
            role = "perpetrator" if last else "victim"
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
            act = "arbitrary_detention" if last else "killing"
            writer.create(
                "event",
                {
                    "case": str(case.id),
                    "date": str(1800 + number),
                    "act_type": act,
                    "place": "Osh",
                },
            )


def _is_whole(table: QTableView, row: int, column: int) -> bool:
    index = table.model().index(row, column)
    return table.horizontalHeader().sectionSize(column) >= table.sizeHintForIndex(index).width()


def _shot(widget: QWidget, name: str) -> None:
    if folder := os.environ.get("SANDIQ_SCREENSHOTS"):
        widget.grab().save(str(Path(folder) / f"{current_language()}-{name}"))


def test_the_role_and_act_of_a_later_row_are_whole(qtbot, window: MainWindow) -> None:
    window.go_to(PAGE_CASES)
    model = window.case_model
    qtbot.waitUntil(lambda: model.rowCount() == ROWS)
    view = window.registry.open_case(model.row_at(ROWS - 1).id)
    assert isinstance(view, CaseView)
    qtbot.waitExposed(view)
    for page, table, column in (
        (view.people_page, view.party_table, PartyModel.COL_ROLE),
        (view.events_page, view.timeline_table, TimelineModel.COL_ACT),
    ):
        view.tabs.setCurrentWidget(page)
        last = table.model().rowCount() - 1
        assert last >= MEASURED_ROWS
        assert table.model().index(last, column).data() != table.model().index(0, column).data()
        table.scrollToBottom()
        _shot(view, f"later-row-{column}-{view.tabs.currentIndex()}.png")
        assert _is_whole(table, last, column), table.model().index(last, column).data()
        assert table.horizontalHeader().length() <= table.viewport().width()


def test_the_status_of_a_later_case_is_whole_as_that_of_a_first_one(
    qtbot, window: MainWindow
) -> None:
    window.go_to(PAGE_CASES)
    model = window.case_model
    table = window.cases_page.table
    qtbot.waitUntil(lambda: model.rowCount() == ROWS and table.viewport().width() > 800)
    last = ROWS - 1
    assert model.row_at(last).status == "under_review"
    table.scrollToBottom()
    _shot(window, "later-row-case-status.png")
    # Before: the title took the room of "Koʻrib chiqilmoqda", which the first rows lack.
    assert _is_whole(table, last, CaseListModel.COL_STATUS)
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_a_wider_label_on_a_page_read_later_is_whole(qtbot, window: MainWindow) -> None:
    metrics = window.cases_page.table.fontMetrics()
    widest = max(vocab.SENSITIVITIES, key=lambda code: metrics.horizontalAdvance(vocab_label(code)))
    with window.vault.transaction() as session:
        writer = window.vault.writer(session)
        for number in range(ROWS, ROWS + 60):
            sensitivity = widest if number == ROWS + 59 else "normal"
            writer.create(
                "case",
                {
                    "reference": f"UZ-2026-{number:04d}",
                    "title": LONG_TITLE,
                    "sensitivity": sensitivity,
                },
            )
    window.go_to(PAGE_CASES)
    model = window.case_model
    table = window.cases_page.table
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == ROWS and table.viewport().width() > 800)
    model.fetchMore()  # the second page, as scrolling down reads it
    qtbot.waitUntil(lambda: model.rowCount() == ROWS + 60)
    last = ROWS + 59
    assert model.row_at(last).sensitivity == widest
    assert _is_whole(table, last, CaseListModel.COL_SENSITIVITY)
    assert table.horizontalHeader().length() <= table.viewport().width()
