"""Partial dates keep the precision they were given and compare honestly."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop_app.core.dates import (
    date_bounds,
    is_before,
    normalize_partial_date,
    precision,
    utc_now,
)
from desktop_app.core.errors import InvalidInput


@pytest.mark.parametrize(
    ("given", "stored", "kind"),
    [
        ("2010", "2010", "year"),
        ("2010-06", "2010-06", "month"),
        ("2010-06-13", "2010-06-13", "day"),
        (" 2010-06-13 ", "2010-06-13", "day"),
        ("2012-02-29", "2012-02-29", "day"),
        ("", "", "unknown"),
        (None, "", "unknown"),
    ],
)
def test_partial_dates_keep_their_precision(given: str | None, stored: str, kind: str) -> None:
    assert normalize_partial_date(given) == stored
    assert precision(stored) == kind


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("13.06.2010", "not a date"),
        ("2010-6-13", "not a date"),
        ("10-06-13", "not a date"),
        ("2010-06-13T10:00", "not a date"),
        ("spring 2010", "not a date"),
        ("２０１０", "not a date"),  # full-width digits
        ("٢٠١٠", "not a date"),  # Arabic-Indic digits
        ("0999", "year out of range"),
        ("2010-13", "month out of range"),
        ("2010-00", "month out of range"),
        ("2011-02-29", "no such day"),
        ("2010-04-31", "no such day"),
        ("2010-06-00", "no such day"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(given: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        normalize_partial_date(given)


def test_bounds_cover_what_a_partial_date_may_mean() -> None:
    assert date_bounds("2010") == (dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert date_bounds("2012-02") == (dt.date(2012, 2, 1), dt.date(2012, 2, 29))
    assert date_bounds("2010-06-13") == (dt.date(2010, 6, 13), dt.date(2010, 6, 13))
    assert date_bounds("") is None


@pytest.mark.parametrize(
    ("end", "start", "before"),
    [
        ("2009", "2010", True),
        ("2010", "2010-06", False),  # the year contains June
        ("2010-05", "2010-06-01", True),
        ("2010-06", "2010-06-30", False),
        ("2010-06-12", "2010-06-13", True),
        ("2010-06-13", "2010-06-13", False),
        ("", "2010", False),  # unknown is never certainly before
        ("2010", "", False),
    ],
)
def test_is_before_only_when_certain(end: str, start: str, before: bool) -> None:
    assert is_before(end, start) is before


def test_utc_now_is_iso_utc_and_sorts_as_text() -> None:
    first = utc_now()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", first)
    assert utc_now() >= first
