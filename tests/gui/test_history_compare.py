"""A case's History after thirty edits of a 150,000-character testimony with no witness: every
line read "Changed | Testimony | (empty) | this vault | N", "View this version" showed the
whole text, and after a restore the new version was off the top of the list, unselected."""

from __future__ import annotations

import threading
from uuid import UUID

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.history_model import HistoryModel
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.version_comparison import VersionComparisonDialog
from tests.gui.test_reads_off_the_gui_thread import _reading_threads

PARAGRAPH = "§{n}. Свидетель показал, что его задержали ночью и держали в ИВС без адвоката.\n\n"
LONG_NARRATIVE = "".join(PARAGRAPH.format(n=n) for n in range(1, 1900))  # ~150,000 characters
SUMMARY = "Показания заявителя о пытках в ИВС, 60 страниц"


def _edited_testimony(vault: Vault, edits: int, **content: str) -> tuple[UUID, UUID]:
    """A case with a testimony without a witness, its narrative edited edits times (edit 5
    also changes its summary): version n + 1 is edit n."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KZ-HRC-2026-01", "title": "ИВС Алматы"})
        session.flush()
        testimony = writer.create(
            "testimony", {"case": str(case.id), "narrative": LONG_NARRATIVE, **content}
        )
        case_id, testimony_id = case.id, testimony.id
    for edit in range(1, edits + 1):
        with vault.transaction() as session:
            record = get_record(session, "testimony", testimony_id)
            new = to_content(record)
            at = (edit * 4999) % len(new["narrative"])
            new["narrative"] = (
                new["narrative"][:at] + f" [правка {edit}: уточнение] " + new["narrative"][at:]
            )
            if edit == 5:
                new["summary"] = "Показания заявителя (исправленная редакция)"
            vault.writer(session).update(record, new)
    return case_id, testimony_id


def _history(window: MainWindow, case_id: UUID) -> CaseView:
    view = window.registry.open_case(case_id)
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    return view


def _line_of(model: HistoryModel, version: int) -> int:
    return next(r for r in range(model.rowCount()) if model.row_at(r).version == version)


def test_each_line_names_the_fields_changed_and_a_testimony_without_a_witness(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id, _testimony = _edited_testimony(unlocked_window.vault, 6, summary=SUMMARY)
    model = _history(unlocked_window, case_id).history_tab.model
    qtbot.waitUntil(lambda: not model.is_reading_changes())  # read on a worker
    cells = {
        model.row_at(row).version: (
            model.index(row, HistoryModel.COL_RECORD).data(),
            model.index(row, HistoryModel.COL_CHANGES).data(),
        )
        for row in range(model.rowCount())
        if model.row_at(row).record_kind == "testimony"
    }
    named = "Показания заявителя (исправленная редакция)"  # its summary now
    assert cells[7] == (named, "Narrative")
    assert cells[6] == (named, "Narrative, Summary")
    assert cells[1] == (named, "")  # created: nothing before it


@pytest.mark.slow
def test_the_history_of_100_versions_shows_before_their_fields_changed_are_read(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id, _testimony = _edited_testimony(unlocked_window.vault, 99)
    gui_thread = threading.get_ident()
    with _reading_threads(unlocked_window.vault.engine) as reads:
        model = _history(unlocked_window, case_id).history_tab.model
        edits = [r for r in range(model.rowCount()) if (model.row_at(r).version or 0) > 1]
        assert len(edits) == 99

        def fields_changed() -> set[str]:
            return {model.index(r, HistoryModel.COL_CHANGES).data() for r in edits}

        # Before: the tab read all 100 versions (15 MB) on the GUI thread before showing, 0.4 s.
        assert fields_changed() == {"…"}
        qtbot.waitUntil(lambda: not model.is_reading_changes())
    assert fields_changed() == {"Narrative", "Narrative, Summary"}  # edit 5: the summary too
    version_reads = [thread for thread, statement in reads if "revision.data" in statement]
    assert version_reads and gui_thread not in version_reads


def test_a_testimony_without_witness_or_summary_is_named_by_its_date(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id, _testimony = _edited_testimony(unlocked_window.vault, 0, date="2026-03-14")
    model = _history(unlocked_window, case_id).history_tab.model
    names = [
        model.index(row, HistoryModel.COL_RECORD).data()
        for row in range(model.rowCount())
        if model.row_at(row).record_kind == "testimony"
    ]
    assert len(names) == 1 and names[0].startswith("Testimony of ") and "2026" in names[0]


def test_compare_with_previous_shows_the_passage_an_edit_changed_at_the_top(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id, _testimony = _edited_testimony(unlocked_window.vault, 20, summary=SUMMARY)
    history = _history(unlocked_window, case_id).history_tab
    assert not history.compare_button.isEnabled()  # nothing selected
    history.table.selectRow(_line_of(history.model, 18))  # edit 17
    assert history.compare_button.isEnabled()
    history.compare_button.click()
    dialog = history.findChild(VersionComparisonDialog)
    assert dialog is not None
    assert "version 17 and version 18" in dialog.heading.text()
    [text] = dialog.comparisons
    assert text.summary.text() == "Narrative: 1 place differs"
    assert not dialog.table.isVisible()  # no short field changed

    def first_line_shown() -> str:
        view = text.theirs_view
        top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
        return view.toPlainText()[top : top + 200]

    # The dialog opens on the change, 85,000 characters into the text.
    qtbot.waitUntil(lambda: "правка 17" in first_line_shown())
    assert "правка 17" not in text.mine_view.toPlainText()


def test_two_selected_versions_of_a_testimony_are_compared_with_each_other(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id, _testimony = _edited_testimony(unlocked_window.vault, 8, summary=SUMMARY)
    history = _history(unlocked_window, case_id).history_tab
    model = history.model
    history.table.selectRow(_line_of(model, 2))
    picked = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    history.table.selectionModel().select(model.index(_line_of(model, 9), 0), picked)
    assert history.compare_button.text() == "Compare the &two selected"
    history.compare_button.click()
    dialog = history.findChild(VersionComparisonDialog)
    assert dialog is not None
    assert "version 2 and version 9" in dialog.heading.text()
    shown = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert shown == {"Summary": "Показания заявителя (исправленная редакция)"}
    text = dialog.comparisons[0]
    older, newer = text.mine_view.toPlainText(), text.theirs_view.toPlainText()
    for edit in range(2, 9):
        assert f"правка {edit}:" in newer and f"правка {edit}:" not in older
    assert "правка 1:" in older


def test_after_a_restore_the_new_version_is_selected_and_in_view(
    qtbot, unlocked_window: MainWindow
) -> None:
    case_id, testimony = _edited_testimony(unlocked_window.vault, 40, summary=SUMMARY)
    view = _history(unlocked_window, case_id)
    view.resize(900, 500)
    history = view.history_tab
    line = _line_of(history.model, 2)
    history.table.selectRow(line)
    history.table.scrollTo(history.model.index(line, 0))
    assert history.table.verticalScrollBar().value() > 0
    history.restore_button.click()
    top = history.model.row_at(0)
    assert (top.record_id, top.action, top.version) == (testimony, "restore", 42)
    assert history.table.current_row() == 0
    assert [i.row() for i in history.table.selectionModel().selectedRows()] == [0]
    assert history.table.verticalScrollBar().value() == 0
