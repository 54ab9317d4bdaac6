"""The search box language, parsed into plain values.

    askarov "Bazar-Korgon" -Kyrgyz torture OR beating country:KG from:2010 to:2013-06

Words must all match; ``"a phrase"`` matches as a phrase; ``Andij*`` matches words beginning
with ``Andij``; ``-word`` (or ``NOT word``) must not match; ``a OR b`` matches either (OR
binds tighter than the implicit AND, as in web search); ``key:value`` filters on country,
type, status, from, to, role, sensitivity. ``title:Osh`` (a key the language does not know)
searches for ``Osh`` everywhere, with a note. Anything else, including FTS5 syntax
(``^ ( ) : NEAR AND``, a ``*`` not at the end of a word), is plain text.

Parsing never raises: what cannot be understood is dropped and explained in ``notes``
(``query_notes``), so the search box can show why a query found less than the user expected.
``fts5_rendering`` turns the parsed query into MATCH expressions that quote every user word.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.dates import date_bounds, normalize_partial_date
from desktop_app.core.errors import InvalidInput
from desktop_app.core.search.folding import TOKEN, drop_invisible
from desktop_app.core.search.query_notes import NoteCode, QueryNote

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32  # words and phrases together; bounds the work one query can ask of FTS5
_QUOTES = str.maketrans(dict.fromkeys("“”„«»″＂", '"'))
_KEY = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)


class FilterKey(StrEnum):
    """The ``key:`` words the query language knows."""

    COUNTRY = "country"
    TYPE = "type"
    STATUS = "status"
    FROM = "from"
    TO = "to"
    ROLE = "role"
    SENSITIVITY = "sensitivity"


_FILTER_KEYS = frozenset(FilterKey)


@dataclass(frozen=True)
class Term:
    """A word or a quoted phrase, as the user typed it."""

    text: str
    is_phrase: bool = False

    @property
    def is_prefix(self) -> bool:
        """True for a word typed with a * at its end (Andij*): words beginning with it match."""
        return not self.is_phrase and self.text.endswith("*")


@dataclass(frozen=True)
class AnyOf:
    """Terms joined by OR: the group matches when any of them does."""

    terms: tuple[Term, ...]


@dataclass(frozen=True)
class Filter:
    """``key:value``; values of one key are alternatives, excluded ones must not match."""

    key: FilterKey
    value: str
    is_excluded: bool = False


@dataclass(frozen=True)
class DayRange:
    """Inclusive first and last day; a partial date covers every day it may mean."""

    first: dt.date
    last: dt.date

    def overlaps(self, other: DayRange) -> bool:
        """True if some day lies in both ranges (so 2010 overlaps 2010-06 and 2010-06-13)."""
        return self.first <= other.last and other.first <= self.last


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: required groups, excluded terms, filters, a date window, notes."""

    required: tuple[AnyOf, ...] = ()
    excluded: tuple[Term, ...] = ()
    filters: tuple[Filter, ...] = ()
    period: DayRange | None = None
    notes: tuple[QueryNote, ...] = ()
    # True when the query ends in a word (not a phrase, exclusion, filter or operator): the
    # last term of the last required group, which a search-as-you-type box may still be typing.
    ends_in_word: bool = False

    @property
    def has_words(self) -> bool:
        """True if there is text to match (required or excluded), not only filters."""
        return bool(self.required or self.excluded)

    def values(self, key: FilterKey, *, excluded: bool = False) -> tuple[str, ...]:
        """The values given for key (or, with excluded=True, the -key: values)."""
        return tuple(f.value for f in self.filters if f.key is key and f.is_excluded == excluded)


def day_range(value: str) -> DayRange | None:
    """The days a partial date ('2010', '2010-06', '2010-06-13') covers; None if malformed."""
    try:
        bounds = date_bounds(normalize_partial_date(value))
    except (InvalidInput, ValueError):
        return None
    return DayRange(*bounds) if bounds else None


# --- lexing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    text: str
    is_phrase: bool
    is_negated: bool
    key: str = ""  # set for key:"quoted value"


