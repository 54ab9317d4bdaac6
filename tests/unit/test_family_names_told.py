"""Who a redacted dossier names in full that shares a family name with a protected person."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.relatives_named import (
    DossierPerson,
    RelativeNamed,
    family_names,
    relatives_named,
)

GULNORA = DossierPerson(
    ("Гулнора Шамсутдинова", "Gulnora Shamsutdinova"), "Свидетель А", "Свидетель А"
)


def shown(name: str) -> DossierPerson:
    return DossierPerson((name,), name)


@pytest.mark.parametrize(
    "husband",
    [
        "Бахтиёр Шамсутдинов",  # Cyrillic, a man's ending
        "Bahtiyor Shamsutdinov",  # Latin, a man's ending
        "Shamsutdinov Baxtiyor",  # surname first
        "Shamsutdinoff Bakhtiyor",  # a Russian romanisation
    ],
)
def test_a_husband_with_her_surname_in_another_script_or_gender_is_told(husband: str) -> None:
    assert relatives_named([GULNORA, shown(husband)]) == [RelativeNamed(husband, "Свидетель А")]


def test_a_sister_with_her_surname_as_written_is_told() -> None:
    sister = shown("Dilnoza Shamsutdinova")
    assert relatives_named([shown("Ali Karimov"), sister, GULNORA]) == [
        RelativeNamed("Dilnoza Shamsutdinova", "Свидетель А")
    ]


def test_a_protected_man_and_a_woman_of_his_family() -> None:
    father = DossierPerson(("Rustam Toshmatov",), "Person B", "Person B")
    assert relatives_named([father, shown("Тошматова Малика")]) == [
        RelativeNamed("Тошматова Малика", "Person B")
    ]


def test_a_different_surname_or_only_her_given_name_is_not_told() -> None:
    people = [GULNORA, shown("Бахтиёр Каримов"), shown("Gulnora Rahimova"), shown("Ali Valiyev")]
    assert relatives_named(people) == []


def test_a_surname_withheld_from_his_printed_name_is_not_told() -> None:
    # The redactor withheld the word: what is printed points at no one.
    assert relatives_named([GULNORA, shown("Бахтиёр [name withheld]")]) == []


def test_nobody_protected_no_warning() -> None:
    people = [shown("Бахтиёр Шамсутдинов"), shown("Гулнора Шамсутдинова")]
    assert relatives_named(people) == []


def test_only_family_shaped_words_of_four_letters_or_more_count() -> None:
    # Given names, patronymics and short words are no family name: Amina is no Amin's wife.
    words = family_names(("Гулнора Баходировна Шамсутдинова", "Amina Ilin", "Rahmonzoda Ali"))
    assert words == ["Шамсутдинова", "Rahmonzoda"]
    amin = DossierPerson(("Amina Yusupova",), "Witness C", "Witness C")
    assert relatives_named([amin, shown("Amin Ilin")]) == []


def test_a_tajik_surname_in_zoda_is_told_in_both_scripts() -> None:
    protected = DossierPerson(("Малика Рахмонзода",), "Witness D", "Witness D")
    assert relatives_named([protected, shown("Firuz Rahmonzoda")]) == [
        RelativeNamed("Firuz Rahmonzoda", "Witness D")
    ]
