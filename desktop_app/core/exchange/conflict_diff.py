"""What differs between the two versions of a conflicted record, word by word.

A conflict is resolved for the whole record, so a user choosing "mine" must see the sentence a
colleague corrected in a 20 KB narrative. Texts are compared by words, keeping every space and
line break, so the pieces of a difference rebuild each version exactly; lists (violation types,
victims) are compared item by item.

difflib's matcher is quadratic on long runs of similar words, so the time stays bounded by
narrowing first: the common beginning and end are set aside, the rest is matched sentence by
sentence, and only sentences that changed are matched word by word (a change too large for that
is one replaced passage).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

SAME, MINE, THEIRS = "same", "mine", "theirs"  # in both versions, only here, only in theirs
# as `git diff --word-diff` writes them: for a terminal; a window formats segments instead
MARKS = {MINE: ("[-", "-]"), THEIRS: ("{+", "+}")}

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")  # words, runs of white space, single signs
_SENTENCE_END = re.compile(r"[.!?…]$")
# Word matching costs up to len(a) * len(b) steps: ~1,000 words against 1,000 is under a second.
_MAX_WORD_PAIRS = 2_000_000
_CONTEXT_WORDS = 8  # around each change in a compact diff
SHORT_TEXT = 80  # characters on one line: both values are easier to read whole than as a diff


@dataclass(frozen=True)
class Piece:
    """A run of text (or one list item) in both versions, or only in one of them."""

    kind: str  # SAME, MINE or THEIRS
    text: str


@dataclass(frozen=True)
class FieldDifference:
    """One field whose value differs, as pieces from which either version can be rebuilt."""

    name: str
    is_list: bool  # pieces are whole items, not runs of text
    pieces: tuple[Piece, ...]

    @property
    def is_long_text(self) -> bool:
        """True for a text too long to read twice: it is shown as its changes in context."""
        texts = [version_text(self.pieces, side) for side in (MINE, THEIRS)]
        return not self.is_list and any(len(t) > SHORT_TEXT or "\n" in t for t in texts)

    @property
    def places(self) -> int:
        """How many separate places differ (a replaced passage counts once)."""
        return sum(1 for _ in changed_runs(self.pieces))


def text_difference(mine: str, theirs: str) -> tuple[Piece, ...]:
    """The words of mine and theirs as pieces: same, only in mine, only in theirs."""
    a, b = _TOKEN.findall(mine), _TOKEN.findall(theirs)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    pieces = [(SAME, a[:start])]
    pieces += _sentence_pieces(a[start : len(a) - end], b[start : len(b) - end])
    pieces.append((SAME, a[len(a) - end :]))
    return _joined(pieces)


def list_difference(mine: Sequence[Any], theirs: Sequence[Any]) -> tuple[Piece, ...]:
    """The items of two lists as pieces, one item each, in order."""
    a, b = [str(item) for item in mine], [str(item) for item in theirs]
    pieces = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces += [Piece(SAME, item) for item in a[i1:i2]]
            continue
        pieces += [Piece(MINE, item) for item in a[i1:i2]]
        pieces += [Piece(THEIRS, item) for item in b[j1:j2]]
    return tuple(pieces)


def field_differences(
    mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[FieldDifference, ...]:
    """Each field whose value differs between two versions of a record, in mine's order."""
    differences = []
    for name in [*mine, *(k for k in theirs if k not in mine)]:
        a, b = mine.get(name), theirs.get(name)
        if a == b:
            continue
        if isinstance(a, list | None) and isinstance(b, list | None):
            differences.append(FieldDifference(name, True, list_difference(a or [], b or [])))
        else:
            pieces = text_difference(_as_text(a), _as_text(b))
            differences.append(FieldDifference(name, False, pieces))
    return tuple(differences)


def version_text(pieces: Sequence[Piece], side: str) -> str:
    """The text of one side (MINE or THEIRS) rebuilt from a text difference's pieces."""
    return "".join(piece.text for piece in pieces if piece.kind in (SAME, side))


def changed_runs(pieces: Sequence[Piece]) -> Iterator[tuple[int, int]]:
    """(start, end) indexes of each run of pieces not in both versions."""
    start = None
    for index, piece in enumerate(pieces):
        if piece.kind != SAME and start is None:
            start = index
        elif piece.kind == SAME and start is not None:
            yield start, index
            start = None
    if start is not None:
        yield start, len(pieces)


