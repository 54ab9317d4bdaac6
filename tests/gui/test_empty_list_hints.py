"""An empty list says what to do next (shot 11: a new user saw an empty table and no hint),
and a filter that hides every record says so instead."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.core.listing import ListFilter
from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.list_page import ListPage
from desktop_app.ui.main_window import PAGE_CASES, PAGE_PEOPLE, PAGE_TESTIMONIES, MainWindow
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF
from tests.gui.test_new_records_from_lists import add_cases

PAGES = [
    ("cases_page", PAGE_CASES, "No cases yet. Press Ctrl+N or New case to create one."),
    ("people_page", PAGE_PEOPLE, "No people yet. Press Ctrl+N or New person to add one."),
    (
        "testimonies_page",
        PAGE_TESTIMONIES,
        "No testimonies yet. Press Ctrl+N or New testimony to record one.",
    ),
]


def _hint(text: str) -> str:
    return QCoreApplication.translate("ListPage", text)


@pytest.fixture
def russian_window(
    qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault
) -> Iterator[MainWindow]:
    """The main window in Russian at its usual size over an empty vault."""
    install_translators("ru")
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    window.attach(tmp_vault)
    window.resize(1100, 700)
    yield window
    if window.vault is not None:
        window.registry.close_all_for_lock((window,))


@pytest.mark.parametrize(("page_name", "number", "text"), PAGES, ids=[p[0] for p in PAGES])
def test_an_empty_list_says_how_to_make_its_first_record(
    qtbot, russian_window: MainWindow, page_name: str, number: int, text: str
) -> None:
    russian_window.go_to(number)
    page: ListPage = getattr(russian_window, page_name)
    label = page.empty_label
    qtbot.waitUntil(label.isVisible)
    assert label.text() == _hint(text)
    # Centred over the table's whole viewport, not in a corner of it.
    assert label.geometry() == page.table.viewport().rect()
    if os.environ.get("SANDIQ_SCREENSHOTS"):
        shot = Path(os.environ["SANDIQ_SCREENSHOTS"]) / f"empty-{page_name}-ru.png"
        russian_window.grab().save(str(shot))


def test_a_filter_that_hides_every_case_says_so_and_a_case_hides_the_hint(
    qtbot, russian_window: MainWindow
) -> None:
    page = russian_window.cases_page
    russian_window.go_to(PAGE_CASES)
    qtbot.waitUntil(page.empty_label.isVisible)
    add_cases(russian_window.vault, "UZ-2026-0001")
    russian_window.refresh_lists()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert not page.empty_label.isVisible()
    page.model.set_filter(ListFilter(text="Самарканд"))
    qtbot.waitUntil(page.empty_label.isVisible)
    assert page.empty_label.text() == _hint("No case matches the filter.")


def test_a_locked_list_says_nothing(qtbot, russian_window: MainWindow) -> None:
    page = russian_window.cases_page
    qtbot.waitUntil(page.empty_label.isVisible)
    russian_window.lock()
    assert not page.empty_label.isVisible()
