"""The conflict dialog shows what differs: changed words marked, equal fields once."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtWidgets import QApplication

from desktop_app.core.exchange.conflicts import ConflictDetail, ConflictInfo
from desktop_app.ui.conflict_dialog import ConflictDialog

SENTENCE = "Свидетель {n} рассказал, что сотрудники милиции пришли ночью и увели соседей. "
NARRATIVE = "".join(SENTENCE.format(n=n) for n in range(260))  # about 20 KB
EDITED = NARRATIVE.replace("Свидетель 200 рассказал", "Свидетель 200 подтвердил")


def _detail(**theirs_changes: object) -> ConflictDetail:
    mine = {"interviewer": "N. R.", "place": "Osh", "narrative": NARRATIVE, "summary": "Saw it."}
    info = ConflictInfo(1, "testimony", uuid4(), "Saw it.", "Bob", "2026-01-01", "", "")
    return ConflictDetail(info, mine, False, {**mine, **theirs_changes}, False, {})


def test_the_changed_word_of_a_long_narrative_is_marked_in_both_versions(qtbot) -> None:
    dialog = ConflictDialog(_detail(narrative=EDITED, summary="Saw the arrest."))
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    (comparison,) = dialog.comparisons
    assert comparison.summary.text() == "Narrative: 1 place differs"
    mine, theirs = comparison.mine_view.toPlainText(), comparison.theirs_view.toPlainText()
    # Before: both narratives in full, in bold, with nothing to say where they differ.
    assert "Свидетель 200 [-рассказал-], что" in mine and "{+" not in mine
    assert "Свидетель 200 {+подтвердил+}, что" in theirs and "[-" not in theirs
    assert mine.count("[-") == 1 and theirs.count("{+") == 1
    cursor = comparison.theirs_view.document().find("подтвердил")
    assert cursor.charFormat().background().color().name() != "#000000"
    assert cursor.charFormat().fontUnderline() and not cursor.charFormat().font().bold()
    scroll = comparison.mine_view.verticalScrollBar()
    assert scroll.value() == 0
    comparison.first_button.click()
    QApplication.processEvents()
    assert scroll.value() > scroll.maximum() // 2  # the change is in the last quarter
    assert comparison.theirs_view.verticalScrollBar().value() > 0


def test_equal_fields_are_shown_once_and_folded_away(qtbot) -> None:
    dialog = ConflictDialog(_detail(summary="Saw the arrest."))
    qtbot.addWidget(dialog)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert rows == ["Summary"]  # before: every field, twice, the narrative twice in full
    assert not dialog.table.item(0, 1).font().bold()
    assert dialog.comparisons == []
    assert dialog.summary.text().startswith("1 field differs")
    same = [dialog.same_table.item(r, 0).text() for r in range(dialog.same_table.rowCount())]
    assert same == ["Interviewer", "Place", "Narrative"]
    assert dialog.same_table.columnCount() == 2  # the value once, for both versions
    assert dialog.same_button.text() == "3 fields are the same"
    assert dialog.same_table.isHidden()
    dialog.same_button.click()
    assert not dialog.same_table.isHidden()


def test_a_merge_against_an_edit_says_what_each_choice_does(qtbot) -> None:
    person = {"name": "Каримов Рустам", "other_names": [], "birth_date": ""}
    info = ConflictInfo(2, "person", uuid4(), "Каримов Рустам", "Bob", "2026-01-01", "", "")
    kept = uuid4()
    merged_here = ConflictDetail(
        info, person, True, {**person, "birth_date": "1980"}, False, {}, kept, "Karimov Rustam"
    )
    dialog = ConflictDialog(merged_here)
    qtbot.addWidget(dialog)
    assert dialog.record_title.text() == "Каримов Рустам"  # else named only in the fields
    assert not dialog.merge_note.isHidden()
    assert dialog.merge_note.text().startswith(
        "This vault merged this person into Karimov Rustam; Bob edited it. Keep mine keeps"
    )
    merged_there = ConflictDetail(info, person, False, person, True, {}, kept, "Karimov Rustam")
    dialog = ConflictDialog(merged_there)
    qtbot.addWidget(dialog)
    assert dialog.merge_note.text().startswith(
        "Bob merged this person into Karimov Rustam; it was edited here. Keep theirs keeps"
    )
    dialog = ConflictDialog(_detail(summary="Saw the arrest."))
    qtbot.addWidget(dialog)
    assert dialog.merge_note.isHidden()
