"""Merge… in the list of pairs marked as not the same person merged them without a word about
the mark; and a merge that carried a mark over left the pair it now marks listed."""

from __future__ import annotations

from uuid import UUID

from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.main_window import MainWindow
from tests.gui.test_duplicates_dialog_not_same import NAMESAKES, _add, _listed, _open, _select


def _select_pair(dialog: DuplicatesDialog, first: UUID, second: UUID) -> None:
    pairs = [dialog.model.row_at(row) for row in range(dialog.model.rowCount())]
    ids = [frozenset((pair.a, pair.b)) for pair in pairs]
    dialog.table.selectRow(ids.index(frozenset((first, second))))


def test_merge_is_disabled_for_a_marked_pair_until_the_mark_is_taken_back(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    _add(unlocked_window.vault, *NAMESAKES)
    dialog = _open(qtbot, unlocked_window)
    dialog.not_same_button.click()
    dialog.marked_box.click()
    assert _listed(dialog) == [frozenset(NAMESAKES)]
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.comparison.isEnabled()  # the two can still be compared
    assert not dialog.merge_button.isEnabled()
    assert dialog.merge_button.toolTip() == (
        "To merge two people marked as not the same person, press "
        "“They may be the same after all” first."
    )
    dialog.merge_selected()
    assert messages.texts() == [] and _listed(dialog) == [frozenset(NAMESAKES)]

    dialog.same_after_all_button.click()
    dialog.marked_box.click()
    _select(dialog, NAMESAKES)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.merge_button.isEnabled() and dialog.merge_button.toolTip() == ""


def test_a_mark_carried_over_by_a_merge_takes_its_pair_off_the_list(
    qtbot, unlocked_window: MainWindow
) -> None:
    # A and B are two people; B and C are one. Once B is merged into C, A and C are two.
    a, b, c = _add(unlocked_window.vault, "Karimov Rustam", "Каримов Рустам", "Karimov Rustam")
    dialog = _open(qtbot, unlocked_window)
    assert dialog.model.rowCount() == 3
    _select_pair(dialog, a, b)
    dialog.not_same_button.click()
    _select_pair(dialog, b, c)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.sides is not None
    keep_c = dialog.keep_first if dialog.sides[0].id == c else dialog.keep_second
    keep_c.setChecked(True)
    dialog.merge_button.click()
    assert dialog.model.rowCount() == 0  # A and C: marked, as A and B were
    assert dialog.marked_box.isVisible()
    assert dialog.marked_box.text().startswith("Show only the 1 pair")
