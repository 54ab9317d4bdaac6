"""Snippets: matches marked with characters no text holds, shown highlighted in the GUI and
as [brackets] in the CLI, while the text's own brackets stay text."""

from __future__ import annotations

import pytest

from desktop_app.core.search.folding import fold_tokens
from desktop_app.core.search.snippets import (
    SNIPPET_CLOSE,
    SNIPPET_OPEN,
    Highlight,
    bracketed_snippet,
    make_snippet,
    plain_snippet,
    snippet_marker,
    snippet_parts,
    typed_words,
)

NARRATIVE = (
    "Интервьюер: Что случилось? Свидетель: [неразборчиво] ... его увели [плачет]. "
    "Шамсутдинов был там. Примечание [1: см. протокол Andijon"
)


def snippet(
    title: str, body: str, *words: str, is_titled: bool = False, reference: str = ""
) -> str:
    """The snippet make_snippet cuts when the query was these words (as typed)."""
    plain = frozenset(t for w in words for t in typed_words(w))
    folded = frozenset(t for w in words for t in fold_tokens(w))
    marker = snippet_marker(Highlight(plain, folded))
    return make_snippet(title, body, marker, is_titled=is_titled, reference=reference)


def matches(marked: str) -> list[str]:
    return [text for text, is_match in snippet_parts(marked) if is_match]


def test_brackets_in_the_text_are_text_not_highlights() -> None:
    marked = snippet("", NARRATIVE, "неразборчиво")
    assert matches(marked) == ["неразборчиво"]
    assert "[неразборчиво] ... его увели [плачет]." in plain_snippet(marked)
    assert bracketed_snippet(marked).startswith(
        "…Что случилось? Свидетель: \\[[неразборчиво]\\] ... его увели \\[плачет\\]."
    )


def test_an_unclosed_bracket_in_the_text_highlights_nothing() -> None:
    marked = snippet("", NARRATIVE, "протокол")
    assert matches(marked) == ["протокол"]
    assert plain_snippet(marked).endswith("Примечание [1: см. протокол Andijon")
    assert bracketed_snippet(marked).endswith("Примечание \\[1: см. [протокол] Andijon")


def test_the_marks_cannot_come_from_the_text() -> None:
    forged = f"x {SNIPPET_OPEN}Andijan{SNIPPET_CLOSE} \x1b[31mred\x1b[0m Osh"
    marked = snippet("", forged, "Osh")
    assert matches(marked) == ["Osh"]
    assert plain_snippet(marked) == "…Andijan [31mred [0m Osh"  # ESC taken out


def test_a_backslash_in_the_text_is_escaped_in_the_bracketed_form() -> None:
    assert bracketed_snippet(f"a\\b [c] {SNIPPET_OPEN}d{SNIPPET_CLOSE}") == "a\\\\b \\[c\\] [d]"


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("G'ayrat Yo'ldoshev", "Yo'ldoshev", "G'ayrat [Yo'ldoshev]"),
        ("G'ayrat Yo'ldoshev", "G'ayrat", "[G'ayrat] Yo'ldoshev"),
        ("Sean O'Connor reported", "O'Connor", "Sean [O'Connor] reported"),
        ("Sean O’Connor reported", "O'Connor", "Sean [O’Connor] reported"),
        ("Yo'ldoshevni uch kun", "Yoʻldoshevni", "[Yo'ldoshevni] uch kun"),
        ("in Bazar-Korgon at night", "Korgon", "in Bazar-[Korgon] at night"),
    ],
)
def test_a_word_with_an_apostrophe_is_highlighted_whole(
    text: str, query: str, expected: str
) -> None:
    assert bracketed_snippet(snippet("", text, query)) == expected


def test_a_persons_name_comes_first_when_the_match_is_elsewhere() -> None:
    body = "\nWitness A\n\nLives in Andijan, fears reprisals"
    marked = snippet("Малика Турсунова", body, "Andijan", is_titled=True)
    assert bracketed_snippet(marked) == "Малика Турсунова: …A Lives in [Andijan], fears reprisals"
    assert bracketed_snippet(snippet("Малика Турсунова", body, "Малика", is_titled=True)) == (
        "[Малика] Турсунова"
    )
    assert snippet("", body, "Andijan", is_titled=True).startswith("…A Lives")


@pytest.mark.parametrize("mark", ["'", "ʻ", "’", "‘", "`", "ʼ"])
def test_a_word_with_an_apostrophe_marks_only_itself_not_a_word_sharing_its_start(
    mark: str,
) -> None:
    # Before: an ASCII query o'tirib marked "Ular [o]'zlarini" (its "o" taken for a word).
    text = "Ular o'zlarini tanishtirishdi. U o’tirib uxlagan."
    marked = snippet("", text, f"o{mark}tirib")
    assert bracketed_snippet(marked) == "…o'zlarini tanishtirishdi. U [o’tirib] uxlagan."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("o'z", ["o'z"]),
        ("o’z", ["o'z"]),
        ("oʻz", ["oʻz"]),
        ("ta`lim, Xoʻjand", ["ta'lim", "xoʻjand"]),
    ],
)
def test_typed_words_keep_a_word_an_apostrophe_joins_whole(text: str, expected: list[str]) -> None:
    assert typed_words(text) == expected


def test_a_case_reference_is_marked_only_where_typed() -> None:
    title = "UZ-2026-0001 Andijonda oʻzboshimchalik"
    reference = "UZ-2026-0001"
    # o'z folds to uz, as the reference's first part does: the reference is not a word.
    assert matches(snippet(title, "", "o'z", reference=reference)) == []
    assert matches(snippet(title, "", "uz", reference=reference)) == ["UZ"]
    assert matches(snippet(title, "", "ўз", "Andijonda", reference=reference)) == ["Andijonda"]
    assert matches(snippet(title, "", "o'z")) == ["UZ"]  # any other title folds as before
