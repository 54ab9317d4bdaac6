"""Vault > Possible duplicate people among many namesakes: the likely pairs are listed first and
alone, with how many weaker pairs a button adds after them; long lists come in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.duplicates import find_duplicate_persons
from desktop_app.core.vault import Vault
from desktop_app.ui.duplicate_pairs import DuplicatePairModel
from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.main_window import MainWindow

RARE = ("Shamsutdinov Ikrom", "Шамсутдинов Икром")


def _add(vault: Vault, *persons: dict[str, Any]) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        for person in persons:
            writer.create("person", person)


def _namesakes(count: int, per_year: int = 2) -> list[dict[str, Any]]:
    return [
        {"name": "Karimov Rustam", "birth_date": str(1960 + i // per_year)} for i in range(count)
    ]


def _open(qtbot, window: MainWindow) -> DuplicatesDialog:
    window.menus.duplicates_action.trigger()
    (dialog,) = [d for d in window.findChildren(DuplicatesDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def _names(dialog: DuplicatesDialog) -> list[tuple[str, str]]:
    return [dialog.model.row_at(row).names for row in range(dialog.model.rowCount())]


def test_the_pair_entered_twice_is_listed_first_and_the_namesakes_are_counted(
    qtbot, unlocked_window: MainWindow
) -> None:
    # Before, the 8 pairs of namesakes born the same year (83%) came before the one person
    # really entered twice (80%), and all were listed: 98,800 pairs among 20,000 people.
    vault = unlocked_window.vault
    _add(vault, *({"name": name} for name in RARE), *_namesakes(16))
    dialog = _open(qtbot, unlocked_window)
    assert [sorted(names) for names in _names(dialog)] == [sorted(RARE)]
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0
    assert dialog.count_label.text() == "1 likely pair."
    assert dialog.weaker_button.isVisible()
    assert dialog.weaker_button.text() == "Show 8 &weaker pairs"
    dialog.weaker_button.click()
    assert dialog.model.rowCount() == 9
    assert _names(dialog)[1:] == [("Karimov Rustam", "Karimov Rustam")] * 8
    assert dialog.model.data(dialog.model.index(1, DuplicatePairModel.COL_LIKELIHOOD)) == "42%"
    assert dialog.count_label.text() == "The weaker pairs follow the 1 likely one."
    assert not dialog.weaker_button.isVisible()
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0  # the user's place


def test_only_weaker_pairs_are_said_so_and_shown_on_demand(
    qtbot, unlocked_window: MainWindow
) -> None:
    _add(unlocked_window.vault, *_namesakes(16))
    dialog = _open(qtbot, unlocked_window)
    assert dialog.model.rowCount() == 0
    assert dialog.intro.text().startswith("No pair looks likely to be one person entered twice.")
    assert dialog.count_label.text() == "0 likely pairs."
    dialog.weaker_button.click()
    assert dialog.model.rowCount() == 8
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0


def test_thousands_of_pairs_come_in_pages(qtbot, unlocked_window: MainWindow) -> None:
    vault = unlocked_window.vault
    _add(vault, *_namesakes(60, per_year=60))  # one year: 1,770 weaker pairs
    with vault.read() as session:
        found = find_duplicate_persons(session)
    model = DuplicatePairModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(found)
    assert model.rowCount() == DuplicatePairModel.PAGE < model.pair_count() == 1770
    model.fetch_through(1200)
    assert model.rowCount() == 3 * DuplicatePairModel.PAGE
    assert model.row_at(1200) == found[1200]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1770


def test_going_to_the_end_of_the_list_loads_the_next_page(
    qtbot, unlocked_window: MainWindow
) -> None:
    _add(unlocked_window.vault, *_namesakes(40, per_year=40))  # 780 weaker pairs
    dialog = _open(qtbot, unlocked_window)
    dialog.weaker_button.click()
    assert dialog.model.rowCount() == DuplicatePairModel.PAGE
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 780)
