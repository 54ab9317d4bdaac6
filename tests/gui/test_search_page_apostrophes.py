"""Uzbek apostrophes on screen: the Search page highlights the word found whole and shows a
person's cases; the testimony editor counts a word with ‘ or ` as one, as search reads it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6

from desktop_app.core.vault import Vault
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search_hits import SearchHitModel, snippet_html
from tests.gui.search_ended import search_ended

NARRATIVE = "Ular o'zlarini xodim deb tanishtirishdi. U ikki kecha stulda o'tirib uxlagan."


def _search(qtbot, window: MainWindow, query: str) -> SearchHitModel:
    page = window.search_page
    page.summary_label.clear()
    page.query_edit.setText(query)
    page.run_search()
    qtbot.waitUntil(lambda: search_ended(page))
    return page.model


@pytest.fixture
def filled_window(unlocked_window: MainWindow) -> MainWindow:
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        first = writer.create("case", {"reference": "UZ-2026-0001", "title": "Qamoq"})
        second = writer.create("case", {"reference": "UZ-2026-0002", "title": "Tintuv"})
        session.flush()
        writer.create("testimony", {"case": str(first.id), "narrative": NARRATIVE})
        person = writer.create("person", {"name": "Gulnora Toshmatova"})
        session.flush()
        for case in (second, first):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
            )
    return unlocked_window


def test_the_search_page_highlights_the_word_found_whole(qtbot, filled_window) -> None:
    # Before: "Ular <b>o</b>'zlarini" for a search for o'tirib.
    model = _search(qtbot, filled_window, "o'tirib")
    hit = model.row_at(0)
    assert model.data(model.index(0, SearchHitModel.COL_CASE)) == "UZ-2026-0001"
    assert '<b style="background-color:#ffe680">o&#x27;tirib</b>' in snippet_html(hit.snippet)
    assert snippet_html(hit.snippet).count("<b ") == 1


def test_a_person_row_shows_the_persons_cases(qtbot, filled_window) -> None:
    # Before: the Case cell of a person was empty.
    model = _search(qtbot, filled_window, "Toshmatova")
    assert model.data(model.index(0, SearchHitModel.COL_KIND)) == "Person"
    assert model.data(model.index(0, SearchHitModel.COL_CASE)) == "UZ-2026-0001, UZ-2026-0002"


@pytest.fixture
def editor(qtbot, tmp_vault: Vault) -> Iterator[TestimonyEditor]:
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create("case", {"reference": "UZ-1", "title": "T"})
        case_id = str(case.id)
    form = TestimonyEditor(tmp_vault, initial={"case": case_id})
    form.show()
    qtbot.waitExposed(form)
    yield form
    if shiboken6.isValid(form):
        form.close()


def test_the_word_count_joins_words_at_every_apostrophe_search_reads(
    qtbot, editor: TestimonyEditor
) -> None:
    # Before: "so‘zlariga" and "o`qishga" were two words each (7 in all).
    # Pasted: QTest types ASCII only.
    editor.narrative_edit.insertPlainText("Singlimning so‘zlariga ko'ra, o`qishga taʼlim")
    qtbot.waitUntil(lambda: editor.word_count_label.text() == "5 words")
