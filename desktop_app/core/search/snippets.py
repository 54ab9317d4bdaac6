"""Snippets: a few words of a record around what matched, each match marked.

FTS5's own snippet() cannot mark a folded or fuzzy match (the words matched are not the words
shown), and the index keeps no copy of the text; so snippets are cut here, from the original
text in ``search_text``, for the page of results only. A word is marked if it is a query word
as typed (case and accents ignored, like the index), if its folded form is one of the keys
the query was expanded to (folded words, spelling variants, inflected forms) or if it begins
with a folded prefix the query was completed from (Shamsut* marks Shamsutdinova). A word an
apostrophe joins (o'tirib, oʻtirib, o’tirib alike) is one word, marked whole: as typed if it or
one of its parts was typed alone (``typed_words``: a query for o'tirib holds "o" only as a
part, so it does not mark o'zlarini). A case reference is a code, not a word: it is marked
only where typed as written (``o'z`` is read ``uz`` but does not mark UZ-2026-0001).

The marks are the control characters ``SNIPPET_OPEN`` and ``SNIPPET_CLOSE``, which are taken
out of the text first (with every other control character), so brackets in a narrative
("[неразборчиво]", "[1: см. протокол") stay text. ``snippet_parts`` splits a snippet for
display (the GUI highlights), ``bracketed_snippet`` writes it with [brackets] and escapes the
text's own (the CLI), ``plain_snippet`` drops the marks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.search.folding import APOSTROPHES, index_tokens

SNIPPET_OPEN = "\x02"  # START OF TEXT
SNIPPET_CLOSE = "\x03"  # END OF TEXT
ELLIPSIS = "…"
WINDOW = 12  # words, as FTS5's snippet() is usually asked for
LEAD = 3  # words shown before the first match

# A word as folding sees it: letters and digits, joined by inner apostrophes and hyphens
# (Xoʻjand, Jalal-Abad are one folded word); a piece of it is what lies between hyphens, a
# hyphen's parts being marked alone (Bazar-[Korgon]) and an apostrophe's never (o'[tirib]).
_JOINED_BY_APOSTROPHE = rf"[^\W_]+(?:['{APOSTROPHES}][^\W_]+)*"
_WORD = re.compile(rf"{_JOINED_BY_APOSTROPHE}(?:[‐‑-]{_JOINED_BY_APOSTROPHE})*")
_PIECE = re.compile(_JOINED_BY_APOSTROPHE)
_TOKEN = re.compile(r"[^\W_]+")
# Control characters that str.split() would not take for white space: the marks, and what
# else has no business in a snippet (a terminal's ESC, NUL).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


@dataclass(frozen=True)
class Highlight:
    """The words a snippet marks: as typed (``typed_words``), as folded keys, and the folded
    words beginning with a prefix."""

    plain: frozenset[str] = frozenset()
    folded: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.plain or self.folded or self.prefixes)

    def matches(self, plain: frozenset[str], folded: frozenset[str]) -> bool:
        """True if a word with these plain and folded keys is to be marked."""
        if not (plain.isdisjoint(self.plain) and folded.isdisjoint(self.folded)):
            return True
        if self.prefixes:
            beginnings = tuple(self.prefixes)  # str.startswith takes a tuple: one C loop
            return any(key.startswith(beginnings) for key in folded)
        return False

    def as_typed(self) -> Highlight:
        """The words as typed only, without their folded readings."""
        return Highlight(plain=self.plain)


def plain_word(word: str) -> str:
    """A word as the unicode61 tokenizer compares it: case and diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typed_key(piece: str) -> str:
    return "'".join(plain_word(token) for token in _TOKEN.findall(piece))


def typed_words(text: str) -> list[str]:
    """The words of text as a snippet compares them with words typed: plain_word of each, a
    word an apostrophe joins as one, joined by ' (o'tirib, o’tirib, o`tirib are o'tirib;
    oʻtirib stays, its ʻ being a letter to the index), a hyphen's parts apart."""
    return [_typed_key(piece) for piece in _PIECE.findall(text)]


@lru_cache(maxsize=65536)
def _keys(word: str) -> tuple[frozenset[str], frozenset[str]]:
    # Narratives share most of their words, so one cache serves every page of results. As
    # typed: the word's pieces whole and each part alone (the index finds o'tirib for tirib,
    # splitting at the apostrophe). Folded as the index folds it, so a part of a hyphenated
    # word found folded is marked.
    tokens = _TOKEN.findall(word)
    plain = {plain_word(token) for token in tokens}
    if len(tokens) > 1:
        plain.update(typed_words(word))
    return frozenset(plain), frozenset(index_tokens(word))


def _matches(word: str, highlight: Highlight) -> bool:
    return highlight.matches(*_keys(word))


