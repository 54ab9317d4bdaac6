"""Every item model passes QAbstractItemModelTester; lists page by key set and sort in SQL."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core import case_file, case_history, drafts, listing
from desktop_app.core.attachments import add_attachment
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from desktop_app.ui.drafts_dialog import DraftModel
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.list_models import CaseListModel, PersonListModel, TestimonyListModel
from desktop_app.ui.record_list_model import ID_ROLE, RecordListModel
from desktop_app.ui.row_models import (
    AttachmentModel,
    PartyModel,
    SearchResultModel,
    TimelineModel,
)

CASES = 25


@pytest.fixture
def filled_vault(tmp_vault: Vault) -> Vault:
    """25 cases, each with a person in it, a testimony and an event; one attachment."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for n in range(CASES):
            case = writer.create(
                "case",
                {
                    "reference": f"KG-2010-{n:04d}",
                    "title": f"Case number {CASES - n} about Osh",
                    "status": ("open", "closed")[n % 2],
                    "start_date": f"{2000 + n}",
                },
            )
            person = writer.create("person", {"name": f"Person {n:02d}"})
            ids = {"case": str(case.id), "person": str(person.id)}
            writer.create("case_party", {**ids, "role": "victim"})
            writer.create(
                "testimony", {"case": ids["case"], "witness": ids["person"], "narrative": "Osh"}
            )
            writer.create("event", {"case": str(case.id), "act_type": "torture", "date": "2010"})
            if n == 0:
                add_attachment(writer, "case", case.id, io.BytesIO(b"hello"), "notes.txt")
        drafts.save_draft(session, "person", None, {"name": "Half-typed name"})
    return tmp_vault


def _check(qtbot, model) -> QAbstractItemModelTester:
    """Attach Qt's model tester; it reports failures as warnings, which the test then reads."""
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


@pytest.fixture(autouse=True)
def _tester_failures_fail_the_test(qtlog) -> Iterator[None]:
    yield
    failures = [record.message for record in qtlog.records if "FAIL!" in record.message]
    assert failures == []


@pytest.mark.parametrize("model_class", [CaseListModel, PersonListModel, TestimonyListModel])
def test_paged_list_models_pass_the_model_tester(qtbot, filled_vault, model_class):
    model = model_class()
    model.PAGE_SIZE = 10
    tester = _check(qtbot, model)
    model.set_vault(filled_vault)  # the tester itself fetches every page, as a view would
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total() == CASES
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_filter(listing.ListFilter(text="1"))
    model.set_vault(None)
    assert model.rowCount() == 0
    del tester


def test_key_set_pages_follow_each_other_in_sort_order(qtbot, filled_vault):
    model = CaseListModel()
    model.PAGE_SIZE = 7
    model.set_vault(filled_vault)
    model.sort(CaseListModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    titles = [model.data(model.index(r, CaseListModel.COL_TITLE)) for r in range(model.rowCount())]
    assert len(titles) == CASES and len(set(titles)) == CASES
    assert titles == sorted(titles)
    model.sort(CaseListModel.COL_START, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, CaseListModel.COL_START)) == str(2000 + CASES - 1)


def test_filters_run_in_sql_and_count_what_passes(qtbot, filled_vault):
    model = CaseListModel()
    model.set_vault(filled_vault)
    model.set_filter(listing.ListFilter(status="closed"))
    assert model.total() == model.rowCount() == CASES // 2
    model.set_filter(listing.ListFilter(text="KG-2010-0003"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), ID_ROLE) is not None
    model.set_filter(listing.ListFilter(text="%"))  # a LIKE wildcard is a plain character
    assert model.rowCount() == 0


def test_a_model_never_loads_more_than_the_pages_asked_for(qtbot, filled_vault):
    model = TestimonyListModel()
    model.PAGE_SIZE = 5
    model.set_vault(filled_vault)
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 10
    assert model.total() == CASES
    assert isinstance(model, RecordListModel)


def test_case_tab_models_pass_the_model_tester(qtbot, filled_vault):
    with filled_vault.read() as session:
        case_id = listing.fetch_page(session, "case", limit=1)[0].id
        rows = {
            PartyModel: case_file.case_parties(session, case_id),
            TimelineModel: case_file.case_timeline(session, case_id),
            AttachmentModel: case_file.case_attachments(session, case_id),
            HistoryModel: case_history.case_history(session, case_id),
            SearchResultModel: search(session, "Osh", 50),
            DraftModel: drafts.list_drafts(session),
        }
    for model_class, items in rows.items():
        assert items, model_class
        model = model_class()
        tester = _check(qtbot, model)
        model.set_rows(items)
        assert model.rowCount() == len(items)
        for column in range(model.columnCount()):
            assert model.headerData(column, Qt.Orientation.Horizontal)
            assert model.data(model.index(0, column)) is not None
        model.set_rows([])
        del tester
    attachment_model = AttachmentModel()
    attachment_model.set_rows(rows[AttachmentModel])
    sha = attachment_model.data(attachment_model.index(0, AttachmentModel.COL_SHA256))
    assert sha == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    assert attachment_model.data(attachment_model.index(0, AttachmentModel.COL_SIZE)) == "5 bytes"


def test_scrolling_to_the_bottom_of_a_table_loads_the_next_page(qtbot, filled_vault):
    from desktop_app.ui.clipboard import ClipboardGuard
    from desktop_app.ui.table import RecordTable

    model = CaseListModel()
    model.PAGE_SIZE = 10
    table = RecordTable(model, ClipboardGuard(), "Cases")
    qtbot.addWidget(table)
    table.resize(600, 200)
    table.show()
    model.set_vault(filled_vault)
    qtbot.waitUntil(lambda: model.rowCount() >= 10)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 10)


def test_testimonies_show_their_language_by_name(qtbot, tmp_vault):
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "TJ-1", "title": "T"})
        writer.create("testimony", {"case": str(case.id), "language": "tg", "narrative": "..."})
    model = TestimonyListModel()
    model.set_vault(tmp_vault)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Language"
    )
    assert model.data(model.index(0, column)) == "tg — тоҷикӣ"