def _lex(query: str) -> list[_Token]:
    """Split a query whose quotation marks are balanced into words and phrases."""
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        minus = i
        while i < n and query[i] == "-":
            i += 1
        is_negated = i > minus
        if i < n and query[i] == '"':
            close = query.index('"', i + 1)
            tokens.append(_Token(query[i + 1 : close], True, is_negated))
            i = close + 1
            continue
        word_start = i
        while i < n and not query[i].isspace() and query[i] != '"':
            i += 1
        word = query[word_start:i]
        key = _KEY.fullmatch(word)
        if key and not key.group(2) and i < n and query[i] == '"':  # key:"quoted value"
            close = query.index('"', i + 1)
            tokens.append(_Token(query[i + 1 : close], True, is_negated, key=key.group(1)))
            i = close + 1
        else:
            tokens.append(_Token(word, False, is_negated))
    return tokens


# --- parsing ------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # controls, lone surrogates


def _clean(text: str, notes: list[QueryNote]) -> str:
    if len(text) > MAX_QUERY_CHARS:
        notes.append(QueryNote(NoteCode.TRUNCATED))
        text = text[:MAX_QUERY_CHARS]
    # Invisible characters go as the index drops them: Andi<soft hyphen>jan is Andijan.
    query = _UNSAFE.sub(" ", unicodedata.normalize("NFC", drop_invisible(text)))
    query = query.translate(_QUOTES)
    if query.count('"') % 2:  # quotes pair left to right, so only the last can be alone
        last = query.rindex('"')
        query = query[:last] + " " + query[last + 1 :]
        notes.append(QueryNote(NoteCode.UNBALANCED_QUOTE))
    return query


def _filter_value(key: FilterKey, value: str) -> str:
    if key is FilterKey.COUNTRY:
        return value.strip().upper()
    return re.sub(r"[\s-]+", "_", value.strip().lower())  # "under review" → under_review


