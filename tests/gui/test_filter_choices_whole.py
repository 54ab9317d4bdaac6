"""On a 1280x720 laptop at 125% (1024x576 left for windows), in Russian and Uzbek, every choice
of the search page's filters and of a list's status filter shows whole, and the filters still
fit the window: they take a second row rather than push it wider. The cases list gives its
titles a fair share of the width, and keeps its column titles whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.list_models import CaseListModel
from desktop_app.ui.main_window import PAGE_CASES, PAGE_SEARCH, MainWindow
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF

# What the main window takes of a 1024x576 screen (the tester's), and the screen itself.
WINDOW_SIZES = [(921, 544), (1024, 576)]


@pytest.fixture(params=["ru", "uz"])
def window(request, qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault) -> Iterator:
    install_translators(request.param)
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    main.attach(tmp_vault)
    yield main
    main.registry.close_all_for_lock((main,))


def _cut_choices(combo: QComboBox) -> list[str]:
    """The combo's choices wider than the room it gives its text."""
    cut = []
    for index in range(combo.count()):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        option.currentText = combo.itemText(index)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField
        )
        if combo.fontMetrics().horizontalAdvance(combo.itemText(index)) > field.width():
            cut.append(combo.itemText(index))
    return cut


def _inside(widget: QWidget, page: QWidget) -> bool:
    return page.rect().contains(QRect(widget.mapTo(page, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("size", WINDOW_SIZES)
def test_search_filters_show_every_choice_whole_and_fit(qtbot, window: MainWindow, size):
    window.resize(*size)
    window.go_to(PAGE_SEARCH)
    page = window.search_page
    qtbot.waitUntil(lambda: window.width() == size[0])
    page.layout().activate()
    combos = (page.act_combo, page.status_combo, page.sensitivity_combo, page.role_combo)
    # Before: "Любая конфиденциально" (189 px of 213), "Произвольное задержание" cut.
    for combo in combos:
        assert _cut_choices(combo) == [], combo.accessibleName()
        assert _inside(combo, page), combo.accessibleName()
    assert window.minimumSizeHint().width() <= size[0]


@pytest.mark.parametrize("size", WINDOW_SIZES)
def test_a_lists_status_filter_shows_every_choice_whole(qtbot, window: MainWindow, size):
    window.resize(*size)
    window.go_to(PAGE_CASES)
    page = window.cases_page
    qtbot.waitUntil(lambda: window.width() == size[0])
    page.layout().activate()
    # Before: "Har qanday holat" 4 px short.
    assert _cut_choices(page.status_combo) == []
    assert _inside(page.status_combo, page) and _inside(page.count_label, page)


@pytest.mark.parametrize("size", WINDOW_SIZES)
def test_case_titles_take_a_share_and_column_titles_stay_whole(qtbot, window: MainWindow, size):
    with window.vault.transaction() as session:
        writer = window.vault.writer(session)
        for number, sensitivity in enumerate(("confidential", "restricted", "normal")):
            writer.create(
                "case",
                {
                    "reference": f"KG-2006-000{number}",
                    "title": "Detention and beating in Andijan, May 2005",
                    "status": "under_review",
                    "sensitivity": sensitivity,
                    "start_date": "2006-02-21",
                },
            )
    window.cases_page.model.refresh()
    window.resize(*size)
    window.go_to(PAGE_CASES)
    table = window.cases_page.table
    qtbot.waitUntil(lambda: window.width() == size[0] and table.model().rowCount() == 3)
    header = table.horizontalHeader()
    # Before: 120 px of 775 ("Detention and b…") beside a status, a sensitivity and a
    # timestamp at their whole widths, and "Конфиденциаль…" over the sensitivities.
    assert header.sectionSize(CaseListModel.COL_TITLE) >= table.viewport().width() // 4
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(header.count()):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + (
            2 * margin
        ), title
    assert table.horizontalScrollBar().maximum() == 0
