"""Where a verb's forms meet when Snowball cannot bring them together
(desktop_app/core/search/verb_stems.py, read by word_forms.stem_prefixes)."""

from __future__ import annotations

import pytest

from desktop_app.core.search.verb_stems import russian_verb_prefixes, uzbek_verb_prefix
from desktop_app.core.search.word_forms import stem_prefixes

_BEAT = ("избил", "избит", "избив", "избиен", "избиён")


@pytest.mark.parametrize(
    "typed", ["избили", "избил", "избит", "избиты", "избитый", "избивали", "избивших", "избиение"]
)
def test_every_form_of_a_verb_snowball_cuts_into_its_root_meets_at_one_stem(typed: str) -> None:
    # Snowball stems избили and избит to изб, too short to look for, and избиение to избиен.
    assert russian_verb_prefixes(typed) == _BEAT
    assert set(stem_prefixes(typed)) == set(_BEAT)  # избиён: the index keeps ё apart from е


@pytest.mark.parametrize("typed", ["убили", "убит", "выпили"])
def test_other_verbs_of_the_bit_type_read_so_too(typed: str) -> None:
    assert russian_verb_prefixes(typed)[:3] == tuple(
        typed[: typed.index("и", 2) + 1] + c for c in "лтв"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "избирательном",  # begins изби, but no form of избить: изби* found it
        "избрали",
        "избушке",
        "улитка",  # у + ли + тка: no ending a verb's form has
        "водили",  # Snowball stems it вод, but водит* begins водитель: not a verb of the type
        "задержали",  # Snowball's stem задержа already reaches its forms
        "пытали",
    ],
)
def test_a_word_that_is_no_such_form_is_left_to_snowball(typed: str) -> None:
    assert russian_verb_prefixes(typed) == ()


def test_a_verbal_noun_is_read_as_its_verb() -> None:
    # задержание stemmed to задержан, which begins no задержали; признание's призна* would
    # begin признаки (signs) as well.
    assert stem_prefixes("задержание") == ("задержан", "задержал", "задержат", "задержав")
    assert stem_prefixes("признания") == ("признан", "признал", "признат", "признав")
    assert russian_verb_prefixes("здание") == ()  # a stem of 3 letters is too short


@pytest.mark.parametrize(
    ("typed", "root"),
    [
        ("kaltaklashdi", "kaltakla"),  # kaltak + la + sh + di
        ("kaltaklandi", "kaltakla"),
        ("kaltaklangan", "kaltakla"),
        ("ushlashdi", "ushla"),
        ("ushlangan", "ushla"),
        ("ushlab", "ushla"),
        ("qamashdi", "qama"),
        ("qamalgan", "qama"),
        ("urishdi", "urish"),  # ur* would begin urush (war): the voice stays
        ("urilgan", "uril"),
    ],
)
def test_an_uzbek_verb_is_read_as_its_root(typed: str, root: str) -> None:
    assert uzbek_verb_prefix(typed) == root
    assert stem_prefixes(typed) == (root,)


@pytest.mark.parametrize("typed", ["urgan", "qamoqqa", "slogan", "climb", "kitob"])
def test_a_word_with_no_uzbek_ending_or_too_short_a_root_is_not_cut(typed: str) -> None:
    assert uzbek_verb_prefix(typed) == ""


def test_an_english_word_keeps_its_english_stem() -> None:
    # building ends as Uzbek -ding does, but Porter2 reads it as English first.
    assert stem_prefixes("building") == ("build",)
