"""Running a search: the query language over the full-text index, best matches first.

A query is read as tiers of MATCH expressions, from exact to other word forms
(``match_tiers``); this module runs them against the index, a tier at a time, until a page is
full, and makes the hits' snippets. A record is ranked by the weakest tier that all of its
words needed. Within a tier, records are ordered by bm25 relevance. When a query matches more
than ``RANK_ALL`` records (a common word), ranking them all would make the search box slow, so
each tier then lists the most recently indexed records first; ``SearchResults.is_ranked`` says
which.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from uuid import UUID

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.fts import FTS_TABLE, document_texts
from db.models import Case, CaseParty
from desktop_app.core.search.filters import SearchFilters, Sql, filter_condition, resolve_filters
from desktop_app.core.search.loosening import without_patronymics
from desktop_app.core.search.match_tiers import (
    Match,
    QueryReading,
    TierPlan,
    read_query,
    too_short_notes,
)
from desktop_app.core.search.patronymic_groups import with_patronymics_optional
from desktop_app.core.search.query import SearchQuery, parse_query
from desktop_app.core.search.query_notes import NoteCode, QueryNote
from desktop_app.core.search.snippets import Highlight, make_snippet, snippet_marker
from desktop_app.core.search.suggestions import prefix_suggestion

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


@dataclass(frozen=True)
class SearchHit:
    """One matching record, with a snippet whose matches are marked by SNIPPET_OPEN and
    SNIPPET_CLOSE (see ``snippets``: ``snippet_parts``, ``bracketed_snippet``). A person's
    case_reference lists the cases the person is a party to ("KG-2010-0007, UZ-2005-0013"),
    and the snippet starts with the name when the match is elsewhere."""

    kind: str
    record_id: UUID
    case_reference: str
    snippet: str
    score: float  # bm25 relevance within its tier, higher is better; 0 when not ranked
    match: Match = Match.EXACT


@dataclass(frozen=True)
class SearchResults:
    """A page of hits, notes on what in the query was ignored or means nothing, whether more
    hits follow the page (ask again with offset + limit) and, if so, how many match in all."""

    hits: list[SearchHit]
    notes: tuple[QueryNote, ...] = ()
    is_ranked: bool = True
    has_more: bool = False
    # How many records match in all, counted for a first page that more pages follow.
    total: int | None = None


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
    session: Session, plan: TierPlan, sql: Sql, condition: str | None, page: slice
) -> tuple[list[_Row], bool, int]:
    """The page of matches, tier by tier, whether every tier on it was ranked by bm25, and
    the number of the last tier on it (-1 for none). Later tiers are read only if the page is
    not full, so the usual query costs one pass over the index for its exact form."""
    rows: list[_Row] = []
    is_ranked = True
    deepest = -1
    skip, need = page.start, page.stop - page.start
    before = ""
    for number, (match, expression) in enumerate(plan.tiers):
        tier = f"({expression}) NOT ({before})" if before else expression
        before = expression
        found, ranked = _tier(session, _without(tier, plan.excluded), sql, condition, skip + need)
        is_ranked = is_ranked and ranked
        taken = found[skip : skip + need]
        rows += [(r, k, i, ref, -score or 0.0, match) for r, k, i, ref, score in taken]
        deepest = number if taken else deepest
        skip = max(0, skip - len(found))
        need -= len(taken)
        if need <= 0:
            break
    return rows, is_ranked, deepest


def _every_tier(tiers: list[tuple[Match, str]]) -> str:
    """An expression matching what any of the tiers matches (a plan in groups, as
    ``patronymic_groups`` makes, has no one tier that does)."""
    return " OR ".join(f"({expression})" for _match, expression in tiers)


def _matches_any(
    session: Session, plan: TierPlan, sql: Sql, condition: str | None, up_to: int | None = None
) -> bool:
    """True if the plan (or its tiers before up_to) matches some record."""
    expression = _without(_every_tier(plan.tiers[:up_to]), plan.excluded)
    return bool(_tier(session, expression, sql, condition, 1)[0])


def _patronymic_notes(
    session: Session, plan: TierPlan, sql: Sql, condition: str | None
) -> tuple[QueryNote, ...]:
    """Notes on the patronymics that records on the page do not hold: whether any record
    holds them, and so comes first."""
    is_held = _matches_any(session, plan, sql, condition, plan.without_patronymic_from)
    code = NoteCode.PATRONYMIC_OPTIONAL if is_held else NoteCode.PATRONYMIC_LEFT_OUT
    return tuple(QueryNote(code, patronymic) for patronymic in plan.patronymics)


def _looser(
    session: Session,
    query: SearchQuery,
    plan: TierPlan,
    sql: Sql,
    condition: str | None,
    page: slice,
) -> tuple[QueryReading, list[_Row], bool] | None:
    """For a query that matches nothing: its looser reading, without patronymics (with a note
    on each) and with the last word completed even if the vault holds it as a whole word
    (Назаркулов Шухрат finds Shuhratjon Nazarqulov beside a Shuhrat Nazarov), its page and
    whether it is ranked; None if it finds nothing either."""
    looser_query, notes = without_patronymics(query)
    if not (notes or plan.kept_whole):
        return None
    reading = read_query(session, looser_query, completes_held=True)
    if not reading.plan.tiers:
        return None
    rows, is_ranked, _deepest = _matched(session, reading.plan, sql, condition, page)
    if not rows:
        return None
    return replace(reading, notes=notes + reading.notes), rows, is_ranked


def _count(session: Session, plan: TierPlan, sql: Sql, condition: str | None) -> int:
    """How many records the plan (or, without tiers, the filters alone) matches in all."""
    count_sql = Sql(dict(sql.params))
    if plan.tiers:
        match = count_sql.bind(_without(_every_tier(plan.tiers), plan.excluded))
        source = f"{FTS_TABLE} m JOIN search_document d ON d.rowid = m.rowid"
        where = f"{FTS_TABLE} MATCH {match}"
    else:
        source, where = "search_document d", "1"
        if plan.excluded:
            excluded = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH "
            where = f"d.rowid NOT IN ({excluded}{count_sql.bind(plan.excluded)})"
    return int(
        session.connection().scalar(
            text(f"SELECT count(*) FROM {source} {_JOINS} WHERE {where} {_where(condition)}"),
            count_sql.params,
        )
    )


def _filtered_only(
    session: Session, plan: TierPlan, sql: Sql, condition: str | None, page: slice
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


def _cases_of_persons(session: Session, person_ids: list[UUID]) -> dict[UUID, str]:
    """The references of the live cases each person is a live party to, joined by commas."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(CaseParty.person_id, Case.reference)
        .join(Case, Case.id == CaseParty.case_id)
        .where(
            CaseParty.person_id.in_(person_ids),
            CaseParty.is_deleted.is_(False),
            Case.is_deleted.is_(False),
            Case.reference != "",
        )
        .distinct()
        .order_by(Case.reference)
    )
    references: dict[UUID, list[str]] = {}
    for person_id, reference in rows:
        references.setdefault(person_id, []).append(reference)
    return {person_id: ", ".join(refs) for person_id, refs in references.items()}


