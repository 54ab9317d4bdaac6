"""Whether a name is a protected person's: the comparison behind the exchange's safeguards
(``exchange.safeguards``) and the dossier's labels (``reports.pseudonyms``).

Names are compared as search folds them (script, spelling, letter case), with invisible
characters left out, so "Дильноза Каримова" or "Dilnoza Karim\u200bova" are her name too, and
as a reader sees them: a word that mixes scripts or holds Greek letters is read as the Latin
letters it looks like ("Dilnοza" with a Greek omicron, ``lookalikes.latin_readings``), and
variation selectors, tag characters and the Arabic letter mark are left out, Hangul fillers
read as spaces (``one_line_text.letters_as_seen``). A name holding every word of hers
("Dilnoza Bahodirovna Karimova") is hers too. Near misses ("Dilnaza Karimova", "Dilnoza
Karimov") are not: see docs/security.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations
from typing import NamedTuple
from uuid import UUID

from desktop_app.core.lookalikes import latin_readings
from desktop_app.core.one_line_text import letters_as_seen
from desktop_app.core.search.folding import drop_invisible, fold_tokens

_HYPHENS = re.compile(r"[-‐‑‒–—_]")


class Protected(NamedTuple):
    """The people protected in this vault (deleted ones too: a revival brings them back)."""

    ids: frozenset[UUID] = frozenset()
    names: frozenset[str] = frozenset()  # every name of theirs, now or before (``folded_names``)
    # The words of each name of theirs that has two or more (``name_word_sets``): a name
    # holding all of them is hers with a patronymic or a second surname added.
    name_words: frozenset[frozenset[str]] = frozenset()


def protected_from(people: Iterable[tuple[UUID, Iterable[str]]]) -> Protected:
    """The Protected of these people: (id, every name they have or had) each."""
    ids: set[UUID] = set()
    names: set[str] = set()
    words: set[frozenset[str]] = set()
    for person_id, person_names in people:
        person_names = list(person_names)
        ids.add(person_id)
        names |= folded_names("", person_names)
        words |= name_word_sets(person_names)
    return Protected(frozenset(ids), frozenset(names), frozenset(words))


NO_ONE = Protected()


def either_protected(first: Protected, second: Protected) -> Protected:
    """The people protected in first or in second."""
    return Protected(*(a | b for a, b in zip(first, second, strict=True)))


def folded_names(name: str, other_names: Iterable[str]) -> frozenset[str]:
    """A person's names as compared: folded as search folds them (so that either script and
    any letter case compare equal), invisible characters left out, each in every reading of
    its look-alike letters (``latin_readings``), blanks left out."""
    readings = [r for n in [name, *other_names] for r in latin_readings(letters_as_seen(n))]
    return frozenset(n for n in map(" ".join, map(_name_words_in_order, readings)) if n)


def _name_words_in_order(name: str) -> list[str]:
    """A name's words as ``name_words`` compares them, in the name's order."""
    return fold_tokens(_HYPHENS.sub(" ", drop_invisible(name)))


def name_words(name: str) -> frozenset[str]:
    """A name's words as compared within names: folded, so that Cyrillic and Latin spellings
    of one name compare equal (Дильноза Каримова, Dilnoza Karimova), and a double surname
    split (Shamsutdinova-Karimova), which folding alone would join into one word."""
    return frozenset(_name_words_in_order(name))


def name_word_sets(names: Iterable[str]) -> frozenset[frozenset[str]]:
    """The words (``name_words``) of each of these names, in every reading, that has two or
    more."""
    return frozenset(w for w in map(name_words, folded_names("", names)) if len(w) >= 2)


def has_a_protected_name(names: frozenset[str], protected: Protected) -> bool:
    """True if one of names (``folded_names``) is a protected person's name, or holds one."""
    return bool(names & protected.names) or _holds_a_protected_name(names, protected)


def _holds_a_protected_name(names: Iterable[str], protected: Protected) -> bool:
    """True if one of names has every word of a protected person's name of two or more words,
    in any order, with other words among them. A name of one word is left to the exact
    comparison: any namesake would hold it."""
    return any(_holds_one_of(held, protected.name_words) for held in map(name_words, names))


# A name of more words than this is compared with each protected name in turn; a shorter one
# looks up each group of its words, which costs the same for 10 or 100,000 protected people.
_MAX_WORDS_LOOKED_UP = 10


def _holds_one_of(held: frozenset[str], word_sets: frozenset[frozenset[str]]) -> bool:
    """True if held has all the words of one of word_sets (each of two words or more)."""
    if len(held) > _MAX_WORDS_LOOKED_UP:
        return any(words <= held for words in word_sets)
    return any(
        frozenset(group) in word_sets
        for size in range(2, len(held) + 1)
        for group in combinations(held, size)
    )


def names_a_protected_person(text: str, protected: Protected) -> bool:
    """True if text (a pseudonym, a label) is or holds a protected person's name, compared as
    names are."""
    return bool(text) and has_a_protected_name(folded_names(text, ()), protected)
