"""The timeline chart's axis: its span, and ticks in days, months or years to suit it.

The axis spans the events' own dates (a few days around a single day, never less), so that 40
events over five days spread over the chart instead of piling up in one spot. Ticks are tried
from the finest (every day) to the coarsest (every century); the first whose labels keep apart
is drawn. A label carries the year at the first tick and wherever the year changes ('1 July
2022', '2 July'; 'November 2026', 'December'); years are written as the dossier writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import pairwise

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.reports.labels import Labels, format_partial_date

MIN_SPAN_DAYS = 6
TICK_FONT_SIZE = 7.0
TICK_GAP = 6.0  # points between two tick labels, at least
MAX_TICKS = 14
# (unit, which ones): days of the month, months of the year; years are multiples of a step.
DAY_STEPS = (range(1, 32), range(1, 30, 2), (1, 8, 15, 22), (1, 15))
MONTH_STEPS = (range(1, 13), range(1, 13, 2), (1, 4, 7, 10), (1, 7))
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)


def axis_span(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The dates at the ends of the axis for events from first to last: at least
    MIN_SPAN_DAYS, with a little room at either end so no mark sits on the edge."""
    span = (last - first).days
    if span < MIN_SPAN_DAYS:
        first -= dt.timedelta(days=(MIN_SPAN_DAYS - span) // 2)
        last = first + dt.timedelta(days=MIN_SPAN_DAYS)
    pad = dt.timedelta(days=max(1, (last - first).days // 30))
    return first - pad, last + pad


def _days(first: dt.date, last: dt.date, days: tuple[int, ...] | range) -> Iterator[dt.date]:
    day = first
    while day <= last:
        if day.day in days:
            yield day
        day += dt.timedelta(days=1)


def _months(first: dt.date, last: dt.date, months: tuple[int, ...] | range) -> Iterator[dt.date]:
    year, month = first.year, first.month
    while True:
        day = dt.date(year, month, 1)
        if day > last:
            return
        if day >= first and month in months:
            yield day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _years(first: dt.date, last: dt.date, step: int) -> Iterator[dt.date]:
    for year in range(-(-first.year // step) * step, last.year + 1, step):
        if dt.date(year, 1, 1) >= first:
            yield dt.date(year, 1, 1)


def _label(day: dt.date, unit: str, previous: dt.date | None, labels: Labels) -> str:
    with_year = previous is None or previous.year != day.year
    if unit == "year":
        return format_partial_date(str(day.year), labels)
    if unit == "month":
        if with_year:
            return format_partial_date(f"{day.year}-{day.month:02d}", labels)
        return labels.months[day.month - 1]
    if with_year:
        return format_partial_date(day.isoformat(), labels)
    return labels["date_day_month"].format(day=day.day, month=labels.day_months[day.month - 1])


def _candidates(first: dt.date, last: dt.date) -> Iterator[tuple[str, list[dt.date]]]:
    """Tick dates of each step, finest first."""
    for days in DAY_STEPS:
        yield "day", list(_days(first, last, days))
    for months in MONTH_STEPS:
        yield "month", list(_months(first, last, months))
    step = 1
    while True:
        for multiple in YEAR_STEPS:
            yield "year", list(_years(first, last, step * multiple))
        step *= 1000


def placed_ticks(
    first: dt.date,
    last: dt.date,
    labels: Labels,
    x_of: Callable[[dt.date], float],
    font: str,
    width: float,
) -> list[tuple[float, float, str]]:
    """(tick x, label x, label) of the finest step with at most MAX_TICKS ticks whose labels
    keep TICK_GAP apart, each label inside the drawing (width points wide)."""
    for unit, days in _candidates(first, last):
        if len(days) > MAX_TICKS:
            continue
        placed = []
        for previous, day in zip([None, *days], days, strict=False):
            text = _label(day, unit, previous, labels)
            half = stringWidth(text, font, TICK_FONT_SIZE) / 2
            placed.append((x_of(day), min(max(x_of(day), half), width - half), half, text))
        if all(
            right_x - right_half - (left_x + left_half) >= TICK_GAP
            for (_, left_x, left_half, _), (_, right_x, right_half, _) in pairwise(placed)
        ):
            return [(x, label_x, text) for x, label_x, _, text in placed]
    raise AssertionError("unreachable: one year tick or none always fits")
