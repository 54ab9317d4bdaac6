"""A list's pages are read on a worker: a filter that took seconds on 100k testimonies froze the
window, and the count beside the emptied list went on naming the old filter's records."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core import listing
from desktop_app.core.vault import Vault
from desktop_app.ui.list_models import TestimonyListModel
from desktop_app.ui.list_page import ListPage
from desktop_app.ui.main_window import PAGE_TESTIMONIES, MainWindow

WITNESSES = ("Akmal Karimov", "Акмал Каримов", "Zarina Yusupova")


def _testimonies(window: MainWindow) -> ListPage:
    """The Testimonies page, shown (its list reads the vault from then on)."""
    _fill(window.vault)
    window.go_to(PAGE_TESTIMONIES)
    return window.testimonies_page


def _fill(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0003", "title": "Andijan"})
        people = [writer.create("person", {"name": name}) for name in WITNESSES]
        for number in range(9):
            witness = people[number % len(people)]
            data = {
                "case": str(case.id),
                "witness": str(witness.id),
                "date": f"2005-05-{number + 1:02d}",
            }
            writer.create("testimony", data)


@pytest.fixture
def read_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the list's pages were read on (the real fetch_page, watched)."""
    threads: list[threading.Thread] = []
    real_fetch = listing.fetch_page

    def fetch_page(*args: Any, **kwargs: Any) -> list[listing.Row]:
        threads.append(threading.current_thread())
        return real_fetch(*args, **kwargs)

    monkeypatch.setattr(listing, "fetch_page", fetch_page)
    return threads


def test_a_slow_filter_returns_at_once_and_its_page_arrives_from_a_worker(
    qtbot, unlocked_window: MainWindow, read_threads: list[threading.Thread]
) -> None:
    page = _testimonies(unlocked_window)
    model = page.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh()
    assert model.rowCount() == 9  # a quick page is still shown within the reset
    model.READ_WAIT_MS = 0  # every page is now "slow": the GUI must not wait for it
    read_threads.clear()
    page.filter_edit.setText("Каримов")
    page.apply_filter()
    assert model.rowCount() == 0 and model.is_loading()  # returned before the page arrived
    assert page.loading_label.isVisibleTo(page)
    qtbot.waitUntil(lambda: model.rowCount() == 6)  # the name in either script
    assert not model.is_loading() and not page.loading_label.isVisibleTo(page)
    assert {model.index(r, TestimonyListModel.COL_WITNESS).data() for r in range(6)} == {
        "Akmal Karimov",
        "Акмал Каримов",
    }
    assert read_threads and threading.main_thread() not in read_threads


def test_a_newer_filter_supersedes_the_page_of_an_older_one(
    qtbot, unlocked_window: MainWindow
) -> None:
    page = _testimonies(unlocked_window)
    model = page.model
    model.READ_WAIT_MS = 0
    shown: list[str] = []
    model.rowsInserted.connect(
        lambda _parent, first, last: shown.extend(
            model.index(r, TestimonyListModel.COL_WITNESS).data() for r in range(first, last + 1)
        )
    )
    for text in ("Karimov", "Yusupova"):
        page.filter_edit.setText(text)
        page.apply_filter()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    qtbot.wait(100)  # the page for "Karimov" must not be added after it
    assert set(shown) == {"Zarina Yusupova"}
    assert model.rowCount() == 3


def test_the_count_of_another_filter_is_never_shown(qtbot, unlocked_window: MainWindow) -> None:
    page = _testimonies(unlocked_window)
    page.model.refresh()
    qtbot.waitUntil(lambda: page.count_label.text() == "9 records")
    labels: list[str] = []
    page.filter_edit.setText("zzz")
    page.apply_filter()
    labels.append(page.count_label.text())  # right after the reset: not "9 records"
    qtbot.waitUntil(lambda: page.count_label.text() == "0 records")  # no matches, said so
    assert labels == ["Counting…"]
    page.filter_edit.setText("Zarina")
    page.apply_filter()
    assert page.count_label.text() == "Counting…"
    qtbot.waitUntil(lambda: page.count_label.text() == "3 records")
    page.model.refresh()  # the same filter (after an edit): its count stays meanwhile
    assert page.count_label.text() == "3 records"


def test_a_header_the_list_cannot_sort_by_says_so(qtbot, unlocked_window: MainWindow) -> None:
    model = unlocked_window.testimonies_page.model
    tooltip = Qt.ItemDataRole.ToolTipRole
    horizontal = Qt.Orientation.Horizontal
    for column in range(model.columnCount()):
        why = model.headerData(column, horizontal, tooltip)
        if column == TestimonyListModel.COL_DATE:
            assert why is None
        else:
            assert why == "This list cannot be sorted by this column."
    assert unlocked_window.cases_page.model.headerData(0, horizontal, tooltip) is None
