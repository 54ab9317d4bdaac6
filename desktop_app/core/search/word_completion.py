"""Which word of a query is still being typed, and whether it is long enough to be completed
(the prefix tier of ``match_tiers``): 3 letters or more, as typed and folded, or for a code
such as a case reference, 2 characters after its last hyphen (UZ-2026-00). A shorter word
begins too many words to read.
"""

from __future__ import annotations

from desktop_app.core.search.fts5_rendering import prefix_words, term_words
from desktop_app.core.search.query import SearchQuery, Term

MIN_TYPED_PREFIX = 3  # letters of a last word, as typed and folded, before it is completed


def _is_code(term: Term) -> bool:
    """True if term is written like a case reference: words and numbers joined (UZ-2026-00)."""
    return len(term_words(term)) > 1 and any(c.isdigit() for c in term.text)


def is_too_short_to_complete(term: Term) -> bool:
    """True if term, a word being typed, has too few letters, typed or folded, to be
    completed: the words beginning with it would be too many to read. The words before the
    last one of a code narrow its completions enough (UZ-2026-00: few references begin so)."""
    if _is_code(term):
        return not prefix_words(term)
    words = prefix_words(term, folded=True)
    return (
        not words
        or len(words[-1]) < MIN_TYPED_PREFIX
        or sum(c.isalpha() for c in term.text) < MIN_TYPED_PREFIX
    )


def typed_last(query: SearchQuery) -> Term | None:
    """The query's last word if it is still being typed (and has no * of its own)."""
    if not (query.ends_in_word and query.required):
        return None
    typed = query.required[-1].terms[-1]
    return None if typed.is_prefix else typed
