"""ё typed as е (folding.yo_readings): the keys a query word has if one of its е is the ё that
Russian text mostly leaves out, or its Latin ie the iyo of иё (docs/search-folding.md: Fuzzy
names)."""

from __future__ import annotations

import pytest

from desktop_app.core.search.folding import fold, yo_readings


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Бахтиер", "Бахтиёр"),  # after a vowel
        ("БАХТИЕР", "Бахтиёр"),
        ("Бахтиера", "Бахтиёра"),  # a case form reads as the case form
        ("Ниезов", "Ниёзов"),
        ("Мирзиеев", "Мирзиёев"),
        ("Едгор", "Ёдгор"),  # at the start of a word
        ("Bakhtier", "Bakhtiyor"),  # ICAO: ё is e
        ("Bakhtiyer", "Bakhtiyor"),  # Russian-style romanisation: е after a vowel is ye
        ("Niezov", "Niyozov"),
        ("Mirzieev", "Mirziyoyev"),
    ],
)
def test_an_e_typed_for_yo_reads_as_the_name_with_yo(typed: str, meant: str) -> None:
    assert fold(meant) in yo_readings(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "Федоров",  # after a consonant folding already makes е and ё one
        "Бахтиёр",  # a ё typed is taken as typed
        "Bakhtiyor",
        "Юсупов",  # no е at all
        "Юсупов Бахтиер",  # two words: each is read alone
        "Edgor",  # a Latin e at the start of a word is just e
    ],
)
def test_words_without_an_ambiguous_e_have_no_readings(typed: str) -> None:
    assert yo_readings(typed) == ()


def test_the_plain_key_is_not_a_reading() -> None:
    assert fold("Бахтиер") not in yo_readings("Бахтиер")
