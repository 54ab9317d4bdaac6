"""A way on for a query that finds nothing: the beginning of a word that finds something.

``kaltakladi`` is a form no testimony holds, ``конфискация`` a word none uses, ``задержли`` a
typo; each finds nothing, and no tier of ``match_tiers`` relates it to what the vault holds
(kaltaklashdi, конфисковали, задержали). Their beginnings do: the longest beginning of such a
word, of at least ``MIN_SUGGESTED_LETTERS`` letters, that some record's folded words begin
with is suggested as a prefix query (``kaltakla*``), in the query as typed with that word
replaced, for the user to run or refine. Each beginning costs one FTS5 prefix look-up that
stops at the first match, so a word of 12 letters costs 8 at most.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.search.prefix_folding import fold_prefix
from desktop_app.core.search.query import (
    NoteCode,
    QueryNote,
    SearchQuery,
    Term,
    fts5_string,
    term_words,
)
from desktop_app.core.search.word_forms import stem_prefixes

MIN_SUGGESTED_LETTERS = 5
"""Letters a suggested beginning keeps: shorter ones begin too many unrelated words."""

_FOLDED = "{folded names}"
_EXACT = "{title body}"

Finds = Callable[[str], bool]
"""Whether an FTS5 MATCH expression matches a record the query's filters let through."""


def _is_lost(term: Term, finds: Finds) -> bool:
    """True if a plain word finds nothing on its own, folded or in another form of it."""
    folded = term_words(term, folded=True)
    if len(folded) != 1 or finds(f"{_FOLDED} : {fts5_string(folded)}"):
        return False
    return not any(finds(f"{_EXACT} : {fts5_string([p])} *") for p in stem_prefixes(term.text))


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


def prefix_suggestion(typed: str, query: SearchQuery, finds: Finds) -> QueryNote | None:
    """For a query that found nothing: a note suggesting the longest beginning that finds
    something of its first word that finds nothing alone, typed with a *, and the typed query
    with that word so replaced (``QueryNote.query``); None if no word has one."""
    for group in query.required:
        if len(group.terms) != 1:
            continue
        term = group.terms[0]
        word = term.text
        if term.is_phrase or term.is_prefix or not word.isalpha():
            continue
        if len(word) <= MIN_SUGGESTED_LETTERS or not _is_lost(term, finds):
            continue
        beginning = _found_beginning(word, finds)
        if not beginning:
            continue
        suggested, replaced = re.subn(
            rf"(?<!\S){re.escape(word)}(?!\S)", beginning + "*", typed, count=1
        )
        if replaced:
            return QueryNote(NoteCode.TRY_PREFIX, beginning + "*", query=suggested.strip())
    return None
