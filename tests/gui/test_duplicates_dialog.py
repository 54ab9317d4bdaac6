"""Vault > Possible duplicate people: a person entered twice is listed, compared and merged
into the one the user keeps; cancelling changes nothing; a merged-away person stays gone."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import CaseParty
from desktop_app.core.duplicates import Reason, ReasonCode
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.deleted_records import DeletedModel
from desktop_app.ui.duplicate_pairs import DuplicatePairModel, reason_text
from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import PAGE_PEOPLE, MainWindow

CYRILLIC = "Шамсутдинов Икром"
LATIN = "Shamsutdinov Ikrom"


def _one_witness_entered_twice(vault: Vault, **latin: object) -> tuple[UUID, UUID, UUID, UUID]:
    """Case A with CYRILLIC as witness of a testimony, case B with LATIN as victim; returns
    the ids of case A, the testimony, CYRILLIC and LATIN."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case_a = writer.create("case", {"reference": "UZ-2021-0001", "title": "Andijan raid"})
        case_b = writer.create("case", {"reference": "UZ-2021-0002", "title": "Namangan"})
        cyrillic = writer.create("person", {"name": CYRILLIC, "birth_date": "1975"})
        latin_person = writer.create("person", {"name": LATIN, **latin})
        writer.create(
            "case_party", {"case": str(case_a.id), "person": str(cyrillic.id), "role": "witness"}
        )
        writer.create(
            "case_party",
            {"case": str(case_b.id), "person": str(latin_person.id), "role": "victim"},
        )
        testimony = writer.create(
            "testimony", {"case": str(case_a.id), "witness": str(cyrillic.id), "summary": "Raid"}
        )
        return case_a.id, testimony.id, cyrillic.id, latin_person.id


def _open_dialog(qtbot, window: MainWindow, *, wait: bool = True) -> DuplicatesDialog:
    action = window.menus.duplicates_action
    assert action.isEnabled()
    action.trigger()
    dialogs = [d for d in window.findChildren(DuplicatesDialog) if d.isVisible()]
    assert len(dialogs) == 1
    if wait:
        qtbot.waitUntil(lambda: not dialogs[0].is_busy())
    return dialogs[0]


def _selected_pair(dialog: DuplicatesDialog) -> frozenset[UUID]:
    (index,) = dialog.table.selectionModel().selectedRows()
    pair = dialog.model.row_at(index.row())
    return frozenset((pair.a, pair.b))


def _pairs(dialog: DuplicatesDialog) -> list[frozenset[UUID]]:
    rows = map(dialog.model.row_at, range(dialog.model.rowCount()))
    return [frozenset((pair.a, pair.b)) for pair in rows]


def _comparison(dialog: DuplicatesDialog) -> list[list[str]]:
    table = dialog.comparison
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _keep(dialog: DuplicatesDialog, name: str) -> None:
    is_first = dialog.sides[0].name == name
    (dialog.keep_first if is_first else dialog.keep_second).setChecked(True)


def test_a_witness_entered_in_two_scripts_is_listed_and_compared(
    qtbot, window: MainWindow, tmp_vault: Vault
) -> None:
    assert not window.menus.duplicates_action.isEnabled()  # locked: nothing to look at
    window.attach(tmp_vault)
    _one_witness_entered_twice(tmp_vault, birth_date="1975")
    dialog = _open_dialog(qtbot, window)
    model = dialog.model
    assert model.rowCount() == 1
    names = {model.data(model.index(0, c)) for c in (model.COL_FIRST, model.COL_SECOND)}
    assert names == {CYRILLIC, LATIN}
    candidate = model.row_at(0)
    likelihood = model.data(model.index(0, DuplicatePairModel.COL_LIKELIHOOD))
    assert likelihood == f"{round(candidate.score * 100)}%"
    why = model.data(model.index(0, DuplicatePairModel.COL_REASONS))
    # Before: core's English with Python quotes ('Shamsutdinov Ikrom'), or nothing at all.
    assert why.startswith("the same name")
    assert f"“{CYRILLIC}”" in why and f"“{LATIN}”" in why and "'" not in why
    assert why.endswith("; both born in 1975")
    rows = {row[0]: row[1:] for row in _comparison(dialog)}
    first, second = dialog.sides
    column = {first.name: 0, second.name: 1}
    assert rows["Name"][column[CYRILLIC]] == CYRILLIC
    assert rows["Testimonies"][column[CYRILLIC]] == "1"
    assert rows["Testimonies"][column[LATIN]] == "0"
    assert rows["Roles in cases"] == ["1", "1"]
    assert rows["Date of birth"] == ["1975", "1975"]
    # The one with more uses (a role and a testimony) is kept unless the user says otherwise.
    kept_column = 1 + column[CYRILLIC]
    assert dialog.comparison.horizontalHeaderItem(kept_column).text() == "Kept"
    assert dialog.kept_and_merged()[0].name == CYRILLIC


