"""Name words written with "rn" for "m": "Rnadina", "Karirnova" are Madina and Karimova to a
reader in most fonts, and must be to the redactor.

The reading is one letter shorter than the word, so it cannot be matched in a text read letter
for letter as ``lookalike_words`` reads one; each such word is found here instead, as an
occurrence of its reading over the characters of the word as written (as ``glued`` finds names
in e-mail addresses). Many ordinary words hold "rn" (turn, born, modern, Arnasoy), and their
readings are words too (tum, bom, modem); so a word is read only where all of this holds: it is
capitalised (in a file name, in any case), it names nobody as written, and its reading is a
protected person's name part as written or with an ending, of MIN_READ letters or more ("Torn"
is no Tom). Such a word becomes "[name withheld]", never her label: it is a guess. No
dictionary is consulted: none ships with Sandiq, and a capitalised word whose reading is her
name is as likely a disguise of it as anything else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations

from desktop_app.core.reports.name_forms import WITH_ENDING
from desktop_app.core.reports.name_text import Found

MIN_READ = 4  # letters of the reading
# A word holding "rn", or starting with "Rn" (Rnadina); the first letter is checked apart.
_RN_WORD = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]*rn|Rn)[^\W\d_]*")
_MAX_RN = 3  # readings tried per word: every choice of its rn's to read, of up to this many


def rn_names(
    text: str,
    *,
    is_file_name: bool,
    names_someone: Callable[[str], bool],
    owners: Callable[[str], dict[str, int]],
    protected: set[str],
) -> list[Found]:
    """The words of text that, with "rn" read as "m", are a whole name part of someone
    protected, as written or with an ending; each as an occurrence of that reading owned by
    them, as a guess. names_someone: True if a word as written names anyone (it is then left
    as it is); owners: person id → how closely a word matches a name part of theirs."""
    if "rn" not in text and "Rn" not in text:
        return []
    found = []
    for match in _RN_WORD.finditer(text):
        word = match.group()
        if not (is_file_name or word[0].isupper()) or names_someone(word):
            continue
        for reading in _readings(word):
            if len(reading) < MIN_READ:
                continue
            read_owners = owners(reading).items()
            hers = {p: rank for p, rank in read_owners if p in protected and rank <= WITH_ENDING}
            if hers:
                found.append(Found(match.start(), match.end(), reading, hers, True))
                break
    return found


def _readings(word: str) -> list[str]:
    """word with each choice of its "rn" (and a leading "Rn") read as "m", "M"."""
    at = [
        i for i in range(len(word) - 1) if word[i : i + 2] == "rn" or (not i and word[:2] == "Rn")
    ]
    if len(at) > _MAX_RN:
        return []
    readings = []
    for count in range(len(at), 0, -1):
        for chosen in combinations(at, count):
            chars = list(word)
            for i in chosen:
                chars[i : i + 2] = ["M" if chars[i] == "R" else "m", ""]
            readings.append("".join(chars))
    return readings
