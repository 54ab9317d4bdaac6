"""The order names are listed in: a sort key a reader of Russian, Uzbek or Karakalpak expects.

SQLite compares text by code point: "ivanov" after "Zokirov", Ё after Я, Қ and Ў after Я,
"Ájiniyaz" after every Latin letter. ``name_sort_key`` maps a name to a text whose code-point
order is the reader's order, and ``register_sort_key`` makes it the SQL function
``sandiq_sort_key`` on a connection, so lists sort with ``ORDER BY sandiq_sort_key(name), id``
and page on the same key.

The rules (examples in tests/unit/test_name_order.py):

- Digits first, then Latin names, then Cyrillic, each in its alphabet's order; letters of
  other scripts by their code point (Greek between Latin and Cyrillic, most after both).
- Upper and lower case sort together.
- Latin accents do not make a letter of their own: Karakalpak Ájiniyaz is among the A names,
  Álvarez beside Alvarez. Uzbek oʻ and gʻ do: Oʻrinboyeva comes after every name in O, before
  P (an ASCII ' or a typographic ‘ ’ after o or g counts as ʻ, as people type it that way;
  the tutuq belgisi ʼ does not).
- Cyrillic Ё sorts with Е; Й, Ў, Ӣ, Ӯ stay letters of their own. The letters of Uzbek,
  Tajik, Kazakh, Karakalpak and Kyrgyz follow their base letter (Ғ after Г, Қ after К,
  Ң after Н, Ә after А, Ө after О, Ұ Ү Ў after У, Ҳ Һ after Х, Ҷ after Ч), not Я.
- Other apostrophes (Maʼruf, Il'ya) are ignored; spaces, hyphens and other punctuation only
  separate words, so "Ivanov Ivan" comes before "Ivanova Anna".
- Names these rules call equal are ordered by their lower-case text (Е before Ё, A before
  Á, Maruf before Maʼruf), then by their code points as written (IVANOV before Ivanov).
  Different names never get equal keys, so the order is total, as key-set paging needs.

The key is never stored in a column, but indexes hold it (ix_person_name_order and the others
of revision 0009), so that a list sorted by name reads one page, not every row's key. A change
to these rules therefore needs a revision that runs REINDEX on them, or lists would page in a
stale order; tests/unit/test_name_order_index.py fails until the keys' digest is updated.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, func

SORT_KEY_FUNCTION = "sandiq_sort_key"

_LEVEL_BREAK = "\x01"  # between the key's levels: below every letter, so "Ivan" < "Ivanov"

# A letter that follows base letter B in the alphabet is weighed as B followed by one of
# these, above the characters names are written in (the Basic Multilingual Plane): it then
# sorts after every B + letter and before the next base letter (кя < қа < ла).
_NEXT = [chr(0xFFF0 + n) for n in range(4)]
# Letters that sort right after a base letter, in that order: Uzbek, Tajik, Kazakh,
# Karakalpak, Kyrgyz, then Ukrainian, Tatar, Bashkir, Azerbaijani, Serbian, Macedonian.
_FOLLOWERS = {
    "а": "ә", "г": "ґғҝ", "д": "ђ", "е": "є", "ж": "җ", "з": "ҙ", "и": "ӣії", "й": "ј",
    "к": "қҡ", "л": "љ", "н": "ңњ", "о": "ө", "с": "ҫ", "т": "ћ", "у": "ұүўӯ", "х": "ҳһ",
    "ч": "ҷҹџ",
}  # fmt: skip
_WEIGHTS = {
    follower: base + _NEXT[n]
    for base, followers in _FOLLOWERS.items()
    for n, follower in enumerate(followers)
}
_UZBEK_MARKS = "ʻ‘’'`"  # what people type for the ʻ of oʻ and gʻ; ʼ is the tutuq belgisi
# Latin letters that Unicode does not decompose into a base letter and an accent.
_LATIN_LIKE = {
    "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    "ə": "a", "ŋ": "n", "ħ": "h", "ß": "ss",
}  # fmt: skip
_APOSTROPHES = "'‘’`´′"  # ʻ ʼ ʹ are modifier letters, dropped as such
_OWN_LETTERS = "й"  # Unicode decomposes it into и and a breve, Russian does not
_TABLE_RANGES = ((0x0000, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070))
_KEYS_PER_CONNECTION = 50_000  # at most about 15 MB of names and keys per connection


def _primary_weight(char: str) -> str | None:
    """What one character counts as at the key's first level (None: nothing)."""
    category = unicodedata.category(char)
    if char in _APOSTROPHES or category == "Lm" or category[0] not in "LNPZ":
        return None  # apostrophes, accents left alone, symbols, control characters
    if category[0] in "PZ":
        return " "
    lowered = char.lower()
    if lowered in _WEIGHTS or lowered in _OWN_LETTERS:
        return _WEIGHTS.get(lowered, lowered)
    decomposed = unicodedata.normalize("NFKD", _LATIN_LIKE.get(lowered, lowered))
    bases = "".join(
        _WEIGHTS.get(c, _LATIN_LIKE.get(c, c)) for c in decomposed if not unicodedata.combining(c)
    )
    return bases or None


