"""Running a search: the query language over the full-text index, best matches first.

Each word of the query is looked for four ways, and a record is ranked by the weakest way
that all of its words needed:

1. **exact** — as typed (case and accents ignored) in the original text;
2. **folded** — in the folded text, so another script or transliteration finds it
   (Шамсутдинов finds Shamsuddinov);
3. **prefix** — as the beginning of a folded word: a word typed with a ``*`` (Andij*), and the
   query's last word while it is still being typed (Shamsut finds Shamsutdinov), that is when
   it has 3 letters or more and the vault holds no such whole word (or it does, but the query
   finds nothing with it, see ``loosening``);
4. **fuzzy** — a spelling of one of the vault's names or places that folding does not unify
   (Yoʻldoshev finds Юлдашев, Askarvo finds Askarov), an inflected form in prose (Аскаров
   finds "показания Аскарова") or the word an inflected query word is a form of (Ибрагимовым
   finds Ибрагимов); see ``expansion``.

Within a tier, records are ordered by bm25 relevance. When a query matches more than
``RANK_ALL`` records (a common word), ranking them all would make the search box slow, so
each tier then lists the most recently indexed records first; ``SearchResults.is_ranked``
says which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.fts import FTS_TABLE, document_texts, holds_folded_words
from desktop_app.core.search.expansion import near_forms
from desktop_app.core.search.filters import SearchFilters, Sql, filter_condition, resolve_filters
from desktop_app.core.search.folding import place_prefixes
from desktop_app.core.search.loosening import without_last_word, without_patronymics
from desktop_app.core.search.query import (
    NoteCode,
    QueryNote,
    SearchQuery,
    Term,
    fts5_excluded,
    fts5_match,
    fts5_string,
    parse_query,
    prefix_words,
    term_words,
)
from desktop_app.core.search.snippets import (
    Highlight,
    make_snippet,
    plain_word,
    snippet_marker,
)

__all__ = [
    "Match",
    "SearchFilters",
    "SearchHit",
    "SearchResults",
    "search",
    "search_results",
]

RANK_ALL = 1000
MAX_LIMIT = 1000
MIN_TYPED_PREFIX = 3  # letters of a last word, as typed and folded, before it is completed
# bm25 weights of title, body, folded, names: a name or a title outweighs a mention in prose.
_WEIGHTS = "4.0, 1.0, 1.0, 4.0"
_EXACT_COLUMNS = ("title", "body")
_FOLDED_COLUMNS = ("folded", "names")
_EXACT = "{title body}"
_FOLDED = "{folded names}"
_PROSE = "folded"


class Match(StrEnum):
    """How a hit matched the query's words, from the strongest."""

    EXACT = "exact"
    FOLDED = "folded"
    PREFIX = "prefix"  # a word beginning with a word typed with * or still being typed
    FUZZY = "fuzzy"
    FILTER = "filter"  # the query had no words, only filters


@dataclass(frozen=True)
class SearchHit:
    """One matching record, with a snippet whose matches are marked by SNIPPET_OPEN and
    SNIPPET_CLOSE (see ``snippets``: ``snippet_parts``, ``bracketed_snippet``). A person's
    snippet starts with the name when the match is elsewhere: persons have no case to show."""

    kind: str
    record_id: UUID
    case_reference: str
    snippet: str
    score: float  # bm25 relevance within its tier, higher is better; 0 when not ranked
    match: Match = Match.EXACT


@dataclass(frozen=True)
class SearchResults:
    """A page of hits, notes on what in the query was ignored or means nothing, and whether
    more hits follow the page (ask again with offset + limit)."""

    hits: list[SearchHit]
    notes: tuple[QueryNote, ...] = ()
    is_ranked: bool = True
    has_more: bool = False


