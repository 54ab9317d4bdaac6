"""The word-level difference of two versions of a conflicted record's fields."""

from __future__ import annotations

import time
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.exchange.conflict_diff import (
    MINE,
    SAME,
    THEIRS,
    Piece,
    Segment,
    changed_runs,
    compact_word_diff,
    field_differences,
    list_difference,
    side_segments,
    text_difference,
    version_text,
)

WORDS = st.sampled_from(["Свидетель", "witness", "ночью", "at", "night", ".", ",", " ", "\n\n"])
TEXTS = st.lists(WORDS, max_size=40).map("".join)


@given(TEXTS, TEXTS)
def test_the_pieces_rebuild_both_versions_exactly(mine: str, theirs: str) -> None:
    pieces = text_difference(mine, theirs)
    assert version_text(pieces, MINE) == mine
    assert version_text(pieces, THEIRS) == theirs
    assert all(piece.text for piece in pieces)
    kinds = [piece.kind for piece in pieces]
    assert not any(a == b for a, b in pairwise(kinds))  # runs are merged


@given(TEXTS)
def test_equal_texts_have_no_difference(text: str) -> None:
    assert all(piece.kind == SAME for piece in text_difference(text, text))
    assert field_differences({"narrative": text}, {"narrative": text}) == ()


@given(st.lists(WORDS, max_size=8), st.lists(WORDS, max_size=8))
def test_list_pieces_are_whole_items_that_rebuild_both_lists(mine, theirs) -> None:
    pieces = list_difference(mine, theirs)
    assert [p.text for p in pieces if p.kind != THEIRS] == mine
    assert [p.text for p in pieces if p.kind != MINE] == theirs


def test_one_changed_word_in_cyrillic_is_one_place() -> None:
    (difference,) = field_differences(
        {"narrative": "Его забрали ночью из дома.", "place": "Osh"},
        {"narrative": "Его забрали утром из дома.", "place": "Osh"},
    )
    assert difference.name == "narrative" and difference.places == 1
    assert difference.pieces == (
        Piece(SAME, "Его забрали "),
        Piece(MINE, "ночью"),
        Piece(THEIRS, "утром"),
        Piece(SAME, " из дома."),
    )


def test_violation_types_differ_item_by_item() -> None:
    (difference,) = field_differences(
        {"violation_types": ["arbitrary_detention", "torture"]},
        {"violation_types": ["arbitrary_detention", "enforced_disappearance"]},
    )
    assert difference.is_list and difference.places == 1
    assert [(p.kind, p.text) for p in difference.pieces] == [
        (SAME, "arbitrary_detention"),
        (MINE, "torture"),
        (THEIRS, "enforced_disappearance"),
    ]


def _narrative(sentences: int) -> str:
    return "".join(
        f"Свидетель {n} рассказал, что his neighbour was taken at night by police. "
        + ("\n\n" if n % 7 == 0 else "")
        for n in range(sentences)
    )


def test_a_200_kb_narrative_with_two_changes_is_compared_quickly() -> None:
    mine = _narrative(2_800)
    assert len(mine.encode()) > 200_000
    theirs = mine.replace("Свидетель 15 рассказал", "Свидетель 15 сказал").replace(
        "2700 рассказал, что his", "2700 рассказал, что her"
    )
    started = time.perf_counter()
    (difference,) = field_differences({"narrative": mine}, {"narrative": theirs})
    # Before narrowing, difflib took over two minutes on it (quadratic in its repeated words).
    assert time.perf_counter() - started < 2
    assert difference.places == 2
    assert [p.text for p in difference.pieces if p.kind != SAME] == [
        "рассказал",
        "сказал",
        "his",
        "her",
    ]


def test_a_200_kb_text_rewritten_throughout_is_compared_in_bounded_time() -> None:
    mine = _narrative(2_800)
    theirs = mine.replace("neighbour", "brother").replace("night", "dawn")
    started = time.perf_counter()
    pieces = text_difference(mine, theirs)
    assert time.perf_counter() - started < 5
    assert version_text(pieces, THEIRS) == theirs


def test_a_compact_diff_shows_the_change_with_a_few_words_around_it() -> None:
    mine = _narrative(300)
    theirs = mine.replace("Свидетель 150 рассказал", "Свидетель 150 подтвердил")
    compact = compact_word_diff(text_difference(mine, theirs))
    assert len(compact) < 300
    assert "Свидетель 150 [-рассказал-]{+подтвердил+}, что his neighbour" in compact
    assert compact.startswith("… ") and compact.endswith(" …")


@given(TEXTS, TEXTS)
def test_each_side_s_segments_are_its_text_unmarked_with_every_change_begun_once(
    mine: str, theirs: str
) -> None:
    pieces = text_difference(mine, theirs)
    places = len(list(changed_runs(pieces)))
    for side, text in ((MINE, mine), (THEIRS, theirs)):
        segments = side_segments(pieces, side)
        assert "".join(segment.text for segment in segments) == text
        assert {segment.kind for segment in segments} <= {SAME, side}
        changes = [segment.change for segment in segments if segment.change is not None]
        assert changes == list(range(places))  # so both sides can go to each place


def test_text_that_looks_like_marks_stays_the_user_s_text() -> None:
    mine = "Он написал {+x+} и [-y-] в протоколе."
    theirs = "Он написал {+x+} и [-y-] в заявлении."
    pieces = text_difference(mine, theirs)
    assert side_segments(pieces, MINE) == (
        Segment(SAME, "Он написал {+x+} и [-y-] в "),
        Segment(MINE, "протоколе", 0),
        Segment(SAME, "."),
    )
    assert side_segments(pieces, THEIRS)[1:3] == (
        Segment(THEIRS, "", 0),
        Segment(THEIRS, "заявлении"),
    )
