"""How a list's filter box reads what is typed: words and "phrases" to find, -words to leave out.

The syntax is Search's (``docs/search-folding.md``, Query language) as far as a list's filter
goes: a word or a "quoted phrase" (also «...», “...”) must match; one led by a minus
(``-Toshkent``, ``-"Bazar Korgon"``) must not, a row matching it, as written or in any
spelling, is left out. Search's ``key:value`` filters, ``OR`` and ``NOT`` are left as text: a
list's own status box filters, and a reference or name may hold a colon.

What is not a word stays text, as the filter read it before: a minus with no letter or digit
after it (``-``, ``--``), a hyphen inside a word (``UZ-2024``), and a quote left unpaired, which
is dropped (a filter of that quote alone looks for it, and finds nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The quotation marks Search reads as " (search/query.py).
_QUOTES = str.maketrans(dict.fromkeys("“”„«»″＂", '"'))
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class FilterPart:
    """A typed word, or the words of a quoted phrase (without the quotes)."""

    text: str
    is_phrase: bool = False


@dataclass(frozen=True)
class FilterWords:
    """What a filter asks for: parts a row must match, parts it must not, and the text its
    substring match (LIKE) looks for: the wanted parts as typed, "" if there are none."""

    wanted: tuple[FilterPart, ...]
    excluded: tuple[FilterPart, ...]
    like_text: str


def read_filter(typed: str) -> FilterWords:
    """The parts of a filter's text (see the module's docstring); never raises."""
    typed = typed.strip()
    text = quoted = typed.translate(_QUOTES)
    if text.count('"') % 2:  # quotes pair left to right, so only the last can be alone
        last = text.rindex('"')
        text = text[:last] + " " + text[last + 1 :]
    wanted: list[FilterPart] = []
    excluded: list[FilterPart] = []
    for minuses, part in _lex(text):
        if minuses and (part.is_phrase or _LETTER_OR_DIGIT.search(part.text)):
            if part.text.strip():
                excluded.append(part)
        elif (minuses + part.text).strip():
            wanted.append(FilterPart(minuses + part.text, part.is_phrase))
    if not (wanted or excluded):  # only quotes: looked for as typed, as before
        return FilterWords((), (), typed)
    if not excluded and '"' not in quoted:
        like_text = typed  # as typed, spaces and all, as the filter always read it
    else:
        like_text = " ".join(part.text for part in wanted)
    return FilterWords(tuple(wanted), tuple(excluded), like_text)


def _lex(text: str) -> list[tuple[str, FilterPart]]:
    """Words and phrases of text (its quotes paired), each with the minuses typed before it."""
    found = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        while i < n and text[i] == "-":
            i += 1
        minuses = text[start:i]
        if i < n and text[i] == '"':
            close = text.index('"', i + 1)
            found.append((minuses, FilterPart(text[i + 1 : close], is_phrase=True)))
            i = close + 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] != '"':
            i += 1
        found.append((minuses, FilterPart(text[start:i])))
    return found
