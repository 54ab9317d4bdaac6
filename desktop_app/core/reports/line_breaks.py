"""Words a text splits at a line break with a hyphen ("Karimo-\\nva"), as text pasted from a
scanned or typeset page does: a name split so is still her name.

Only a break whose second part goes on in lower case can be a split word ("Karimo-\\nva"); one
before a capital joins two words ("Oʻrinboyeva-\\nKarimova") and stays. The parts are joined
only where the word they make names someone protected, so a hyphenated compound ("Toshkent-\\n
shahar") is printed as written. In a file name a hyphen inside a word is the name's own
(``Кари-мова.jpg``), and nothing is joined there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_LETTERS = r"[^\W\d_]+"
_WORD = _LETTERS + r"(?:['ʻʼ’‘`´]" + _LETTERS + r")*"
_SPLIT = re.compile(rf"(?<![^\W\d_])({_WORD})[-‐‑][ \t\u00a0]*\r?\n[ \t\u00a0]*({_WORD})")


def joined_at_breaks(text: str, is_protected_name: Callable[[str], bool]) -> str:
    """text with each word split by a hyphen at a line break joined again, where the joined
    word is_protected_name; the rest as it was."""
    if "\n" not in text:
        return text

    def joined(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        word = first + second
        return word if second[0].islower() and is_protected_name(word) else match.group()

    return _SPLIT.sub(joined, text)
