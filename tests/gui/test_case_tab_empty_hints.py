"""A case window's empty tab says what to do next, as the main lists do: People, Testimonies,
Events and Attachments showed an empty table and nothing else. A tab that has rows, or that
cannot be read, says nothing of the kind."""

from __future__ import annotations

import os
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableView

from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from tests.gui.test_damaged_vault_pages import flip_a_byte_in

HINTS = {
    "people_page": "No people in this case yet. Press Add person to add one.",
    "testimonies_page": "No testimonies in this case yet. Press Ctrl+N or New testimony to "
    "record one.",
    "events_page": "No events in this case yet. Press New event to add one.",
    "attachments_tab": "No files in this case yet. Press Add file or drop files here.",
}


def _case(vault: Vault) -> UUID:
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "UZ-2026-0001", "title": "A"})
        return case.id


def _table(view: CaseView, page_name: str) -> QTableView:
    page = getattr(view, page_name)
    [table] = page.findChildren(QTableView)
    return table


def _hints(table: QTableView) -> list[str]:
    """The texts shown over the table's rows."""
    labels = table.viewport().findChildren(QLabel)
    return [label.text() for label in labels if label.isVisible() and label.text()]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_each_empty_tab_of_a_case_says_how_to_fill_it(
    qtbot, unlocked_window: MainWindow, language: str
) -> None:
    install_translators(language)
    view = unlocked_window.registry.open_case(_case(unlocked_window.vault))
    qtbot.waitExposed(view)
    for page_name, text in HINTS.items():
        view.tabs.setCurrentWidget(getattr(view, page_name))
        table = _table(view, page_name)
        qtbot.waitUntil(lambda table=table: bool(_hints(table)))
        assert _hints(table) == [QCoreApplication.translate("CaseView", text)]
        [label] = [label for label in table.viewport().findChildren(QLabel) if label.isVisible()]
        assert label.geometry() == table.viewport().rect()  # centred over the whole table
        if folder := os.environ.get("SANDIQ_SCREENSHOTS"):
            view.grab().save(str(Path(folder) / f"case-empty-{page_name}-{language}.png"))


def test_a_tab_with_rows_shows_no_hint(qtbot, unlocked_window: MainWindow) -> None:
    install_translators("en")
    vault = unlocked_window.vault
    case_id = _case(vault)
    view = unlocked_window.registry.open_case(case_id)
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.people_page)
    qtbot.waitUntil(lambda: bool(_hints(view.party_table)))
    with vault.transaction() as session:
        person = vault.writer(session).create("person", {"name": "Dilnoza"})
        session.flush()
        vault.writer(session).create(
            "case_party", {"case": str(case_id), "person": str(person.id), "role": "victim"}
        )
    unlocked_window.registry.record_saved.emit("person", person.id)
    assert view.party_model.rowCount() == 1
    assert _hints(view.party_table) == []


def test_a_tab_that_cannot_be_read_says_why_and_not_how_to_fill_it(
    qtbot, window: MainWindow, tmp_vault: Vault
) -> None:
    install_translators("en")
    case_id = _case(tmp_vault)
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("event", {"case": str(case_id), "act_type": "harassment"})
    window.attach(flip_a_byte_in(tmp_vault, "event"))
    view = window.registry.open_case(case_id)
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.events_page)
    assert view.failure_label.isVisible()
    assert view.timeline_model.rowCount() == 0
    assert _hints(view.timeline_table) == []  # the event is there: no "No events…" under it
