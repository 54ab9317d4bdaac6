"""While a new search runs, the previous query's results do not pass for its answer: on a
loaded machine they stayed on screen for seconds as if they were. A search still running after
a moment dims them under "Searching…" and they cannot be opened; a quick one shows its results
with no flash of that state."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.vault import Vault
from desktop_app.ui import search_page
from desktop_app.ui.main_window import PAGE_SEARCH, MainWindow
from desktop_app.ui.search_wait import SEARCHING_AFTER_MS


@pytest.fixture
def held_searches(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """A gate the search page's searches wait at on their worker while it is closed (the real
    search runs once it opens)."""
    gate = threading.Event()
    gate.set()
    real = search_page.search_results

    def search_results(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(10), "a search was held past the test"
        return real(*args, **kwargs)

    monkeypatch.setattr(search_page, "search_results", search_results)
    yield gate
    gate.set()  # never leave a worker waiting


def _cases(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        for n, title in enumerate(("Detention in Osh", "Detention in Osh market", "Andijan")):
            writer.create("case", {"reference": f"KG-2010-000{n}", "title": title})


def _search(qtbot, page: search_page.SearchPage, query: str) -> None:
    page.query_edit.setText(query)
    page.run_search()
    qtbot.waitUntil(lambda: "result" in page.summary_label.text())


def test_old_results_are_dimmed_under_searching_while_a_new_search_runs(
    qtbot, unlocked_window: MainWindow, held_searches: threading.Event, tmp_path: Path
) -> None:
    _cases(unlocked_window.vault)
    unlocked_window.go_to(PAGE_SEARCH)
    page = unlocked_window.search_page
    _search(qtbot, page, "Osh")
    assert page.model.rowCount() == 2 and page.table.isEnabled()

    held_searches.clear()  # the machine is loaded: the next search takes its time
    page.query_edit.setText("Andijan")
    page.run_search()
    # At first nothing changes: a quick search would show its results with no flicker.
    assert not page.searching.is_showing()
    assert page.table.isEnabled()
    qtbot.waitUntil(page.searching.is_showing, timeout=10 * SEARCHING_AFTER_MS)
    assert page.summary_label.text() == "Searching…"  # no longer "2 results"
    assert not page.table.isEnabled()  # the old rows cannot be opened as if they answered
    assert page.table.viewport().graphicsEffect() is not None  # and look faint
    assert page.model.rowCount() == 2  # kept as context, not cleared
    # Enter in the query box searches again instead of opening an old result.
    opened: list[object] = []
    page._open_record = lambda kind, record_id: opened.append(record_id)
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert not opened
    assert page.grab().save(str(tmp_path / "searching.png"))  # to look at, as a user would

    held_searches.set()
    qtbot.waitUntil(lambda: not page.searching.is_showing())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.table.isEnabled()
    assert page.table.viewport().graphicsEffect() is None
    assert page.model.row_at(0).case_reference == "KG-2010-0002"
    assert "Searching" not in page.summary_label.text()


def test_a_search_cleared_while_running_leaves_no_searching_state(
    qtbot, unlocked_window: MainWindow, held_searches: threading.Event
) -> None:
    _cases(unlocked_window.vault)
    unlocked_window.go_to(PAGE_SEARCH)
    page = unlocked_window.search_page
    held_searches.clear()
    page.query_edit.setText("Osh")
    page.run_search()
    qtbot.waitUntil(page.searching.is_showing, timeout=10 * SEARCHING_AFTER_MS)
    page.query_edit.clear()
    page.run_search()  # nothing asked: the list is empty, and not "Searching…"
    assert not page.searching.is_showing()
    assert page.summary_label.text() == "" and page.table.isEnabled()
    held_searches.set()
    qtbot.wait(SEARCHING_AFTER_MS * 2)  # the dropped search's late answer changes nothing
    assert page.model.rowCount() == 0 and not page.searching.is_showing()
