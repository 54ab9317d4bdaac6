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

Two more readings are taken only where they make a protected person's name of a word that
names no one protected as written, since they would otherwise turn ordinary words and numbers
into names: ASCII look-alikes (``read_ascii_alikes``: G0zal, DiInoza, Di1noza, lrina, Гу3аль),
and a word wholly in look-alikes of another script (ΑΖΙΜ, ΚΑΡΙΜΟΒΑ), read as the ASCII letters
and as the Cyrillic ones it is drawn like (Ρ is P in Latin, Р in Cyrillic).
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
_LETTER = r"[^\W\d_]"
# Where an ASCII character may stand for a letter it is drawn like: a digit 0, 1 or 3 joined to
# a letter (G0zal, Di1noza, Гу3аль), a capital I after a small letter (DiInoza), a small l
# starting a word before a consonant (lrina; lekin, "but", and most words start l and a vowel:
# looking each up would triple the time reading takes) or between capitals (DlLNOZA).
# Each branch starts with the character, which lets re skip to the next candidate quickly.
_ASCII_ALIKE = re.compile(
    rf"[013](?:(?<={_LETTER}.)|(?={_LETTER}))|I(?<=[a-z]I)"
    rf"|l(?:(?<!{_LETTER}l)(?=[b-df-hj-np-tv-zA-Z])|(?<=[A-Z]l)(?=[A-Z]))"
)
# A digit's reading in a Latin and in a Cyrillic word: (capital, small). 3 is drawn like З
# only; 1 has no Cyrillic twin.
_LATIN_DIGITS = {"0": ("O", "o"), "1": ("I", "l")}
_CYRILLIC_DIGITS = {"0": ("О", "о"), "3": ("З", "з")}
# Digits are read only in a word of this many letters or more, with fewer digits than letters
# and no other digit: 2010, G20, B1, 1st, Win7 are no names.
MIN_LETTERS_WITH_DIGITS = 3


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


def read_ascii_alikes(word: str) -> str:
    """word with its ASCII look-alikes read as the letters they stand for, one character for
    one: G0zal → Gozal, DiInoza and Di1noza → Dilnoza, lrina → Irina, Гу3аль → Гузаль. A digit
    or l is a capital at the start of a word or between capitals, else a small letter."""
    letters = [char for char in word if char.isalpha()]
    is_cyrillic = sum(map(_is_cyrillic, letters)) * 2 > len(letters)
    digits = _CYRILLIC_DIGITS if is_cyrillic else _LATIN_DIGITS
    written_digits = [char for char in word if char.isdigit()]
    may_read_digits = (
        len(letters) >= MIN_LETTERS_WITH_DIGITS
        and len(written_digits) < len(letters)
        and set(written_digits) <= digits.keys()
    )
    chars = list(word)
    for at, char in enumerate(chars):
        before = chars[at - 1] if at else ""
        after = word[at + 1] if at + 1 < len(word) else ""
        if char in digits and may_read_digits:
            chars[at] = digits[char][before.islower() or bool(before and after.islower())]
        elif is_cyrillic:
            continue
        elif char == "I" and before.islower():
            chars[at] = "l"
        elif char == "l" and (
            (not at and after.isalpha()) or (before.isupper() and after.isupper())
        ):
            chars[at] = "I"
    return "".join(chars)


def whole_word_readings(word: str) -> tuple[str, ...]:
    """A word with no ASCII or Cyrillic letter, all of whose letters are drawn like ASCII
    ones (ΚΑΡΙΜΟΒΑ in Greek), read as those ASCII letters (KAPIMOBA) and as the Cyrillic ones
    they are drawn like (КАРIМОВА); () for any other word."""
    readings = ascii_letter_readings()
    if _ASCII_LETTER.search(word) or any(
        char.isalpha() and (_is_cyrillic(char) or char not in readings) for char in word
    ):
        return ()
    latin = word.translate(_ascii_table())
    twins = cyrillic_twins()
    return latin, "".join(twins.get(char, char) for char in latin)


class LookalikeReader:
    """Reads the look-alike letters of a text's words as the letters they are drawn like."""

    def __init__(
        self, names_someone: Callable[[str], bool], names_protected: Callable[[str], bool]
    ) -> None:
        """names_someone: True if a word (maybe in camel case) is a name word of anyone;
        names_protected: True if a word (or a word of it in camel case) may be a name word of
        someone protected."""
        self._names_someone = names_someone
        self._names_protected = names_protected
        self._read: dict[str, str] = {}  # word → its reading, or the word itself

    def word(self, word: str) -> str:
        """word as the redactor matches it: read as drawn, unless it names someone as written."""
        read = self._read.get(word)
        if read is None:
            read = self._read[word] = self._reading(word)
        return read

    def _reading(self, word: str) -> str:
        if self._names_someone(word):
            return word
        if _ASCII_LETTER.search(word):
            read = read_as_drawn(word)
        else:
            # A word all in another script is that script's word, unless it can only be hers.
            read = next(filter(self._names_protected, whole_word_readings(word)), word)
        alike = read_ascii_alikes(read)
        if alike != read and self._names_protected(alike) and not self._names_protected(read):
            return alike
        return read

    def __call__(self, text: str) -> str:
        """text with each word that holds a look-alike read (see word); of the same length,
        each character at its offset."""
        patterns = [_ASCII_ALIKE]
        if not text.isascii():
            patterns += (_odd_letters(), _LATIN_CYRILLIC, _CYRILLIC_LATIN)
        starts = sorted(match.start() for pattern in patterns for match in pattern.finditer(text))
        pieces: list[str] = []
        copied = scanned = 0  # text is in pieces up to copied, its words read up to scanned
        for at in starts:
            if at < scanned:
                continue
            start, end = at, at + 1
            # Digits too: the 0 of G0zal is one of its letters.
            while start > scanned and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            word, scanned = text[start:end], end
            if (read := self.word(word)) != word:
                pieces += (text[copied:start], read)
                copied = scanned
        return "".join((*pieces, text[copied:])) if pieces else text
