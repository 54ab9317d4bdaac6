"""The conflict dialog shows what differs: changed words marked, equal fields once."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication, QTextBrowser

from desktop_app.core.exchange.conflict_diff import MINE, THEIRS, field_differences
from desktop_app.core.exchange.conflicts import ConflictDetail, ConflictInfo
from desktop_app.ui.conflict_comparison import TextComparison, change_formats
from desktop_app.ui.conflict_dialog import ConflictDialog

SENTENCE = "Свидетель {n} рассказал, что сотрудники милиции пришли ночью и увели соседей. "
NARRATIVE = "".join(SENTENCE.format(n=n) for n in range(260))  # about 20 KB
EDITED = NARRATIVE.replace("Свидетель 200 рассказал", "Свидетель 200 подтвердил")


def _detail(**theirs_changes: object) -> ConflictDetail:
    mine = {"interviewer": "N. R.", "place": "Osh", "narrative": NARRATIVE, "summary": "Saw it."}
    info = ConflictInfo(1, "testimony", uuid4(), "Saw it.", "Bob", "2026-01-01", "", "")
    return ConflictDetail(info, mine, False, {**mine, **theirs_changes}, False, {})


def _format_of(view: QTextBrowser, word: str, after: str = "") -> QTextCharFormat:
    """The format of word's last letter, at its first place in view after the text after."""
    document = view.document()
    found = document.find(word, document.find(after).selectionEnd() if after else 0)
    assert not found.isNull(), word
    return found.charFormat()


def test_the_changed_word_of_a_long_narrative_is_marked_in_both_versions(qtbot) -> None:
    dialog = ConflictDialog(_detail(narrative=EDITED, summary="Saw the arrest."))
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    (comparison,) = dialog.comparisons
    assert comparison.summary.text() == "Narrative: 1 place differs"
    mine, theirs = comparison.mine_view.toPlainText(), comparison.theirs_view.toPlainText()
    # Before: both narratives in full, in bold, with nothing to say where they differ; then
    # the change wrapped in [-…-] / {+…+}, characters a lawyer took for the testimony's.
    assert mine == NARRATIVE and theirs == EDITED
    removed = _format_of(comparison.mine_view, "рассказал", after="Свидетель 200")
    added = _format_of(comparison.theirs_view, "подтвердил")
    assert removed.fontStrikeOut() and removed.background().style() != Qt.BrushStyle.NoBrush
    assert added.fontUnderline() and added.background().style() != Qt.BrushStyle.NoBrush
    assert removed.background().color() != added.background().color()
    assert not added.font().bold()
    unchanged = _format_of(comparison.mine_view, "рассказал")
    assert not unchanged.fontStrikeOut() and unchanged.background().style() == Qt.BrushStyle.NoBrush
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


def test_text_that_looks_like_diff_marks_is_shown_as_written_and_each_change_reached(
    qtbot,
) -> None:
    # A testimony quoting a chat may hold "{+" itself: it was shown as if a colleague added it.
    filler = "Свидетель описал камеру ИВС и допрос без адвоката. " * 120
    mine = f"Он написал {{+x+}} и [-y-] в протоколе. {filler}Задержан ночью. {filler}Конец."
    theirs = mine.replace("протоколе", "заявлении").replace("ночью", "утром")
    (difference,) = field_differences({"narrative": mine}, {"narrative": theirs})
    comparison = TextComparison(difference, "Бахтиёр")
    qtbot.addWidget(comparison)
    comparison.resize(900, 400)
    comparison.show()
    qtbot.waitExposed(comparison)
    assert comparison.mine_view.toPlainText() == mine
    assert comparison.theirs_view.toPlainText() == theirs
    literal = _format_of(comparison.theirs_view, "{+x+} и [-y-]")
    assert not literal.fontUnderline() and not literal.fontStrikeOut()
    assert _format_of(comparison.theirs_view, "утром").fontUnderline()
    assert _format_of(comparison.mine_view, "ночью").fontStrikeOut()
    assert "Only in: This vault" in comparison.legend.text()
    assert "Only in: Бахтиёр" in comparison.legend.text()
    words = {
        comparison.mine_view: ["протоколе", "ночью"],
        comparison.theirs_view: ["заявлении", "утром"],
    }

    def shown_at_top(view: QTextBrowser, word: str) -> bool:
        top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
        return word in view.toPlainText()[top : top + 200]

    for button, change in (
        (comparison.first_button, 0),
        (comparison.next_button, 1),
        (comparison.next_button, 0),  # after the last, the first again
    ):
        button.click()
        for view, changed in words.items():
            start = view.document().find(changed[change]).selectionStart()
            assert view.textCursor().position() == start
            assert shown_at_top(view, changed[change])


def test_changes_are_highlighted_readably_in_light_and_dark_palettes() -> None:
    for base, text in (
        (QColor("#ffffff"), QColor("#000000")),
        (QColor("#1e1e1e"), QColor("#f0f0f0")),
    ):
        formats = change_formats(base)
        mine, theirs = (formats[side].background().color() for side in (MINE, THEIRS))
        assert mine.red() > mine.green() and theirs.green() > theirs.red()  # red-ish, green-ish
        for colour in (mine, theirs):
            # the palette's text keeps its contrast: the tint stays on the base's side
            assert abs(colour.lightness() - text.lightness()) > 120
