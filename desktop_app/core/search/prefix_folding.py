"""Folding a word still being typed: the part of its folded key that every word beginning
with it shares, for prefix search and suggestions (Shamsut → shamsu, as Shamsutdinov →
shamsudinov), and the other beginnings a place name may be indexed under.

Apart from ``folding`` because it is built on top of the rules and changes no key: the
index never holds what this module returns, so a change here needs no ``FOLD_VERSION`` bump.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from desktop_app.core.search.folding import (
    CYRILLIC,
    PLACE_KEYS,
    PLACE_NAMES,
    TOKEN,
    apply_rules,
    fold_tokens,
)

# What may follow the last typed letter of a word. No rule reads more than two letters past
# what it rewrites (tests/unit/test_fold_prefix.py and tests/fuzz/test_search_prefix_fuzz.py
# check every prefix of many words), so folding the typed text followed by each of these shows
# which of its last folded letters the rest of the word may still change: Shamsut + d folds to
# shamsud. A word goes on in its own script: after a word of Russian letters come Russian
# letters, none of which folds to a lone h, so пытк stays pitk (its к cannot become the kh of
# a Latin word, which folds to h: Tuk still folds to tu for Tukhtaev, and an Uzbek Cyrillic
# word keeps ҳ after it, as кҳ, зҳ fold to h, j).
_NEXT_LETTERS = "abcdefghijklmnopqrstuvwxyz'-"
_RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def _continuations(letters: Iterable[str]) -> tuple[str, ...]:
    unique = sorted(set(letters) - {""})
    return ("", *unique, *(a + b for a in unique for b in unique))


_CONTINUATIONS = _continuations(_NEXT_LETTERS)
_CYRILLIC_CONTINUATIONS = _continuations([*CYRILLIC.values(), "'", "-"])
_RUSSIAN_CONTINUATIONS = _continuations([*(CYRILLIC[c] for c in _RUSSIAN_LETTERS), "'", "-"])


def _continuations_of(text: str) -> tuple[str, ...]:
    """What may follow text, a word being typed, by the script of its last word."""
    # The whole last word, hyphened parts too: ў-к is one word, which Uzbek letters may end.
    words = text.casefold().split()
    last = "".join(letter for letter in words[-1] if letter.isalpha()) if words else ""
    if last and all(letter in _RUSSIAN_LETTERS for letter in last):
        return _RUSSIAN_CONTINUATIONS
    if last and "\u0400" <= last[-1] <= "\u052f":
        return _CYRILLIC_CONTINUATIONS
    return _CONTINUATIONS


@lru_cache(maxsize=1024)
def fold_prefix(text: str) -> tuple[str, ...]:
    """The folded words of text whose last word is not finished: the last one cut to the part
    every word beginning with it folds to (Shamsut → shamsu, as Shamsutdinov → shamsudinov;
    Tuk → tu, as Tukhtaev → tuhtaev). The place table is left out: see place_prefixes."""
    continuations = _continuations_of(text)
    # One pass of the rules over every continuation, as WordFolder folds many words at once.
    alone, *continued = apply_rules("\n".join(text + more for more in continuations)).split("\n")
    words = list(TOKEN.finditer(alone))
    if not words:
        return ()
    last = words[-1].start()
    # No rule crosses a separator, so every continuation keeps the words before the last one.
    # What all the strings share is what the first and the last of them in order share.
    common = _common_prefix(min(alone, *continued), max(alone, *continued))
    head = tuple(word.group() for word in words[:-1])
    whole = fold_tokens(text)
    if len(whole) == len(words):
        # The finished words fold as whole words, place names too (Уш is Osh, as indexed).
        head = tuple(whole[:-1])
    match = TOKEN.match(common, last)
    return (*head, match.group()) if match else head


def _common_prefix(first: str, other: str) -> str:
    for end, (letter, other_letter) in enumerate(zip(first, other, strict=False)):
        if letter != other_letter:
            return first[:end]
    return first[: len(other)]


def place_prefixes(prefix: str) -> tuple[str, ...]:
    """Other folded beginnings of the places a folded prefix may be typing: the key a local
    name is indexed under (tosh → tashkent, for Toshkent) and the local spelling of a key,
    which suffixed words keep (tashk → toshkent, for Toshkentda)."""
    found = {key for local, key in PLACE_KEYS.items() if local.startswith(prefix)}
    found.update(local for local, key in PLACE_NAMES.items() if key.startswith(prefix))
    found.discard(prefix)
    return tuple(sorted(found))