class _Parser:
    """Walks the tokens once, keeping what an OR or NOT is waiting for."""

    def __init__(self, notes: list[QueryNote]) -> None:
        self.notes = notes
        self.groups: list[list[Term]] = []
        self.excluded: list[Term] = []
        self.filters: list[Filter] = []
        self.dates: dict[FilterKey, DayRange] = {}
        self.pending_or = False  # an OR waits for the next positive term
        self.pending_not = False
        self.last_was_group = False
        self.term_count = 0
        self.ends_in_word = False  # the token fed last was a required word

    def feed(self, token: _Token) -> None:
        self.ends_in_word = False
        if not (token.is_phrase or token.is_negated) and token.text in ("OR", "AND", "NOT"):
            self._operator(token.text)
            return
        if not (token.is_phrase or token.text):  # a minus with nothing after it
            self.notes.append(QueryNote(NoteCode.DANGLING_OPERATOR, "-"))
            return
        if token.is_negated and self.pending_not:  # NOT -word: one negation, not two
            self.notes.append(QueryNote(NoteCode.DANGLING_OPERATOR, "NOT"))
        is_negated = token.is_negated or self.pending_not
        self.pending_not = False
        key, value = "", ""
        if token.key:
            key, value = token.key, token.text
        elif not token.is_phrase and (key_match := _KEY.fullmatch(token.text)):
            key, value = key_match.groups()
        if key.lower() in _FILTER_KEYS:
            self._drop_pending_or()
            self._filter(FilterKey(key.lower()), value, token, is_negated)
            return
        if token.key or (key and TOKEN.match(value)):
            # title:Andijan, place:"Bobur square": there is no such field, but the words are
            # what the user is after. (http://example.org, 10:30 stay plain text.)
            note = QueryNote(NoteCode.UNKNOWN_FIELD, f"{key}:")
            if note not in self.notes:
                self.notes.append(note)
            self._term(Term(value, token.is_phrase), is_negated)
            return
        self._term(Term(token.text, token.is_phrase), is_negated)

    def _operator(self, word: str) -> None:
        if word == "OR":
            if self.pending_or or not self.last_was_group:
                self.notes.append(QueryNote(NoteCode.DANGLING_OPERATOR, "OR"))
            else:
                self.pending_or = True
        elif word == "NOT":
            self._drop_pending_or()
            if self.pending_not:  # NOT NOT x: one negation (as --x is), and said so
                self.notes.append(QueryNote(NoteCode.DANGLING_OPERATOR, "NOT"))
            self.pending_not = True
        # AND is what words do anyway.

    def _drop_pending_or(self) -> None:
        if self.pending_or:
            self.notes.append(QueryNote(NoteCode.DANGLING_OPERATOR, "OR"))
            self.pending_or = False
        self.last_was_group = False

    def _term(self, term: Term, is_negated: bool) -> None:
        if not TOKEN.search(term.text):
            self.notes.append(QueryNote(NoteCode.NO_WORDS, term.text.strip() or '""'))
            return
        if self.term_count == MAX_TERMS and QueryNote(NoteCode.TRUNCATED) not in self.notes:
            self.notes.append(QueryNote(NoteCode.TRUNCATED))
        self.term_count += 1
        if self.term_count > MAX_TERMS:
            return
        if is_negated:
            self._drop_pending_or()
            self.excluded.append(term)
        elif self.pending_or:
            self.groups[-1].append(term)
            self.pending_or = False
        else:
            self.groups.append([term])
        self.last_was_group = not is_negated
        self.ends_in_word = not (is_negated or term.is_phrase)

    def _filter(self, key: FilterKey, value: str, token: _Token, is_negated: bool) -> None:
        typed = f"{key}:" + (f'"{value}"' if token.is_phrase else value)
        values = [value] if token.is_phrase else value.split(",")
        values = [v for v in values if v.strip()]
        if not values:
            self.notes.append(QueryNote(NoteCode.EMPTY_FILTER, typed))
        elif key in (FilterKey.FROM, FilterKey.TO):
            if is_negated:
                self.notes.append(QueryNote(NoteCode.DATE_NOT_EXCLUDABLE, typed))
            for v in values:
                days = day_range(v.strip())
                if days is None:
                    self.notes.append(QueryNote(NoteCode.BAD_DATE, f"{key}:{v}"))
                    continue
                if key in self.dates:
                    self.notes.append(QueryNote(NoteCode.REPEATED_DATE, f"{key}:"))
                self.dates[key] = days
        else:
            self.filters.extend(Filter(key, _filter_value(key, v), is_negated) for v in values)

    def finish(self) -> SearchQuery:
        if self.pending_or:
            self.notes.append(QueryNote(NoteCode.DANGLING_OPERATOR, "OR"))
        if self.pending_not:
            self.notes.append(QueryNote(NoteCode.DANGLING_OPERATOR, "NOT"))
        period = self._period()
        if self.excluded and not (self.groups or self.filters or period):
            # Listing every record but these would be a slow way to browse the vault;
            # more likely a word or a filter is still to be typed.
            typed = " ".join(f'-"{t.text}"' if t.is_phrase else f"-{t.text}" for t in self.excluded)
            self.notes.append(QueryNote(NoteCode.ONLY_EXCLUDED, typed))
        return SearchQuery(
            required=tuple(AnyOf(tuple(g)) for g in self.groups),
            excluded=tuple(self.excluded),
            filters=tuple(self.filters),
            period=period,
            notes=tuple(self.notes),
            ends_in_word=self.ends_in_word,
        )

    def _period(self) -> DayRange | None:
        start, end = self.dates.get(FilterKey.FROM), self.dates.get(FilterKey.TO)
        if start is None and end is None:
            return None
        first = start.first if start else dt.date.min
        last = end.last if end else dt.date.max
        if first > last:  # from:2013 to:2010 means the years between
            assert start is not None and end is not None
            self.notes.append(QueryNote(NoteCode.DATES_SWAPPED))
            first, last = end.first, start.last
        return DayRange(first, last)


def parse_query(text: str) -> SearchQuery:
    """Parse what the user typed; never raises, and explains anything ignored in notes."""
    notes: list[QueryNote] = []
    query = _clean(text, notes)
    parser = _Parser(notes)
    for token in _lex(query):
        parser.feed(token)
    return parser.finish()
