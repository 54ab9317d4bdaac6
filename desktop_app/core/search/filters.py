"""Search filters as SQL over the matched records: what ``country:``, ``type:`` and the other
``key:value`` words (or ``SearchFilters`` from a filter bar) keep.

Records are filtered through their case: a case by itself, a testimony or an event by the case
it belongs to, a person by the cases they are a party to (``country:KG`` keeps people who are
a party to some case in Kyrgyzstan). Where a record has a value of its own, that one counts:

* ``type:`` — an event's act type; otherwise the case's violation types.
* ``status:`` — case statuses (open, under_review, closed, archived) filter by the case;
  testimony statuses (draft, final, verified) keep testimonies with that status.
* ``sensitivity:`` — the stricter of the record's own and its case's.
* ``role:`` — a person who is a party in that role; a testimony whose witness, an event whose
  victim or perpetrator, is a party in that role to the case; a case with such a party.
* ``from:``/``to:`` — the record's own date (testimony, event) or the case's period (start to
  end, either alone if the other is unknown), compared as the days they may mean: ``2010``
  overlaps ``2010-06`` and ``from:2010-06``. A record whose date is unknown is left out.

Values of one key are alternatives, keys all apply, ``-key:value`` excludes. Values are the
vocabulary codes; act types are also found by any word of their English, Russian or Uzbek
label or of a synonym (``type:пытки``, ``type:qamoq``: see act_types.py). An unknown value
matches nothing and is explained in a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core import vocab
from desktop_app.core.search.act_types import act_type_codes
from desktop_app.core.search.query import DayRange, Filter, FilterKey, SearchQuery
from desktop_app.core.search.query_notes import NoteCode, QueryNote

_RANK = "CASE {} WHEN 'restricted' THEN 2 WHEN 'confidential' THEN 1 ELSE 0 END"
_SENSITIVITY_RANK = {"normal": 0, "confidential": 1, "restricted": 2}


@dataclass(frozen=True)
class SearchFilters:
    """Filters chosen outside the query text, e.g. in a filter bar; codes as in the JSON
    format, dates as partial dates ('2010', '2010-06', '2010-06-13'), empty for no limit."""

    countries: tuple[str, ...] = ()
    act_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sensitivities: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""

    def as_query_words(self) -> str:
        """The same filters in the query language, to append to what the user typed."""
        words = []
        for key, values in (
            (FilterKey.COUNTRY, self.countries),
            (FilterKey.TYPE, self.act_types),
            (FilterKey.STATUS, self.statuses),
            (FilterKey.SENSITIVITY, self.sensitivities),
            (FilterKey.ROLE, self.roles),
            (FilterKey.FROM, (self.date_from,)),
            (FilterKey.TO, (self.date_to,)),
        ):
            words += [f'{key}:"{v}"' for v in values if v.strip() and '"' not in v]
        return " ".join(words)


@dataclass
class Sql:
    """A WHERE fragment under construction, with its bound parameters."""

    params: dict[str, Any] = field(default_factory=dict)

    def bind(self, value: Any) -> str:
        """A placeholder for value."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def one_of(self, values: Iterable[str]) -> str:
        """A parenthesised list of placeholders, for IN."""
        return "(" + ", ".join(self.bind(v) for v in values) + ")"


def resolve_filters(
    session: Session, query: SearchQuery
) -> tuple[dict[tuple[FilterKey, bool], set[str]], list[QueryNote]]:
    """The codes each (key, is_excluded) stands for, and notes about values that mean nothing."""
    known: dict[FilterKey, tuple[str, ...]] = {
        FilterKey.STATUS: vocab.CASE_STATUSES + vocab.TESTIMONY_STATUSES,
        FilterKey.SENSITIVITY: vocab.SENSITIVITIES,
        FilterKey.ROLE: vocab.ROLES,
    }
    codes: dict[tuple[FilterKey, bool], set[str]] = {}
    notes = []
    for item in query.filters:
        if item.key is FilterKey.TYPE:
            found = act_type_codes(session, item.value)
        elif item.key is FilterKey.COUNTRY:
            found = {item.value} if len(item.value) == 2 and item.value.isalpha() else set()
        else:
            found = {item.value} if item.value in known[item.key] else set()
        if not found:
            notes.append(QueryNote(NoteCode.UNKNOWN_VALUE, _typed(item)))
        codes.setdefault((item.key, item.is_excluded), set()).update(found)
    return codes, notes


def _typed(item: Filter) -> str:
    return f"{'-' if item.is_excluded else ''}{item.key}:{item.value}"


def _date_overlaps(sql: Sql, first: str, last: str, period: DayRange) -> str:
    # A partial date X covers X-01-01 (or X-01) to X-12-31 (or X-31): as text, its first day is
    # <= L exactly when X <= L, and its last day is >= F exactly when F cut to X's length <= X.
    low = sql.bind(period.first.isoformat() if period.first > dt.date.min else "0001-01-01")
    high = sql.bind(period.last.isoformat())
    return f"({first} <> '' AND {first} <= {high} AND substr({low}, 1, length({last})) <= {last})"