def test_merging_keeps_the_chosen_person_and_moves_the_others_records(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    case_a, testimony_id, cyrillic_id, latin_id = _one_witness_entered_twice(vault)
    unlocked_window.go_to(PAGE_PEOPLE)  # the list reads the vault once shown
    qtbot.waitUntil(lambda: unlocked_window.person_model.total() == 2)
    dialog = _open_dialog(qtbot, unlocked_window)
    _keep(dialog, LATIN)
    dialog.merge_button.click()

    question = messages.texts()[-1]
    assert question.startswith(f"Keep “{LATIN}” and merge “{CYRILLIC}” into it?")
    assert f"The cases, testimonies, events and files of “{CYRILLIC}” move to “{LATIN}”" in (
        question
    )
    assert "History" in question
    with vault.read() as session:
        assert get_record(session, "person", cyrillic_id).is_deleted
        kept = get_record(session, "person", latin_id)
        assert not kept.is_deleted and CYRILLIC in kept.other_names
        assert get_record(session, "testimony", testimony_id).witness_id == latin_id
        party = session.scalars(select(CaseParty).where(CaseParty.case_id == case_a)).one()
        assert (party.person_id, party.role) == (latin_id, "witness")
    assert dialog.model.rowCount() == 0
    assert dialog.result_label.text() == f"“{CYRILLIC}” was merged into “{LATIN}”: 2 records moved."
    qtbot.waitUntil(lambda: unlocked_window.person_model.total() == 1)

    deleted = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not deleted.is_reading())  # read on a worker
    listed = [
        (
            deleted.model.data(deleted.model.index(row, DeletedModel.COL_KIND)),
            deleted.model.data(deleted.model.index(row, DeletedModel.COL_LABEL)),
        )
        for row in range(deleted.model.rowCount())
    ]
    assert ("Person", f"{CYRILLIC} (merged into {LATIN})") in listed


