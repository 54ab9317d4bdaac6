"""The search box language, parsed into plain values, and its safe FTS5 rendering.

    askarov "Bazar-Korgon" -Kyrgyz torture OR beating country:KG from:2010 to:2013-06

Words must all match; ``"a phrase"`` matches as a phrase; ``Andij*`` matches words beginning
with ``Andij``; ``-word`` (or ``NOT word``) must not match; ``a OR b`` matches either (OR
binds tighter than the implicit AND, as in web search); ``key:value`` filters on country,
type, status, from, to, role, sensitivity. ``title:Osh`` (a key the language does not know)
searches for ``Osh`` everywhere, with a note. Anything else, including FTS5 syntax
(``^ ( ) : NEAR AND``, a ``*`` not at the end of a word), is plain text.

Parsing never raises: what cannot be understood is dropped and explained in ``notes``, so the
search box can show why a query found less than the user expected. The rendered MATCH
expressions quote every user word, so no input can reach FTS5 as syntax.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.dates import date_bounds, normalize_partial_date
from desktop_app.core.errors import InvalidInput
from desktop_app.core.search.folding import drop_invisible, fold_tokens
from desktop_app.core.search.prefix_folding import fold_prefix

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32  # words and phrases together; bounds the work one query can ask of FTS5
# Folded letters a prefix needs (after folding cut it, see prefix_folding.fold_prefix): FTS5 reads
# the index of every word that begins with a prefix, and there are many that begin with "a".
MIN_PREFIX_LETTERS = 2

_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps as a word
_COLUMN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
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


class NoteCode(StrEnum):
    """Why part of a query was ignored or changed; the GUI shows a translated text per code."""

    UNBALANCED_QUOTE = "unbalanced_quote"
    DANGLING_OPERATOR = "dangling_operator"
    NO_WORDS = "no_words"
    EMPTY_FILTER = "empty_filter"
    BAD_DATE = "bad_date"
    REPEATED_DATE = "repeated_date"
    DATES_SWAPPED = "dates_swapped"
    DATE_NOT_EXCLUDABLE = "date_not_excludable"
    TRUNCATED = "truncated"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_FIELD = "unknown_field"
    ONLY_EXCLUDED = "only_excluded"
    TOO_SHORT = "too_short"
    NOT_YET_USED = "not_yet_used"
    PATRONYMIC_LEFT_OUT = "patronymic_left_out"
    PATRONYMIC_OPTIONAL = "patronymic_optional"
    OTHER_FORMS = "other_forms"
    TRY_PREFIX = "try_prefix"


_MESSAGES = {
    NoteCode.UNBALANCED_QUOTE: "a quotation mark has no partner and was ignored",
    NoteCode.DANGLING_OPERATOR: "{} needs a word to act on and was ignored",
    NoteCode.NO_WORDS: "{} has no letters or digits to search for and was ignored",
    NoteCode.EMPTY_FILTER: "{} needs a value, e.g. country:KG; it was ignored",
    NoteCode.BAD_DATE: "{} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) and was ignored",
    NoteCode.REPEATED_DATE: "{} is given more than once; the last one is used",
    NoteCode.DATES_SWAPPED: "from: is later than to:; the two were swapped",
    NoteCode.DATE_NOT_EXCLUDABLE: "{} cannot be excluded; it was used as a date limit",
    NoteCode.TRUNCATED: "the query is too long; the end of it was ignored",
    NoteCode.UNKNOWN_VALUE: "{} is not a known value, so nothing matches it",
    NoteCode.UNKNOWN_FIELD: (
        "{} is not a filter (they are country: type: status: role: sensitivity: from: to:); "
        "the words after it were searched for everywhere"
    ),
    NoteCode.ONLY_EXCLUDED: (
        "{} only says what to leave out; add a word or a filter to search for, e.g. country:UZ"
    ),
    NoteCode.TOO_SHORT: (
        "{} was searched for as a whole word only: it is too short to find the words beginning "
        "with it"
    ),
    NoteCode.NOT_YET_USED: (
        "{} is too short to complete yet: records holding it as a whole word come first, then "
        "those the words before it find"
    ),
    NoteCode.PATRONYMIC_LEFT_OUT: (
        "nothing was found with {}, which looks like a patronymic (records often leave them "
        "out); the other words were searched for"
    ),
    NoteCode.PATRONYMIC_OPTIONAL: (
        "{} looks like a patronymic: records holding it come first, then those with the other "
        "words and no patronymic, then persons with another patronymic"
    ),
    NoteCode.OTHER_FORMS: (
        "other forms (words with the same stem) were also searched for: {}; records found only "
        "so come last"
    ),
    NoteCode.TRY_PREFIX: "nothing was found as typed; try {} to find the words beginning so",
}


@dataclass(frozen=True)
class QueryNote:
    """Something in the query that was ignored or changed, and the text it is about."""

    code: NoteCode
    subject: str = ""
    # For a suggestion (TRY_PREFIX): the query to run instead, as the user would type it.
    query: str = ""

    @property
    def message(self) -> str:
        """One English sentence for the CLI (the GUI translates by code instead)."""
        return _MESSAGES[self.code].format(self.subject)


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
        if token.key or (key and _TOKEN.match(value)):
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
        if not _TOKEN.search(term.text):
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


# --- rendering for FTS5 -------------------------------------------------------------------


def term_words(term: Term, *, folded: bool = False) -> list[str]:
    """The words of a term as the index holds them: as typed, or folded."""
    return fold_tokens(term.text) if folded else _TOKEN.findall(term.text)


def prefix_words(term: Term, *, folded: bool = False) -> list[str]:
    """The words of a term whose last word is unfinished, as typed or folded, the last one
    what every completion of it begins with (``prefix_folding.fold_prefix``): FTS5 looks for it as a
    prefix. [] when that leaves fewer than MIN_PREFIX_LETTERS letters."""
    text = term.text.rstrip("*")  # what follows a * cannot change what the word folds to
    words = list(fold_prefix(text)) if folded else _TOKEN.findall(text)
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
