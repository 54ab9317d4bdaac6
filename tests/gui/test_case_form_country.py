"""The case form takes a country by its code or its name (in the interface language or in
English), offers the countries matching what is typed (each once, by its name in the interface
language, in a popup wide enough for the longest), stores the code, and names the country in the
interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.core.countries import country_names
from desktop_app.core.vault import Vault
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.i18n import install_translators
from tests.gui.conftest import activate
from tests.gui.test_exchange_small_details import _shot


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "Uzbekistan"), ("ru", "Узбекистан"), ("uz", "Oʻzbekiston")],
)
def test_a_typed_code_is_named_in_the_interface_language(
    qtbot, tmp_vault: Vault, language: str, name: str
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.country_edit, "uz")
    assert form.country_name.text() == name
    assert form.country_name.isVisible()
    assert form.content()["country"] == "UZ"


def test_a_saved_case_shows_its_country_by_name_and_an_unknown_code_by_nothing(
    qtbot, tmp_vault: Vault
) -> None:
    install_translators("ru")
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create(
            "case", {"reference": "KG-1", "title": "Detention", "country": "KG"}
        )
    form = CaseForm(tmp_vault, case.id)
    qtbot.addWidget(form)
    form.show()
    assert form.country_edit.text() == "KG"
    assert form.country_name.text() == "Кыргызстан"  # the UN's name, not CLDR's "Киргизия"
    form.country_edit.setText("ZZ")
    assert form.country_name.text() == ""
    form.country_edit.setText("")
    assert form.country_name.text() == ""


def test_a_typed_code_that_names_no_country_is_refused_but_one_that_came_with_the_case_is_kept(
    qtbot, tmp_vault: Vault
) -> None:
    install_translators("en")
    refusal = "No country is called “%1”: type its name or its two-letter code."
    new = CaseForm(tmp_vault)
    qtbot.addWidget(new)
    qtbot.keyClicks(new.reference_edit, "KG-2")
    qtbot.keyClicks(new.title_edit, "Detention")
    qtbot.keyClicks(new.country_edit, "xx")
    assert refusal.replace("%1", "xx") in new.problems()
    new.country_edit.setText("kg")
    assert new.problems() == []
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create(
            "case", {"reference": "OLD-1", "title": "From an old export", "country": "ZZ"}
        )
    old = CaseForm(tmp_vault, case.id)
    qtbot.addWidget(old)
    assert old.problems() == []
    old.country_edit.setText("XX")
    assert refusal.replace("%1", "XX") in old.problems()


def _type(widget: QWidget, text: str) -> None:
    # As a keyboard in that script sends it: qtbot.keyClicks only knows Latin-1 characters.
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def _leave(qtbot, edit: QLineEdit) -> None:
    # Keys go to the offer while it is shown, as a keyboard's do.
    popup = edit.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else edit, Qt.Key.Key_Tab)


def _offered(edit: QLineEdit) -> list[str]:
    # The edit chooses its offers and the completer shows them all (completionCount() counts
    # only those starting with what is typed).
    model = edit.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("language", "typed", "offered"),
    [
        ("ru", "Узб", ["Узбекистан (UZ)"]),
        ("ru", "uz", ["Узбекистан (UZ)"]),
        ("uz", "Oʻzb", ["Oʻzbekiston (UZ)"]),
        ("uz", "uz", ["Oʻzbekiston (UZ)"]),
        ("en", "Uzb", ["Uzbekistan (UZ)"]),
    ],
)
def test_a_country_is_offered_by_its_name_or_code(
    qtbot, tmp_vault: Vault, language: str, typed: str, offered: list[str]
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    _type(form.country_edit, typed)
    assert set(offered) <= set(_offered(form.country_edit))
    assert form.country_edit.placeholderText()  # says what to type


def _offered_codes(edit: QLineEdit) -> list[str]:
    return [offer.rsplit("(", 1)[1].rstrip(")") for offer in _offered(edit)]


@pytest.mark.parametrize(
    ("language", "typed", "english"),
    [("uz", "A", "American Samoa (AS)"), ("ru", "a", "Armenia (AM)")],
)
def test_each_country_is_offered_once_by_its_name_in_the_interface_language(
    qtbot, tmp_vault: Vault, language: str, typed: str, english: str
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    _type(form.country_edit, typed)
    codes = _offered_codes(form.country_edit)
    assert len(codes) > 20
    assert len(codes) == len(set(codes))  # before: "American Samoa" beside "Amerika Samoasi"
    assert english not in _offered(form.country_edit)
    assert set(_offered(form.country_edit)) <= {
        f"{name} ({code})" for code, name in country_names(language).items()
    }


@pytest.mark.parametrize(("language", "typed"), [("uz", "A"), ("ru", "Британ")])
def test_the_offers_popup_shows_its_longest_offer_whole_within_the_screen(
    qtbot, tmp_vault: Vault, language: str, typed: str
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    # With the edit at the screen's right edge, a popup wider than it must open to the left.
    screen = form.screen().availableGeometry()
    edit_right = form.country_edit.mapToGlobal(QPoint(form.country_edit.width(), 0)).x()
    form.move(form.x() + screen.right() - 10 - edit_right, form.y())
    activate(qtbot, form)
    _type(form.country_edit, typed)
    popup = form.country_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    longest = max(_offered(form.country_edit), key=popup.fontMetrics().horizontalAdvance)
    assert len(longest) > 25  # "Janubiy Georgiya va Janubiy…", "Британская территория в…"
    # Before: as wide as the edit, and "Amerika Qoʻshma Sht…" was cut.
    assert popup.sizeHintForColumn(0) <= popup.viewport().width()
    assert popup.screen().availableGeometry().contains(popup.geometry())
    _shot(popup, f"country_offers_{language}.png")


@pytest.mark.parametrize(
    ("language", "typed", "name"),
    [
        ("ru", "Узбекистан", "Узбекистан"),
        ("ru", "uzbekistan", "Узбекистан"),
        ("uz", "O'zbekiston", "Oʻzbekiston"),
        ("uz", "Uzbekistan", "Oʻzbekiston"),
    ],
)
def test_a_country_typed_by_name_is_stored_as_its_code(
    qtbot, tmp_vault: Vault, language: str, typed: str, name: str
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    qtbot.keyClicks(form.reference_edit, "UZ-1")
    qtbot.keyClicks(form.title_edit, "Detention")
    _type(form.country_edit, typed)  # before: dropped after its second letter
    assert form.content()["country"] == "UZ"
    assert form.country_name.text() == name
    assert form.problems() == []
    _leave(qtbot, form.country_edit)  # leaving it shows the stored code
    assert form.country_edit.text() == "UZ"
    assert form.country_name.text() == name


def test_a_country_chosen_from_the_offer_is_shown_as_its_code(qtbot, tmp_vault: Vault) -> None:
    install_translators("ru")
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    _type(form.country_edit, "Узб")
    popup = form.country_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert form.country_edit.text() == "Узбекистан (UZ)"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.country_edit.text() == "UZ")
    assert form.country_name.text() == "Узбекистан"


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_a_name_that_matches_no_country_says_so(qtbot, tmp_vault: Vault, language: str) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    qtbot.keyClicks(form.reference_edit, "UZ-1")
    qtbot.keyClicks(form.title_edit, "Detention")
    _type(form.country_edit, "Узбекистанн")
    assert form.country_edit.text() == "Узбекистанн"  # kept, not dropped
    _leave(qtbot, form.country_edit)
    assert form.country_name.text()  # "No country has this name or code."
    [problem] = form.problems()
    assert "Узбекистанн" in problem


@pytest.mark.parametrize(
    ("language", "typed", "not_offered", "offered"),
    [
        ("ru", "Евро", "Европейский союз (EU)", ""),
        ("ru", "Организация", "Организация Объединенных Наций (UN)", ""),
        ("ru", "EU", "Европейский союз (EU)", ""),
        ("ru", "UN", "United Nations (UN)", ""),
        ("ru", "Узб", "", "Узбекистан (UZ)"),
        ("ru", "Кос", "", "Косово (XK)"),
        ("ru", "Кыргыз", "", "Кыргызстан (KG)"),
        ("uz", "Oʻzb", "", "Oʻzbekiston (UZ)"),
        ("en", "European", "European Union (EU)", ""),
        ("en", "Euro", "Eurozone (EZ)", ""),
        ("en", "Canary", "Canary Islands (IC)", ""),
        ("en", "Kosovo", "", "Kosovo (XK)"),
        ("en", "Kyrgyz", "", "Kyrgyzstan (KG)"),
    ],
)
def test_only_countries_are_offered_not_unions_or_organisations(
    qtbot, tmp_vault: Vault, language: str, typed: str, not_offered: str, offered: str
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    _type(form.country_edit, typed)
    choices = _offered(form.country_edit)
    if not_offered:
        assert not_offered not in choices
    assert not [c for c in choices if c.endswith(("(EU)", "(EZ)", "(UN)", "(QO)", "(150)"))]
    if offered:
        assert offered in choices


def test_eu_typed_as_a_code_is_no_country(qtbot, tmp_vault: Vault) -> None:
    install_translators("en")
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.reference_edit, "EU-1")
    qtbot.keyClicks(form.title_edit, "Detention")
    qtbot.keyClicks(form.country_edit, "EU")
    assert form.country_name.text() == ""
    assert "No country is called “EU”: type its name or its two-letter code." in form.problems()
