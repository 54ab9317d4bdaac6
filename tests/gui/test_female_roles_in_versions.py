"""A woman's role in a case is named in the feminine where a version of her case party is
shown: History's "View this version" and "Compare with previous", and a conflict side by side,
as the People tab names it (a protected woman too: the tab shows her role so, beside her
pseudonym). Before, these said "Пострадавший" for a woman."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool
from PySide6.QtWidgets import QTableWidget

from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.conflict_list import ConflictList
from desktop_app.ui.history_tab import VersionDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.version_comparison import VersionComparisonDialog
from tests.gui.test_female_roles import russian  # noqa: F401 (a fixture)
from tests.integration.exchange_support import Site, introduce, make_site


def _woman_whose_role_changed(vault: Vault, *, protected: bool) -> tuple[UUID, UUID]:
    """A case whose party, a woman, was a relative and is now a victim (version 2)."""
    person: dict[str, object] = {"name": "Гульнора Каримова", "sex": "female"}
    if protected:
        person |= {"protected": True, "pseudonym": "Свидетель А"}
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
        woman = writer.create("person", person)
        party = writer.create(
            "case_party", {"case": str(case.id), "person": str(woman.id), "role": "relative"}
        )
        case_id, party_id = case.id, party.id
    with vault.transaction() as session:
        record = get_record(session, "case_party", party_id)
        vault.writer(session).update(record, {**to_content(record), "role": "victim"})
    return case_id, party_id


def _role_cells(table: QTableWidget) -> list[str]:
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == "Роль"]
    return [table.item(row, column).text() for column in range(1, table.columnCount())]


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("protected", [False, True], ids=["woman", "protected woman"])
def test_history_names_a_womans_role_in_the_feminine(
    qtbot, unlocked_window: MainWindow, protected: bool
) -> None:
    case_id, party_id = _woman_whose_role_changed(unlocked_window.vault, protected=protected)
    view = unlocked_window.registry.open_case(case_id)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    model = history.model
    (line,) = [
        r
        for r in range(model.rowCount())
        if model.row_at(r).record_id == party_id and model.row_at(r).version == 2
    ]
    history.table.selectRow(line)
    history.view_button.click()
    version = history.findChild(VersionDialog)
    assert _role_cells(version.table) == ["Пострадавшая"]  # before: "Пострадавший"
    history.compare_button.click()
    comparison = history.findChild(VersionComparisonDialog)
    assert _role_cells(comparison.table) == ["Родственница", "Пострадавшая"]


@pytest.fixture
def alice_and_bob(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    yield alice, bob
    QThreadPool.globalInstance().waitForDone()
    for site in (alice, bob):
        site.vault.lock()


@pytest.mark.usefixtures("russian")
def test_a_conflict_names_a_womans_role_in_the_feminine_on_both_sides(
    qtbot, alice_and_bob: tuple[Site, Site]
) -> None:
    alice, bob = alice_and_bob
    case = alice.write("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
    woman = alice.write("person", {"name": "Гульнора Каримова", "sex": "female"})
    party = alice.write("case_party", {"case": str(case), "person": str(woman), "role": "witness"})
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.edit("case_party", party, role="relative")
    bob.edit("case_party", party, role="victim")
    alice.import_(bob.export("Alice", since_last=True).path)
    conflicts = ConflictList(lambda: alice.vault)
    qtbot.addWidget(conflicts)
    conflicts.refresh(alice.vault)
    assert conflicts.model.rowCount() == 1
    conflicts.table.selectionModel().select(
        conflicts.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog = conflicts.resolve()
    assert dialog is not None
    assert _role_cells(dialog.table) == ["Родственница", "Пострадавшая"]
    dialog.reject()
