"""Name words written with look-alike letters in running text: "Dilnοza" with a Greek omicron,
"Gulnɑra" with a Latin alpha, "Вobur" with a Cyrillic В, "Шаpипова" with a Latin p are her
name to a reader, and must be to the redactor.

The redactor matches a text read so (``LookalikeReader``), letter for letter, so that every
offset it finds is the offset of the same characters in the text as written, which is what it
prints outside the names it replaces. Which letters look alike is Unicode's call
(``core.lookalikes``). Only a word with an ASCII letter and a look-alike is read: one that
mixes Latin and Cyrillic letters, or one with a letter such as Greek ο or Latin ɑ that is drawn
like an ASCII one. A word mostly in Cyrillic has its other letters read as the Cyrillic ones
they look like (p as р), any other as the ASCII letters they look like (В as B). A word without
an ASCII letter is its own script's word, and Uzbek oʻ and gʻ and the letters with marks of
Kazakh, Tajik and Turkish (ә, ү, ӣ, ş, ğ) are no look-alikes: such text is kept as written.

A word that names someone as written is not read: search folding transliterates a Cyrillic
letter in a Latin word (Gulnаra is Gulnara to it, as Gulнara is; read by look, н would be h),
and a word every reader takes as it is stays so. Everything else the redactor finds in the text
it finds in the reading too: the shape of a patronymic (Bahodirοvna), initials, endings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from desktop_app.core.lookalikes import ascii_letter_readings, cyrillic_twins
from desktop_app.core.search.folding import fold

_CYRILLIC = "\u0400-\u052f"
_ASCII_LETTER = re.compile("[a-zA-Z]")
# An ASCII and a Cyrillic letter side by side. Two patterns: one alternation of both is several
# times slower to search a long text with.
_LATIN_CYRILLIC = re.compile(f"[a-zA-Z][{_CYRILLIC}]")
_CYRILLIC_LATIN = re.compile(f"[{_CYRILLIC}][a-zA-Z]")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u052f"


@cache
def _odd_letters() -> re.Pattern[str]:
    """A letter, not ASCII or Cyrillic, drawn like an ASCII letter that search folding does not
    read it as (Greek ο, Latin ɑ; not Turkish ı or a fullwidth a, which folding reads as i and
    a). Left out: right-to-left letters (Arabic ا, Hebrew ו), which cannot sit inside a Latin
    word unseen, and letters above U+FFFF (historic scripts): a class of them makes the search
    of a long text a hundred times slower."""
    odd = [
        char
        for char, letter in ascii_letter_readings().items()
        if not _is_cyrillic(char)
        and char <= "\uffff"
        and unicodedata.category(char).startswith("L")
        and unicodedata.bidirectional(char) not in ("R", "AL")
        and fold(char) != fold(letter)
    ]
    return re.compile("[" + "".join(map(re.escape, odd)) + "]")


def read_as_drawn(word: str) -> str:
    """word with its look-alike letters read as the letters of its main script they are drawn
    like, one character for one: Dilnοza → Dilnoza, Шаpипова → Шарипова."""
    if sum(map(_is_cyrillic, word)) * 2 > len(word):
        readings, twins = ascii_letter_readings(), cyrillic_twins()
        return "".join(
            char if _is_cyrillic(char) else twins.get(readings.get(char, char), char)
            for char in word
        )
    return word.translate(_ascii_table())


@cache
def _ascii_table() -> dict[int, str]:
    return {ord(char): letter for char, letter in ascii_letter_readings().items()}


class LookalikeReader:
    """Reads the look-alike letters of a text's words as the letters they are drawn like."""

    def __init__(self, names_someone: Callable[[str], bool]) -> None:
        """names_someone: True if a word (maybe in camel case) is a name word of anyone."""
        self._names_someone = names_someone
        self._read: dict[str, str] = {}  # word → its reading, or the word itself

    def word(self, word: str) -> str:
        """word as the redactor matches it: read as drawn, unless it names someone as written."""
        read = self._read.get(word)
        if read is None:
            read = word if self._names_someone(word) else read_as_drawn(word)
            self._read[word] = read
        return read

    def __call__(self, text: str) -> str:
        """text with each word that holds a look-alike read (see word); of the same length,
        each character at its offset."""
        if text.isascii():
            return text
        starts = sorted(
            match.start()
            for pattern in (_odd_letters(), _LATIN_CYRILLIC, _CYRILLIC_LATIN)
            for match in pattern.finditer(text)
        )
        pieces: list[str] = []
        copied = scanned = 0  # text is in pieces up to copied, its words read up to scanned
        for at in starts:
            if at < scanned:
                continue
            start, end = at, at + 1
            while start > scanned and text[start - 1].isalpha():
                start -= 1
            while end < len(text) and text[end].isalpha():
                end += 1
            word, scanned = text[start:end], end
            # A word without an ASCII letter is all in another script: that script's word.
            if _ASCII_LETTER.search(word) and (read := self.word(word)) != word:
                pieces += (text[copied:start], read)
                copied = scanned
        return "".join((*pieces, text[copied:])) if pieces else text
