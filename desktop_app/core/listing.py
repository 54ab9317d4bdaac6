"""Paged, filtered, sorted lists of records for screens that must never load a whole table.

Pages are fetched by key set (``WHERE (sort_value, id) > (:last_value, :last_id) LIMIT n``),
so the thousandth page costs what the first does. Every list returns frozen rows of plain
values, never ORM objects, so a row can cross a thread or outlive its session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from db.models import Case, Person, Testimony
from db.name_order import by_name
from desktop_app.core import folded_filter
from desktop_app.core.filter_words import FilterPart, FilterWords, read_filter
from desktop_app.core.list_order import VOCABULARY_ORDER, in_order, rows_after

LIST_KINDS = ("case", "person", "testimony")


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: UUID
    reference: str
    title: str
    status: str
    country: str
    start_date: str
    sensitivity: str
    updated_at: str


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list."""

    id: UUID
    name: str
    other_names: tuple[str, ...]
    sex: str
    birth_date: str
    nationality: str
    is_protected: bool
    pseudonym: str


@dataclass(frozen=True)
class TestimonyRow:
    """One line of a testimony list."""

    id: UUID
    case_id: UUID
    case_reference: str
    witness_name: str
    date: str
    language: str
    status: str
    sensitivity: str


Row = CaseRow | PersonRow | TestimonyRow


@dataclass(frozen=True)
class ListFilter:
    """What a list shows: a text that must appear, and optional exact codes."""

    text: str = ""
    status: str = ""
    sensitivity: str = ""
    case_id: UUID | None = None


@dataclass(frozen=True)
class PageKey:
    """Where the previous page ended: its last sort value and id."""

    value: Any
    id: UUID


@dataclass(frozen=True)
class _Spec:
    query: Callable[[], Select[Any]]
    model: Any
    sorts: dict[str, ColumnElement[Any]]
    name_sorts: frozenset[str]  # sorted as a reader sorts names, not by code point
    indexed_name_sorts: frozenset[str]  # those an index in name order serves (db/models.py)
    # The typed text, read -> the rows it matches: its LIKE pattern, or its words in any
    # spelling, and none that its excluded words match.
    text_match: Callable[[Session, FilterWords], ColumnElement[bool]]
    make_row: Callable[[Any], Row]


_Witness = aliased(Person)


def _case_query() -> Select[Any]:
    return select(
        Case.id,
        Case.reference,
        Case.title,
        Case.status,
        Case.country,
        Case.start_date,
        Case.sensitivity,
        Case.updated_at,
    ).where(Case.is_deleted.is_(False))


def _person_query() -> Select[Any]:
    return select(
        Person.id,
        Person.name,
        Person.other_names,
        Person.sex,
        Person.birth_date,
        Person.nationality,
        Person.is_protected,
        Person.pseudonym,
    ).where(Person.is_deleted.is_(False))


def _testimony_query() -> Select[Any]:
    return (
        select(
            Testimony.id,
            Testimony.case_id,
            Case.reference,
            func.coalesce(_Witness.name, literal("")),
            Testimony.date,
            Testimony.language,
            Testimony.status,
            Testimony.sensitivity,
        )
        .join(Case, Case.id == Testimony.case_id)
        .outerjoin(_Witness, _Witness.id == Testimony.witness_id)
        .where(Testimony.is_deleted.is_(False))
    )


def _like_pattern(typed: str) -> str:
    return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# The rows a text matches: as written (LIKE), or its parts in any spelling.
_Matching = Callable[[str, Sequence[FilterPart]], ColumnElement[bool]]


def _wanted_not_excluded(asked: FilterWords, matching: _Matching) -> ColumnElement[bool]:
    """The rows matching what is asked, and none of what is excluded (-word), as Search reads
    a minus: a row an excluded word matches, as written or in any spelling, is left out."""
    clauses = [matching(asked.like_text, asked.wanted)] if asked.like_text else []
    clauses += [not_(matching(part.text, (part,))) for part in asked.excluded]
    return and_(true(), *clauses)


