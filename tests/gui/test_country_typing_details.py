"""Two details of typing a country, found by testers. In Uzbek, "O'zbek" typed with the
keyboard's apostrophe (or ` or ’) offered nothing: CLDR writes "Oʻzbekiston" with ʻ. And the
Search page's country filter said "No country is called “Uzbek”…" while "Uzbek" was being
typed, with "Uzbekistan (UZ)" offered below it, as the case form did before: it is said once
the field is left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.country_edit import CountryEdit
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import PAGE_SEARCH, MainWindow
from tests.gui.conftest import activate

REFUSAL = "No country is called “Uzbek”: type its name or its two-letter code."


@pytest.fixture
def uzbek() -> Iterator[None]:
    install_translators("uz")
    yield
    install_translators("en")


def _type(edit: CountryEdit, text: str) -> None:
    # As a keyboard sends each character: qtbot.keyClicks knows Latin-1 characters only (’, ʼ).
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


@pytest.mark.parametrize("apostrophe", ["'", "`", "’", "ʼ", "ʻ"])
def test_any_apostrophe_typed_offers_uzbek_names_with_okina(
    qtbot, uzbek: None, apostrophe: str
) -> None:
    form = QWidget()
    edit = CountryEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(edit)
    layout.addWidget(QLineEdit())  # where Tab goes on leaving
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, edit)
    _type(edit, f"O{apostrophe}zbek")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = edit.completer().completionModel()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Oʻzbekiston (UZ)"]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    _type(edit, "iston")  # typed whole, with that apostrophe: the country, by its code
    qtbot.keyClick(popup if popup.isVisible() else edit, Qt.Key.Key_Tab)  # keys go to the offer
    assert edit.code() == "UZ" and edit.text() == "UZ"


def test_search_filter_says_a_half_typed_country_is_none_only_once_left(
    qtbot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    window.go_to(PAGE_SEARCH)
    page = window.search_page
    activate(qtbot, page.country_edit)
    page.country_edit.setFocus()  # as a click in it does: leaving it is what is tested
    qtbot.keyClicks(page.country_edit, "Uzbek")
    popup = page.country_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.waitUntil(lambda: not page.debounce.isActive())  # the filter has been applied
    assert page.summary_label.text() == ""  # before: the refusal, above "Uzbekistan (UZ)"
    assert page.model.rowCount() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # the offer closed, the word kept
    assert page.summary_label.text() == ""
    qtbot.keyClick(page.country_edit, Qt.Key.Key_Tab)
    assert page.country_edit.text() == "Uzbek"
    assert page.summary_label.text() == REFUSAL
    page.country_edit.setFocus()
    qtbot.keyClicks(page.country_edit, "i")  # typing on: not refused until left again
    qtbot.waitUntil(lambda: not page.debounce.isActive())
    assert page.summary_label.text() == ""