def _marked(word: str, highlight: Highlight) -> str:
    """The word with its matching pieces (between hyphens) marked: the pieces that match by
    themselves (CANARY-[Ҷӯрабек]), else the whole word if only it matches (e.g.
    [Jalal-Abad]) or if every piece does; an apostrophe never splits a mark ([Yo'ldoshev],
    [O'Connor], not [Yo]'ldoshev)."""
    parts = list(_PIECE.finditer(word))
    if len(parts) > 1:
        hits = [p for p in parts if _matches(p.group(), highlight)]
        if hits and len(hits) < len(parts) and not _keys(word)[1] <= highlight.folded:
            out, position = [], 0
            for part in hits:
                out += [word[position : part.start()], SNIPPET_OPEN, part.group(), SNIPPET_CLOSE]
                position = part.end()
            return "".join(out) + word[position:]
    return f"{SNIPPET_OPEN}{word}{SNIPPET_CLOSE}"


class _Marker:
    """Marks the matching words of whitespace-separated chunks ("(Аскарова)," → "([Аскарова]),"),
    remembering each chunk's answer across the snippets of one page."""

    def __init__(self, highlight: Highlight) -> None:
        self.highlight = highlight
        self.seen: set[str] = set()
        self.marked: dict[str, str] = {}  # the seen chunks that match, marked
        self._as_typed: _Marker | None = None

    @property
    def as_typed(self) -> _Marker:
        """The marker of the words as typed only (for a case reference)."""
        if self._as_typed is None:
            self._as_typed = _Marker(self.highlight.as_typed())
        return self._as_typed

    def learn(self, chunks: set[str]) -> None:
        """Decide, once per page, which of these chunks match."""
        for chunk in chunks - self.seen:
            # Most chunks: one cached lookup and set operations, no regex.
            if not self.highlight.matches(*_keys(chunk)):
                continue
            marked = self._mark(chunk)
            if marked is not None:
                self.marked[chunk] = marked
        self.seen |= chunks

    def _mark(self, chunk: str) -> str | None:
        parts, position = [], 0
        for word in _WORD.finditer(chunk):
            if _matches(word.group(), self.highlight):
                parts += [chunk[position : word.start()], _marked(word.group(), self.highlight)]
                position = word.end()
        return "".join(parts) + chunk[position:] if parts else None


def _first_match(chunks: list[str], marker: _Marker) -> int | None:
    distinct = set(chunks)  # set operations and list.index run in C: 300 words cost little
    marker.learn(distinct)
    hits = distinct.intersection(marker.marked)
    return min(chunks.index(chunk) for chunk in hits) if hits else None


def _cut(chunks: list[str], marker: _Marker, as_typed: int = 0) -> str | None:
    """The window of chunks around the first match, marked, the first as_typed chunks (a
    case reference) only where typed; None if nothing matches."""
    lead = _first_match(chunks[:as_typed], marker.as_typed) if as_typed else None
    after = _first_match(chunks[as_typed:], marker)  # learnt even if the lead matches
    if lead is not None:
        first = lead
    elif after is not None:
        first = as_typed + after
    else:
        return None
    start = max(0, first - LEAD)
    end = min(len(chunks), start + WINDOW)
    window = [
        (marker.as_typed if i < as_typed else marker).marked.get(chunks[i], chunks[i])
        for i in range(start, end)
    ]
    return (ELLIPSIS if start else "") + " ".join(window) + (ELLIPSIS if end < len(chunks) else "")


def _words(text: str) -> list[str]:
    return (_CONTROL.sub(" ", text) if _CONTROL.search(text) else text).split()


def make_snippet(
    title: str,
    body: str,
    marker: _Marker | None,
    *,
    is_titled: bool = False,
    reference: str = "",
) -> str:
    """A dozen words of the title or else the body, around the first match, matches marked
    (whitespace shown as single spaces, control characters as spaces). With is_titled, a
    match in the body follows the title (a person's name: "Name: …words [match] words…").
    A reference the title begins with (a case's) is marked only where typed as written."""
    title_words = _words(title)
    if marker is not None:
        reference_words = _words(reference)
        is_referenced = title_words[: len(reference_words)] == reference_words
        cut = _cut(title_words, marker, len(reference_words) if is_referenced else 0)
        if cut is not None:
            return cut
        cut = _cut(_words(body), marker)
        if cut is not None:
            return f"{' '.join(title_words)}: {cut}" if is_titled and title_words else cut
    chunks = title_words or _words(body)
    return " ".join(chunks[:WINDOW]) + (ELLIPSIS if len(chunks) > WINDOW else "")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as pieces of text in order, each with whether it is a match."""
    first, *rest = snippet.split(SNIPPET_OPEN)
    parts = [(first, False)]
    for piece in rest:
        match, _, after = piece.partition(SNIPPET_CLOSE)
        parts += [(match, True), (after, False)]
    return [(text, is_match) for text, is_match in parts if text]


def plain_snippet(snippet: str) -> str:
    """The snippet's text without the marks."""
    return snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")


_ESCAPE = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]"})


def bracketed_snippet(snippet: str) -> str:
    """The snippet with each match in [brackets], and a backslash before each bracket or
    backslash of the text itself: [Andijan] is a match, \\[неразборчиво\\] was typed."""
    return "".join(
        f"[{text.translate(_ESCAPE)}]" if is_match else text.translate(_ESCAPE)
        for text, is_match in snippet_parts(snippet)
    )


def snippet_marker(highlight: Highlight) -> _Marker | None:
    """What make_snippet marks matches with, for one page of results (None: nothing to mark)."""
    return _Marker(highlight) if highlight else None
