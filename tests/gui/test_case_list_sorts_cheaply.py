"""Sorting the case list formats each row's texts once (not once per cell measured), and a
column title a large text size cuts short ("Sta…") says itself whole in its tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.list_models import CaseListModel
from desktop_app.ui.table import RecordTable


class _CountingCases(CaseListModel):
    """The case list, counting the rows it formats."""

    formatted = 0

    def cells(self, row: Any) -> list[str]:
        self.formatted += 1
        return super().cells(row)


def _cases(vault: Vault, count: int) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        for number in range(count):
            reference, title = f"KG-2010-{number:04d}", f"Detention {number}"
            case = {"reference": reference, "title": title, "start_date": "2010-09"}
            writer.create("case", case)


def test_a_sort_formats_each_row_once(qtbot, tmp_vault: Vault) -> None:
    _cases(tmp_vault, 120)
    model = _CountingCases()
    table = RecordTable(model, ClipboardGuard(), "Cases")
    qtbot.addWidget(table)
    table.resize(1000, 400)
    table.show()
    model.set_vault(tmp_vault)
    qtbot.waitUntil(lambda: model.rowCount() == 120)
    for column in (CaseListModel.COL_TITLE, CaseListModel.COL_START, CaseListModel.COL_UPDATED):
        model.formatted = 0
        header = table.horizontalHeader()
        where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: not model.is_loading())
        # Before: every cell measured formatted its whole row, a row measured seven times
        # twice over: 250-480 ms of frozen window per sort of a 2,000-case list.
        assert 0 < model.formatted <= model.rowCount()
        assert table.model().index(0, CaseListModel.COL_START).data() == "September 2010"
    first = model.row_at(0)
    with tmp_vault.transaction() as session:
        case = get_record(session, "case", first.id)
        tmp_vault.writer(session).update(case, {**to_content(case), "title": "Renamed"})
    model.refresh()
    qtbot.waitUntil(lambda: not model.is_loading())
    titles = [model.index(row, CaseListModel.COL_TITLE).data() for row in range(model.rowCount())]
    assert "Renamed" in titles  # the texts are formatted anew after a refresh


def test_a_title_cut_short_by_a_large_text_size_is_whole_in_its_tooltip(
    qtbot, tmp_vault: Vault
) -> None:
    _cases(tmp_vault, 3)
    model = CaseListModel()
    table = RecordTable(model, ClipboardGuard(), "Cases")
    qtbot.addWidget(table)
    larger = QFont(table.font())
    larger.setPointSizeF(larger.pointSizeF() * 2)
    table.setFont(larger)
    table.horizontalHeader().setFont(larger)
    table.resize(500, 300)
    table.show()
    model.set_vault(tmp_vault)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    titles = {c: model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())}
    cut = [c for c, t in titles.items() if header.sectionSize(c) < metrics.horizontalAdvance(t)]
    assert cut, "the table is narrow enough for some title to be cut"
    for column in cut:
        where = QPoint(header.sectionViewportPosition(column) + 2, header.height() // 2)
        event = QHelpEvent(QEvent.Type.ToolTip, where, header.viewport().mapToGlobal(where))
        QApplication.sendEvent(header.viewport(), event)
        assert QToolTip.text() == titles[column]
        QToolTip.hideText()