def _is_too_short_to_complete(term: Term) -> bool:
    """True if term, a word being typed, has too few letters, typed or folded, to be
    completed: the words beginning with it would be too many to read."""
    words = prefix_words(term, folded=True)
    return (
        not words
        or len(words[-1]) < MIN_TYPED_PREFIX
        or sum(c.isalpha() for c in term.text) < MIN_TYPED_PREFIX
    )


def _typed_last(query: SearchQuery) -> Term | None:
    """The query's last word if it is still being typed (and has no * of its own)."""
    if not (query.ends_in_word and query.required):
        return None
    typed = query.required[-1].terms[-1]
    return None if typed.is_prefix else typed


def _too_short(query: SearchQuery) -> tuple[QueryNote, ...]:
    """Notes on the words of query typed with a * before too few letters, and on its last
    word if it is being typed and too short to be completed (see ``_prefix_way``): when
    nothing is found, they may be why."""
    found = [
        QueryNote(NoteCode.TOO_SHORT, term.text)
        for group in query.required
        for term in group.terms
        if term.is_prefix and not prefix_words(term, folded=True)
    ]
    typed = _typed_last(query)
    if typed is not None and _is_too_short_to_complete(typed):
        found.append(QueryNote(NoteCode.TOO_SHORT, typed.text))
    return tuple(found)


@dataclass
class _Plan:
    """The MATCH expressions of one query, tier by tier, and what snippets mark."""

    # Cumulative (each tier's expression also matches what the tiers before it match); a tier
    # that would add nothing to the one before it is left out.
    tiers: list[tuple[Match, str]] = field(default_factory=list)
    excluded: str = ""
    plain: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    # Complete the last word being typed even if the vault holds it as a whole word; and
    # whether it was not completed only because the vault holds it.
    completes_held: bool = False
    kept_whole: bool = False


@dataclass(frozen=True)
class _Ways:
    """The FTS5 expressions of one term, by tier ('' where a tier adds nothing)."""

    exact: str
    folded: str
    prefix: str
    fuzzy: str


def _any(alternatives: Sequence[str]) -> str:
    found = list(dict.fromkeys(a for a in alternatives if a))
    if len(found) < 2:
        return found[0] if found else ""
    return "(" + " OR ".join(found) + ")"


def _in(columns: str, words: Sequence[str]) -> str:
    return f"{columns} : {_any([fts5_string([w]) for w in words])}" if words else ""


def _is_unfinished(session: Session, term: Term, folded: list[str], plan: _Plan) -> bool:
    """True if a word being typed is to be completed: long enough for its completions to be
    few, and no whole word the vault holds. A whole word is taken as meant (Askarov does not
    find Askarova: she is another person) unless it is typed with a * (Askarov*), or the plan
    completes held words (the query found nothing with the whole word)."""
    if _is_too_short_to_complete(term):
        return False
    if plan.completes_held:
        return True
    plan.kept_whole = holds_folded_words(session, folded)
    return not plan.kept_whole


def _prefix_way(
    session: Session, term: Term, folded: list[str], is_typing: bool, plan: _Plan
) -> str:
    """The prefix expression of a term typed with a *, or of the query's last word if it is
    still being typed (is_typing); '' if there is none."""
    if not (term.is_prefix or is_typing):
        return ""
    words = prefix_words(term, folded=True)
    if not words or not (term.is_prefix or _is_unfinished(session, term, folded, plan)):
        return ""
    *before, last = words
    beginnings = (last, *place_prefixes(last))  # Tosh: Toshkent is indexed as tashkent
    plan.prefixes.update(beginnings)
    return _any([f"{_FOLDED} : {fts5_string([*before, b])} *" for b in beginnings])


