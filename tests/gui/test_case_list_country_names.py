"""The case list names a case's country in the reader's language and sorts by that name, page
after page: in Russian "Казахстан" before "Кыргызстан", where the codes put KG before KZ."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.list_models import CaseListModel

COUNTRIES = ["UZ", "KG", "", "KZ", "TJ", "KG"]


class _SmallPages(CaseListModel):
    PAGE_SIZE = 2  # every boundary between two countries is a boundary between pages


@pytest.fixture
def russian() -> Iterator[None]:
    install_translators("ru")
    yield
    install_translators("en")


def _countries_shown(qtbot, vault: Vault, order: Qt.SortOrder) -> list[str]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        for number, country in enumerate(COUNTRIES):
            case = {"reference": f"CA-{number}", "title": "Задержание", "country": country}
            writer.create("case", case)
    model = _SmallPages()
    model.set_vault(vault)
    model.sort(CaseListModel.COL_COUNTRY, order)
    while model.canFetchMore() or model.is_loading():
        if model.canFetchMore():
            model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_loading())
    column = CaseListModel.COL_COUNTRY
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_countries_are_named_and_sorted_by_name_in_russian(
    qtbot, tmp_vault: Vault, russian: None
) -> None:
    shown = _countries_shown(qtbot, tmp_vault, Qt.SortOrder.AscendingOrder)
    named = ["Казахстан", "Кыргызстан", "Кыргызстан", "Таджикистан", "Узбекистан"]
    assert shown == [*named, ""]  # no country last


def test_descending_is_the_reverse(qtbot, tmp_vault: Vault, russian: None) -> None:
    shown = _countries_shown(qtbot, tmp_vault, Qt.SortOrder.DescendingOrder)
    assert [name for name in shown if name] == [
        "Узбекистан",
        "Таджикистан",
        "Кыргызстан",
        "Кыргызстан",
        "Казахстан",
    ]


def test_english_names_them_in_english(qtbot, tmp_vault: Vault) -> None:
    shown = _countries_shown(qtbot, tmp_vault, Qt.SortOrder.AscendingOrder)
    assert [name for name in shown if name] == [
        "Kazakhstan",
        "Kyrgyzstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Uzbekistan",
    ]
