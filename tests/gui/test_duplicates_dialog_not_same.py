"""Vault > Possible duplicate people: "Not the same person" is remembered in the vault, the
pair leaves the list and stays out when the dialog is opened again; the marked pairs can be
listed, and "They may be the same after all" lists a pair again."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select

from db.vault_bookkeeping import NotSamePair
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.vault import Vault
from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.main_window import MainWindow

NAMESAKES = ("Karimov Rustam", "Каримов Рустам")
ENTERED_TWICE = ("Shamsutdinov Ikrom", "Шамсутдинов Икром")


def _add(vault: Vault, *names: str) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [writer.create("person", {"name": n, "birth_date": "1970"}).id for n in names]


def _open(qtbot, window: MainWindow) -> DuplicatesDialog:
    window.menus.duplicates_action.trigger()
    (dialog,) = [d for d in window.findChildren(DuplicatesDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def _listed(dialog: DuplicatesDialog) -> list[frozenset[str]]:
    rows = map(dialog.model.row_at, range(dialog.model.rowCount()))
    return [frozenset(pair.names) for pair in rows]


def _select(dialog: DuplicatesDialog, names: tuple[str, str]) -> None:
    dialog.table.selectRow(_listed(dialog).index(frozenset(names)))


def _marks(vault: Vault) -> set[frozenset[UUID]]:
    with vault.read() as session:
        rows = session.scalars(select(NotSamePair)).all()
    return {frozenset((row.person_a_id, row.person_b_id)) for row in rows}


def test_not_the_same_person_is_remembered_and_the_pair_stays_out(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    namesakes = _add(vault, *NAMESAKES)
    _add(vault, *ENTERED_TWICE)
    dialog = _open(qtbot, unlocked_window)
    assert sorted(_listed(dialog), key=sorted) == sorted(
        [frozenset(NAMESAKES), frozenset(ENTERED_TWICE)], key=sorted
    )
    assert not dialog.marked_box.isVisible()
    _select(dialog, NAMESAKES)
    assert dialog.not_same_button.isVisible() and dialog.not_same_button.isEnabled()
    assert not dialog.same_after_all_button.isVisible()
    dialog.not_same_button.click()

    assert _marks(vault) == {frozenset(namesakes)}
    assert _listed(dialog) == [frozenset(ENTERED_TWICE)]
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0  # the next pair
    assert dialog.count_label.text() == "1 likely pair."
    assert dialog.marked_box.isVisible() and not dialog.marked_box.isChecked()
    # The English plural ("pair", not "pair(s)") comes with the translations.
    assert dialog.marked_box.text().startswith("Show only the 1 pair")
    assert dialog.result_label.text().endswith(" are marked as not the same person.")
    assert messages.texts() == []  # nothing asked: a mark can be taken back
    dialog.close()

    dialog = _open(qtbot, unlocked_window)
    assert _listed(dialog) == [frozenset(ENTERED_TWICE)]
    assert dialog.marked_box.text().startswith("Show only the 1 pair")


def test_a_marked_pair_can_be_listed_again(qtbot, unlocked_window: MainWindow) -> None:
    vault = unlocked_window.vault
    _add(vault, *NAMESAKES)
    _add(vault, *ENTERED_TWICE)
    dialog = _open(qtbot, unlocked_window)
    _select(dialog, NAMESAKES)
    dialog.not_same_button.click()
    dialog.close()
    dialog = _open(qtbot, unlocked_window)

    dialog.marked_box.click()
    assert _listed(dialog) == [frozenset(NAMESAKES)]
    assert dialog.intro.text().startswith("These pairs were marked as not the same person")
    assert not dialog.not_same_button.isVisible() and not dialog.weaker_button.isVisible()
    assert dialog.same_after_all_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    dialog.same_after_all_button.click()

    assert _marks(vault) == set()
    assert _listed(dialog) == []
    assert dialog.intro.text() == "No pair is marked as not the same person."
    dialog.marked_box.click()
    assert sorted(_listed(dialog), key=sorted) == sorted(
        [frozenset(NAMESAKES), frozenset(ENTERED_TWICE)], key=sorted
    )
    assert not dialog.marked_box.isVisible()
    assert dialog.result_label.text().endswith(" are listed again as possible duplicates.")
    dialog.close()
    dialog = _open(qtbot, unlocked_window)
    assert len(_listed(dialog)) == 2


def test_a_pair_merged_elsewhere_meanwhile_is_not_marked(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    first, second = _add(vault, *NAMESAKES)
    dialog = _open(qtbot, unlocked_window)
    with vault.transaction() as session:
        merge_persons(vault.writer(session), first, second)
    dialog.not_same_button.click()
    assert messages.texts()[-1] == "The record no longer exists."
    assert _marks(vault) == set()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert _listed(dialog) == []