def _term_ways(session: Session, term: Term, plan: _Plan, *, is_typing: bool = False) -> _Ways:
    """The FTS5 expressions of one term, tier by tier; is_typing for the query's last word."""
    exact, folded = term_words(term), term_words(term, folded=True)
    plan.plain.update(plain_word(w) for w in exact)
    plan.folded.update(folded)
    exact_way = f"{_EXACT} : {fts5_string(exact)}"
    folded_way = f"{_FOLDED} : {fts5_string(folded)}" if folded else ""
    prefix_way = _prefix_way(session, term, folded, is_typing, plan)
    fuzzy_way = ""
    if len(folded) == 1 and not term.is_phrase:
        near = near_forms(session, folded[0], term.text)
        plan.folded.update(near.words)
        fuzzy_way = _any([_in(_FOLDED, near.anywhere), _in(_PROSE, near.in_prose)])
    return _Ways(exact_way, folded_way, prefix_way, fuzzy_way)


def _plan(session: Session, query: SearchQuery, *, completes_held: bool = False) -> _Plan:
    plan = _Plan(completes_held=completes_held)
    # An excluded word is excluded as typed and folded (-Kyrgyz also drops Кыргыз), never
    # fuzzily: that would drop records for words that only look alike. Set before anything
    # else: a query of filters and exclusions alone (-Andijan country:UZ) needs it too.
    plan.excluded = _any(
        [
            fts5_excluded(query, columns=_EXACT_COLUMNS) or "",
            fts5_excluded(query, folded=True, columns=_FOLDED_COLUMNS) or "",
        ]
    )
    exact = fts5_match(replace(query, excluded=()), columns=_EXACT_COLUMNS)
    if exact is None:
        return plan
    tiers: dict[Match, list[str]] = {Match.FOLDED: [], Match.PREFIX: [], Match.FUZZY: []}
    last_group = len(query.required) - 1
    for number, group in enumerate(query.required):
        typed = group.terms[-1] if query.ends_in_word and number == last_group else None
        ways = [_term_ways(session, term, plan, is_typing=term is typed) for term in group.terms]
        tiers[Match.FOLDED].append(_any([w for way in ways for w in (way.exact, way.folded)]))
        tiers[Match.PREFIX].append(
            _any([w for way in ways for w in (way.exact, way.folded, way.prefix)])
        )
        tiers[Match.FUZZY].append(
            _any([w for way in ways for w in (way.exact, way.folded, way.prefix, way.fuzzy)])
        )
    plan.tiers = [(Match.EXACT, exact)]
    for match, groups in tiers.items():
        expression = " AND ".join(groups)
        if expression != plan.tiers[-1][1]:
            plan.tiers.append((match, expression))
    return plan


def _followed_by(first: _Plan, then: _Plan) -> _Plan:
    """A plan listing what first matches, then what then matches besides."""
    everything_first = first.tiers[-1][1]
    return _Plan(
        tiers=first.tiers + [(m, f"({e}) NOT ({everything_first})") for m, e in then.tiers],
        excluded=first.excluded,
        plain=first.plain | then.plain,
        folded=first.folded | then.folded,
        prefixes=first.prefixes | then.prefixes,
        completes_held=first.completes_held,
        kept_whole=first.kept_whole or then.kept_whole,
    )


@dataclass(frozen=True)
class _Reading:
    """How a query is searched: its plan, the query whose too-short words may explain finding
    nothing, and notes on words the plan does not require."""

    plan: _Plan
    query: SearchQuery
    notes: tuple[QueryNote, ...] = ()


def _reading(session: Session, query: SearchQuery, *, completes_held: bool = False) -> _Reading:
    """The plan of a query. If its last word is being typed and too short to be completed
    (Timur B), the records the words before it find follow those holding it as a whole word,
    with a note: the list does not empty at each new word."""
    plan = _plan(session, query, completes_held=completes_held)
    typed = _typed_last(query)
    shorter = without_last_word(query)
    if typed is None or shorter is None or not _is_too_short_to_complete(typed):
        return _Reading(plan, query)
    then = _plan(session, shorter, completes_held=completes_held)
    if not (plan.tiers and then.tiers):
        return _Reading(plan, query)
    note = QueryNote(NoteCode.NOT_YET_USED, typed.text)
    return _Reading(_followed_by(plan, then), shorter, (note,))


