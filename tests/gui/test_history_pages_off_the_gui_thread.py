"""A case's History reads its pages on a worker, as the big lists do: a page of a case in a
100,000-testimony vault took 268 ms on the GUI thread, the window frozen. A page read within
the lists' wait shows at once; a slower one shows when it arrives; the older pages are read
ahead, and scrolling down shows them in order."""

from __future__ import annotations

import threading
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.case_history import HISTORY_PAGE, HistoryRow
from desktop_app.core.content import to_content
from desktop_app.core.vault import Vault
from desktop_app.ui import history_reads
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.history_tab import HistoryTab
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.record_list_model import RecordListModel

EDITS = HISTORY_PAGE + 30  # more than a page: the history ends on a page read ahead


@pytest.fixture
def read_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the History's pages were read on (the real case_history, watched)."""
    threads: list[threading.Thread] = []
    real = history_reads.case_history

    def case_history(*args: Any, **kwargs: Any) -> list[HistoryRow]:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(history_reads, "case_history", case_history)
    return threads


def _edited_case(vault: Vault) -> UUID:
    """A case titled "Title 1" … "Title EDITS": EDITS + 1 entries in its History."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0007", "title": "Title 0"})
        for number in range(1, EDITS + 1):
            writer.update(case, {**to_content(case), "title": f"Title {number}"})
        return case.id


def _history(window: MainWindow, case_id: UUID) -> HistoryTab:
    view = window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    return view.history_tab


def _versions(model: HistoryModel) -> list[str]:
    return [model.index(row, HistoryModel.COL_VERSION).data() for row in range(model.rowCount())]


def test_the_newest_page_is_read_on_a_worker_and_shown_at_once(
    qtbot, unlocked_window: MainWindow, read_threads: list[threading.Thread]
) -> None:
    case_id = _edited_case(unlocked_window.vault)
    tab = _history(unlocked_window, case_id)
    model = tab.model
    # Shown within the wait, as before: the newest edits first.
    assert _versions(model)[:3] == [str(EDITS + 1), str(EDITS), str(EDITS - 1)]
    assert model.rowCount() == HISTORY_PAGE
    assert model.index(0, HistoryModel.COL_RECORD).data() == "KG-2010-0007"
    assert read_threads and threading.main_thread() not in read_threads


def test_a_slow_newest_page_leaves_the_tab_at_once_and_shows_when_read(
    qtbot,
    unlocked_window: MainWindow,
    read_threads: list[threading.Thread],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = _edited_case(unlocked_window.vault)
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", 0)  # every page is now "slow"
    tab = _history(unlocked_window, case_id)
    model = tab.model
    assert model.rowCount() == 0  # returned before the page was read
    qtbot.waitUntil(lambda: model.rowCount() == HISTORY_PAGE)
    assert _versions(model)[0] == str(EDITS + 1)
    assert threading.main_thread() not in read_threads


def test_older_pages_are_read_ahead_on_a_worker_and_follow_in_order(
    qtbot, unlocked_window: MainWindow, read_threads: list[threading.Thread]
) -> None:
    case_id = _edited_case(unlocked_window.vault)
    tab = _history(unlocked_window, case_id)
    model = tab.model
    qtbot.waitUntil(lambda: len(read_threads) == 2)  # the newest page, and the next one ahead
    assert model.canFetchMore()
    model.fetchMore()
    assert _versions(model) == [str(v) for v in range(EDITS + 1, 0, -1)]
    assert model.index(EDITS, HistoryModel.COL_ACTION).data() == "Created"
    assert not model.canFetchMore()
    assert threading.main_thread() not in read_threads
    tab.table.scrollToBottom()  # nothing more to read, nothing read again
    assert len(read_threads) == 2


def test_a_refresh_while_the_newest_page_is_read_shows_it_once(
    qtbot,
    unlocked_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = _edited_case(unlocked_window.vault)
    monkeypatch.setattr(RecordListModel, "READ_WAIT_MS", 0)
    tab = _history(unlocked_window, case_id)
    model = tab.model
    tab.refresh()  # a save elsewhere: the page on its way is read again
    qtbot.waitUntil(lambda: model.rowCount() == HISTORY_PAGE)
    qtbot.wait(100)  # the first read's page must not be shown a second time
    assert model.rowCount() == HISTORY_PAGE
    assert len(set(_versions(model))) == HISTORY_PAGE
