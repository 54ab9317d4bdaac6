"""Russian case endings and Uzbek suffixes both ways (desktop_app/core/search/inflection.py):
the forms of a name that prose holds, and the name a query typed in such a form is of."""

from __future__ import annotations

import pytest

from desktop_app.core.search.folding import fold
from desktop_app.core.search.inflection import Base, base_forms, inflected_forms


def bases(typed: str) -> dict[str, bool]:
    return {base.word: base.is_name for base in base_forms(fold(typed))}


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Ахмаджон", "Ахмаджона"),  # -jon is folded to -jan; Russian keeps the -jon
        ("Ahmadjon", "Ахмаджону"),
        ("Азимжан", "Азимжана"),
        ("Andijan", "Andijonda"),
        ("Toshkent", "Toshkentda"),
        ("Аскаров", "Аскаровым"),
        ("Москва", "Москвы"),
    ],
)
def test_inflected_forms_hold_the_case_forms_prose_gives_a_name(name: str, form: str) -> None:
    assert fold(form) in inflected_forms(fold(name))


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Ибрагимовым", "Ибрагимов"),
        ("Шамсутдинове", "Шамсутдинов"),
        ("Ибрагимову", "Ибрагимов"),
        ("Шамсутдиновой", "Шамсутдинова"),
        ("Москве", "Москва"),
        ("Москвы", "Москва"),
        ("Andijanda", "Andijan"),
        ("Toshkentda", "Tashkent"),  # td folds to d
        ("Samarqandda", "Samarkand"),  # dd folds to d
    ],
)
def test_a_case_form_leads_to_the_name_it_is_a_form_of(form: str, name: str) -> None:
    assert bases(form).get(fold(name)) is True


def test_a_form_in_a_that_may_be_a_name_leads_to_prose_only() -> None:
    assert bases("Ахмаджона") == {fold("Ахмаджон"): False}


@pytest.mark.parametrize("form", ["Askarova", "Shamsutdinova", "Иванова"])
def test_a_surname_in_ova_is_the_womans_not_a_genitive(form: str) -> None:
    assert bases(form) == {}


def test_a_form_shared_with_a_womans_case_is_not_her_name() -> None:
    # Askarovu: "to Askarov", or Askarova in the accusative: hers only if he is no one.
    assert base_forms("askarovu") == (
        Base("askarov", True),
        Base("askarova", False, rival="askarov"),
    )


@pytest.mark.parametrize("word", ["Aksy", "Aksu", "Osh", "Оше"])
def test_short_words_have_no_bases(word: str) -> None:
    assert base_forms(fold(word)) == ()


def test_a_womans_accusative_names_her_when_the_man_is_no_one() -> None:
    # Жаңабаеву: "to Жаңабаев", or Жаңабаева in the accusative; hers if no Жаңабаев is held.
    assert Base("janabaeva", False, rival="janabaev") in base_forms(fold("Жаңабаеву"))