# What does not weigh as itself ("": nothing), and a pattern finding it. Most names hold
# none of it (only a-z, а-я and spaces) and are their own first level: finding the rest with
# one pattern is several times faster than str.translate over every character, and the key
# is computed for each row of each page of a list.
_REWEIGHED = {
    char: weight or ""
    for lo, hi in _TABLE_RANGES
    for cp in range(lo, hi)
    if (weight := _primary_weight(char := chr(cp))) != char
}
_UZBEK_LETTERS = {base + mark: base + _NEXT[0] for base in "og" for mark in _UZBEK_MARKS}
_NEEDS_REWEIGHING = re.compile(
    "|".join(map(re.escape, _UZBEK_LETTERS))  # first: oʻ is one letter, not o and ʻ
    + "|["
    + "".join(map(re.escape, _REWEIGHED))
    + "]"
)
_REWEIGHED |= _UZBEK_LETTERS


def _reweighed(match: re.Match[str]) -> str:
    return _REWEIGHED[match[0]]


def _primary(folded: str) -> str:
    weights = _NEEDS_REWEIGHING.sub(_reweighed, folded)
    if "  " in weights or weights[:1] == " " or weights[-1:] == " ":
        weights = " ".join(weights.split())
    return weights


def name_sort_key(name: str | None) -> str | None:
    """A text that sorts by code point where name sorts for a reader (None for None)."""
    return None if name is None else _key(name)


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFC", name).casefold()
    return _primary(folded) + _LEVEL_BREAK + folded + _LEVEL_BREAK + name


def register_sort_key(connection: Any) -> None:
    """Make name_sort_key the SQL function sandiq_sort_key on a driver connection; the keys
    it computes are remembered for as long as the connection is open."""
    # A list sorted by a name no index holds (testimonies by witness) needs the key of every
    # row for each page. Remembered, a later page takes about half as long. Every connection
    # needs the function, too, to write a person or a case: their indexes hold keys (0009).
    # The keys go with the connection, which locking the vault closes, as SQLite's page cache
    # of the same names does.
    keys: dict[str, str] = {}

    def remembered_key(name: str | None) -> str | None:
        if name is None:
            return None
        key = keys.get(name)
        if key is None:
            if len(keys) >= _KEYS_PER_CONNECTION:
                keys.clear()
            key = keys[name] = _key(name)
        return key

    connection.create_function(SORT_KEY_FUNCTION, 1, remembered_key, deterministic=True)


def by_name(expression: ColumnElement[Any]) -> ColumnElement[Any]:
    """expression's sort key, computed by SQLite for each row (see the module docstring)."""
    return getattr(func, SORT_KEY_FUNCTION)(expression)
