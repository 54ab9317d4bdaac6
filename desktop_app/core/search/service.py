"""Running a search: the query language over the full-text index, best matches first.

Each word of the query is looked for three ways, and a record is ranked by the weakest way
that all of its words needed:

1. **exact** — as typed (case and accents ignored) in the original text;
2. **folded** — in the folded text, so another script or transliteration finds it
   (Шамсутдинов finds Shamsuddinov);
3. **fuzzy** — a spelling of one of the vault's names or places that folding does not unify
   (Yoʻldoshev finds Юлдашев, Askarvo finds Askarov), or an inflected form in prose
   (Аскаров finds "показания Аскарова").

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

from db.fts import FTS_TABLE, document_texts
from desktop_app.core.search.filters import SearchFilters, Sql, filter_condition, resolve_filters
from desktop_app.core.search.fuzzy import inflected_forms, near_name_words
from desktop_app.core.search.query import (
    QueryNote,
    SearchQuery,
    Term,
    fts5_excluded,
    fts5_match,
    fts5_string,
    parse_query,
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
    FUZZY = "fuzzy"
    FILTER = "filter"  # the query had no words, only filters


_TIERS = (Match.EXACT, Match.FOLDED, Match.FUZZY)


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


@dataclass
class _Plan:
    """The MATCH expressions of one query, tier by tier, and what snippets mark."""

    tiers: list[str] = field(default_factory=list)  # exact, folded, fuzzy; cumulative
    excluded: str = ""
    plain: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)


def _any(alternatives: Sequence[str]) -> str:
    found = list(dict.fromkeys(a for a in alternatives if a))
    if len(found) < 2:
        return found[0] if found else ""
    return "(" + " OR ".join(found) + ")"


def _in(columns: str, words: Sequence[str]) -> str:
    return f"{columns} : {_any([fts5_string([w]) for w in words])}" if words else ""


def _term_ways(session: Session, term: Term, plan: _Plan) -> tuple[str, str, str]:
    """The exact, folded and fuzzy FTS5 expressions of one term."""
    exact, folded = term_words(term), term_words(term, folded=True)
    plan.plain.update(plain_word(w) for w in exact)
    plan.folded.update(folded)
    exact_way = f"{_EXACT} : {fts5_string(exact)}"
    folded_way = f"{_FOLDED} : {fts5_string(folded)}" if folded else ""
    fuzzy_way = ""
    if len(folded) == 1 and not term.is_phrase:
        variants = near_name_words(session, folded[0])
        forms = inflected_forms(folded[0]) + tuple(f for v in variants for f in inflected_forms(v))
        plan.folded.update(variants, forms)
        fuzzy_way = _any([_in(_FOLDED, variants), _in(_PROSE, forms)])
    return exact_way, folded_way, fuzzy_way


def _plan(session: Session, query: SearchQuery) -> _Plan:
    plan = _Plan()
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
    folded: list[str] = []
    fuzzy: list[str] = []
    for group in query.required:
        ways: tuple[list[str], list[str]] = ([], [])
        for term in group.terms:
            exact_way, folded_way, fuzzy_way = _term_ways(session, term, plan)
            ways[0].extend((exact_way, folded_way))
            ways[1].extend((exact_way, folded_way, fuzzy_way))
        folded.append(_any(ways[0]))
        fuzzy.append(_any(ways[1]))
    plan.tiers = [exact, " AND ".join(folded), " AND ".join(fuzzy)]
    return plan


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
    for index, expression in enumerate(plan.tiers):
        if index:
            expression = f"({expression}) NOT ({plan.tiers[index - 1]})"
        found, ranked = _tier(
            session, _without(expression, plan.excluded), sql, condition, skip + need
        )
        is_ranked = is_ranked and ranked
        taken = found[skip : skip + need]
        rows += [(r, k, i, ref, -score or 0.0, _TIERS[index]) for r, k, i, ref, score in taken]
        skip = max(0, skip - len(found))
        need -= len(taken)
        if need <= 0:
            break
    return rows, is_ranked


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
) -> SearchResults:
    """A page of records matching the query (see ``query.parse_query`` for the language),
    best first, with notes on anything ignored and whether more follow. Filters from a filter
    bar may be passed as ``filters`` instead of being typed as ``key:value`` words. Never
    raises on any input."""
    # Filter words first: a query cut at its length limit loses typed words, not filters.
    parsed = parse_query(f"{filters.as_query_words()} {query}" if filters else query)
    codes, filter_notes = resolve_filters(session, parsed)
    notes = parsed.notes + tuple(filter_notes)
    limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
    plan = _plan(session, parsed)
    sql = Sql()
    condition = filter_condition(sql, codes, parsed.period)
    page = slice(offset, offset + limit + 1)  # one more than asked: does another page follow?
    is_ranked = True
    if not limit or not (plan.tiers or condition):
        return SearchResults([], notes)
    if plan.tiers:
        rows, is_ranked = _matched(session, plan, sql, condition, page)
    else:
        rows = _filtered_only(session, plan, sql, condition, page)
    has_more = len(rows) > limit
    rows = rows[:limit]
    texts = document_texts(session, [row[0] for row in rows])
    marker = snippet_marker(Highlight(frozenset(plan.plain), frozenset(plan.folded)))
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
    return SearchResults(hits, notes, is_ranked, has_more)


def search(
    session: Session,
    query: str,
    limit: int = 50,
    offset: int = 0,
    filters: SearchFilters | None = None,
) -> list[SearchHit]:
    """The hits of ``search_results``: records matching the query, best first."""
    return search_results(session, query, limit, offset, filters).hits
