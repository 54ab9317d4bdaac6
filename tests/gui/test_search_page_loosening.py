"""The search page while a name is typed word by word: the list keeps what the words before
the new one find, and says why."""

from __future__ import annotations

from desktop_app.core.vault import Vault
from desktop_app.ui.main_window import MainWindow
from tests.gui.search_ended import search_ended


def test_a_new_short_word_keeps_the_list_and_says_it_is_not_used_yet(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault: Vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create("person", {"name": "Timur Bekmirzaev"})
    page = unlocked_window.search_page
    page.summary_label.clear()
    page.query_edit.setText("Timur B")
    page.run_search()
    qtbot.waitUntil(lambda: search_ended(page))
    assert page.model.rowCount() == 1
    assert "B is too short to complete yet" in page.summary_label.text()
