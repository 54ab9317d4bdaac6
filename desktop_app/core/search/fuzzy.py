"""Near spellings of a query word: the names it may be a spelling of, and spellings of it.

Folding unifies what rules can unify without merging different names; what is left is
decided here, word by word, against the names the vault really holds (``search_name_word``):

* **Spelling variants** (Yoʻldoshev / Юлдашев, Qodirov / Кадыров, Alijew / Алиев): a weighted
  edit distance on folded keys in which the differences transliterations make are cheap
  (Uzbek o for Russian a, u for ю, i/y glides, g/h, s/z, German w and j, French ch) and any
  other letter costs 1. A word is also read the German and the French way (Wassiljew →
  vasilyev, Rachidov → rashidov) before it is compared.
* **Typos** ("one wrong letter"): only for a word that is no known name, and only when it has
  no spelling variant: up to one letter in words of 6 to 8 letters, a little more in longer
  ones. A name the vault holds (Tukhvatullin) is never "corrected" into another (Tukhbatullin).
* A form that adds, drops or changes a final -a (Askarov / Askarova: a woman of the family, or
  the Russian genitive) is never a spelling variant; Uzbek o for it (Gulnoro) is a typo.
* **Spellings for prose** (``prose_spellings``, ``markless_forms``, ``marked_forms``): prose
  words are in no name list, so the spellings a name is likely to take there are made from
  the word itself: Uzbek o and h for Russian a and g (Ibrohimov / Ибрагимов), and the Uzbek oʻ
  typed without its mark (Otkir / Oʻtkir, Toxtayev / Toʻxtayev).

Every figure here was tuned on ``tests/vectors/name_queries.json``; ``docs/search-folding.md``
gives the table and what it reaches.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import combinations

from sqlalchemy.orm import Session

from db.fts import is_name_word, similar_name_words
from desktop_app.core.search.folding import fold

PHONETIC_LIMIT = 0.6
CANDIDATES = 64  # name words compared per query word, the best by shared trigrams
MIN_FUZZY_LENGTH = 4
# No name is spelt in a word this long; one that is (a pasted hash, a 5,000-letter "name" from a
# bundle) would make thousands of spellings, each as long, and hang a dossier or a search.
MAX_FUZZY_LENGTH = 64
READING_COST = 0.1  # a German or French reading is a little less likely than the plain one

_SUBSTITUTIONS = {
    ("a", "o"): 0.3,  # Uzbek o for Russian a: Yoʻldoshev, Юлдашев
    ("i", "y"): 0.3,
    ("v", "w"): 0.2,
    # Uzbek h for Russian g: Ibrohimov, Ибрагимов; Hasanov, Гасанов. As cheap as o for a, which
    # comes with it (Ibrohim, Ибрагим): the two together are still a spelling variant.
    ("g", "h"): 0.3,
    ("s", "z"): 0.6,  # German s for з: Usbekistan
    ("c", "k"): 0.5,
    ("j", "y"): 0.6,
    ("o", "u"): 0.7,  # oʻ written o: Mominov, Муминов
    ("e", "i"): 0.7,
}
_SUBSTITUTION = {**_SUBSTITUTIONS, **{(b, a): cost for (a, b), cost in _SUBSTITUTIONS.items()}}
_FINAL_DEVOICING = 0.5  # Jalal-Abat, Jalal-Abad
# A final -a is the mark of a woman's name (Askarova) and of Russian case forms, so it is never
# added or dropped, nor turned into another ending; only Uzbek o for it (Gulnoro / Gulnora)
# and swapping it with the letter before (Shamsutdinoav) count. Dearer than o for a inside a
# word: it goes over PHONETIC_LIMIT, so Ivanovo (a town) and Ivanova, both held, stay apart,
# while Gulnoro, held by no record, is still read as a typo of Gulnora.
_FINAL_A_AS_O = 0.7
_TRANSPOSITION = 1.0
# Russian ю after a consonant softens it; Uzbek Latin has no such letter and writes u
# (Нилюфар / Nilufar), so the y it folds to is as cheap as a glide. Not я: folding writes иya
# as ya, so Mirziyaev would meet Mirzaev, and Evgena Evgenya; nor ё, folded to e, Uzbek yo
# included (Ilyos, Fyodor).
_SOFTENING_Y = 0.3
_VOWELS = frozenset("aeiouy")

_FRENCH_GU = re.compile(r"gu(?=[ei])")
_FRENCH_C = re.compile(r"c(?=[aou]|$)")
_FRENCH_FINAL_E = re.compile(r"(?<=..)e$")

# The letters Uzbek and Russian spellings of one name swap (Ibrohimov / Ибрагимов, Qodirov /
# Кадыров), each costing 0.3 above: up to two of them stay within PHONETIC_LIMIT.
_PROSE_SWAPS = {"a": "o", "o": "a", "g": "h", "h": "g"}
_MAX_PROSE_SWAPS = 2
_MAX_MARKS = 4  # o or u letters tried as a mark-less oʻ (words have one to three)


@lru_cache(maxsize=4096)
def _indel_costs(word: str) -> tuple[float, ...]:
    costs = []
    last = len(word) - 1
    for i, letter in enumerate(word):
        neighbours = word[max(i - 1, 0) : i] + word[i + 1 : i + 2]
        if (letter == "y" and "i" in neighbours) or (letter == "i" and "y" in neighbours):
            costs.append(0.3)  # Niyozov / Nyazov, Mirziyoyev / Mirzyaev
        elif letter == "y" and _is_softening_y(word, i):
            costs.append(_SOFTENING_Y)  # Нилюфар / Nilufar, Людмила / Ludmila
        elif letter == "e" and i == last and i > 2:
            costs.append(0.6)  # French mute e: Samarcande
        elif letter == "y":
            costs.append(0.8)
        else:
            costs.append(1.0)
    return tuple(costs)


def _is_softening_y(word: str, i: int) -> bool:
    # The y of Russian ю after a consonant (lyu), which Uzbek Latin writes u.
    return 0 < i < len(word) - 1 and word[i - 1] not in _VOWELS and word[i + 1] == "u"


def _final_a_kept(costs: tuple[float, ...]) -> tuple[float, ...]:
    return (*costs[:-1], math.inf)


def name_distance(a: str, b: str, limit: float = math.inf) -> float:
    """Weighted Damerau-Levenshtein distance of two folded words; inf once above limit. A
    final -a that only one of them has can be written o or swapped, never added or dropped."""
    n, m = len(a), len(b)
    if abs(n - m) * 0.3 > limit:
        return math.inf
    cost_a, cost_b = _indel_costs(a), _indel_costs(b)
    is_final_a_unmatched = a.endswith("a") != b.endswith("a")
    if is_final_a_unmatched:
        if a.endswith("a"):
            cost_a = _final_a_kept(cost_a)
        else:
            cost_b = _final_a_kept(cost_b)
    substitution = _SUBSTITUTION.get
    before: list[float] = []
    previous = [0.0]
    for j in range(m):
        previous.append(previous[-1] + cost_b[j])
    for i in range(1, n + 1):
        letter, delete = a[i - 1], cost_a[i - 1]
        current = [previous[0] + delete]
        lowest = current[0]
        for j in range(1, m + 1):
            other = b[j - 1]
            if letter == other:
                value = previous[j - 1]
            else:
                change = substitution((letter, other), 1.0)
                if i == n and j == m:
                    change = _final_change(letter, other, change, is_final_a_unmatched)
                value = previous[j - 1] + change
                if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                    value = min(value, before[j - 2] + _TRANSPOSITION)
            if previous[j] + delete < value:
                value = previous[j] + delete
            if current[j - 1] + cost_b[j - 1] < value:
                value = current[j - 1] + cost_b[j - 1]
            current.append(value)
            if value < lowest:
                lowest = value
        if lowest > limit:
            return math.inf
        before, previous = previous, current
    return previous[m]


def _final_change(letter: str, other: str, change: float, is_final_a_unmatched: bool) -> float:
    # The cost of changing the last letter of one word into the last letter of the other.
    if is_final_a_unmatched:
        return _FINAL_A_AS_O if {letter, other} == {"a", "o"} else math.inf
    if {letter, other} == {"d", "t"}:
        return _FINAL_DEVOICING
    return change


@lru_cache(maxsize=4096)
def readings(word: str) -> tuple[tuple[str, float], ...]:
    """The folded word, and how German and French spellings of it read, with their cost."""
    result = {word: 0.0}
    if "w" in word or "j" in word:  # Alijew, Wassiljew; Chorijev (j for й beside English ch)
        # Read without the German ch as well: a word may take j for й from German or
        # South Slavic spelling and keep the English ch (ч), and the German ch reading alone
        # would turn Chorijev into horev, far from Choriyev.
        result.setdefault(fold(word.replace("w", "v").replace("j", "y")), READING_COST)
    if "w" in word or "j" in word or "ch" in word:  # Tuchbatullin, Dschamschid, Schewzowa
        result.setdefault(fold(_german(word, "sh")), READING_COST)
        if "sch" in word:  # German has no letter for ж either: Schaksylykow, Жақсылықов
            result.setdefault(fold(_german(word, "zh")), READING_COST)
    if "c" in word or "gu" in word:  # Rachidov, Douchanbé, Samarcande, Ourguentch
        french = _FRENCH_GU.sub("g", word.replace("ch", "sh"))
        french = _FRENCH_FINAL_E.sub("", _FRENCH_C.sub("k", french))
        result.setdefault(fold(french), READING_COST)
    return tuple(result.items())


def _german(word: str, sch: str) -> str:
    # German spelling: j is й, z ц, dsch дж, sch ш (or ж, as sch says), ch х, w в. In this
    # order, so the z of zh and dzh and the j of the folded result are not read again.
    word = word.replace("j", "y").replace("z", "ts").replace("dsch", "dzh")
    return word.replace("sch", sch).replace("ch", "kh").replace("w", "v")


def _typo_limit(length: int) -> float:
    if length <= 5:
        return PHONETIC_LIMIT
    return 1.0 if length <= 8 else 1.3


def _trigrams(word: str) -> set[str]:
    return {word[i : i + 3] for i in range(len(word) - 2)}


def is_fuzzy_candidate(word: str) -> bool:
    """True if word (folded) is long enough, short enough and plain enough to look for near
    forms."""
    return MIN_FUZZY_LENGTH <= len(word) <= MAX_FUZZY_LENGTH and word.isascii() and word.isalpha()


def spelling_cost(word: str, name: str, limit: float = math.inf) -> float:
    """How far a folded word is from a folded name (read all the ways word may be read)."""
    return min(
        name_distance(reading, name, limit - extra) + extra for reading, extra in readings(word)
    )


def near_name_words(session: Session, word: str, *, typos: bool = True) -> tuple[str, ...]:
    """The vault's name words (folded) that a folded query word may be another spelling of;
    with typos=False, spelling variants only (for a word that is itself a guess)."""
    if not is_fuzzy_candidate(word):
        return ()
    trigrams = set().union(*(_trigrams(reading) for reading, _ in readings(word)))
    typo_limit = _typo_limit(len(word))
    costs = {}
    for name in similar_name_words(session, trigrams, CANDIDATES):
        if name != word:
            cost = spelling_cost(word, name, typo_limit)
            if cost <= typo_limit:
                costs[name] = cost
    variants = tuple(sorted(name for name, cost in costs.items() if cost <= PHONETIC_LIMIT))
    if variants or not typos or is_name_word(session, word):
        return variants
    return tuple(sorted(costs))


def _refolded(word: str, forms: set[str]) -> tuple[str, ...]:
    # Folded again, as the index would hold them (kukon, Qoʻqon typed Qoqon, is kokand).
    keys = {fold(form) for form in forms}
    keys.discard(word)
    return tuple(sorted(key for key in keys if is_fuzzy_candidate(key)))


def prose_spellings(word: str) -> tuple[str, ...]:
    """Spellings of a folded word with one or two letters swapped the way Uzbek and Russian
    spell one name (o for a, h for g: ibragimov → ibrohimov, ibrahimov), never the last one
    (Gulnora / Gulnoro is no variant). Within PHONETIC_LIMIT by name_distance, so what a name
    finds among the vault's names it finds in prose too, where no name list says what exists."""
    if not is_fuzzy_candidate(word):
        return ()
    places = [i for i, letter in enumerate(word[:-1]) if letter in _PROSE_SWAPS]
    forms = set()
    for count in range(1, _MAX_PROSE_SWAPS + 1):
        for chosen in combinations(places, count):
            letters = list(word)
            for i in chosen:
                letters[i] = _PROSE_SWAPS[letters[i]]
            forms.add("".join(letters))
    return _refolded(word, forms)


