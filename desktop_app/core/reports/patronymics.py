"""What a patronymic looks like, so that one written beside a protected name goes with it.

A patronymic names the father and narrows who a witness is ("Dilnoza Bahodirovna" is a
daughter of Bahodir), yet it is rarely stored with her name. The redactor takes a word shaped
like one as part of the name it stands inside, directly after, or (with nothing but initials
before it) directly before; see ``Redactor`` and docs/reports.md "Matching". The shapes
(-ovich, -ovna, -uly, qizi, oʻgʻli, ...) are listed in ``core.patronymic_shapes``.

The father's name starts with a capital and has three letters or more before a joined ending
(July, Truly are no patronymics). The Tajik -zoda (Rahmonzoda) is a surname, not a
patronymic: it is found as the surname it is when stored, and not taken otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.patronymic_shapes import APOSTROPHE as _APOSTROPHE
from desktop_app.core.patronymic_shapes import JOINED as _JOINED
from desktop_app.core.patronymic_shapes import LETTER as _LETTER
from desktop_app.core.patronymic_shapes import SEPARATE as _SEPARATE
from desktop_app.core.patronymic_shapes import SUFFIX as _SUFFIX

# A capital letter: Python's re has no \p{Lu}; Latin, Greek and Cyrillic are below U+2000.
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x2000)) if c.isupper()) + "]"
_FATHER = rf"{_CAPITAL}(?:{_APOSTROPHE}?{_LETTER}){{2,}}?"  # "O'ktam" typed with an apostrophe

# A regular expression for one patronymic, a whole word (or two: "Bahodir qizi").
PATRONYMIC = (
    rf"(?<!{_LETTER})(?:{_FATHER}(?i:{_JOINED})"
    rf"|{_CAPITAL}(?:{_APOSTROPHE}?{_LETTER})++(?:[ \t\u00a0]+|[ \t\u00a0]*[-‐‑][ \t\u00a0]*)"
    rf"(?i:{_SEPARATE})){_SUFFIX}(?!{_LETTER})"
)
_PATRONYMICS = re.compile(PATRONYMIC)
# One patronymic, its father's name and suffix apart: the -ov/-ev of -ovich and -ovna is the
# patronymic's, not the name's (Azamjon-ovich, Ильин-ична).
_PARTS = re.compile(
    rf"(?P<father>{_FATHER})(?:(?i:[oeое]v|[ое]в)?(?i:{_JOINED})"
    rf"|(?:[ \t\u00a0]+|[ \t\u00a0]*[-‐‑][ \t\u00a0]*)(?i:{_SEPARATE}))(?P<suffix>{_SUFFIX})"
)
# A word that is a patronymic, or the second word of one ("oʻgʻli"), maybe with a suffix: a
# text without one has no patronymic, and is not searched for one.
_WORD = re.compile(rf"{_FATHER}(?i:{_JOINED}){_SUFFIX}|(?i:{_SEPARATE}){_SUFFIX}")


def is_in_patronymic(text: str, start: int, end: int) -> bool:
    """True if the word of text from start to end is a patronymic, or the father's name in one
    ("Bahodirovna", the Bahodir of "Bahodir qizi")."""
    match = _PATRONYMICS.match(text, start)
    return match is not None and end <= match.end()


def patronymics_in(text: str, words: Iterable[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, father's name, suffix) of each patronymic in text, whose distinct words
    are words: (0, 12, "Azamjon", "ga") for "Azamjonovichga", "Azamjon" for "Azamjon oʻgʻli"."""
    if not any(_WORD.fullmatch(word) for word in words):
        return []
    found = []
    for match in _PATRONYMICS.finditer(text):
        parts = _PARTS.fullmatch(match.group())
        if parts is not None:
            found.append((match.start(), match.end(), parts["father"], parts["suffix"]))
    return found
