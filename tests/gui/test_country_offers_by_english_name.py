"""In Russian and Uzbek the country box offers a country for the start of its English name
("Kyrg", "Kazakh"), as it took the English name typed whole: a user who knows the English name
got no offer until the last letter. Each country is still offered once, by its name in the
interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.countries import country_name
from desktop_app.core.vault import Vault
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.i18n import install_translators
from tests.gui.conftest import activate
from tests.gui.test_case_form_country import _offered, _type
from tests.gui.test_exchange_small_details import _shot


@pytest.mark.parametrize(
    ("language", "typed", "codes"),
    [
        ("ru", "Kyrg", ["KG"]),
        ("ru", "kazakh", ["KZ"]),
        ("ru", "Korea", ["KP", "KR"]),  # North Korea, South Korea
        ("uz", "Kyrg", ["KG"]),
        ("uz", "Kazakh", ["KZ"]),
        ("en", "Kyrg", ["KG"]),
    ],
)
def test_the_start_of_an_english_name_offers_the_country_in_the_interface_language(
    qtbot, tmp_vault: Vault, language: str, typed: str, codes: list[str]
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    _type(form.country_edit, typed)
    offered = [f"{country_name(code, language)} ({code})" for code in codes]
    assert _offered(form.country_edit) == offered  # before: none in Russian and Uzbek
    popup = form.country_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert form.country_edit.text() == typed  # offered, not typed in for the user
    _shot(popup, f"country_english_{language}_{typed}.png")


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_an_english_name_is_matched_by_the_start_of_a_word_not_inside_one(
    qtbot, tmp_vault: Vault, language: str
) -> None:
    install_translators(language)
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    _type(form.country_edit, "stan")  # inside "Kyrgyzstan", "Uzbekistan"…
    assert _offered(form.country_edit) == []


def test_a_country_offered_for_its_english_name_is_chosen_as_its_code(
    qtbot, tmp_vault: Vault
) -> None:
    install_translators("ru")
    form = CaseForm(tmp_vault)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    _type(form.country_edit, "Kyrg")
    popup = form.country_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert form.country_edit.text() == f"{country_name('KG', 'ru')} (KG)"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.country_edit.text() == "KG")
    assert form.country_name.text() == country_name("KG", "ru")