def _case_text_match(session: Session, asked: FilterWords) -> ColumnElement[bool]:
    """Cases whose reference or title holds the text as written, or its words in any spelling."""
    titles = folded_filter.CaseTitles(session)

    def matching(typed: str, parts: Sequence[FilterPart]) -> ColumnElement[bool]:
        pattern = _like_pattern(typed)
        ways = [Case.reference.like(pattern, escape="\\"), Case.title.like(pattern, escape="\\")]
        titled = titles.holding(parts)
        if titled is not None:
            ways.append(Case.id.in_(titled))
        return or_(*ways)

    return _wanted_not_excluded(asked, matching)


def _person_text_match(session: Session, asked: FilterWords) -> ColumnElement[bool]:
    """People whose name or pseudonym holds the text as written, or one of whose names (other
    names too) holds its words in any spelling."""

    def matching(typed: str, parts: Sequence[FilterPart]) -> ColumnElement[bool]:
        pattern = _like_pattern(typed)
        ways = [Person.name.like(pattern, escape="\\"), Person.pseudonym.like(pattern, escape="\\")]
        named = folded_filter.people_named(session, parts)
        if named is not None:
            ways.append(Person.id.in_(named))
        return or_(*ways)

    return _wanted_not_excluded(asked, matching)


def _testimony_text_match(session: Session, asked: FilterWords) -> ColumnElement[bool]:
    """Testimonies whose case reference, witness's name or interviewer holds the text as
    written, or whose witness's names hold its words in any spelling (as on People). The row
    shows a protected witness by name, so a pseudonym finds the witness on People only.

    Read as a set of rowids made from indexes alone: the cases and people that match (small
    tables), their testimonies from the case and witness indexes, and the interviewers from
    their own index (0011). Written as one OR over the joined columns, the list walked the
    date index and read every testimony's row, narrative pages and all, until a page was full:
    1.9 s on 100,000 testimonies for a filter that matches few. The unary plus keeps SQLite
    from looking each rowid of the set up and sorting them all (1.6 s for a filter that
    matches most); it walks the date index instead and tests each entry against the set.
    """

    def matching(typed: str, parts: Sequence[FilterPart]) -> ColumnElement[bool]:
        pattern = _like_pattern(typed)
        branches: list[Select[Any]] = [
            select(literal_column("rowid")).where(
                Testimony.case_id.in_(
                    select(Case.id).where(Case.reference.like(pattern, escape="\\"))
                )
            ),
            select(literal_column("rowid")).where(
                Testimony.witness_id.in_(
                    select(Person.id).where(Person.name.like(pattern, escape="\\"))
                )
            ),
            select(literal_column("rowid"))
            .select_from(Testimony)
            .where(
                Testimony.is_deleted.is_(False), Testimony.interviewer.like(pattern, escape="\\")
            ),
        ]
        named = folded_filter.people_named(session, parts)
        if named is not None:
            branches.append(select(literal_column("rowid")).where(Testimony.witness_id.in_(named)))
        matched: CompoundSelect[Any] = union_all(*branches)
        return literal_column("+testimony.rowid").in_(matched.scalar_subquery())

    return _wanted_not_excluded(asked, matching)


_SPECS: dict[str, _Spec] = {
    "case": _Spec(
        _case_query,
        Case,
        {
            "reference": Case.reference,
            "title": Case.title,
            "status": Case.status,
            "country": Case.country,
            "start_date": Case.start_date,
            "sensitivity": Case.sensitivity,
            "updated_at": Case.updated_at,
        },
        frozenset({"title"}),
        frozenset({"title"}),
        _case_text_match,
        lambda r: CaseRow(*r),
    ),
    "person": _Spec(
        _person_query,
        Person,
        {
            "name": Person.name,
            "sex": Person.sex,
            "birth_date": Person.birth_date,
            "nationality": Person.nationality,
            "pseudonym": Person.pseudonym,
        },
        frozenset({"name", "pseudonym"}),
        frozenset({"name", "pseudonym"}),
        _person_text_match,
        lambda r: PersonRow(r[0], r[1], tuple(r[2] or ()), *r[3:]),
    ),
    "testimony": _Spec(
        _testimony_query,
        Testimony,
        {
            "case_reference": Case.reference,
            "witness_name": func.coalesce(_Witness.name, literal("")),
            "date": Testimony.date,
            "language": Testimony.language,
            "status": Testimony.status,
            "sensitivity": Testimony.sensitivity,
        },
        frozenset({"witness_name"}),
        frozenset(),
        _testimony_text_match,
        lambda r: TestimonyRow(*r),
    ),
}


