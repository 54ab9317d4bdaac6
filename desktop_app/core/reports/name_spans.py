"""How far a replaced name reaches in the text: the initials and patronymic beside its words
(see ``initials``, ``patronymics``), and whether they make it an abbreviated name."""

from __future__ import annotations

import re

from desktop_app.core.reports.initials import initials_in
from desktop_app.core.reports.name_text import (
    PATRONYMICS_AFTER,
    PATRONYMICS_BEFORE,
    WORD,
    Beside,
    Found,
)

# How far a spelling variant of a protected name part may stand from another word of hers and
# still be taken for her name: "Gulnara Bahodirovna Shamsutdinova" has her patronymic between.
VARIANT_REACH = 1  # words between


def with_initials(
    text: str, run: list[Found], first: int, after: int, span: tuple[int, int], beside: Beside
) -> tuple[int, int]:
    """Where the words run[first:after] start and end with the initials beside them, in a run
    of name words that spans span (start, end)."""
    start, end = span
    window_start = start if first == 0 else run[first - 1].end
    window_end = end if after == len(run) else run[after].start
    # A patronymic after another person's word is his (see with_patronymic).
    before = (beside.before if first == 0 else beside.initials_before).search(
        text, window_start, run[first].start
    )
    # Read to the end of text: an initial joined to the next word (A.Rakhimov) is its own.
    trailing = beside.after.match(text, run[after - 1].end)
    if trailing is None or trailing.end() > window_end:
        return (before.start() if before else run[first].start, run[after - 1].end)
    return (before.start() if before else run[first].start, trailing.end())


def with_patronymic(
    text: str, run: list[Found], index: int, start: int, end: int
) -> tuple[int, int]:
    """Where run[index] starts and ends with the patronymic that goes with it: the one after
    it ("Karimova Dilnoza Bahodirovna"), and the one before it only if no word of the run
    stands before (after another person's word, a patronymic is his)."""
    word = run[index]
    window_end = end if index == len(run) - 1 else run[index + 1].start
    trailing = PATRONYMICS_AFTER.match(text, word.end, window_end)
    leading = PATRONYMICS_BEFORE.search(text, start, word.start) if index == 0 else None
    last = trailing.end() if trailing else word.end
    return (leading.start() if leading else word.start), last


def is_abbreviated(text: str, words: list[Found], start: int, end: int) -> bool:
    """True if words, spanning start to end with the initials and patronymic beside them, are
    one name word with initials: "D. Oʻrinboyeva", "Оринбоева Д.", "Oʻrinboyeva Sh.",
    "karimova_d", where the initial stands for a name part that is not written, and her
    sister's may be. A patronymic stands for no name part of hers: "Dilnoza Bahodirovna" is no
    abbreviation."""
    if len(words) != 1:
        return False
    return any(
        initials_in(beside) for beside in (text[start : words[0].start], text[words[0].end : end])
    )


def near_occurrences(
    text: str, found: list[Found], index: int, joint: re.Pattern[str]
) -> list[tuple[Found, bool]]:
    """The occurrences within VARIANT_REACH words of found[index] on its line, each with
    whether it is adjacent (only what joint matches between: spaces, a hyphen, initials)."""
    occurrence = found[index]
    near = []
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(found):
            neighbour = found[other]
            first, last = (neighbour, occurrence) if step < 0 else (occurrence, neighbour)
            is_adjacent = bool(joint.fullmatch(text, first.end, last.start))
            is_near = (
                len(WORD.findall(text, first.end, last.start)) <= VARIANT_REACH
                and "\n" not in text[first.end : last.start]
            )
            if not (is_adjacent or is_near):
                break
            near.append((neighbour, is_adjacent))
            other += step
    return near
