"""A case's History pages as the big lists do: every page, the newest, the older ones scrolled
to and the entries made since, is read on a worker (a page of a case in a 100,000-testimony
vault took 268 ms on the GUI thread, the window frozen); a page read within the lists' wait
shows at once, a slower one is appended when it arrives, and the end of a long history is
reached in order, every entry once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.case_history import HISTORY_PAGE
from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui import history_reads
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.history_tab import HistoryTab
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.record_list_model import RecordListModel

EDITS = 3 * HISTORY_PAGE + 50  # hundreds of revisions: the newest page and three older ones
PRODUCTION_WAIT_MS = 30  # the lists' wait outside the tests (theirs is long: a loaded host)


class Reads:
    """The threads the History's reads ran on (the real core functions, watched), and a gate
    that holds them on their worker while it is closed."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()
        self.gate.set()

    def watched(self, real: Any) -> Any:
        def read(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread())
            assert self.gate.wait(10), "a read was held past the test"
            return real(*args, **kwargs)

        return read

    def on_the_gui_thread(self) -> bool:
        return threading.main_thread() in self.threads


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Reads]:
    watched = Reads()
    for name in ("case_history", "case_history_since"):
        monkeypatch.setattr(history_reads, name, watched.watched(getattr(history_reads, name)))
    yield watched
    watched.gate.set()  # never leave a worker waiting


