"""The Search page's country filter takes a country as the case form does: by its code, or by
its name in the interface language or in English (it kept two letters: "Узбекистан" became
"Уз"), offers the countries matching what is typed (each once, by its name in the interface
language), and says when a name is no country's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import PAGE_SEARCH, MainWindow
from desktop_app.ui.search_page import SearchPage
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF
from tests.gui.search_ended import search_ended
from tests.gui.test_case_form_country import _leave, _offered, _type
from tests.gui.test_exchange_small_details import _text_room


@pytest.fixture
def russian_search(
    qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault
) -> Iterator[SearchPage]:
    """The Search page of a Russian main window over a vault with a case in Uzbekistan and one
    in Kyrgyzstan, both about Osh."""
    install_translators("ru")
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.create("case", {"reference": "UZ-1", "title": "Osh", "country": "UZ"})
        writer.create("case", {"reference": "KG-1", "title": "Osh", "country": "KG"})
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    window.attach(tmp_vault)
    window.go_to(PAGE_SEARCH)
    yield window.search_page
    window.registry.close_all_for_lock((window,))


def _found(qtbot, page: SearchPage) -> set[str]:
    page.summary_label.clear()
    page.run_search()
    qtbot.waitUntil(lambda: search_ended(page))
    return {page.model.row_at(row).case_reference for row in range(page.model.rowCount())}


@pytest.mark.parametrize(
    ("typed", "found"),
    [("Узбекистан", {"UZ-1"}), ("kyrgyzstan", {"KG-1"}), ("kg", {"KG-1"}), ("", {"UZ-1", "KG-1"})],
)
def test_a_country_is_filtered_by_its_name_in_either_language_or_its_code(
    qtbot, russian_search: SearchPage, typed: str, found: set[str]
) -> None:
    page = russian_search
    page.query_edit.setText("Osh")
    _type(page.country_edit, typed)
    assert _found(qtbot, page) == found


def test_the_countries_matching_what_is_typed_are_offered_and_leaving_shows_the_code(
    qtbot, russian_search: SearchPage
) -> None:
    page = russian_search
    _type(page.country_edit, "Узб")
    assert "Узбекистан (UZ)" in _offered(page.country_edit)
    placeholder = page.country_edit.placeholderText()  # says a name or a code will do
    assert page.country_edit.fontMetrics().horizontalAdvance(placeholder) <= _text_room(
        page.country_edit
    )
    _type(page.country_edit, "екистан")
    _leave(qtbot, page.country_edit)
    assert page.country_edit.text() == "UZ"


def test_each_country_is_offered_once_by_its_russian_name(
    qtbot, russian_search: SearchPage
) -> None:
    page = russian_search
    _type(page.country_edit, "a")  # matches codes (AM, AR...): each in Russian only
    offered = _offered(page.country_edit)
    codes = [offer.rsplit("(", 1)[1] for offer in offered]
    assert len(codes) > 20
    assert len(codes) == len(set(codes))  # before: "Armenia (AM)" beside "Армения (AM)"
    assert "Армения (AM)" in offered
    assert "Armenia (AM)" not in offered
    _type(page.country_edit, "rmenia")  # an English name typed whole is still understood
    _leave(qtbot, page.country_edit)
    assert page.country_edit.text() == "AM"


def test_a_name_that_is_no_countrys_is_said_and_finds_nothing(
    qtbot, russian_search: SearchPage
) -> None:
    page = russian_search
    page.query_edit.setText("Osh")
    _type(page.country_edit, "Узбекистанн")
    unknown = QCoreApplication.translate(
        "CountryEdit", "No country is called “%1”: type its name or its two-letter code."
    )
    assert _found(qtbot, page) == set()
    assert page.summary_label.text() == unknown.replace("%1", "Узбекистанн")
    assert page.country_edit.text() == "Узбекистанн"  # kept to be corrected, not dropped