def _case_period(alias: str) -> tuple[str, str]:
    start, end = f"{alias}.start_date", f"{alias}.end_date"
    return (
        f"(CASE WHEN {start} <> '' THEN {start} ELSE {end} END)",
        f"(CASE WHEN {end} <> '' THEN {end} ELSE {start} END)",
    )


def _on_case(sql: Sql, key: FilterKey, values: set[str], alias: str) -> str:
    """The condition on a case row (alias) for one key; FALSE if the key cannot hold there."""
    if key is FilterKey.COUNTRY:
        return f"{alias}.country IN {sql.one_of(values)}"
    if key is FilterKey.TYPE:
        return (
            f"EXISTS (SELECT 1 FROM json_each({alias}.violation_types) "
            f"WHERE value IN {sql.one_of(values)})"
        )
    if key is FilterKey.STATUS:
        case_values = values & set(vocab.CASE_STATUSES)
        return f"{alias}.status IN {sql.one_of(case_values)}" if case_values else "0"
    if key is FilterKey.SENSITIVITY:
        return f"{alias}.sensitivity IN {sql.one_of(values)}"
    return "1"  # role is a condition on the party, not the case


def _on_record(sql: Sql, key: FilterKey, values: set[str]) -> str:
    """The condition for one key on a case, testimony or event (d its search_document row,
    c its case)."""
    if key is FilterKey.TYPE:
        return (
            "(CASE WHEN d.record_kind = 'event' THEN (SELECT act_type FROM event "
            f"WHERE event.id = d.record_id) IN {sql.one_of(values)} "
            f"ELSE {_on_case(sql, key, values, 'c')} END)"
        )
    if key is FilterKey.STATUS:
        own = values & set(vocab.TESTIMONY_STATUSES)
        mine = f"d.status IN {sql.one_of(own)}" if own else "0"  # only testimonies have one
        return f"({_on_case(sql, key, values, 'c')} OR {mine})"
    if key is FilterKey.SENSITIVITY:
        ranks = ", ".join(str(r) for r in sorted({_SENSITIVITY_RANK[v] for v in values}))
        return f"max({_RANK.format('c.sensitivity')}, {_RANK.format('d.sensitivity')}) IN ({ranks})"
    if key is FilterKey.ROLE:
        party = (
            "SELECT 1 FROM case_party p WHERE NOT p.is_deleted AND p.case_id = d.case_id "
            f"AND p.role IN {sql.one_of(values)}"
        )
        named = " UNION ALL ".join(
            f"SELECT replace(value, '-', '') FROM event, json_each(event.{column}) "
            "WHERE event.id = d.record_id"
            for column in ("victims", "perpetrators")
        )
        return (
            f"(CASE d.record_kind WHEN 'case' THEN EXISTS ({party}) "
            f"WHEN 'testimony' THEN EXISTS ({party} AND p.person_id = d.person_id) "
            f"WHEN 'event' THEN EXISTS ({party} AND p.person_id IN ({named})) ELSE 0 END)"
        )
    return _on_case(sql, key, values, "c")


def _person_in_cases(
    sql: Sql, conditions: dict[FilterKey, set[str]], period: DayRange | None
) -> str:
    parts = ["p.person_id = d.record_id", "NOT p.is_deleted", "NOT pc.is_deleted"]
    for key, values in conditions.items():
        if key is FilterKey.ROLE:
            parts.append(f"p.role IN {sql.one_of(values)}")
        else:
            parts.append(_on_case(sql, key, values, "pc"))
    if period is not None:
        parts.append(_date_overlaps(sql, *_case_period("pc"), period))
    return (
        'EXISTS (SELECT 1 FROM case_party p JOIN "case" pc ON pc.id = p.case_id '
        f"WHERE {' AND '.join(parts)})"
    )


def _record_period(sql: Sql, period: DayRange) -> str:
    low = sql.bind(period.first.isoformat() if period.first > dt.date.min else "0001-01-01")
    high = sql.bind(period.last.isoformat())
    return f"(d.date_first <> '' AND d.date_first <= {high} AND d.date_last >= {low})"


def filter_condition(
    sql: Sql, codes: dict[tuple[FilterKey, bool], set[str]], period: DayRange | None
) -> str | None:
    """The WHERE condition for resolved filters over d (search_document) joined with c (its
    case); None when nothing is filtered."""
    wanted = {key: values for (key, excluded), values in codes.items() if not excluded}
    unwanted = {key: values for (key, excluded), values in codes.items() if excluded and values}
    if not (wanted or unwanted or period):
        return None
    record = [_on_record(sql, key, values) if values else "0" for key, values in wanted.items()]
    record += [f"NOT {_on_record(sql, key, values)}" for key, values in unwanted.items()]
    if period is not None:
        record.append(_record_period(sql, period))
    person = []
    if any(not values for values in wanted.values()):
        person.append("0")
    elif wanted or period is not None:
        person.append(_person_in_cases(sql, wanted, period))
    person += [
        f"NOT {_person_in_cases(sql, {key: values}, None)}" for key, values in unwanted.items()
    ]
    return (
        f"(CASE WHEN d.record_kind = 'person' THEN {' AND '.join(person) or '1'} "
        f"ELSE {' AND '.join(record) or '1'} END)"
    )