@dataclass(frozen=True)
class Segment:
    """A run of one version's text as a view shows it: in both versions (SAME) or only in this
    one (the side's kind); change numbers the place of difference it begins, from 0."""

    kind: str
    text: str
    change: int | None = None


def side_segments(pieces: Sequence[Piece], side: str) -> tuple[Segment, ...]:
    """One side's (MINE or THEIRS) text as segments, no marks added: each place of difference
    begins a segment, an empty one where only the other side has text, so that a view can bring
    both versions to the same place."""
    starts = {start: number for number, (start, _end) in enumerate(changed_runs(pieces))}
    segments = []
    for index, piece in enumerate(pieces):
        change = starts.get(index)
        if piece.kind in (SAME, side):
            segments.append(Segment(piece.kind, piece.text, change))
        elif change is not None:
            segments.append(Segment(side, "", change))
    return tuple(segments)


def compact_word_diff(pieces: Sequence[Piece], context_words: int = _CONTEXT_WORDS) -> str:
    """The changes of a text difference as [-mine-]{+theirs+}, each with a few words around it;
    the unchanged stretches between them shortened to "…"."""
    keep = 2 * context_words  # words and the spaces between them
    parts = []
    for index, piece in enumerate(pieces):
        if piece.kind != SAME:
            before, after = MARKS[piece.kind]
            parts.append(f"{before}{piece.text}{after}")
            continue
        words = re.split(r"(\s+)", piece.text)
        head, tail = "".join(words[:keep]).rstrip(), "".join(words[-keep:]).lstrip()
        if index == 0:
            parts.append(piece.text if len(words) <= keep else "… " + tail)
        elif index == len(pieces) - 1:
            parts.append(piece.text if len(words) <= keep else head + " …")
        else:
            parts.append(piece.text if len(words) <= 2 * keep else head + " … " + tail)
    return "".join(parts)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        # a testimony's translations, language code -> text: one paragraph each
        return "\n\n".join(f"{key}: {text}" for key, text in sorted(value.items()))
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _sentences(tokens: list[str]) -> list[str]:
    """tokens grouped into sentences, each with the space after it (paragraphs end one too)."""
    sentences, start = [], 0
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.isspace() and ("\n" in token or _SENTENCE_END.search(tokens[index - 1])):
            sentences.append("".join(tokens[start : index + 1]))
            start = index + 1
    if start < len(tokens):
        sentences.append("".join(tokens[start:]))
    return sentences


def _sentence_pieces(a: list[str], b: list[str]) -> list[tuple[str, list[str]]]:
    if not a or not b or len(a) * len(b) <= _MAX_WORD_PAIRS:
        return _word_pieces(a, b)
    sa, sb = _sentences(a), _sentences(b)
    # Repeated sentences make matching by sentences quadratic too: those are set aside.
    autojunk = len(sa) * len(sb) > _MAX_WORD_PAIRS
    pieces: list[tuple[str, list[str]]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, sa, sb, autojunk=autojunk).get_opcodes():
        if tag == "equal":
            pieces.append((SAME, sa[i1:i2]))
            continue
        words_a, words_b = _TOKEN.findall("".join(sa[i1:i2])), _TOKEN.findall("".join(sb[j1:j2]))
        if len(words_a) * len(words_b) <= _MAX_WORD_PAIRS:
            pieces += _word_pieces(words_a, words_b)
        else:
            pieces += [(MINE, words_a), (THEIRS, words_b)]
    return pieces


def _word_pieces(a: list[str], b: list[str]) -> list[tuple[str, list[str]]]:
    pieces: list[tuple[str, list[str]]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append((SAME, a[i1:i2]))
        else:
            pieces += [(MINE, a[i1:i2]), (THEIRS, b[j1:j2])]
    return pieces


def _joined(pieces: list[tuple[str, list[str]]]) -> tuple[Piece, ...]:
    """The pieces as texts, runs of one kind merged and empty ones dropped."""
    merged: list[Piece] = []
    for kind, tokens in pieces:
        text = "".join(tokens)
        if not text:
            continue
        if merged and merged[-1].kind == kind:
            merged[-1] = Piece(kind, merged[-1].text + text)
        else:
            merged.append(Piece(kind, text))
    return tuple(merged)