def _without(expression: str, excluded: str) -> str:
    return f"({expression}) NOT {excluded}" if excluded else expression


_JOINS = 'LEFT JOIN "case" c ON c.id = d.case_id'


def _where(condition: str | None) -> str:
    return f"AND {condition}" if condition else ""


_Row = tuple[int, str, str, str | None, float, Match]


def _tier(
    session: Session, expression: str, sql: Sql, condition: str | None, want: int
) -> tuple[list[Any], bool]:
    """Up to want matches of one tier's expression (rowid, kind, record id, case reference,
    bm25 score), best first, and whether they are ranked: by bm25 if the tier has at most
    RANK_ALL matches (counting to RANK_ALL + 1 is cheap, scoring is not), else newest first."""
    tier_sql = Sql(dict(sql.params))
    match = tier_sql.bind(expression)
    limit = tier_sql.bind(want)
    connection = session.connection()
    matched = connection.scalar(
        text(
            f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH {match} LIMIT {RANK_ALL + 1})"
        ),
        tier_sql.params,
    )
    if not matched:
        return [], True
    is_ranked = matched <= RANK_ALL
    if is_ranked:
        source = (
            f"(SELECT rowid, bm25({FTS_TABLE}, {_WEIGHTS}) AS score FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH {match}) m"
        )
        where, order = "1", "m.score, d.rowid DESC"
    else:
        source, where, order = f"{FTS_TABLE} m", f"{FTS_TABLE} MATCH {match}", "m.rowid DESC"
    rows = connection.execute(
        text(
            f"SELECT d.rowid, d.record_kind, d.record_id, c.reference, "
            f"{'m.score' if is_ranked else '0.0'} FROM {source} "
            f"JOIN search_document d ON d.rowid = m.rowid {_JOINS} "
            f"WHERE {where} {_where(condition)} ORDER BY {order} LIMIT {limit}"
        ),
        tier_sql.params,
    )
    return [tuple(row) for row in rows], is_ranked


def _matched(
    session: Session, plan: _Plan, sql: Sql, condition: str | None, page: slice
) -> tuple[list[_Row], bool]:
    """The page of matches, tier by tier, and whether every tier on it was ranked by bm25.
    Later tiers are read only if the page is not full, so the usual query costs one pass over
    the index for its exact form."""
    rows: list[_Row] = []
    is_ranked = True
    skip, need = page.start, page.stop - page.start
    before = ""
    for match, expression in plan.tiers:
        tier = f"({expression}) NOT ({before})" if before else expression
        before = expression
        found, ranked = _tier(session, _without(tier, plan.excluded), sql, condition, skip + need)
        is_ranked = is_ranked and ranked
        taken = found[skip : skip + need]
        rows += [(r, k, i, ref, -score or 0.0, match) for r, k, i, ref, score in taken]
        skip = max(0, skip - len(found))
        need -= len(taken)
        if need <= 0:
            break
    return rows, is_ranked


def _matches_any(session: Session, plan: _Plan, sql: Sql, condition: str | None) -> bool:
    """True if the plan matches some record (its last tier matches what every tier does)."""
    expression = _without(plan.tiers[-1][1], plan.excluded)
    return bool(_tier(session, expression, sql, condition, 1)[0])


def _looser(
    session: Session, query: SearchQuery, plan: _Plan, sql: Sql, condition: str | None, page: slice
) -> tuple[_Reading, list[_Row], bool] | None:
    """For a query that matches nothing: its looser reading, without patronymics (with a note
    on each) and with the last word completed even if the vault holds it as a whole word
    (Назаркулов Шухрат finds Shuhratjon Nazarqulov beside a Shuhrat Nazarov), its page and
    whether it is ranked; None if it finds nothing either."""
    looser_query, notes = without_patronymics(query)
    if not (notes or plan.kept_whole):
        return None
    reading = _reading(session, looser_query, completes_held=True)
    if not reading.plan.tiers:
        return None
    rows, is_ranked = _matched(session, reading.plan, sql, condition, page)
    if not rows:
        return None
    return replace(reading, notes=notes + reading.notes), rows, is_ranked


