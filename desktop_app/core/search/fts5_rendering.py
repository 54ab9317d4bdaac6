"""A parsed query rendered as FTS5 MATCH expressions, safely.

Every user word becomes a double-quoted FTS5 string, so no input can reach FTS5 as syntax;
column names are checked against a plain identifier pattern. Words are rendered as typed (for
the columns that hold text as written) or folded (for those that hold ``folding.fold`` keys).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.core.search.folding import TOKEN, fold_tokens
from desktop_app.core.search.prefix_folding import fold_prefix
from desktop_app.core.search.query import SearchQuery, Term

# Folded letters a prefix needs (after folding cut it, see prefix_folding.fold_prefix): FTS5 reads
# the index of every word that begins with a prefix, and there are many that begin with "a".
MIN_PREFIX_LETTERS = 2

_COLUMN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def term_words(term: Term, *, folded: bool = False) -> list[str]:
    """The words of a term as the index holds them: as typed, or folded."""
    return fold_tokens(term.text) if folded else TOKEN.findall(term.text)


def prefix_words(term: Term, *, folded: bool = False) -> list[str]:
    """The words of a term whose last word is unfinished, as typed or folded, the last one
    what every completion of it begins with (``prefix_folding.fold_prefix``): FTS5 looks for it as a
    prefix. [] when that leaves fewer than MIN_PREFIX_LETTERS letters."""
    text = term.text.rstrip("*")  # what follows a * cannot change what the word folds to
    words = list(fold_prefix(text)) if folded else TOKEN.findall(text)
    if not words or len(words[-1]) < MIN_PREFIX_LETTERS:
        return []
    return words


def fts5_string(words: Sequence[str]) -> str:
    """Words as one double-quoted FTS5 string (a phrase if several); '' for no words."""
    return '"' + " ".join(words).replace('"', '""') + '"' if words else ""


def _phrase(term: Term, folded: bool, prefix: str, *, completes: bool = False) -> str:
    # e.g. "ь" folds to nothing; an empty phrase would match no row at all
    if completes and term.is_prefix and (words := prefix_words(term, folded=folded)):
        return f"{prefix}{fts5_string(words)} *"
    phrase = fts5_string(term_words(term, folded=folded))
    return prefix + phrase if phrase else ""


def _column_prefix(columns: Sequence[str]) -> str:
    for column in columns:
        if not _COLUMN.fullmatch(column):
            raise ValueError(f"not a column name: {column!r}")  # a programming error
    if not columns:
        return ""
    return f"{columns[0]} : " if len(columns) == 1 else "{" + " ".join(columns) + "} : "


def _any_of(terms: Sequence[Term], folded: bool, prefix: str, *, completes: bool = False) -> str:
    phrases = [p for p in (_phrase(t, folded, prefix, completes=completes) for t in terms) if p]
    if len(phrases) > 1:
        return "(" + " OR ".join(phrases) + ")"
    return phrases[0] if phrases else ""


def fts5_match(
    query: SearchQuery, *, folded: bool = False, columns: Sequence[str] = ()
) -> str | None:
    """A MATCH expression for the query's words in the given FTS5 columns (all if none).

    With folded=True every word is folded first, for the column that holds folded text. Every
    word is a double-quoted FTS5 string, so user input is never read as FTS5 syntax. None when
    there is no word to require: FTS5 cannot express "every row except", see fts5_excluded.
    Required words are whole words (``Andij*`` is ``Andij``: the search service ranks
    completions below them); excluded ones typed with a ``*`` exclude every completion.
    """
    prefix = _column_prefix(columns)
    groups = [g for g in (_any_of(group.terms, folded, prefix) for group in query.required) if g]
    if not groups:
        return None
    expression = " AND ".join(groups)
    excluded = _any_of(query.excluded, folded, prefix, completes=True)
    return f"({expression}) NOT {excluded}" if excluded else expression


def fts5_excluded(
    query: SearchQuery, *, folded: bool = False, columns: Sequence[str] = ()
) -> str | None:
    """A MATCH expression for rows holding any excluded word, or any completion of one typed
    with a ``*`` (for ``rowid NOT IN (...)`` when the query has only exclusions and filters);
    None if nothing is excluded."""
    return _any_of(query.excluded, folded, _column_prefix(columns), completes=True) or None
