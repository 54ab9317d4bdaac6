"""The noun an -овать verb is made from is looked for in the forms no prefix reaches, its
nominative singular and genitive plural, as whole words: арестовали → арест, арестов
(desktop_app/core/search/verb_nouns.py ``bare_nouns``, read by word_forms.whole_forms)."""

from __future__ import annotations

import pytest

from desktop_app.core.search.verb_nouns import bare_nouns
from desktop_app.core.search.word_forms import stem_prefixes, whole_forms


def _begins(prefixes: tuple[str, ...], word: str) -> bool:
    return any(word.startswith(prefix) for prefix in prefixes)


@pytest.mark.parametrize(
    "typed", ["арестовали", "арестован", "арестованных", "арестовался", "арестовывали"]
)
def test_an_arrest_verb_looks_for_the_bare_noun_as_a_whole_word(typed: str) -> None:
    assert {"арест", "арестов"} <= set(whole_forms(typed))
    # Still no prefix: арест* would begin Арестович and Арестову.
    assert "арест" not in stem_prefixes(typed)


@pytest.mark.parametrize(
    ("typed", "nouns"),
    [
        ("протестовали", ("протест", "протестов")),
        ("штрафовали", ("штраф", "штрафов")),
        ("штурмовали", ("штурм", "штурмов")),
    ],
)
def test_other_ova_verbs_look_for_their_bare_nouns(typed: str, nouns: tuple[str, ...]) -> None:
    assert set(nouns) <= set(whole_forms(typed))


def test_an_ovyvat_imperfective_is_read_as_its_ova_verb_not_as_a_surname() -> None:
    prefixes = stem_prefixes("арестовывали")
    for form in ["арестовали", "арестованных", "ареста", "арестом"]:
        assert _begins(prefixes, form), form
    # арестов* (the -ывать root) began these; арестова* and the noun's cases do not.
    for surname in ["арестович", "арестову", "арестовым"]:
        assert not _begins(prefixes, surname), surname


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("депортировали", "депортирова"),  # a loan's root is no word: депортация
        ("рисовали", "рисова"),  # рис is too short a root
        ("пытали", "пыта"),
        ("допрашивали", "допрашива"),
        ("арестантский", "арестантск"),
    ],
)
def test_no_bare_noun_where_no_ova_verb_gives_one(word: str, stem: str) -> None:
    assert bare_nouns(word, stem) == ()


@pytest.mark.parametrize(
    ("typed", "prefix"),
    [("допрашивали", "допрос"), ("подбрасывали", "подброс"), ("арест", "арест")],
)
def test_a_noun_a_prefix_reaches_needs_no_whole_word(typed: str, prefix: str) -> None:
    assert prefix in stem_prefixes(typed)
    assert prefix not in whole_forms(typed)


def test_the_fleeting_vowel_genitive_plural_is_still_a_whole_form() -> None:
    assert "пыток" in whole_forms("пытки")
    assert "пыток" in whole_forms("пытали")


@pytest.mark.parametrize("typed", ["arrested", "kaltaklashdi", "hibsga", "Арестов*", "ареst"])
def test_a_word_that_is_not_russian_prose_has_no_whole_forms(typed: str) -> None:
    assert whole_forms(typed) == ()
