"""Which recorded spelling of a person's name a dossier prints: one in the dossier's script.

A person recorded as "Дилором Ғаниева" with the other name "Dilorom Gʻaniyeva" is named so in
an English or Uzbek (Latin) dossier, and the other way round in a Russian one, for a reader who
may not read the other script. Only a recorded spelling is used, never one made up here, and
only one that spells the same name: an alias ("Dima"), a name in part ("Dilorom") or a
description ("Gulnora's mother") is not the person's name in another script. Whom a dossier must
not name is labelled before any of this is asked (``ReportContext.person_name``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Final

from desktop_app.core.reports.name_text import words_of
from desktop_app.core.search.folding import fold
from desktop_app.core.search.fuzzy import PHONETIC_LIMIT, name_distance

LATIN, CYRILLIC = "LATIN", "CYRILLIC"
DOSSIER_SCRIPTS: Final = {"en": LATIN, "uz": LATIN, "ru": CYRILLIC}


def script_of(text: str) -> str:
    """LATIN or CYRILLIC if every letter of text is in that script, else "" (none, or mixed).
    The Uzbek ʻ and ʼ are modifier letters of no script, and leave a name Latin."""
    scripts = {
        unicodedata.name(char, "").split(" ", 1)[0]
        for char in text
        if char.isalpha() and unicodedata.category(char) != "Lm"
    }
    return scripts.pop() if len(scripts) == 1 and scripts <= {LATIN, CYRILLIC} else ""


def is_same_name(name: str, spelling: str) -> bool:
    """True if spelling has the words of name, each spelt as search takes for the same word in
    any script (Ғаниева / Gʻaniyeva, Гульнара / Gulnora), in any order, and no other word."""
    words = [fold(word) for word in words_of((name,))]
    others = [fold(word) for word in words_of((spelling,))]
    if not words or len(words) != len(others):
        return False
    for other in others:
        match = next(
            (w for w in words if name_distance(w, other, PHONETIC_LIMIT) <= PHONETIC_LIMIT), None
        )
        if match is None:
            return False
        words.remove(match)
    return True


def spelling_for(name: str, other_names: Sequence[str], language: str) -> str:
    """The spelling of a person's name to print in a dossier in language: name, or the first
    of other_names that spells it in the dossier's script when name is in the other one."""
    script = DOSSIER_SCRIPTS.get(language, "")
    written = script_of(name)
    if not script or written in ("", script):
        return name
    return next((o for o in other_names if script_of(o) == script and is_same_name(name, o)), name)
