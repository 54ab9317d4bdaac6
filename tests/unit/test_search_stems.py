"""What a prose query word's other forms begin with (desktop_app/core/search/word_forms.py):
its Snowball stem, Russian or English, never too short, never for Uzbek."""

from __future__ import annotations

import pytest

from desktop_app.core.search.word_forms import (
    MIN_STEM_LETTERS,
    fleeting_vowel_forms,
    is_taken_as_name,
    stem_prefixes,
)


@pytest.mark.parametrize(
    ("typed", "prefix"),
    [
        ("задержан", "задержа"),  # задержали, задержания, задержанного
        ("задержали", "задержа"),
        ("допросе", "допрос"),  # допроса, допрос
        ("ЗАДЕРЖАН", "задержа"),  # the index compares words in lower case
        ("detained", "detain"),  # detainee, detaining
        ("tortured", "tortur"),  # torture, torturing
        ("happy", "happ"),  # Porter2 stems it happi: what the word and its stem begin with
    ],
)
def test_a_prose_word_is_read_as_its_stem(typed: str, prefix: str) -> None:
    # Then what verb_nouns adds (допрос: допраш, test_search_verb_nouns.py).
    assert stem_prefixes(typed)[0] == prefix


def test_a_stem_with_yo_is_also_looked_for_written_with_ye() -> None:
    # Snowball spells ё as е, and most Russian text does too; the index keeps either as written.
    assert stem_prefixes("осуждённых")[:2] == ("осуждён", "осужден")


# избили and убили stem to изб, уб too: verb_stems reads them (test_search_verb_stems.py).
@pytest.mark.parametrize("typed", ["били", "дом", "hit"])
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


@pytest.mark.parametrize(
    ("typed", "is_first", "is_name"),
    [
        ("Аскаров", False, True),
        ("аскаров", False, False),
        ("", False, False),
        ("Пытки", True, False),  # a query begins with a capital as a sentence does
        ("ЗАДЕРЖАН", False, False),  # caps lock, a heading
    ],
)
def test_a_capitalised_word_after_the_first_is_taken_for_a_name(
    typed: str, is_first: bool, is_name: bool
) -> None:
    assert is_taken_as_name(typed, is_first=is_first) is is_name


@pytest.mark.parametrize(
    ("prefix", "forms"),
    [
        ("пытк", ("пыток", "пытек")),  # пытки → пыток
        ("палк", ("палок", "палек")),
        ("девушк", ("девушек",)),  # е after a hushing letter
        ("копейк", ("копеек",)),  # й gives way to е
        ("задержа", ()),  # no two consonants at the end
        ("detain", ()),
    ],
)
def test_a_stem_in_two_consonants_has_a_genitive_plural_with_a_fleeting_vowel(
    prefix: str, forms: tuple[str, ...]
) -> None:
    assert fleeting_vowel_forms(prefix) == forms