def _edited_case(vault: Vault, edits: int = EDITS) -> UUID:
    """A case titled "Title 0" … "Title edits": edits + 1 versions in its History."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0007", "title": "Title 0"})
        for number in range(1, edits + 1):
            writer.update(case, {**to_content(case), "title": f"Title {number}"})
        return case.id


def _rename(window: MainWindow, case_id: UUID, title: str) -> None:
    with window.vault.transaction() as session:
        case = get_record(session, "case", case_id)
        window.vault.writer(session).update(case, {**to_content(case), "title": title})
    window.registry.record_saved.emit("case", case_id)


def _history(window: MainWindow, case_id: UUID) -> HistoryTab:
    view = window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    return view.history_tab


def _versions(model: HistoryModel) -> list[int]:
    return [model.row_at(row).version for row in range(model.rowCount())]


def test_the_newest_page_is_read_on_a_worker_and_shown_at_once(
    qtbot, unlocked_window: MainWindow, reads: Reads
) -> None:
    case_id = _edited_case(unlocked_window.vault, HISTORY_PAGE + 30)
    model = _history(unlocked_window, case_id).model
    # Shown within the wait, as before: the newest edits first.
    assert _versions(model)[:3] == [HISTORY_PAGE + 31, HISTORY_PAGE + 30, HISTORY_PAGE + 29]
    assert model.rowCount() == HISTORY_PAGE
    assert model.index(0, HistoryModel.COL_RECORD).data() == "KG-2010-0007"
    assert reads.threads and not reads.on_the_gui_thread()


def test_a_slow_newest_page_leaves_the_tab_at_once_and_shows_when_read(
    qtbot, unlocked_window: MainWindow, reads: Reads, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _edited_case(unlocked_window.vault, HISTORY_PAGE + 30)
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", 0)  # every page is now "slow"
    tab = _history(unlocked_window, case_id)
    assert tab.model.rowCount() == 0  # returned before the page was read
    assert tab.loading_label.isVisibleTo(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == HISTORY_PAGE)
    assert _versions(tab.model)[0] == HISTORY_PAGE + 31
    assert not tab.loading_label.isVisibleTo(tab)
    assert not reads.on_the_gui_thread()


def test_scrolling_to_the_end_of_a_long_history_shows_every_entry_once_in_order(
    qtbot, unlocked_window: MainWindow, reads: Reads, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _edited_case(unlocked_window.vault)
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", 0)  # each page arrives later
    tab = _history(unlocked_window, case_id)
    model = tab.model
    tester = QAbstractItemModelTester(model)  # every insert announced as Qt expects
    qtbot.waitUntil(lambda: model.rowCount() == HISTORY_PAGE)
    while model.rowCount() < EDITS + 1:
        shown = model.rowCount()
        tab.table.scrollToBottom()  # as the user does: the view asks the model for more
        qtbot.waitUntil(lambda shown=shown: model.rowCount() > shown)
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: not model.is_loading())
    assert _versions(model) == list(range(EDITS + 1, 0, -1))  # no gap, no line twice
    assert model.index(EDITS, HistoryModel.COL_ACTION).data() == "Created"
    assert not model.canFetchMore()
    assert len(reads.threads) == 4 and not reads.on_the_gui_thread()  # each page read once
    del tester


def test_a_page_still_being_read_never_holds_the_gui_and_is_asked_for_once(
    qtbot, unlocked_window: MainWindow, reads: Reads, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _edited_case(unlocked_window.vault, HISTORY_PAGE + 30)
    tab = _history(unlocked_window, case_id)
    model = tab.model
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", PRODUCTION_WAIT_MS)
    reads.gate.clear()  # the next page is held on its worker
    model.fetchMore()  # with the read held, this returned only once it was released
    assert model.rowCount() == HISTORY_PAGE and model.is_loading()
    assert tab.loading_label.isVisibleTo(tab)
    assert not model.canFetchMore()  # no second read of the same page meanwhile
    tab.table.scrollToBottom()
    reads.gate.set()
    qtbot.waitUntil(lambda: model.rowCount() == HISTORY_PAGE + 31)
    assert _versions(model) == list(range(HISTORY_PAGE + 31, 0, -1))
    assert len(reads.threads) == 2
    assert not tab.loading_label.isVisibleTo(tab)


def test_a_revision_made_while_the_tab_is_open_shows_up_read_on_a_worker(
    qtbot, unlocked_window: MainWindow, reads: Reads, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _edited_case(unlocked_window.vault)
    tab = _history(unlocked_window, case_id)
    model = tab.model
    model.fetchMore()  # an older page read: it stays
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", 0)  # the new entries arrive later
    _rename(unlocked_window, case_id, "Renamed while open")
    qtbot.waitUntil(lambda: model.rowCount() == 2 * HISTORY_PAGE + 1)
    assert _versions(model) == list(range(EDITS + 2, EDITS + 2 - model.rowCount(), -1))
    assert not reads.on_the_gui_thread()


def test_revisions_made_while_the_new_ones_are_read_follow_them_once(
    qtbot, unlocked_window: MainWindow, reads: Reads, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _edited_case(unlocked_window.vault, HISTORY_PAGE + 30)
    tab = _history(unlocked_window, case_id)
    model = tab.model
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", PRODUCTION_WAIT_MS)
    reads.gate.clear()
    _rename(unlocked_window, case_id, "First")  # its read is held on the worker
    _rename(unlocked_window, case_id, "Second")
    _rename(unlocked_window, case_id, "Third")
    reads.gate.set()
    qtbot.waitUntil(lambda: model.rowCount() == HISTORY_PAGE + 3 and not model.is_loading())
    assert _versions(model)[:4] == [
        HISTORY_PAGE + 34,
        HISTORY_PAGE + 33,
        HISTORY_PAGE + 32,
        HISTORY_PAGE + 31,
    ]
    assert len(set(_versions(model))) == model.rowCount()


def test_a_refresh_while_the_newest_page_is_read_shows_it_once(
    qtbot, unlocked_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _edited_case(unlocked_window.vault, HISTORY_PAGE + 30)
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", 0)
    tab = _history(unlocked_window, case_id)
    model = tab.model
    tab.refresh()  # a save elsewhere: the page on its way is read again
    qtbot.waitUntil(lambda: model.rowCount() == HISTORY_PAGE)
    qtbot.wait(100)  # the first read's page must not be shown a second time
    assert model.rowCount() == HISTORY_PAGE
    assert len(set(_versions(model))) == HISTORY_PAGE
