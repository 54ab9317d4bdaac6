"""The search box language: parsing, notes on what was ignored, dates, FTS5 rendering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlcipher3

from desktop_app.core.search.folding import fold
from desktop_app.core.search.fts5_rendering import fts5_excluded, fts5_match, prefix_words
from desktop_app.core.search.query import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    AnyOf,
    DayRange,
    Filter,
    FilterKey,
    SearchQuery,
    Term,
    day_range,
    parse_query,
)
from desktop_app.core.search.query_notes import NoteCode


def words(query: SearchQuery) -> list[list[str]]:
    return [[t.text for t in group.terms] for group in query.required]


def codes(query: SearchQuery) -> list[NoteCode]:
    return [note.code for note in query.notes]


# --- words, phrases, exclusions, OR -------------------------------------------------------


def test_plain_words_are_all_required() -> None:
    query = parse_query("Askarov  torture\tOsh")
    assert words(query) == [["Askarov"], ["torture"], ["Osh"]]
    assert query.notes == ()


def test_quoted_phrase_is_one_term() -> None:
    query = parse_query('"Bazar Korgon" police')
    assert query.required[0] == AnyOf((Term("Bazar Korgon", is_phrase=True),))
    assert words(query) == [["Bazar Korgon"], ["police"]]


def test_russian_and_typographic_quotes_make_phrases_too() -> None:
    assert words(parse_query("«Базар-Коргон» “Jalal Abad”")) == [["Базар-Коргон"], ["Jalal Abad"]]


def test_minus_and_not_exclude() -> None:
    query = parse_query('Askarov -Kyrgyz NOT "Bazar Korgon"')
    assert words(query) == [["Askarov"]]
    assert query.excluded == (Term("Kyrgyz"), Term("Bazar Korgon", is_phrase=True))


def test_hyphen_inside_a_word_is_not_an_exclusion() -> None:
    assert words(parse_query("Jalal-Abad")) == [["Jalal-Abad"]]


def test_or_joins_neighbours_and_binds_tighter_than_and() -> None:
    query = parse_query('Askarov torture OR beating OR "ill treatment" Osh')
    assert words(query) == [["Askarov"], ["torture", "beating", "ill treatment"], ["Osh"]]


def test_lowercase_or_and_not_are_plain_words() -> None:
    assert words(parse_query("or and not")) == [["or"], ["and"], ["not"]]


def test_uppercase_and_is_the_default_and_is_dropped_silently() -> None:
    query = parse_query("Askarov AND Osh")
    assert words(query) == [["Askarov"], ["Osh"]]
    assert query.notes == ()


@pytest.mark.parametrize(
    ("text", "expected_words", "subject"),
    [
        ("OR Osh", [["Osh"]], "OR"),
        ("Osh OR", [["Osh"]], "OR"),
        ("Osh OR OR Uzgen", [["Osh", "Uzgen"]], "OR"),
        ("Osh -Uzgen OR Aravan", [["Osh"], ["Aravan"]], "OR"),
        ("Osh OR country:KG", [["Osh"]], "OR"),
        ("Osh NOT", [["Osh"]], "NOT"),
        ("Osh -", [["Osh"]], "-"),
    ],
)
def test_lone_operators_are_ignored_with_a_note(
    text: str, expected_words: list[list[str]], subject: str
) -> None:
    query = parse_query(text)
    assert words(query) == expected_words
    assert [(n.code, n.subject) for n in query.notes] == [(NoteCode.DANGLING_OPERATOR, subject)]


def test_unbalanced_quote_is_ignored_and_the_words_kept() -> None:
    query = parse_query('"Bazar Korgon police')
    assert words(query) == [["Bazar"], ["Korgon"], ["police"]]
    assert codes(query) == [NoteCode.UNBALANCED_QUOTE]
    assert query.notes[0].message == "a quotation mark has no partner and was ignored"


def test_only_the_last_of_an_odd_number_of_quotes_is_dropped() -> None:
    assert words(parse_query('"a b" c "d')) == [["a b"], ["c"], ["d"]]


@pytest.mark.parametrize("syntax", ["*", "^", "(", ")", ":", "+", "{}", '""', "**", "-*"])
def test_fts5_syntax_characters_alone_are_ignored_with_a_note(syntax: str) -> None:
    query = parse_query(f"Osh {syntax}")
    assert words(query) == [["Osh"]]
    assert query.excluded == ()
    assert codes(query) == [NoteCode.NO_WORDS]


def test_fts5_keywords_and_wildcards_inside_words_are_plain_text() -> None:
    query = parse_query("NEAR Askar* col:Osh ^start (x)")
    assert words(query) == [["NEAR"], ["Askar*"], ["Osh"], ["^start"], ["(x)"]]
    assert codes(query) == [NoteCode.UNKNOWN_FIELD]  # col: is no filter, nor an FTS5 column


def test_control_characters_are_spaces() -> None:
    assert words(parse_query("Osh\x00Uzgen\x1b")) == [["Osh"], ["Uzgen"]]


def test_invisible_characters_inside_a_word_are_dropped() -> None:
    # Soft hyphen, zero-width space, word joiner, byte order mark: pasted, never seen.
    query = parse_query("Andi\u00adjan Sham\u200bsut\u2060dinov \ufeffOsh")
    assert words(query) == [["Andijan"], ["Shamsutdinov"], ["Osh"]]
    assert query.notes == ()


def test_not_not_is_one_negation_with_a_note() -> None:
    query = parse_query("Osh NOT NOT Andijan NOT -Uzgen")
    assert words(query) == [["Osh"]]
    assert query.excluded == (Term("Andijan"), Term("Uzgen"))
    assert [(n.code, n.subject) for n in query.notes] == [
        (NoteCode.DANGLING_OPERATOR, "NOT"),
        (NoteCode.DANGLING_OPERATOR, "NOT"),
    ]


def test_exclusions_alone_say_they_need_a_word_or_a_filter() -> None:
    query = parse_query('-Andijan NOT "Bobur square"')
    assert [(n.code, n.subject) for n in query.notes] == [
        (NoteCode.ONLY_EXCLUDED, '-Andijan -"Bobur square"')
    ]
    assert query.notes[0].message == (
        '-Andijan -"Bobur square" only says what to leave out; add a word or a filter to '
        "search for, e.g. country:UZ"
    )
    for narrowed in ("-Andijan country:UZ", "-Andijan from:2005", "-Andijan Osh"):
        assert parse_query(narrowed).notes == (), narrowed


def test_too_many_words_are_cut_with_a_note() -> None:
    query = parse_query(" ".join(f"w{i}" for i in range(MAX_TERMS + 5)))
    assert len(query.required) == MAX_TERMS
    assert codes(query) == [NoteCode.TRUNCATED]


def test_too_long_query_is_cut_with_one_note() -> None:
    query = parse_query("Osh " + "x" * MAX_QUERY_CHARS + " " + "y " * MAX_TERMS)
    assert words(query) == [["Osh"], ["x" * (MAX_QUERY_CHARS - 4)]]
    assert codes(query) == [NoteCode.TRUNCATED]
    assert query.notes[0].message == "the query is too long; the end of it was ignored"


# --- filters ------------------------------------------------------------------------------


def test_every_filter_key_is_understood() -> None:
    query = parse_query(
        "country:kg type:torture status:open role:witness sensitivity:restricted Osh"
    )
    assert words(query) == [["Osh"]]
    assert query.filters == (
        Filter(FilterKey.COUNTRY, "KG"),
        Filter(FilterKey.TYPE, "torture"),
        Filter(FilterKey.STATUS, "open"),
        Filter(FilterKey.ROLE, "witness"),
        Filter(FilterKey.SENSITIVITY, "restricted"),
    )


def test_filter_values_become_vocabulary_codes() -> None:
    query = parse_query('Type:"Arbitrary Detention" status:under-review COUNTRY:uz')
    assert query.values(FilterKey.TYPE) == ("arbitrary_detention",)
    assert query.values(FilterKey.STATUS) == ("under_review",)
    assert query.values(FilterKey.COUNTRY) == ("UZ",)


def test_repeated_or_listed_values_are_alternatives() -> None:
    query = parse_query("country:KG,UZ country:TJ")
    assert query.values(FilterKey.COUNTRY) == ("KG", "UZ", "TJ")


def test_excluded_filter() -> None:
    query = parse_query("-status:closed NOT country:KZ")
    assert query.values(FilterKey.STATUS, excluded=True) == ("closed",)
    assert query.values(FilterKey.COUNTRY, excluded=True) == ("KZ",)
    assert query.values(FilterKey.STATUS) == ()


def test_unknown_field_searches_its_words_everywhere_with_a_note() -> None:
    query = parse_query('title:Andijan place:"Kara Suu" -village:Nariman Title:Osh')
    assert query.required == (
        AnyOf((Term("Andijan"),)),
        AnyOf((Term("Kara Suu", is_phrase=True),)),
        AnyOf((Term("Osh"),)),
    )
    assert query.excluded == (Term("Nariman"),)
    assert query.filters == ()
    assert [n.subject for n in query.notes] == ["title:", "place:", "village:", "Title:"]
    assert codes(query) == [NoteCode.UNKNOWN_FIELD] * 4
    assert query.notes[0].message.startswith("title: is not a filter (they are country: ")


def test_a_colon_not_followed_by_a_word_is_plain_text() -> None:
    query = parse_query("http://example.org 10:30 Note:")
    assert words(query) == [["http://example.org"], ["10:30"], ["Note:"]]
    assert query.notes == ()


def test_empty_filter_is_ignored_with_a_note() -> None:
    query = parse_query("country: Osh")
    assert words(query) == [["Osh"]]
    assert codes(query) == [NoteCode.EMPTY_FILTER]
    assert query.notes[0].message.startswith("country: needs a value")


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2010", dt.date(2010, 1, 1), dt.date(2010, 12, 31)),
        ("2010-06", dt.date(2010, 6, 1), dt.date(2010, 6, 30)),
        ("2012-02", dt.date(2012, 2, 1), dt.date(2012, 2, 29)),
        ("2010-06-13", dt.date(2010, 6, 13), dt.date(2010, 6, 13)),
    ],
)
def test_partial_date_covers_every_day_it_may_mean(
    value: str, first: dt.date, last: dt.date
) -> None:
    assert day_range(value) == DayRange(first, last)


@pytest.mark.parametrize("value", ["", "10", "2010-13", "2010-02-30", "2010-6", "June 2010"])
def test_malformed_partial_date_has_no_range(value: str) -> None:
    assert day_range(value) is None


def test_year_only_date_overlaps_every_month_of_that_year() -> None:
    year = day_range("2010")
    assert year is not None
    for month in range(1, 13):
        month_range = day_range(f"2010-{month:02d}")
        assert month_range is not None
        assert year.overlaps(month_range) and month_range.overlaps(year)
    other_year = day_range("2011-01")
    assert other_year is not None and not year.overlaps(other_year)


def test_from_and_to_make_an_inclusive_period() -> None:
    query = parse_query("from:2010 to:2013-06")
    assert query.period == DayRange(dt.date(2010, 1, 1), dt.date(2013, 6, 30))
    event_in_june_2013 = day_range("2013-06")
    event_in_2009 = day_range("2009")
    assert event_in_june_2013 is not None and event_in_2009 is not None
    assert query.period.overlaps(event_in_june_2013)
    assert not query.period.overlaps(event_in_2009)


def test_open_ended_periods() -> None:
    assert parse_query("from:2010-06").period == DayRange(dt.date(2010, 6, 1), dt.date.max)
    assert parse_query("to:2010").period == DayRange(dt.date.min, dt.date(2010, 12, 31))
    assert parse_query("Osh").period is None


def test_dates_given_the_wrong_way_round_are_swapped_with_a_note() -> None:
    query = parse_query("from:2013 to:2010")
    assert query.period == DayRange(dt.date(2010, 1, 1), dt.date(2013, 12, 31))
    assert codes(query) == [NoteCode.DATES_SWAPPED]


def test_bad_date_is_ignored_with_a_note() -> None:
    query = parse_query("from:yesterday to:2010-13 Osh")
    assert query.period is None
    assert words(query) == [["Osh"]]
    assert codes(query) == [NoteCode.BAD_DATE, NoteCode.BAD_DATE]
    assert "YYYY-MM-DD" in query.notes[0].message


def test_repeated_date_uses_the_last_with_a_note() -> None:
    query = parse_query("from:2009 from:2010")
    assert query.period == DayRange(dt.date(2010, 1, 1), dt.date.max)
    assert codes(query) == [NoteCode.REPEATED_DATE]


def test_excluded_date_is_used_as_a_limit_with_a_note() -> None:
    query = parse_query("-from:2010")
    assert query.period == DayRange(dt.date(2010, 1, 1), dt.date.max)
    assert codes(query) == [NoteCode.DATE_NOT_EXCLUDABLE]


# --- rendering ----------------------------------------------------------------------------


def test_match_expression_quotes_every_word() -> None:
    query = parse_query('Askarov "Bazar-Korgon" torture OR beating -Kyrgyz country:KG')
    assert fts5_match(query) == (
        '("Askarov" AND "Bazar Korgon" AND ("torture" OR "beating")) NOT "Kyrgyz"'
    )


def test_folded_match_expression_folds_each_word() -> None:
    query = parse_query("Азимжан Аскаров -Джалал-Абад")
    assert fts5_match(query, folded=True, columns=["folded"]) == (
        '(folded : "azimjan" AND folded : "askarov") NOT folded : "jalalabad"'
    )


def test_columns_are_named_once_per_phrase() -> None:
    query = parse_query("Osh OR Uzgen")
    assert fts5_match(query, columns=["title", "body"]) == (
        '({title body} : "Osh" OR {title body} : "Uzgen")'
    )


def test_a_column_name_that_is_not_an_identifier_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        fts5_match(parse_query("Osh"), columns=['body" OR "x'])


def test_query_without_required_words_has_no_match_expression() -> None:
    query = parse_query("-Kyrgyz -Uzbek country:KG")
    assert fts5_match(query) is None
    assert fts5_excluded(query) == '("Kyrgyz" OR "Uzbek")'
    assert fts5_excluded(parse_query("Osh")) is None


def test_word_that_folds_to_nothing_is_left_out_of_the_folded_expression() -> None:
    query = parse_query("Osh ь")
    assert fts5_match(query) == '"Osh" AND "ь"'
    assert fts5_match(query, folded=True) == '"osh"'


def test_quote_inside_a_term_cannot_end_the_fts5_string() -> None:
    query = SearchQuery(required=(AnyOf((Term('a" OR "b'),)),))
    assert fts5_match(query) == '"a OR b"'


# --- against a real FTS5 table ------------------------------------------------------------

DOCUMENTS = {
    1: "Азимжан Аскаров был задержан в Базар-Коргоне",
    2: "Azimjan Askarov was beaten in Bazar-Korgon",
    3: "Guvoh Andijon shahrida hibsga olindi",
    4: "A witness in Osh described torture",
    5: "Askar Azimov, a neighbour, was not detained",
}


@pytest.fixture
def fts() -> Iterator[sqlcipher3.Connection]:
    """An in-memory FTS5 table shaped like the vault's: original text and its folded form."""
    connection = sqlcipher3.connect(":memory:")  # no key: a plain SQLite with FTS5
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, folded, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for rowid, text in DOCUMENTS.items():
        connection.execute(
            "INSERT INTO t (rowid, body, folded) VALUES (?, ?, ?)", (rowid, text, fold(text))
        )
    yield connection
    connection.close()


