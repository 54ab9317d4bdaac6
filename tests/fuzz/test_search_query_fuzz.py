"""Hostile search box input: parsing never raises and FTS5 always accepts what we render."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.search.folding import fold, fold_tokens
from desktop_app.core.search.fts5_rendering import fts5_excluded, fts5_match
from desktop_app.core.search.query import parse_query

# Pieces that mean something to our parser or to FTS5, glued together at random.
PIECES = [
    '"', "«", "»", "-", "--", "OR", "AND", "NOT", "NEAR", "NEAR(", "NEAR/3", "(", ")", "*", "^",
    ":", "{", "}", "+", ",", "'", "ʻ", " ", "  ", "\t", "\n", "\x00", "\ud800", "country:",
    "from:", "to:", "type:", "from:2010", "to:2013-06", "from:2010-13", "col:", "title:", "body",
    "folded", "Osh", "Аскаров", "o'", "Xoʻjand", "ь", "ъ", "2010", "Jalal-Abad", "é", "ﬁ",
]  # fmt: skip
HOSTILE = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=200)  # with surrogates
COLUMNS = (["title", "body"], ["folded"], [])

# What may stand outside double-quoted strings in a rendered expression (a * only after one:
# an excluded word typed with a * excludes its completions).
_STRING = re.compile(r'"(?:[^"]|"")*"( \*)?')
_PUNCTUATION = re.compile(r"[(){}:]")
_ALLOWED_OUTSIDE = {"AND", "OR", "NOT", "(", ")", ":", "{", "}", "title", "body", "folded"}


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlcipher3.Connection]:
    connection = sqlcipher3.connect(":memory:")  # no key: a plain SQLite with FTS5
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, folded, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection.execute(
        "INSERT INTO t VALUES (?, ?, ?)",
        ("Osh 2010", "Азимжан Аскаров Jalal-Abad", fold("Азимжан Аскаров Jalal-Abad")),
    )
    yield connection
    connection.close()


def check_rendering(connection: sqlcipher3.Connection, text: str) -> None:
    query = parse_query(text)
    for note in query.notes:
        assert note.message
    for columns in COLUMNS:
        for folded in (False, True):
            for expression in (
                fts5_match(query, folded=folded, columns=columns),
                fts5_excluded(query, folded=folded, columns=columns),
            ):
                if expression is None:
                    continue
                outside = _PUNCTUATION.sub(r" \g<0> ", _STRING.sub(" ", expression))
                assert set(outside.split()) <= _ALLOWED_OUTSIDE, expression
                connection.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,))


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(HOSTILE)
def test_hostile_query_parses_and_renders_valid_fts5(fts: sqlcipher3.Connection, text: str) -> None:
    check_rendering(fts, text)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ANY_TEXT)
def test_any_text_parses_and_renders_valid_fts5(fts: sqlcipher3.Connection, text: str) -> None:
    check_rendering(fts, text)


@given(ANY_TEXT)
def test_fold_accepts_any_text(text: str) -> None:
    assert fold(text) == " ".join(fold_tokens(text))


def test_a_huge_query_is_cut_not_refused(fts: sqlcipher3.Connection) -> None:
    check_rendering(fts, "Osh OR " * 10_000 + '"' * 1001 + "-" * 5000)