def test_a_role_both_held_is_said_removed_not_moved(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    # It counted the party deleted as a duplicate among the records moved.
    vault = unlocked_window.vault
    _, _, cyrillic_id, latin_id = _one_witness_entered_twice(vault)
    with vault.transaction() as session:
        (case_b,) = session.scalars(
            select(CaseParty.case_id).where(CaseParty.person_id == latin_id)
        ).all()
        party = {"case": str(case_b), "person": str(cyrillic_id), "role": "victim"}
        vault.writer(session).create("case_party", party)
    unlocked_window.go_to(PAGE_PEOPLE)
    qtbot.waitUntil(lambda: unlocked_window.person_model.total() == 2)
    dialog = _open_dialog(qtbot, unlocked_window)
    _keep(dialog, LATIN)
    dialog.merge_button.click()
    with vault.read() as session:
        live = session.scalars(
            select(CaseParty).where(CaseParty.case_id == case_b, CaseParty.is_deleted.is_(False))
        ).one()
        assert (live.person_id, live.role) == (latin_id, "victim")
    moved = 3 if live.version == 2 else 2  # the merged one's party stays if its id is smaller
    text = dialog.result_label.text()
    assert text.startswith(f"“{CYRILLIC}” was merged into “{LATIN}”: {moved} records moved. ")
    assert text.endswith(" in cases removed: both held the same role in the same case.")


def test_answering_no_merges_nothing(qtbot, unlocked_window: MainWindow, messages) -> None:
    vault = unlocked_window.vault
    _, testimony_id, cyrillic_id, latin_id = _one_witness_entered_twice(vault)
    dialog = _open_dialog(qtbot, unlocked_window)
    messages.answer = QMessageBox.StandardButton.No
    dialog.merge_button.click()
    assert messages.texts()[-1].startswith(f"Keep “{CYRILLIC}” and merge “{LATIN}” into it?")
    with vault.read() as session:
        assert not get_record(session, "person", cyrillic_id).is_deleted
        assert not get_record(session, "person", latin_id).is_deleted
        assert get_record(session, "testimony", testimony_id).witness_id == cyrillic_id
        assert get_record(session, "person", cyrillic_id).other_names == []
    assert dialog.model.rowCount() == 1


def test_an_open_form_of_the_merged_person_cannot_save_it_back(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, _, cyrillic_id, latin_id = _one_witness_entered_twice(vault)
    form = unlocked_window.registry.open_form("person", cyrillic_id)
    dialog = _open_dialog(qtbot, unlocked_window)
    _keep(dialog, LATIN)
    dialog.merge_button.click()
    with vault.read() as session:
        assert get_record(session, "person", cyrillic_id).is_deleted
    form.occupation_edit.setText("teacher")
    form.save_button.click()
    assert form.isVisible()
    assert "was deleted meanwhile" in form.error_label.text()
    with vault.read() as session:
        assert get_record(session, "person", cyrillic_id).is_deleted
        assert get_record(session, "person", latin_id).occupation == ""


def test_a_form_with_unsaved_changes_stops_the_merge(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, _, cyrillic_id, latin_id = _one_witness_entered_twice(vault)
    form = unlocked_window.registry.open_form("person", latin_id)
    form.occupation_edit.setText("teacher")
    dialog = _open_dialog(qtbot, unlocked_window)
    _keep(dialog, LATIN)
    dialog.merge_button.click()
    # Saved after the merge, it would have written over the names the merge added.
    assert messages.texts()[-1] == (
        f"“{LATIN}” has unsaved changes in its window. Save or close it first."
    )
    with vault.read() as session:
        assert not get_record(session, "person", cyrillic_id).is_deleted


def test_merging_into_an_unprotected_person_keeps_the_protection(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    vault = unlocked_window.vault
    _, _, cyrillic_id, _ = _one_witness_entered_twice(vault, protected=True, pseudonym="Witness K")
    stale_form = unlocked_window.registry.open_form("person", cyrillic_id)
    dialog = _open_dialog(qtbot, unlocked_window)
    assert dialog.kept_and_merged()[0].name == CYRILLIC
    dialog.merge_button.click()
    # Saved later, the form opened before the merge would have dropped the protection.
    assert not stale_form.isVisible()
    assert messages.texts()[-1].endswith(
        f"One of the two is protected, so “{CYRILLIC}” stays protected."
    )
    with vault.read() as session:
        kept = get_record(session, "person", cyrillic_id)
        assert kept.is_protected and kept.pseudonym == "Witness K"


def test_reasons_are_said_in_the_interface_language_with_the_names_as_written(qtbot) -> None:
    spelling = Reason(ReasonCode.OTHER_SPELLING, ("O'Brien Ikrom", "Obrien Ikrom"))
    assert reason_text(spelling) == (
        "the same name in another spelling: “O'Brien Ikrom” and “Obrien Ikrom”"
    )
    years = Reason(ReasonCode.OTHER_BIRTH_YEAR, ("1975", "1976"))
    assert reason_text(years) == "born in 1975 and in 1976"
    install_translators("ru")
    try:
        assert reason_text(years) == "годы рождения 1975 и 1976"
    finally:
        install_translators("en")
    common = Reason(ReasonCode.COMMON_NAME, ("12",))
    assert reason_text(common) == "12 people have this name"
    ending = Reason(ReasonCode.NAME_WITH_ENDING, ("Gulnora Shamsutdinova", "Gulnoraxon", "xon"))
    assert reason_text(ending) == (
        "the same name, one with the ending -xon: “Gulnora Shamsutdinova” and “Gulnoraxon”"
    )
    for code in ReasonCode:  # every reason core can give has words in the GUI
        details = {ReasonCode.COMMON_NAME: common.details, ReasonCode.NAME_WITH_ENDING: "abc"}
        assert reason_text(Reason(code, tuple(details.get(code, "ab"))))


def test_the_dialog_opens_at_once_and_looks_on_a_worker(qtbot, unlocked_window: MainWindow):
    # It froze the window while it looked: 27 s among 20,000 people, with no way to stop.
    _one_witness_entered_twice(unlocked_window.vault)
    dialog = _open_dialog(qtbot, unlocked_window, wait=False)
    assert dialog.search is not None and dialog.model.rowCount() == 0
    assert dialog.intro.text() == "Looking for people who may have been entered twice…"
    assert not dialog.merge_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.search is None
    qtbot.waitUntil(lambda: dialog.sides is not None)  # read on a worker too
    assert dialog.merge_button.isEnabled()


def test_closing_the_dialog_while_it_looks_stops_the_search(qtbot, unlocked_window: MainWindow):
    _one_witness_entered_twice(unlocked_window.vault)
    dialog = _open_dialog(qtbot, unlocked_window, wait=False)
    search = dialog.search
    assert search is not None and not search.progress.cancelled()
    dialog.close()
    assert search.progress.cancelled()


def test_pairs_found_after_a_lock_are_not_shown(qtbot, unlocked_window: MainWindow) -> None:
    _one_witness_entered_twice(unlocked_window.vault)
    dialog = _open_dialog(qtbot, unlocked_window, wait=False)
    dialog.hide()  # a hidden dialog is not closed by the lock: its search runs on
    unlocked_window.lock()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.model.rowCount() == 0 and dialog.sides is None


def test_after_a_merge_the_next_pair_is_selected_and_the_others_stand(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    # It looked again from the start and selected the first pair: among thousands of pairs
    # the user had to find their place after every merge.
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        for name in ("Azimjan Askarov", "Азимжан Аскаров", "Azimzhan Askarov"):
            writer.create("person", {"name": name, "birth_date": "1951"})
    _one_witness_entered_twice(vault)
    dialog = _open_dialog(qtbot, unlocked_window)
    before = _pairs(dialog)
    assert len(before) == 4  # the three Askarovs two by two, then the two Shamsutdinovs
    dialog.table.selectRow(2)
    assert dialog.sides is None and not dialog.merge_button.isEnabled()  # read on a worker
    qtbot.waitUntil(lambda: not dialog.is_busy())
    merged = dialog.kept_and_merged()[1].id
    scores = [dialog.model.row_at(row).score for row in range(4)]
    dialog.merge_button.click()
    assert dialog.search is None  # nothing looked for again
    left = [pair for pair in before if merged not in pair]
    assert _pairs(dialog) == left and len(left) == 2
    assert _selected_pair(dialog) == before[3]
    assert [pair.score for pair in map(dialog.model.row_at, range(2))] == [
        scores[before.index(pair)] for pair in left
    ]


def test_the_two_names_are_listed_whole_and_the_reasons_give_way(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        for name in ("Gulnora Shamsutdinova", "Шамсутдинова Гулнора"):
            writer.create("person", {"name": name, "birth_date": "1985"})
    dialog = _open_dialog(qtbot, unlocked_window)
    dialog.resize(820, 600)  # the size it opens at on a 1366x768 screen
    qtbot.waitExposed(dialog)
    table = dialog.table
    # Before: "Gulnora Shamsutdin…" and "Шамсутдинова Гул…" beside a wide Why column.
    for column in (DuplicatePairModel.COL_FIRST, DuplicatePairModel.COL_SECOND):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    assert table.horizontalScrollBar().maximum() == 0
    dialog.reject()


def test_a_merged_person_restored_is_listed_as_sharing_the_kept_ones_name(
    qtbot, unlocked_window: MainWindow, messages
) -> None:
    kept, merged = "Bakhtiyor Yoʻldoshev", "Yuldashev Bakhtiyor"
    with unlocked_window.vault.transaction() as session:
        writer = unlocked_window.vault.writer(session)
        for name in (kept, merged):
            writer.create("person", {"name": name})
    dialog = _open_dialog(qtbot, unlocked_window)
    why = dialog.model.index(0, DuplicatePairModel.COL_REASONS).data()
    assert why.startswith("the same name in another spelling:")
    assert f"“{kept}”" in why and f"“{merged}”" in why
    _keep(dialog, kept)
    dialog.merge_button.click()
    dialog.close()
    deleted = unlocked_window.menus.show_deleted_records()
    qtbot.waitUntil(lambda: not deleted.is_reading())  # read on a worker
    deleted.table.selectRow(0)
    deleted.restore_button.click()  # the question about a merged person: answered Yes
    qtbot.waitUntil(lambda: not deleted.is_reading())
    assert deleted.model.rowCount() == 0
    deleted.close()

    dialog = _open_dialog(qtbot, unlocked_window)
    names = [dialog.model.index(0, c).data() for c in (0, 1)]
    assert sorted(names) == sorted([kept, merged])
    # Before: "the same name: “Yuldashev Bakhtiyor” and “Yuldashev Bakhtiyor”", which looked
    # like a slip (the kept person holds the name as an other name since the merge).
    expected = f"the same name for both: “{merged}”"
    assert dialog.model.index(0, DuplicatePairModel.COL_REASONS).data() == expected
    assert dialog.why_label.text() == f"Why: {expected}"
