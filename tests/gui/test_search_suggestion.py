"""The search page on a query that finds nothing: it suggests a beginning that finds something
(kaltakl* for kaltaklovchi), and one click runs it."""

from __future__ import annotations

from desktop_app.core.vault import Vault
from tests.gui.search_ended import search_ended


def test_clicking_the_suggestion_runs_it(qtbot, unlocked_window) -> None:
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-1", "title": "Andijon"})
        session.flush()
        narrative = "Uni militsiya xodimlari kaltaklashdi."
        writer.create("testimony", {"case": str(case.id), "narrative": narrative})
    page = unlocked_window.search_page
    page.query_edit.setText("kaltaklovchi")
    page.run_search()
    qtbot.waitUntil(lambda: search_ended(page))
    assert page.summary_label.text() == (
        "0 results  Nothing was found as typed. Try kaltakl* to find the words beginning so."
    )
    assert not page.suggestion_button.isHidden()
    assert page.suggestion_button.text() == "Search for kaltakl*"
    # Framed like any button, so it looks clickable rather than like a line of text.
    assert not page.suggestion_button.isFlat()
    page.suggestion_button.click()
    assert page.query_edit.text() == "kaltakl*"
    qtbot.waitUntil(lambda: page.summary_label.text() == "1 result")
    assert page.suggestion_button.isHidden()
