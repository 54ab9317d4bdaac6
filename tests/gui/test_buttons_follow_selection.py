"""Buttons that act on a selected row are disabled while no row is selected, so none of them
is ever clicked to do nothing without a word (a first user's stumble on the Exchange page and
in the case window)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QTableView

from desktop_app.core.attachments import add_attachment
from desktop_app.core.exchange.contacts import add_contact, my_contact_file
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.exchange_page import ExchangePage
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.exchange_support import Site, introduce, make_site, sample_case


def enabled(*buttons: QAbstractButton) -> list[bool]:
    return [button.isEnabled() for button in buttons]


def unselect(table: QTableView) -> None:
    """As the tester did: nothing selected and no current row."""
    table.clearSelection()
    table.setCurrentIndex(table.model().index(-1, -1))


@pytest.fixture
def bob(tmp_path: Path) -> Iterator[Vault]:
    vault = create_vault(tmp_path / "bob", PASSPHRASE, display_name="Bob", kdf=FAST_KDF).vault
    yield vault
    vault.lock()


def test_colleague_buttons_wait_for_a_selected_unverified_colleague(
    unlocked_window: MainWindow, bob: Vault
) -> None:
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    assert enabled(page.contacts.verify_button, page.contacts.remove_button) == [
        False,
        False,
    ]  # no colleagues
    with bob.read() as session:
        add_contact(unlocked_window.vault, my_contact_file(session))
    page.refresh()
    assert enabled(page.contacts.verify_button, page.contacts.remove_button) == [False, False]
    page.contacts.table.selectRow(0)
    assert enabled(page.contacts.verify_button, page.contacts.remove_button) == [True, True]
    unselect(page.contacts.table)
    assert enabled(page.contacts.verify_button, page.contacts.remove_button) == [False, False]
    page.contacts.table.selectRow(0)
    page.contacts.verify_button.click()  # the question is answered Yes; the list is read again
    assert enabled(page.contacts.verify_button, page.contacts.remove_button) == [False, False]
    page.contacts.table.selectRow(0)
    # Verified already: marking it again would change nothing.
    assert enabled(page.contacts.verify_button, page.contacts.remove_button) == [False, True]


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Site, Site, dict[str, UUID]]]:
    """Alice and Bob holding the same case."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)
    yield alice, bob, ids
    QThreadPool.globalInstance().waitForDone()
    for site in (alice, bob):
        site.vault.lock()


def test_conflict_buttons_wait_for_conflicts_and_a_selected_one(qtbot, shared) -> None:
    alice, bob, ids = shared
    page = ExchangePage(lambda: alice.vault)
    qtbot.addWidget(page)
    page.show()
    resolve, select_all = page.conflicts.resolve_button, page.conflict_bulk.select_all_button
    assert enabled(resolve, select_all) == [False, False]  # no conflicts at all
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    alice.import_(bob.export("Alice", since_last=True).path)
    page.refresh()
    assert page.conflict_model.rowCount() == 1
    assert enabled(resolve, select_all) == [False, True]
    page.conflict_table.selectRow(0)
    assert enabled(resolve, select_all) == [True, True]
    unselect(page.conflict_table)
    assert enabled(resolve, select_all) == [False, True]


@pytest.fixture
def case_view(unlocked_window: MainWindow) -> CaseView:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "AND-2026-0014", "title": "Detentions"})
        person = writer.create("person", {"name": "Dilnoza Xolmatova"})
        session.flush()
        writer.create(
            "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
        )
        add_attachment(writer, "case", case.id, io.BytesIO(b"statement"), "statement.txt")
        case_id = case.id
    view = unlocked_window.registry.open_case(case_id)
    assert isinstance(view, CaseView)
    return view


def test_remove_from_case_waits_for_a_selected_person(case_view: CaseView) -> None:
    case_view.tabs.setCurrentWidget(case_view.people_page)
    assert case_view.party_model.rowCount() == 1
    assert not case_view.remove_party_button.isEnabled()
    case_view.party_table.selectRow(0)
    assert case_view.remove_party_button.isEnabled()
    unselect(case_view.party_table)
    assert not case_view.remove_party_button.isEnabled()


def test_attachment_buttons_wait_for_a_selected_file(case_view: CaseView) -> None:
    tab = case_view.attachments_tab
    case_view.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1
    buttons = (tab.view_button, tab.copy_hash_button, tab.outside_button, tab.remove_button)
    assert enabled(*buttons) == [False] * 4
    assert tab.add_button.isEnabled()  # adding needs no selection
    tab.table.selectRow(0)
    assert enabled(*buttons) == [True] * 4
    unselect(tab.table)
    assert enabled(*buttons) == [False] * 4


def test_history_buttons_wait_for_a_selected_version(case_view: CaseView) -> None:
    tab = case_view.history_tab
    case_view.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() > 0
    assert enabled(tab.view_button, tab.restore_button) == [False, False]
    tab.table.selectRow(0)
    assert enabled(tab.view_button, tab.restore_button) == [True, True]
    unselect(tab.table)
    assert enabled(tab.view_button, tab.restore_button) == [False, False]