def _filtered_only(
    session: Session, plan: _Plan, sql: Sql, condition: str | None, page: slice
) -> list[_Row]:
    """Records that pass the filters (and hold no excluded word), newest first."""
    excluded = ""
    if plan.excluded:
        excluded = (
            f"AND d.rowid NOT IN (SELECT rowid FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH {sql.bind(plan.excluded)})"
        )
    rows = session.connection().execute(
        text(
            f"SELECT d.rowid, d.record_kind, d.record_id, c.reference FROM search_document d "
            f"{_JOINS} WHERE 1 {_where(condition)} {excluded} "
            f"ORDER BY d.rowid DESC LIMIT {sql.bind(page.stop - page.start)} "
            f"OFFSET {sql.bind(page.start)}"
        ),
        sql.params,
    )
    return [(r, k, i, ref, 0.0, Match.FILTER) for r, k, i, ref in rows]


def search_results(
    session: Session,
    query: str,
    limit: int = 50,
    offset: int = 0,
    filters: SearchFilters | None = None,
    *,
    complete_last_word: bool = True,
) -> SearchResults:
    """A page of records matching the query (see ``query.parse_query`` for the language),
    best first, with notes on anything ignored and whether more follow. Filters from a filter
    bar may be passed as ``filters`` instead of being typed as ``key:value`` words. The last
    word is taken as still being typed and completed (below whole-word matches) unless
    complete_last_word is False. Never raises on any input."""
    # Filter words first: a query cut at its length limit loses typed words, not filters.
    parsed = parse_query(f"{filters.as_query_words()} {query}" if filters else query)
    if not complete_last_word:
        parsed = replace(parsed, ends_in_word=False)
    codes, filter_notes = resolve_filters(session, parsed)
    notes = parsed.notes + tuple(filter_notes)
    limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
    reading = _reading(session, parsed)
    plan = reading.plan
    sql = Sql()
    condition = filter_condition(sql, codes, parsed.period)
    page = slice(offset, offset + limit + 1)  # one more than asked: does another page follow?
    is_ranked = True
    if not limit or not (plan.tiers or condition):
        return SearchResults([], notes + (_too_short(parsed) if limit else ()))
    if plan.tiers:
        rows, is_ranked = _matched(session, plan, sql, condition, page)
        if not rows and (not offset or not _matches_any(session, plan, sql, condition)):
            looser = _looser(session, parsed, plan, sql, condition, page)
            if looser is not None:
                reading, rows, is_ranked = looser
                plan = reading.plan
    else:
        rows = _filtered_only(session, plan, sql, condition, page)
    has_more = len(rows) > limit
    rows = rows[:limit]
    texts = document_texts(session, [row[0] for row in rows])
    marker = snippet_marker(
        Highlight(frozenset(plan.plain), frozenset(plan.folded), frozenset(plan.prefixes))
    )
    hits = [
        SearchHit(
            kind,
            UUID(hex=record_id),
            reference or "",
            make_snippet(*texts.get(rowid, ("", "")), marker, is_titled=kind == "person"),
            score,
            match,
        )
        for rowid, kind, record_id, reference, score, match in rows
    ]
    notes += reading.notes
    if not hits and not offset:
        notes += _too_short(reading.query)
    return SearchResults(hits, notes, is_ranked, has_more)


def search(
    session: Session,
    query: str,
    limit: int = 50,
    offset: int = 0,
    filters: SearchFilters | None = None,
    *,
    complete_last_word: bool = True,
) -> list[SearchHit]:
    """The hits of ``search_results``: records matching the query, best first."""
    return search_results(
        session, query, limit, offset, filters, complete_last_word=complete_last_word
    ).hits