def markless_forms(word: str) -> tuple[str, ...]:
    """The folded word with o read as the Uzbek oʻ typed without its mark, which folds to u
    (otkir → utkir for Oʻtkir, ogli → ugli for oʻgʻli): each o or any set of them, as a name
    may have several oʻ and o side by side (yoldoshojaeva → yuldoshujaeva for Yoʻldoshxoʻjayeva),
    among its first _MAX_MARKS o (15 forms at most), and all of them."""
    places = [i for i, found in enumerate(word) if found == "o"][:_MAX_MARKS]
    if not places or not is_fuzzy_candidate(word):
        return ()
    forms = {word.replace("o", "u")}
    for count in range(1, len(places) + 1):
        for chosen in combinations(places, count):
            letters = list(word)
            for i in chosen:
                letters[i] = "u"
            forms.add("".join(letters))
    return _refolded(word, forms)


def marked_forms(word: str) -> tuple[str, ...]:
    """The folded word with a u read as an Uzbek oʻ that a text wrote without its mark
    (tuhtaev → tohtaev for Toxtayev): each u alone. The converse of markless_forms."""
    return _swapped(word, "u", "o")


def _swapped(word: str, letter: str, other: str) -> tuple[str, ...]:
    places = [i for i, found in enumerate(word) if found == letter][:_MAX_MARKS]
    if not places or not is_fuzzy_candidate(word):
        return ()
    return _refolded(word, {word[:i] + other + word[i + 1 :] for i in places})
