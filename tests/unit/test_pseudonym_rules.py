"""A protected person's pseudonym holds none of their names, in any script or spelling, nor
initials that spell them; a one-letter label such as "Witness A" is fine."""

from __future__ import annotations

import pytest

from desktop_app.core.pseudonym_rules import (
    PseudonymFault,
    naming_fault,
    pseudonym_fault,
)

GULCHEHRA = ["Гулчеҳра Ҳамроқулова", "Gulchehra Hamroqulova"]


@pytest.mark.parametrize(
    ("pseudonym", "part"),
    [
        ("Gulchehra H.", "Gulchehra"),  # the lawyer's case: Latin given name, Cyrillic record
        ("G. Hamroqulova", "Hamroqulova"),
        ("Hamroqulova G.", "Hamroqulova"),
        ("Гулчехра", "Гулчехра"),  # ҳ typed as х
        ("HAMROKULOVA", "HAMROKULOVA"),  # case, q written k
        ("Xamroqulova", "Xamroqulova"),  # Uzbek Latin x for ҳ
        ("Gulchehraxon", "Gulchehraxon"),  # an Uzbek ending on her name
        ("Hamroqul's daughter", "Hamroqul's"),  # her father's name, her surname's stem
        ("(Gulchehra)", "Gulchehra"),
    ],
)
def test_a_word_of_her_name_in_any_script_or_spelling_is_refused(pseudonym: str, part: str) -> None:
    assert naming_fault(pseudonym, GULCHEHRA[:1]) == PseudonymFault("name", part)


@pytest.mark.parametrize(
    ("pseudonym", "names"),
    [
        ("Oʻtkir", ["Otkir Karimov"]),  # the Uzbek oʻ with and without its mark
        ("Otkir", ["O‘tkir Karimov"]),
        ("O'tkir", ["Ўткир Каримов"]),
        ("Bakhtiyor", ["Бахтиер Алиев"]),  # е written for ё
        ("Ibrohim", ["Ибрагим Алиев"]),  # Uzbek o and h for Russian a and g
        ("Askarov family", ["Azimjan Askarova"]),
        ("Karim", ["Ali", "Karim Aliev"]),  # an other name counts as much as the name
    ],
)
def test_apostrophes_yo_and_spelling_variants_are_compared_as_search_does(
    pseudonym: str, names: list[str]
) -> None:
    fault = naming_fault(pseudonym, names)
    assert fault is not None and fault.kind == "name"


@pytest.mark.parametrize(
    ("pseudonym", "part"),
    [
        ("G. H.", "G. H."),
        ("H.G.", "H. G."),
        ("GH", "G. H."),
        ("Г. Ҳ.", "Г. Ҳ."),
        ("Witness G. H.", "G. H."),
        ("X. G.", "X. G."),  # x is how Uzbek Latin writes her ҳ
    ],
)
def test_initials_that_spell_two_of_her_names_are_refused(pseudonym: str, part: str) -> None:
    assert naming_fault(pseudonym, GULCHEHRA) == PseudonymFault("initials", part)


def test_initials_of_digraph_letters_match_either_script() -> None:
    assert naming_fault("Sh. I.", ["Шамсутдинов Икром"]) == PseudonymFault("initials", "Sh. I.")
    assert naming_fault("Ё. А.", ["Yorqin Aliev"]) == PseudonymFault("initials", "Ё. А.")


@pytest.mark.parametrize(
    "pseudonym",
    [
        "Witness A",
        "Person A",
        "Свидетель А",
        "Guvoh B",
        "H.",  # one initial alone names nobody
        "Witness G",
        "Source 7",
        "Gul",  # shorter than a name stem
        "Gulnora",  # another name that begins alike
        "G. G.",  # two initials, one name word
    ],
)
def test_a_label_that_does_not_name_her_is_fine(pseudonym: str) -> None:
    assert naming_fault(pseudonym, GULCHEHRA) is None


def test_a_protected_person_needs_a_pseudonym_and_an_unprotected_one_is_not_checked() -> None:
    person = {"name": GULCHEHRA[0], "other_names": GULCHEHRA[1:], "protected": True}
    assert pseudonym_fault({**person, "pseudonym": "  "}) == PseudonymFault("missing")
    assert pseudonym_fault({**person, "pseudonym": "Witness A"}) is None
    assert pseudonym_fault({**person, "pseudonym": "Gulchehra H.", "protected": False}) is None
    # The other names are compared too: "Gulchehra" reaches the record only through them.
    fault = pseudonym_fault({**person, "name": "Unknown woman", "pseudonym": "Hamroqul"})
    assert fault == PseudonymFault("name", "Hamroqul")
