"""The case list gives a long title the room the other columns hold for labels not on screen
(a status's longest label), never the room the values on screen need."""

from __future__ import annotations

import os

import pytest

from desktop_app.ui.list_models import CaseListModel
from tests.gui.test_small_screens import translated_window  # noqa: F401 (a fixture)

LONG_TITLE = "Andijonda oʻzboshimchalik bilan qamoqqa olish"


@pytest.mark.parametrize("translated_window", ["uz"], indirect=True)
@pytest.mark.parametrize("page_arrives_later", [False, True])
def test_an_uzbek_case_title_is_whole_beside_its_status_at_1100_px(
    qtbot,
    translated_window,  # noqa: F811
    page_arrives_later,
):
    with translated_window.vault.transaction() as session:
        translated_window.vault.writer(session).create(
            "case", {"reference": "UZ-2005-0013", "title": LONG_TITLE, "status": "open"}
        )
    if page_arrives_later:  # read on a worker, after the list's reset (as on a slow disk)
        translated_window.cases_page.model.READ_WAIT_MS = 0
    translated_window.cases_page.model.refresh()  # as after a save through the form
    translated_window.resize(1100, 700)
    table = translated_window.cases_page.table
    translated_window.stack.setCurrentWidget(translated_window.cases_page)
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and translated_window.width() == 1100)
    header = table.horizontalHeader()
    if shots := os.environ.get("SANDIQ_SHOTS"):
        translated_window.grab().save(os.path.join(shots, "uz_1100x700.png"))
    # Before: "Andijonda oʻzboshimchalik bilan qam…" while the status held room for its longest
    # label, "Koʻrib chiqilmoqda", which no row showed.
    for column in (CaseListModel.COL_TITLE, CaseListModel.COL_REFERENCE, CaseListModel.COL_STATUS):
        needed = table.sizeHintForIndex(model.index(0, column)).width()
        assert header.sectionSize(column) >= needed, model.index(0, column).data()
    assert header.length() <= table.viewport().width()  # and no horizontal scroll bar
