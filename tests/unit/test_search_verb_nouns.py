"""A Russian verb and the noun made from it meet, both ways, where their Snowball stems differ
(desktop_app/core/search/verb_nouns.py, read by word_forms.stem_prefixes)."""

from __future__ import annotations

import pytest

from desktop_app.core.search import verb_nouns, verb_stems, word_forms
from desktop_app.core.search.verb_nouns import noun_verb_prefixes
from desktop_app.core.search.word_forms import stem_prefixes


def _begins(prefixes: tuple[str, ...], word: str) -> bool:
    return any(word.startswith(prefix) for prefix in prefixes)


# Each family: every word of it looked for must begin with a prefix of every other's.
_FAMILIES = {
    "torture": ["пытали", "пытал", "пытка", "пытки", "пыткам"],
    "abduction": ["похитили", "похитил", "похищение", "похищении", "похищен", "похитители"],
    "threat": ["угрожали", "угрожал", "угроза", "угрозы", "угрозой"],
    "questioning": ["допрашивали", "допрашивал", "допрос", "допроса", "допросе"],
    "beating": ["избили", "избиение", "избит", "избивали"],
    "detention": ["задержали", "задержание", "задержан", "задержания"],
}


@pytest.mark.parametrize(
    ("typed", "other"),
    [(typed, other) for words in _FAMILIES.values() for typed in words for other in words],
)
def test_a_verb_and_its_noun_meet_both_ways(typed: str, other: str) -> None:
    assert _begins(stem_prefixes(typed), other)


@pytest.mark.parametrize("typed", ["пытали", "пытки", "пыток"])
def test_the_genitive_plural_of_a_ka_noun_meets_its_verb(typed: str) -> None:
    # пыток is looked for as a whole word (word_forms.fleeting_vowel_forms of пытк).
    prefixes = stem_prefixes(typed)
    assert "пытк" in prefixes
    assert "пыток" in word_forms.fleeting_vowel_forms("пытк")
    assert _begins(prefixes, "пытали")


@pytest.mark.parametrize("typed", ["арестовали", "арестован", "арестованных"])
def test_an_ova_verb_finds_its_noun_in_its_cases_but_not_the_surname(typed: str) -> None:
    prefixes = stem_prefixes(typed)
    for noun in ["ареста", "аресту", "аресте", "аресты", "арестом", "арестами"]:
        assert _begins(prefixes, noun), noun
    # Арестов, Арестову, Арестовым: ареста* does not begin them; Арестова begins with
    # Snowball's арестова*, as it did before.
    for surname in ["арестов", "арестову", "арестовым"]:
        assert not _begins(prefixes, surname), surname
    assert "арест" not in prefixes


def test_an_iruet_loan_verb_is_read_as_its_root() -> None:
    assert noun_verb_prefixes("депортировали", "депортирова") == ("депорт",)


@pytest.mark.parametrize(
    ("typed", "unrelated"),
    [
        ("прощение", "против"),  # простил*, простит*: not проти*
        ("палки", "палата"),  # палал* палать* ...: not пала*
        ("палки", "палач"),
        ("задержали", "задержка"),  # a delay: no -ка noun after ж
        ("сказали", "сказка"),
        ("пришивали", "пришёл"),  # приш* is too short a root for -ивать
        ("лечение", "летит"),  # ч is т changed only in a participle
        ("угрожали", "угрожк"),
    ],
)
def test_a_relation_does_not_reach_an_unrelated_word(typed: str, unrelated: str) -> None:
    assert not _begins(stem_prefixes(typed), unrelated)


@pytest.mark.parametrize(
    "typed",
    ["аскарова", "сосед", "дом", "говорили", "автобус", "detained", "kaltaklashdi"],
)
def test_a_word_no_rule_applies_to_is_read_as_its_stem_alone(typed: str) -> None:
    assert len(stem_prefixes(typed)) <= 1


def test_one_minimum_stem_length_is_shared() -> None:
    assert word_forms.MIN_STEM_LETTERS is verb_stems.MIN_STEM_LETTERS
    assert verb_nouns.MIN_STEM_LETTERS is verb_stems.MIN_STEM_LETTERS
    assert not hasattr(verb_stems, "MIN_ROOT_LETTERS")
