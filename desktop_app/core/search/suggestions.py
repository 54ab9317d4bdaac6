"""A way on for a query that finds nothing: the beginning of a word that finds something.

``задержли`` is a typo, ``конфискация`` a word no testimony uses; each finds nothing, and no
tier of ``match_tiers`` relates it to what the vault holds (задержали, конфисковали). A word
the vault holds one letter away (one left out, added, changed, or two swapped) is suggested
first, as what begins so (``задержали*``): the index is walked from the longest beginning of
the typed word it holds, one FTS5 look-up per letter that may come next there, so a word costs
a few dozen look-ups at most. Failing that, the longest beginning of the word, of at least
``MIN_SUGGESTED_LETTERS`` letters, that some record's folded words begin with is suggested
(``конфиск*``). Either is given in the query as typed with that word replaced, for the user to
run or refine; each beginning costs one look-up that stops at the first match.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.search.fts5_rendering import fts5_string, term_words
from desktop_app.core.search.prefix_folding import fold_prefix
from desktop_app.core.search.query import SearchQuery, Term
from desktop_app.core.search.query_notes import NoteCode, QueryNote
from desktop_app.core.search.word_forms import stem_prefixes, whole_forms

MIN_SUGGESTED_LETTERS = 5
"""Letters a suggested beginning keeps: shorter ones begin too many unrelated words."""

_FOLDED = "{folded names}"
_EXACT = "{title body}"

Finds = Callable[[str], bool]
"""Whether an FTS5 MATCH expression matches a record the query's filters let through."""


_RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_NEAREST_LETTERS = 5
"""Letters a typed word needs for a word one letter away to be close to it."""
_MIN_HELD_BEGINNING = 3


def _exact_finds(finds: Finds, word: str, *, is_prefix: bool = False) -> bool:
    return finds(f"{_EXACT} : {fts5_string([word])}{' *' if is_prefix else ''}")


def _is_lost(term: Term, finds: Finds) -> bool:
    """True if a plain word finds nothing on its own, folded or in another form of it."""
    folded = term_words(term, folded=True)
    if len(folded) != 1 or finds(f"{_FOLDED} : {fts5_string(folded)}"):
        return False
    return not (
        any(_exact_finds(finds, p, is_prefix=True) for p in stem_prefixes(term.text))
        or any(_exact_finds(finds, w) for w in whole_forms(term.text))
    )


def _found_beginning(word: str, finds: Finds) -> str:
    """The longest beginning of word, MIN_SUGGESTED_LETTERS letters or more and shorter than
    the word, that folded words of the vault begin with; '' if there is none."""
    for end in range(len(word) - 1, MIN_SUGGESTED_LETTERS - 1, -1):
        folded = fold_prefix(word[:end])
        if len(folded) != 1 or not finds(f"{_FOLDED} : {fts5_string(folded)} *"):
            continue
        # Letters that folding may still change do not count (kaltaklad is looked for as
        # kaltakla, since a dzh would make j of its d): the suggestion leaves them out.
        while end > MIN_SUGGESTED_LETTERS and fold_prefix(word[: end - 1]) == folded:
            end -= 1
        return word[:end]
    return ""


def _nearest_word(word: str, finds: Finds) -> str:
    """A word the records hold one edit away from word (a lowercase word of one alphabet),
    where the index stops holding word's beginning; '' if there is none."""
    if set(word) <= set(_RUSSIAN_LETTERS):
        letters = _RUSSIAN_LETTERS
    elif set(word) <= set(_LATIN_LETTERS):
        letters = _LATIN_LETTERS
    else:
        return ""
    held = len(word) - 1
    while held >= _MIN_HELD_BEGINNING and not _exact_finds(finds, word[:held], is_prefix=True):
        held -= 1
    if held < _MIN_HELD_BEGINNING:
        return ""
    # A typo is most often where the typed word leaves what the vault holds: try one edit there.
    start, rest = word[:held], word[held:]
    nexts = [c for c in letters if _exact_finds(finds, start + c, is_prefix=True)]
    candidates = [
        start + rest[1:],
        start + rest[1:2] + rest[:1] + rest[2:],
        *(start + c + rest[1:] for c in nexts),
        *(start + c + rest for c in nexts),
    ]
    return next((w for w in dict.fromkeys(candidates) if w != word and _exact_finds(finds, w)), "")


def prefix_suggestion(typed: str, query: SearchQuery, finds: Finds) -> QueryNote | None:
    """For a query that found nothing: a note suggesting, for its first word that finds nothing
    alone, the nearest word the records hold or else the longest beginning that finds
    something, typed with a *, and the typed query with that word so replaced
    (``QueryNote.query``); None if no word has either."""
    for group in query.required:
        if len(group.terms) != 1:
            continue
        term = group.terms[0]
        word = term.text
        if term.is_phrase or term.is_prefix or not word.isalpha():
            continue
        if len(word) < MIN_NEAREST_LETTERS or not _is_lost(term, finds):
            continue
        beginning = _nearest_word(word.casefold(), finds)
        if not beginning and len(word) > MIN_SUGGESTED_LETTERS:
            beginning = _found_beginning(word, finds)
        if not beginning:
            continue
        suggested, replaced = re.subn(
            rf"(?<!\S){re.escape(word)}(?!\S)", beginning + "*", typed, count=1
        )
        if replaced:
            return QueryNote(NoteCode.TRY_PREFIX, beginning + "*", query=suggested.strip())
    return None
