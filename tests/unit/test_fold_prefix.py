"""Folding a word still being typed (prefix_folding.fold_prefix): what it gives must begin every
word the typed letters may grow into, folded, or search as you type would miss it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.search.folding import fold_tokens
from desktop_app.core.search.prefix_folding import fold_prefix, place_prefixes

VECTORS = Path(__file__).parents[1] / "vectors" / "name_queries.json"


def completes(prefix: str, word: str) -> bool:
    """True if the folded prefix (or a place name it may be typing) begins fold(word)."""
    *before, last = fold_prefix(prefix)
    *whole_before, whole_last = fold_tokens(word)[: len(before) + 1]
    return before == whole_before and whole_last.startswith((last, *place_prefixes(last)))


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Shamsut", "shamsu"),  # ...tdinov: td folds to d
        ("Шамсут", "shamsu"),
        ("Tuk", "tu"),  # ...htaev: kh folds to h
        ("Toʻxta", "tuhta"),
        ("Andijo", "andij"),  # ...n: -jon folds to -jan at the end of a word
        ("Sherobo", "sher"),  # ...d: -obod folds to -abad; an o may be oʻ (u)
        ("Smirnof", "smirno"),  # ...f: -off folds to -ov
        ("Ибрагим", "ibragim"),
        ("Bazar-Korg", "bazarkorg"),
        ("пытк", "pitk"),  # no Russian letter after к folds with it (a Latin h would: kh)
        ("девушк", "devushk"),
        ("мазҳ", "maj"),  # Uzbek Cyrillic: зҳ folds as zh does
    ],
)
def test_a_typed_prefix_folds_to_what_its_completions_begin_with(typed: str, key: str) -> None:
    assert fold_prefix(typed) == (key,)


def test_words_before_the_last_are_folded_whole() -> None:
    assert fold_prefix("UZ-2005-AND") == ("uz", "2005", "an")  # AND may be Andjan: anj...


@pytest.mark.parametrize(("typed", "place"), [("Tosh", "tashkent"), ("Tashk", "toshkent")])
def test_a_place_typed_in_one_spelling_is_completed_in_the_other(typed: str, place: str) -> None:
    # Toshkent is indexed as tashkent, and Toshkentda keeps the local spelling.
    (key,) = fold_prefix(typed)
    assert place in place_prefixes(key)


def test_every_prefix_of_every_test_set_spelling_begins_its_fold() -> None:
    # tests/fuzz/test_search_prefix_fuzz.py tries random words made of the letters rules read.
    entities = json.loads(VECTORS.read_text(encoding="utf-8"))["entities"]
    words = {
        word
        for entity in entities
        for name in (entity["canonical"], *entity["spellings"])
        for word in name.split()
    }
    wrong = [
        (word[:end], word)
        for word in sorted(words)
        for end in range(3, len(word))
        if fold_prefix(word[:end]) and not completes(word[:end], word)
    ]
    assert wrong == []
