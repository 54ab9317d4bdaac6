"""Partial dates: ``2010``, ``2010-06`` or ``2010-06-13``, or empty for unknown.

Dates in this work are often approximate ("spring 2010", "in 2009"), so a date keeps the
precision it was given. Comparisons are honest: a year-only date covers every day of that year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from desktop_app.core.errors import InvalidInput

# ASCII digits only: \d would also take "２０１０" or "٢٠١٠", stored as such and sorted wrongly.
_PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def normalize_partial_date(value: str | None) -> str:
    """The canonical text of a partial date, or InvalidInput saying what is wrong (without
    the value, which may be long: the caller quotes it, see ``content.quoted``)."""
    if value is None:
        return ""
    value = value.strip()
    if value == "":
        return ""
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise InvalidInput("not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if not 1000 <= year <= 9999:
        raise InvalidInput("year out of range")
    if month is not None and not 1 <= month <= 12:
        raise InvalidInput("month out of range")
    if day is not None:
        assert month is not None
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise InvalidInput("no such day")
    return value


def precision(value: str) -> str:
    """'day', 'month', 'year' or 'unknown'."""
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")


def date_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a partial date may mean; None when unknown."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, parts[2])
    return day, day


def is_before(end: str, start: str) -> bool:
    """True if end certainly lies before start (used to check end dates as you type)."""
    end_bounds, start_bounds = date_bounds(end), date_bounds(start)
    if end_bounds is None or start_bounds is None:
        return False
    return end_bounds[1] < start_bounds[0]


def utc_now() -> str:
    """The current time as stored in records: ISO 8601, UTC, seconds."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
