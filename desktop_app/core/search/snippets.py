"""Snippets: a few words of a record around what matched, each match marked [like this].

FTS5's own snippet() cannot mark a folded or fuzzy match (the words matched are not the words
shown), and the index keeps no copy of the text; so snippets are cut here, from the original
text in ``search_text``, for the page of results only. A word is marked if it is a query word
as typed (case and accents ignored, like the index) or if its folded form is one of the keys
the query was expanded to (folded words, spelling variants, inflected forms).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.search.folding import fold_tokens

SNIPPET_OPEN = "["
SNIPPET_CLOSE = "]"
ELLIPSIS = "…"
WINDOW = 12  # words, as FTS5's snippet() is usually asked for
LEAD = 3  # words shown before the first match

# A word as folding sees it: letters and digits, joined by inner apostrophes and hyphens
# (Xoʻjand, Jalal-Abad are one folded word).
_WORD = re.compile(r"[^\W_]+(?:['ʻʼ’‘`´′ʹ‐‑-][^\W_]+)*")
_TOKEN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Highlight:
    """The words a snippet marks: as typed (plain_word form) and as folded keys."""

    plain: frozenset[str] = frozenset()
    folded: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.plain or self.folded)


def plain_word(word: str) -> str:
    """A word as the unicode61 tokenizer compares it: case and diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _keys(word: str) -> tuple[frozenset[str], frozenset[str]]:
    # Narratives share most of their words, so one cache serves every snippet of a page.
    return frozenset(plain_word(t) for t in _TOKEN.findall(word)), frozenset(fold_tokens(word))


def _matches(word: str, highlight: Highlight) -> bool:
    plain, folded = _keys(word)
    return not (plain.isdisjoint(highlight.plain) and folded.isdisjoint(highlight.folded))


def _marked(word: str, highlight: Highlight) -> str:
    """The word with its matching parts marked: the parts that match by themselves
    (CANARY-[Ҷӯрабек]), else the whole word if only it matches (e.g. [Jalal-Abad])."""
    parts = list(_TOKEN.finditer(word))
    if len(parts) > 1:
        hits = [p for p in parts if _matches(p.group(), highlight)]
        if hits:
            out, position = [], 0
            for part in hits:
                out += [word[position : part.start()], SNIPPET_OPEN, part.group(), SNIPPET_CLOSE]
                position = part.end()
            return "".join(out) + word[position:]
    return f"{SNIPPET_OPEN}{word}{SNIPPET_CLOSE}"


def _cut(text: str, highlight: Highlight) -> str | None:
    """The window of text around its first match, marked; None if nothing matches."""
    words = list(_WORD.finditer(text))
    first = next((i for i, w in enumerate(words) if _matches(w.group(), highlight)), None)
    if first is None:
        return None
    start = max(0, first - LEAD)
    end = min(len(words), start + WINDOW)
    parts = [ELLIPSIS] if start > 0 else []
    position = words[start].start()
    for index in range(start, end):
        word = words[index].group()
        parts.append(text[position : words[index].start()])
        is_match = index == first or (index > first and _matches(word, highlight))
        parts.append(_marked(word, highlight) if is_match else word)
        position = words[index].end()
    parts.append(ELLIPSIS if end < len(words) else text[position:])
    return _SPACE.sub(" ", "".join(parts)).strip()


def _opening(text: str) -> str:
    words = list(_WORD.finditer(text))
    if len(words) <= WINDOW:
        return _SPACE.sub(" ", text).strip()
    return _SPACE.sub(" ", text[: words[WINDOW - 1].end()]).strip() + ELLIPSIS


def make_snippet(title: str, body: str, highlight: Highlight) -> str:
    """A dozen words of the title or else the body, around the first match, matches marked."""
    if highlight:
        for text in (title, body):
            cut = _cut(text, highlight)
            if cut is not None:
                return cut
    return _opening(title) if title.strip() else _opening(body)
