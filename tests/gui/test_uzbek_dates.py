"""In Uzbek the interface writes dates as Uzbek does, and as its dossiers do: year first,
month names in lower case ("2024-yil mart", "2024-yil 2-aprel", "2024-yil"), in lists, the
case window, the history and timestamps; English and Russian keep their forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop_app.core.reports.labels import format_partial_date as dossier_date
from desktop_app.core.reports.labels import labels_for
from desktop_app.core.vault import Vault
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.fields import PartialDateEdit
from desktop_app.ui.i18n import format_partial_date, format_timestamp, install_translators
from desktop_app.ui.list_models import CaseListModel
from desktop_app.ui.main_window import PAGE_CASES, MainWindow
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF

STORED_AT = "2024-04-02T09:05:00Z"


@pytest.fixture
def uzbek() -> Iterator[None]:
    install_translators("uz")
    yield
    install_translators("en")


def _local(stored: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone()


@pytest.mark.usefixtures("uzbek")
def test_an_uzbek_date_is_written_year_first_as_its_dossiers_write_it(qapp) -> None:
    # Before: "2024", "Mart 2024" (Qt's stand-alone month, capitalised), "02/04/2024".
    assert format_partial_date("2024") == "2024-yil"
    assert format_partial_date("2024-03") == "2024-yil mart"
    assert format_partial_date("2024-04-02") == "2024-yil 2-aprel"
    assert format_partial_date("2024-03", after_preposition=True) == "2024-yil mart"
    uz = labels_for("uz")
    for value in ("1998", "2010-06", "2010-06-13", "2024-12-31"):
        assert format_partial_date(value) == dossier_date(value, uz)


@pytest.mark.usefixtures("uzbek")
def test_an_uzbek_timestamp_reads_year_day_month_then_the_local_time(qapp) -> None:
    local = _local(STORED_AT)
    month = labels_for("uz").months[local.month - 1]
    expected = f"{local.year}-yil {local.day}-{month}, {local:%H:%M}"
    assert format_timestamp(STORED_AT) == expected  # before: "02/04/2024 14:05"


@pytest.mark.parametrize(
    ("language", "month", "day", "stamp"),
    [
        ("en", "March 2024", "02/04/2024", "%d/%m/%Y %H:%M"),
        ("ru", "март 2024", "02.04.2024", "%d.%m.%Y %H:%M"),
    ],
)
def test_english_and_russian_dates_keep_their_forms(qapp, language, month, day, stamp) -> None:
    install_translators(language)
    try:
        assert format_partial_date("2024") == "2024"
        assert format_partial_date("2024-03") == month
        assert format_partial_date("2024-04-02") == day
        assert format_timestamp(STORED_AT) == _local(STORED_AT).strftime(stamp)
    finally:
        install_translators("en")


def _summary_period(view: CaseView) -> str:
    form = view.summary_form
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        if isinstance(label, QLabel) and label.text() == view.tr("Period:"):
            return form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text()
    raise AssertionError("no period row")


@pytest.fixture
def uzbek_window(qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault) -> Iterator:
    """The main window in Uzbek over a vault with one case that started in March 2024."""
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create(
            "case", {"reference": "UZ-2024-0001", "title": "Andijon", "start_date": "2024-03"}
        )
    install_translators("uz")
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    main.attach(tmp_vault)
    main.resize(1100, 700)
    yield main
    main.registry.close_all_for_lock((main,))
    install_translators("en")


def test_the_case_list_and_the_case_window_write_uzbek_dates(
    qtbot, uzbek_window: MainWindow, tmp_path: Path
) -> None:
    uzbek_window.go_to(PAGE_CASES)
    table = uzbek_window.cases_page.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and table.viewport().width() > 800)
    assert model.index(0, CaseListModel.COL_START).data() == "2024-yil mart"  # was "Mart 2024"
    updated = model.index(0, CaseListModel.COL_UPDATED).data()
    assert updated.startswith(f"{dt.date.today().year}-yil ")
    # A date of the longest month name still fits its column ("28-sentabr", not "28-may").
    width = table.horizontalHeader().sectionSize(CaseListModel.COL_START)
    widest = table.fontMetrics().horizontalAdvance(format_partial_date("2024-09-28"))
    assert width >= widest
    uzbek_window.grab().save(str(tmp_path / "uz-cases.png"))

    case_id = uzbek_window.cases_page.model.row_at(0).id
    view = uzbek_window.registry.open_case(case_id)
    view.show()
    qtbot.waitExposed(view)
    assert _summary_period(view) == "2024-yil martdan"  # was "boshlangan: mart 2024"
    view.grab().save(str(tmp_path / "uz-case.png"))


@pytest.mark.parametrize(
    ("language", "march", "november"),
    [("uz", "mart", "noyabr"), ("ru", "март", "ноябрь"), ("en", "March", "November")],
)
def test_the_month_drop_down_names_months_as_the_language_writes_them(
    qtbot, language: str, march: str, november: str
) -> None:
    # Before, in Uzbek: "Mart", "Noyabr" (Qt's stand-alone month, capitalised).
    install_translators(language)
    try:
        field = PartialDateEdit()
        qtbot.addWidget(field)
        names = [field.month.itemText(i) for i in range(field.month.count())]
    finally:
        install_translators("en")
    assert (len(names), names[2], names[10]) == (12, march, november)
    if language == "uz":  # as its lists and dossiers spell them
        assert names == list(labels_for("uz").months)
