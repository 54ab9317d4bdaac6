"""Names with initials glued to them, as e-mail addresses and handles write them:
dkarimova@inbox.uz, @dilnozak, shorinboyeva (Sh. Oʻrinboyeva). Nothing separates the initial
from the name there, so the word names nobody as written; without one or two letters at either
end it is a protected name word, and it is hers.

Only in an e-mail address, a handle, or a file name, whose words are made so; in prose
"Bahorn" or "Karimovat" is a typo or another word. The name word must have MIN_GLUED letters or
more, so that a short name inside a longer word (Lola in "lolazor") is not taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.reports.name_forms import AS_WRITTEN
from desktop_app.core.reports.name_text import WORD, Found

MIN_GLUED = 5
_GLUED_LETTERS = (1, 2)  # d of dkarimova; sh of shorinboyeva, the Uzbek digraph initials
# The local part of an e-mail address, or a handle (@dilnozak).
_ADDRESS = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@(\w+)")


def glued_names(
    text: str, *, is_file_name: bool, protected_owners: Callable[[str], set[str]]
) -> list[Found]:
    """The words of text's addresses and handles (of all of it, for a file name) that are a
    protected name word with initials glued before or after it; each owned by
    protected_owners of that name word (who may be named by it as written), as a guess, so
    that it is withheld, never labelled: the initial may be a sibling's."""
    if is_file_name:
        spans = [(0, len(text))]
    elif "@" in text:
        spans = [
            match.span(1) if match.group(1) is not None else match.span(2)
            for match in _ADDRESS.finditer(text)
        ]
    else:
        return []
    found = []
    for start, end in spans:
        for match in WORD.finditer(text, start, end):
            owners = _glued_owners(match.group(), protected_owners)
            if owners:
                found.append(Found(match.start(), match.end(), match.group(), owners, True))
    return found


def _glued_owners(word: str, protected_owners: Callable[[str], set[str]]) -> dict[str, int]:
    if len(word) <= MIN_GLUED or protected_owners(word):
        return {}
    owners: set[str] = set()
    for cut in _GLUED_LETTERS:
        for name in (word[cut:], word[:-cut]):
            if len(name) >= MIN_GLUED:
                owners |= protected_owners(name)
    return dict.fromkeys(owners, AS_WRITTEN)
