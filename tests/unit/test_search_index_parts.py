"""The index holds the parts of a hyphenated word folded alone besides the whole
(folding.index_tokens), so one part of a double surname is found from any script; and the
fuzzy readings of German press spellings, a final -ie and several unmarked oʻ
(docs/search-folding.md)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.search.folding import (
    WordFolder,
    fold,
    fold_tokens,
    index_fold,
    index_tokens,
    yo_readings,
)
from desktop_app.core.search.fuzzy import PHONETIC_LIMIT, markless_forms, spelling_cost
from desktop_app.core.search.snippets import (
    Highlight,
    bracketed_snippet,
    make_snippet,
    snippet_marker,
)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Kadyrbekov-Toktogulov", ["kadirbekovtoktogulov", "kadirbekov", "toktogulov"]),
        ("Феруза Эргашбоева-Қурбонова", ["feruza", "ergashboevakurbonova", "ergashbaeva",
                                         "kurbonova"]),
        ("Нұрланқызы‐Сейтқали", ["nurlankiziseytkali", "nurlankizi", "seytkali"]),  # U+2010
        ("Jalal-Abad", ["jalalabad", "jalal", "abad"]),
        ("2010-11 Andijan", ["2010", "11", "andijan"]),  # not a joined word: nothing added
        ("Andijan", ["andijan"]),
    ],
)  # fmt: skip
def test_a_hyphenated_word_is_indexed_whole_and_by_its_parts(text: str, tokens: list[str]) -> None:
    assert index_tokens(text) == tokens
    assert index_fold(text) == " ".join(tokens)


def test_each_part_folds_as_the_word_alone() -> None:
    # Endings and the place table act on the part as on a whole word.
    assert index_tokens("Azimjon-Toshkent")[1:] == fold_tokens("Azimjon") + fold_tokens("Toshkent")


@pytest.mark.parametrize("text", ["Ush-Tobe", "Уш-Тобе", "Үш-Төбе", "Ush-Toʻrtkul"])
def test_a_part_spelt_as_osh_without_the_uzbek_letter_is_not_osh(text: str) -> None:
    # Уш, Kazakh үш "three", folds to ush, the key of Ўш (Osh) in the place table.
    assert "osh" not in index_tokens(text)
    assert "ush" in index_tokens(text)


@pytest.mark.parametrize(
    "text", ["Ўш-Тошкент", "У\u0306ш-Тошкент", "Oʻsh-Toshkent", "O'sh-Toshkent"]
)
def test_a_part_written_with_the_uzbek_letter_is_osh(text: str) -> None:
    assert index_tokens(text)[1:] == ["osh", "tashkent"]


_ALPHABET = "абвгжқўАБ-‐‑﹣－'ʻ abdjoksz2\n\u00ad"


@given(st.lists(st.text(alphabet=_ALPHABET, max_size=40), max_size=6))
def test_a_word_folder_indexes_every_text_as_index_tokens_does(texts: list[str]) -> None:
    folder = WordFolder()  # shared: later texts reuse the words of earlier ones
    for text in texts:
        assert folder.index_tokens(text) == index_tokens(text)
        assert folder.tokens(text) == fold_tokens(text)  # the query side is unchanged
        assert set(fold_tokens(text)) <= set(index_tokens(text))


def test_a_part_found_folded_is_marked_alone() -> None:
    marker = snippet_marker(Highlight(folded=frozenset({"toktogulov"})))
    snippet = make_snippet("Азамат Кадырбеков-Токтогулов", "", marker)
    assert bracketed_snippet(snippet) == "Азамат Кадырбеков-[Токтогулов]"


def test_the_whole_found_folded_is_marked_whole() -> None:
    marker = snippet_marker(Highlight(folded=frozenset({"jalalabad"})))
    assert bracketed_snippet(make_snippet("", "в Джалал-Абад", marker)) == "в [Джалал-Абад]"


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Dschamschid", "Жамшид"),  # dsch дж, sch ш
        ("Taschpulatow", "Тошпўлатов"),
        ("Schuchratdschon", "Shuhratjon"),  # with the t that -tdsch- folding drops: a typo
        ("Schaksylykow", "Жақсылықов"),  # sch for ж
        ("Dschurachonow", "Ҷӯрахонов"),
        ("Sirodschiddinow", "Sirojiddinov"),
        ("Scherbakowa", "Щербакова"),
        ("Schewzowa", "Шевцова"),  # z for ц
        ("Jussupchodschajewa", "Юсупходжаева"),
        ("Muchammadschon", "Мухаммаджон"),
        ("Tuchbatullin", "Тухбатуллин"),  # the German readings it had before
        ("Wassiljew", "Васильев"),
        ("Chorijev", "Choriyev"),
    ],
)
def test_a_german_spelling_reads_as_the_name(typed: str, name: str) -> None:
    limit = 1.3 if typed == "Schuchratdschon" else PHONETIC_LIMIT
    assert spelling_cost(fold(typed), fold(name)) <= limit


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("Taschpulatow", "Toshmatov"),
        ("Schewzowa", "Shevchenko"),
        ("Schaksylykow", "Jaqsybekov"),
        ("Dschurachonow", "Jurayev"),
        ("Schmidt", "Jamshid"),
    ],
)
def test_a_german_spelling_stays_apart_from_other_names(typed: str, other: str) -> None:
    assert spelling_cost(fold(typed), fold(other)) > 1.3


@pytest.mark.parametrize(("typed", "meant"), [("Makhlie", "Mahliyo"), ("Makhliye", "Mahliyo")])
def test_a_final_ie_reads_as_iyo(typed: str, meant: str) -> None:
    assert fold(meant) in yo_readings(typed)


def test_several_unmarked_o_are_read_each_on_its_own() -> None:
    assert fold("Yoʻldoshxoʻjayeva") in markless_forms(fold("Yoldoshxojayeva"))


def test_unmarked_o_readings_stay_few_on_any_word() -> None:
    assert len(markless_forms("o" * 12)) <= 16
