"""The main window's lists show their short values and column titles whole in Russian and
Uzbek at the window's usual size: a sex, a status, a sensitivity, a date, a pseudonym."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from desktop_app.core.listing import ListFilter
from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators, vocab_label
from desktop_app.ui.list_models import TestimonyListModel
from desktop_app.ui.main_window import PAGE_CASES, PAGE_PEOPLE, PAGE_TESTIMONIES, MainWindow
from desktop_app.ui.settings import Settings
from desktop_app.ui.table import RecordTable
from tests.conftest import FAST_KDF

USUAL_WINDOW = (1100, 700)  # what the main window asks for on a laptop screen


def _fill(vault: Vault) -> None:
    """Cases, people and testimonies with the longest labels Russian has for their columns."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": "UZ-2023-07",
                "title": "Насильственное исчезновение, Андижан",
                "status": "under_review",
                "sensitivity": "confidential",
                "start_date": "2023-09",
            },
        )
        session.flush()
        for name, sex, pseudonym in (
            ("Дильноза Рахимова", "female", "Свидетель А"),
            ("Юсупов Бахтиёр", "male", ""),
        ):
            person = writer.create(
                "person",
                {"name": name, "sex": sex, "protected": bool(pseudonym), "pseudonym": pseudonym},
            )
            session.flush()
            writer.create(
                "testimony",
                {
                    "case": str(case.id),
                    "witness": str(person.id),
                    "date": "2023-09",
                    "language": "ru",
                    "status": "final",
                },
            )


@pytest.fixture(params=["ru", "uz"])
def window(request, qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault) -> Iterator:
    """The main window in a language at its usual size, over a vault with a few records."""
    _fill(tmp_vault)
    install_translators(request.param)
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    main.attach(tmp_vault)
    main.resize(*USUAL_WINDOW)
    yield main
    main.registry.close_all_for_lock((main,))


def _title_width(table: RecordTable, column: int) -> int:
    header = table.horizontalHeader()
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(title) + 2 * margin


@pytest.mark.parametrize(
    ("page", "number"),
    [
        ("cases_page", PAGE_CASES),
        ("people_page", PAGE_PEOPLE),
        ("testimonies_page", PAGE_TESTIMONIES),
    ],
)
def test_short_values_and_titles_are_whole_at_the_usual_size(qtbot, window, page, number) -> None:
    list_page = getattr(window, page)
    window.go_to(number)
    table = list_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0 and table.viewport().width() > 800)
    header = table.horizontalHeader()
    main_column = table.model().STRETCH_COLUMN
    # Before: "Женс…", "Окончатель…", "На рассмотрен…", "сентябрь 2…", "Свидетел…", "Конфид…".
    for column in range(header.count()):
        if column == main_column:
            continue
        width = header.sectionSize(column)
        cell = table.model().index(0, column).data()
        assert width >= table.sizeHintForColumn(column), (page, column, cell)
        assert width >= _title_width(table, column), (page, column)
    assert header.length() <= table.viewport().width()  # and no scroll bar for it


def test_a_status_column_has_room_for_a_status_its_first_page_lacks(qtbot, window) -> None:
    with window.vault.transaction() as session:
        writer = window.vault.writer(session)
        case = writer.create("case", {"reference": "KG-2024-01", "title": "Ош"})
        session.flush()
        witness = writer.create("person", {"name": "Гулноза"})
        session.flush()
        writer.create(
            "testimony",
            {"case": str(case.id), "witness": str(witness.id), "status": "draft"},
        )
    window.go_to(PAGE_TESTIMONIES)
    model = window.testimonies_page.model
    model.set_filter(ListFilter(status="draft"))  # only the draft is loaded
    table = window.testimonies_page.table
    qtbot.waitUntil(lambda: model.rowCount() == 1 and table.viewport().width() > 800)
    width = table.horizontalHeader().sectionSize(TestimonyListModel.COL_STATUS)
    model.set_filter(ListFilter(status="final"))
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert model.index(0, TestimonyListModel.COL_STATUS).data() == vocab_label("final")
    # Before: 17 average characters, short of "Окончательное" until a final one was loaded.
    assert width >= table.sizeHintForColumn(TestimonyListModel.COL_STATUS)
