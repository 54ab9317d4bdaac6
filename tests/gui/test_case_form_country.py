"""The case form names the country typed as a code in the interface language."""

from __future__ import annotations

import pytest

from desktop_app.core.vault import Vault
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.i18n import install_translators


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
    assert form.country_name.text() == "Киргизия"
    form.country_edit.setText("ZZ")
    assert form.country_name.text() == ""
    form.country_edit.setText("")
    assert form.country_name.text() == ""


def test_a_typed_code_that_names_no_country_is_refused_but_one_that_came_with_the_case_is_kept(
    qtbot, tmp_vault: Vault
) -> None:
    install_translators("en")
    refusal = "The country is a two-letter code (e.g. KG)."
    new = CaseForm(tmp_vault)
    qtbot.addWidget(new)
    qtbot.keyClicks(new.reference_edit, "KG-2")
    qtbot.keyClicks(new.title_edit, "Detention")
    qtbot.keyClicks(new.country_edit, "xx")
    assert refusal in new.problems()
    new.country_edit.setText("kg")
    assert new.problems() == []
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create(
            "case", {"reference": "OLD-1", "title": "From an old export", "country": "ZZ"}
        )
    old = CaseForm(tmp_vault, case.id)
    qtbot.addWidget(old)
    assert old.problems() == []
    old.country_edit.setText("QQ")
    assert refusal in old.problems()