def sort_fields(kind: str) -> tuple[str, ...]:
    """The row fields a list of this kind can be sorted by."""
    return tuple(_SPECS[kind].sorts)


def _filtered(
    session: Session, kind: str, flt: ListFilter, query: Select[Any] | None = None
) -> Select[Any]:
    """query (the list's own by default) narrowed to the records that pass flt."""
    spec = _SPECS[kind]
    query = spec.query() if query is None else query
    if flt.text.strip():
        query = query.where(spec.text_match(session, read_filter(flt.text)))
    for field, value in (
        ("status", flt.status),
        ("sensitivity", flt.sensitivity),
        ("case_id", flt.case_id),
    ):
        if value and hasattr(spec.model, field):
            query = query.where(getattr(spec.model, field) == value)
    return query


def count_rows(session: Session, kind: str, flt: ListFilter = ListFilter()) -> int:
    """How many live records of kind pass the filter."""
    model = _SPECS[kind].model
    # No filter needs a joined table: the record table alone is counted, from its list index
    # where there is one (joined, 100k testimonies took 1.4 s for a filter matching most).
    query = select(func.count()).select_from(model).where(model.is_deleted.is_(False))
    return session.scalar(_filtered(session, kind, flt, query)) or 0


def fetch_page(
    session: Session,
    kind: str,
    flt: ListFilter = ListFilter(),
    sort: str = "",
    descending: bool = False,
    after: PageKey | None = None,
    limit: int = 200,
    shown_order: tuple[str, ...] = (),
) -> list[Row]:
    """Up to limit rows that follow `after` in the chosen order (the first page if None).
    shown_order: for a field of codes with no order of their own (a case's country), the codes
    in the order the list shows them (by their names in the reader's language); others last."""
    spec = _SPECS[kind]
    field = sort or next(iter(spec.sorts))
    query = _filtered(session, kind, flt)
    sort_column, id_column = spec.sorts[field], spec.model.id
    last_value: ColumnElement[Any] = literal(after.value if after else None)
    if codes := VOCABULARY_ORDER.get((kind, field), shown_order):
        sort_column, last_value = in_order(sort_column, codes), in_order(last_value, codes)
    elif field in spec.indexed_name_sorts:
        # Names sort by a key computed in Python (db/name_order.py), which an index of live
        # records holds: written as the index's expression, a page is read from it in order.
        sort_column, last_value = by_name(sort_column), by_name(last_value)
    elif field in spec.name_sorts:
        # Without an index every row's key is computed. Read from a subquery, once a row:
        # inline, SQLite computes it for the WHERE and again for the ORDER BY. LIMIT -1 keeps
        # SQLite from merging the subquery back into the outer query.
        listed = query.add_columns(by_name(sort_column).label("sort_key")).limit(-1).subquery()
        query = select(*(c for c in listed.c if c.key != "sort_key"))
        sort_column, id_column = listed.c.sort_key, listed.c.id
        last_value = by_name(last_value)
    if after is not None:
        query = query.where(rows_after(sort_column, id_column, last_value, after.id, descending))
    if descending:
        query = query.order_by(sort_column.desc(), id_column.desc())
    else:
        query = query.order_by(sort_column, id_column)
    return [spec.make_row(r) for r in session.execute(query.limit(limit))]


def page_key(row: Row, sort: str) -> PageKey:
    """The key the page after this row starts from, for the given sort field."""
    kind = {CaseRow: "case", PersonRow: "person", TestimonyRow: "testimony"}[type(row)]
    return PageKey(getattr(row, sort or next(iter(_SPECS[kind].sorts))), row.id)


def rows_by_id(session: Session, kind: str, ids: Sequence[UUID]) -> list[Row]:
    """The live rows of kind with these ids, in no particular order."""
    spec = _SPECS[kind]
    if not ids:
        return []
    query = spec.query().where(and_(spec.model.id.in_(list(ids))))
    return [spec.make_row(r) for r in session.execute(query)]
