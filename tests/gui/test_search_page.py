"""The search page: notes in the interface language, results a page at a time, persons by
name, and the model checked by QAbstractItemModelTester."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.search.query import NoteCode, QueryNote
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from desktop_app.ui import search_page
from desktop_app.ui.i18n import LANGUAGES, install_translators
from desktop_app.ui.main_window import PAGE_SEARCH, MainWindow
from desktop_app.ui.record_list_model import ROOT
from desktop_app.ui.search_hits import SearchHitModel
from desktop_app.ui.search_notes import note_text
from tests.gui.search_ended import search_ended


def _results_of(qtbot, window: MainWindow, query: str) -> str:
    page = window.search_page
    page.summary_label.clear()
    page.query_edit.setText(query)
    page.run_search()
    qtbot.waitUntil(lambda: search_ended(page))
    return page.summary_label.text()


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_note_has_a_translated_text(qapp, lang: str) -> None:
    english = {code: note_text(QueryNote(code, "x:")) for code in NoteCode}
    install_translators(lang)
    for code in NoteCode:
        text = note_text(QueryNote(code, "x:"))
        assert text != english[code], (lang, code)
        assert "%1" not in text


def test_a_long_query_says_what_was_left_out(qtbot, unlocked_window) -> None:
    summary = _results_of(qtbot, unlocked_window, "Osh " * 400)
    assert "The query is too long; the end of it was ignored." in summary


def test_an_unknown_filter_value_is_explained_in_russian(qtbot, unlocked_window) -> None:
    install_translators("ru")
    summary = _results_of(qtbot, unlocked_window, "status:opened")
    assert "status:opened — неизвестное значение, поэтому ничего не найдено." in summary


def test_results_come_a_page_at_a_time_and_never_claim_to_be_all(
    qtbot, unlocked_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_page, "PAGE_SIZE", 3)
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        for n in range(5):
            vault.writer(session).create("case", {"reference": f"R-{n}", "title": "Osh"})
    page = unlocked_window.search_page
    # A view asks for more once its delayed layout runs, even while hidden (under load that
    # came before the first page's summary was read): it may ask only once the page is shown.
    is_shown = False
    can_fetch_more = SearchHitModel.canFetchMore
    monkeypatch.setattr(
        SearchHitModel,
        "canFetchMore",
        lambda model, parent=ROOT: is_shown and can_fetch_more(model, parent),
    )
    # "result(s)" until the English plural forms of this text are in resources/i18n.
    assert _results_of(qtbot, unlocked_window, "Osh").startswith("The first 3 of 5 result")
    assert page.model.rowCount() == 3
    is_shown = True
    unlocked_window.go_to(PAGE_SEARCH)
    page.table.scrollToBottom()  # the view fetches the next page at the end of the list
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    qtbot.waitUntil(lambda: page.summary_label.text() == "5 results")
    cases = {page.model.row_at(row).case_reference for row in range(5)}
    assert cases == {f"R-{n}" for n in range(5)}


def test_a_person_found_by_notes_shows_the_name(qtbot, unlocked_window) -> None:
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create(
            "person",
            {
                "name": "Малика Турсунова",
                "protected": True,
                "pseudonym": "Witness A",
                "notes": "Lives in Andijan, fears reprisals",
            },
        )
    _results_of(qtbot, unlocked_window, "Andijan")
    model = unlocked_window.search_page.model
    assert model.data(model.index(0, SearchHitModel.COL_KIND)) == "Person"
    snippet = model.data(model.index(0, SearchHitModel.COL_SNIPPET))
    assert snippet == "Малика Турсунова: …A Lives in Andijan, fears reprisals"


def test_search_hit_model_passes_the_model_tester(qtbot, tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        for n in range(4):
            tmp_vault.writer(session).create("case", {"reference": f"R-{n}", "title": "Osh"})
    with tmp_vault.read() as session:
        hits = search(session, "Osh", 4)
    model = SearchHitModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    asked: list[bool] = []
    model.more_wanted.connect(lambda: asked.append(True))
    model.set_rows(hits[:2], has_more=True)
    if model.canFetchMore():  # the tester may have asked already
        model.fetchMore()
    model.fetchMore()  # once asked, it waits for the page
    assert asked == [True] and not model.canFetchMore()
    model.add_page(hits[2:], has_more=False)
    assert model.rowCount() == 4 and not model.canFetchMore()
    model.set_rows([])
    assert model.rowCount() == 0
    del tester