def search(connection: sqlcipher3.Connection, text: str) -> set[int]:
    query = parse_query(text)
    expressions = [
        fts5_match(query, columns=["body"]),
        fts5_match(query, folded=True, columns=["folded"]),
    ]
    found: set[int] = set()
    for expression in filter(None, expressions):
        rows = connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,))
        found.update(rowid for (rowid,) in rows)
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Askarov", {1, 2}),
        ("Аскаров", {1, 2}),
        ("Azimzhan Askarov", {1, 2}),
        ('"Azimjan Askarov"', {1, 2}),
        ("Bazar-Korgon", {2}),  # Russian inflects it: Базар-Коргоне is another word
        ("Askarov -beaten", {1}),
        ("Andijan OR Osh", {3, 4}),
        ("Askar", {5}),
        ("torture*", {4}),
        ("NEAR(Osh torture)", set()),  # plain words: "near" is in no document
        ('"unclosed Osh', set()),
    ],
)
def test_queries_find_the_right_documents(
    fts: sqlcipher3.Connection, text: str, expected: set[int]
) -> None:
    assert search(fts, text) == expected


def test_excluded_only_query_runs_as_not_in(fts: sqlcipher3.Connection) -> None:
    query = parse_query("-Askarov -Andijan")
    expression = fts5_excluded(query, folded=True, columns=["folded"])
    rows = fts.execute(
        "SELECT rowid FROM t WHERE rowid NOT IN (SELECT rowid FROM t WHERE t MATCH ?)",
        (expression,),
    )
    assert {rowid for (rowid,) in rows} == {4, 5}


