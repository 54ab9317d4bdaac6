"""What a protected person's pseudonym may be: given, and free of the person's own names.

A dossier prints a protected person under their pseudonym. A pseudonym that holds a word of
their names ("Gulchehra H." for Гулчеҳра Ҳамроқулова) names them anyway, and the dossier's
redaction, seeing the name in it, prints a letter ("Witness A") instead (reports/unnamed.py):
the pseudonym a lawyer cites then matches no dossier. The person form and the CLI refuse such a
pseudonym, and a protected person without one; the JSON import and bundles take them as they
are (an old export must still import, and a colleague's change of pseudonym is held by the
exchange safeguards), and the dossier's letter still keeps the name out.

Names are compared as search compares them: folded (any script, Uzbek apostrophes, case),
with the spellings search finds in prose (Uzbek o for a, h for g; oʻ typed without its mark;
е read as ё), and a word that begins with another of four letters or more (Gulchehraxon,
Hamroqul for Hamroqulova, Askarov for Askarova). One letter alone ("Witness A", "H.") is no
name; two or more initials that stand for two words of one name ("G. H.", "H. G.", "GH") are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.core.search.folding import fold, fold_tokens, yo_readings
from desktop_app.core.search.fuzzy import markless_forms, prose_spellings

MIN_NAME_WORD = 2  # folded letters: a one-letter word is an initial, not a name
MIN_STEM = 4  # a word that begins with a name word this long (or that it begins) holds it
_LETTERS = re.compile(r"[^\W\d_]+")
_PUNCTUATION = ".,;:!?()[]{}\"'«»“”„"

PseudonymFaultKind = Literal["missing", "name", "initials"]


@dataclass(frozen=True)
class PseudonymFault:
    """Why a protected person's pseudonym cannot be saved, and the part of it at fault as the
    user typed it (a word, or initials such as "G. H."; "" when the pseudonym is missing)."""

    kind: PseudonymFaultKind
    part: str = ""


def pseudonym_fault(content: Mapping[str, Any]) -> PseudonymFault | None:
    """The reason a person's content may not be saved by a form or the CLI as it stands: a
    protected person without a pseudonym, or with one that holds their names; else None."""
    if not content.get("protected"):
        return None
    pseudonym = str(content.get("pseudonym") or "")
    if not pseudonym.strip():
        return PseudonymFault("missing")
    names = [str(content.get("name") or ""), *map(str, content.get("other_names") or [])]
    return naming_fault(pseudonym, names)


def naming_fault(pseudonym: str, names: Sequence[str]) -> PseudonymFault | None:
    """A PseudonymFault if pseudonym holds a word of one of names, or initials spelling two
    words of one of them, compared as the module's docstring says; else None."""
    name_words = [_forms(word) for name in names for word in name.split()]
    for word in pseudonym.split():
        forms = _forms(word)
        if any(_shares(forms, name_forms) for name_forms in name_words):
            return PseudonymFault("name", word.strip(_PUNCTUATION))
    initials = _initials(pseudonym)
    for name in names:
        spelt = _spelt_initials(initials, _initial_keys(name))
        if len(spelt) >= 2:
            return PseudonymFault("initials", " ".join(f"{letter}." for letter in spelt))
    return None


def _forms(word: str) -> set[str]:
    """The folded keys of a typed word (no white space) and the spellings search reads it as."""
    keys: set[str] = set()
    for key in fold_tokens(word):
        if len(key) >= MIN_NAME_WORD:
            keys.update((key, *prose_spellings(key), *markless_forms(key)))
    keys.update(yo_readings(word))
    return keys


def _shares(forms: set[str], others: set[str]) -> bool:
    if forms & others:
        return True
    return any(
        a.startswith(b) or b.startswith(a)
        for a in forms
        for b in others
        if min(len(a), len(b)) >= MIN_STEM
    )


def _initials(pseudonym: str) -> list[tuple[str, str]]:
    """The initials of a pseudonym, as typed and folded: a one-letter word, two letters
    followed by a full stop (Sh., Yu.), and each letter of a capital word of two or three
    letters (GH)."""
    found = []
    for match in _LETTERS.finditer(pseudonym):
        token = match.group()
        if len(token) == 1 or (len(token) == 2 and pseudonym[match.end() : match.end() + 1] == "."):
            letters = [token]
        elif len(token) <= 3 and token.isupper():
            letters = list(token)
        else:
            continue
        found += [(letter, fold(letter).replace(" ", "")) for letter in letters]
    return [(letter, key) for letter, key in found if key]


def _initial_keys(name: str) -> list[tuple[str, str]]:
    """Per word of name: its folded key and its first letter folded (Ш: sh, Oʻtkir: o)."""
    words = []
    for word in name.split():
        keys = fold_tokens(word)
        letters = _LETTERS.search(word)
        if keys and letters:
            words.append(("".join(keys), fold(letters.group()[0])))
    return words


def _spelt_initials(initials: list[tuple[str, str]], words: list[tuple[str, str]]) -> list[str]:
    """The typed initials that stand for a word of a name, if they stand for two words at
    least, each for its own; else []."""
    pairs = [
        (i, w)
        for i, (_, key) in enumerate(initials)
        for w, (word, first) in enumerate(words)
        if word.startswith(key) or first == key
    ]
    # Two initials with a word each and two words with an initial each can always be paired
    # off (a bipartite graph whose largest matching is one edge is a star: one vertex on one
    # side), so counting both sides says whether the initials spell two words.
    if len({i for i, _ in pairs}) < 2 or len({w for _, w in pairs}) < 2:
        return []
    return [initials[i][0] for i in sorted({i for i, _ in pairs})]
