"""Typed in the People and Cases filters as most Uzbeks type it (the ASCII apostrophe) or in
Cyrillic, a name written Gʻayrat Oʻrinboyev is shown, not "0 records" (tester TA)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.list_page import ListPage
from desktop_app.ui.main_window import PAGE_CASES, PAGE_PEOPLE, MainWindow

NAME = "Gʻayrat Oʻrinboyev"
TITLE = f"Detention of {NAME}"


def _typed(qtbot, page: ListPage, text: str) -> list[str]:
    """What the list's first column shows once text is typed in its filter and counted."""
    page.filter_edit.setText(text)  # QTest types ASCII only
    page.apply_filter()
    qtbot.waitUntil(lambda: page.count_label.text() == "1 record")
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def test_people_and_cases_filters_show_the_name_typed_in_another_spelling(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        writer.create("person", {"name": NAME})
        writer.create("person", {"name": "Shuhrat Qodirov"})
        writer.create("case", {"reference": "UZ-2024-0001", "title": TITLE})
        writer.create("case", {"reference": "UZ-2024-0002", "title": "Osh"})
    unlocked_window.go_to(PAGE_PEOPLE)
    people = unlocked_window.people_page
    for typed in ("G'ayrat", "O'rinboyev", "Ғайрат Ўринбоев"):
        assert _typed(qtbot, people, typed) == [NAME]
    unlocked_window.go_to(PAGE_CASES)
    cases = unlocked_window.cases_page
    for typed in ("G'ayrat", "Ғайрат"):
        _typed(qtbot, cases, typed)
        shown = cases.model.index(0, 1).data(Qt.ItemDataRole.DisplayRole)
        assert shown == TITLE