def _hits(session: Session, rows: list[_Row], highlight: Highlight) -> list[SearchHit]:
    """The rows as hits, with their snippets and, for persons, their cases."""
    texts = document_texts(session, [row[0] for row in rows])
    marker = snippet_marker(highlight)
    ids = [UUID(hex=record_id) for _rowid, _kind, record_id, *_rest in rows]
    persons = [i for i, (_rowid, kind, *_rest) in zip(ids, rows, strict=True) if kind == "person"]
    cases_of = _cases_of_persons(session, persons)
    return [
        SearchHit(
            kind,
            record_id,
            cases_of.get(record_id, "") if kind == "person" else reference or "",
            make_snippet(
                *texts.get(rowid, ("", "")),
                marker,
                is_titled=kind == "person",
                reference=(reference or "") if kind == "case" else "",
            ),
            score,
            match,
        )
        for record_id, (rowid, kind, _hex, reference, score, match) in zip(ids, rows, strict=True)
    ]


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
    reading = with_patronymics_optional(session, read_query(session, parsed))
    plan = reading.plan
    sql = Sql()
    condition = filter_condition(sql, codes, parsed.period)
    page = slice(offset, offset + limit + 1)  # one more than asked: does another page follow?
    is_ranked, deepest = True, -1
    if not limit or not (plan.tiers or condition):
        return SearchResults([], notes + (too_short_notes(parsed) if limit else ()))
    if plan.tiers:
        rows, is_ranked, deepest = _matched(session, plan, sql, condition, page)
        if not rows and (not offset or not _matches_any(session, plan, sql, condition)):
            looser = _looser(session, parsed, plan, sql, condition, page)
            if looser is not None:
                reading, rows, is_ranked = looser
                plan = reading.plan
    else:
        rows = _filtered_only(session, plan, sql, condition, page)
    has_more = len(rows) > limit
    rows = rows[:limit]
    hits = _hits(
        session,
        rows,
        Highlight(frozenset(plan.plain), frozenset(plan.folded), frozenset(plan.prefixes)),
    )
    notes += reading.notes
    if plan.patronymics and deepest >= plan.without_patronymic_from:
        notes += _patronymic_notes(session, plan, sql, condition)
    if any(hit.match is Match.FORMS for hit in hits) and plan.stemmed:
        quoted = ", ".join(f"«{word}»" for word in dict.fromkeys(plan.stemmed))
        notes += (QueryNote(NoteCode.OTHER_FORMS, quoted),)
    if not hits and not offset:
        notes += too_short_notes(reading.query)
        suggestion = prefix_suggestion(
            query, parsed, lambda expression: bool(_tier(session, expression, sql, condition, 1)[0])
        )
        notes += (suggestion,) if suggestion else ()
    total = _count(session, plan, sql, condition) if has_more and not offset else None
    return SearchResults(hits, notes, is_ranked, has_more, total)


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
