"""What a prose query word's other forms begin with (desktop_app/core/search/word_forms.py):
its Snowball stem, Russian or English, never too short, never for Uzbek."""

from __future__ import annotations

import pytest

from desktop_app.core.search.word_forms import MIN_STEM_LETTERS, is_capitalised, stem_prefixes


@pytest.mark.parametrize(
    ("typed", "prefix"),
    [
        ("задержан", "задержа"),  # задержали, задержания, задержанного
        ("задержали", "задержа"),
        ("угрожали", "угрожа"),  # угрожал
        ("арестованных", "арестова"),  # арестовали
        ("допросе", "допрос"),  # допроса, допрос
        ("ЗАДЕРЖАН", "задержа"),  # the index compares words in lower case
        ("detained", "detain"),  # detainee, detaining
        ("tortured", "tortur"),  # torture, torturing
        ("happy", "happ"),  # Porter2 stems it happi: what the word and its stem begin with
    ],
)
def test_a_prose_word_is_read_as_its_stem(typed: str, prefix: str) -> None:
    assert stem_prefixes(typed) == (prefix,)


def test_a_stem_with_yo_is_also_looked_for_written_with_ye() -> None:
    # Snowball spells ё as е, and most Russian text does too; the index keeps either as written.
    assert stem_prefixes("избиённых") == ("избиён", "избиен")


@pytest.mark.parametrize("typed", ["избили", "убили", "били", "дом", "hit"])
def test_a_stem_shorter_than_the_minimum_is_not_used(typed: str) -> None:
    assert stem_prefixes(typed) == ()
    assert MIN_STEM_LETTERS == 4


@pytest.mark.parametrize(
    "typed",
    [
        "қамоққа",  # Uzbek Cyrillic: no Snowball stemmer
        "ўғирланган",
        "hibsga'olindi",
        "Andijonda2005",
        "shamsutdinov-a",
        "задержан2",
    ],
)
def test_a_word_of_no_stemmed_language_or_of_mixed_characters_is_not_stemmed(typed: str) -> None:
    assert stem_prefixes(typed) == ()


@pytest.mark.parametrize(("typed", "is_name"), [("Аскаров", True), ("аскаров", False), ("", False)])
def test_a_capitalised_word_is_taken_for_a_name(typed: str, is_name: bool) -> None:
    assert is_capitalised(typed) is is_name
