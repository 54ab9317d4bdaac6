"""What an initial beside a name looks like, so that it goes with the name and marks it as
abbreviated (see ``Redactor`` and docs/reports.md "Matching").

- In text, one letter with a dot: "D.", "Д.", "A.B.". Uzbek Latin writes four letters of its
  alphabet as two characters, and abbreviates a name that starts with one to both: "Sh."
  (Shahlo), "Ch." (Chori), "Gʻ." and "Oʻ." in every apostrophe form (Gʻayrat, Oʻktam). "Ng"
  starts no Uzbek name, and "Ng." stays an ordinary abbreviation.
- In a file name or a handle, where a dot would end the name, without one: such a letter
  joined by "_" (in a file name, "-" too) to a name word: "Каримова_Д_медзаключение.pdf",
  "@karimova_d". In prose a hyphen joins Uzbek and Russian endings and stays a hyphen.
"""

from __future__ import annotations

import re

_LETTER = r"[^\W\d_]"
_APOSTROPHE = "'ʻʼ’‘`´"
# A letter of a digraph or a single letter stands alone: no letter and no apostrophe typed for
# oʻ/gʻ beside it ("o'g'li" holds no initial "o").
_NOT_AFTER = rf"(?<![^\W\d_{_APOSTROPHE}])"
_NOT_BEFORE = rf"(?![^\W\d_{_APOSTROPHE}])"
DIGRAPH = rf"(?:[Ss][Hh]|[Cc][Hh]|[GgOo][{_APOSTROPHE}])"
_LETTERS = rf"(?:{DIGRAPH}|{_LETTER})"
INITIAL = rf"(?<!{_LETTER}){_LETTERS}\."  # "A." in "A. Askarov", "Sh." in "Oʻrinboyeva Sh."
# Without its dot, as a file name or handle writes it; only ever joined by JOINERS to a word.
BARE_INITIAL = rf"{_NOT_AFTER}{_LETTERS}{_NOT_BEFORE}"
IN_TEXT_JOINERS = "_"
IN_FILE_NAME_JOINERS = "_‐‑-"
_ANY_INITIAL = re.compile(
    rf"{INITIAL}|(?<=[{IN_FILE_NAME_JOINERS}]){BARE_INITIAL}|{BARE_INITIAL}(?=[{IN_FILE_NAME_JOINERS}])"
)


def initials_in(text: str) -> list[str]:
    """The initials in text, from a name's side (matched by the patterns above), without
    their dot: ["Sh", "D"] for "Sh.D. " or "_Sh_d"."""
    return [initial.rstrip(".") for initial in _ANY_INITIAL.findall(text)]