# --- words being typed and words with a * -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Askarov Sham", True),
        ("Sham", True),
        ("title:Sham", True),  # the words of an unknown field are searched
        ("torture OR beat", True),
        ("Sham ", True),  # the search box strips what it sends; a space says nothing
        ('"Bazar Korg"', False),  # a phrase is matched as typed
        ("Andijan -Sham", False),
        ("Sham country:UZ", False),
        ("Sham OR", False),
        ("Sham *", False),
    ],
)
def test_a_query_ends_in_a_word_when_its_last_token_is_one(text: str, expected: bool) -> None:
    assert parse_query(text).ends_in_word is expected


def test_a_star_at_the_end_of_a_word_asks_for_its_completions() -> None:
    (shams,), (andij,) = (group.terms for group in parse_query("Shams* Andij").required)
    assert shams.is_prefix and not andij.is_prefix
    assert not Term("Bazar Korg*", is_phrase=True).is_prefix
    assert prefix_words(shams, folded=True) == ["shams"]
    assert prefix_words(Term("Shamsut*"), folded=True) == ["shamsu"]
    assert prefix_words(Term("A*"), folded=True) == []  # too short to complete


def test_required_words_with_a_star_are_rendered_whole_and_excluded_ones_completed() -> None:
    query = parse_query("Andij* -Shams*")
    assert fts5_match(query, folded=True) == '("andij") NOT "shams" *'
    assert fts5_excluded(query) == '"Shams" *'


def test_an_excluded_word_with_a_star_excludes_its_completions(
    fts: sqlcipher3.Connection,
) -> None:
    expression = fts5_excluded(parse_query("-Askar*"), folded=True, columns=["folded"])
    rows = fts.execute(
        "SELECT rowid FROM t WHERE rowid NOT IN (SELECT rowid FROM t WHERE t MATCH ?)",
        (expression,),
    )
    assert {rowid for (rowid,) in rows} == {3, 4}
