"""The timeline chart: one lane per act type, events placed honestly by date precision.

An event known to the day is a dot; one known only to the month or year is a bar across that
month or year, so the chart never claims more precision than the record has. Each mark carries
the event's number in the timeline table. Events with no date are left to the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.dates import date_bounds, precision
from desktop_app.core.reports.labels import Labels, format_partial_date

LANE_HEIGHT = 24.0
AXIS_HEIGHT = 22.0
TOP_PAD = 6.0
MIN_SPAN_DAYS = 60
TICK_FONT_SIZE = 7.0
TICK_GAP = 6.0  # points between two tick labels, at least
PALETTE = (
    "#1f5f99", "#b35900", "#2e7d32", "#8e24aa", "#c62828",
    "#00838f", "#6d4c41", "#5c6bc0", "#9e9d24", "#d81b60",
)  # fmt: skip


@dataclass(frozen=True)
class ChartEvent:
    """One event on the chart: its table number, partial date and lane (act type label)."""

    number: int
    date: str
    lane: str


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _ticks(first: dt.date, last: dt.date, labels: Labels, step: int) -> list[tuple[dt.date, str]]:
    """A tick every step years for spans over two years, every step months for shorter ones,
    labelled as the dossier writes dates ('2010', '2010-yil'); a month by its name, with its
    year at the first tick and wherever the year changes ('November 2026', 'December')."""
    if (last - first).days > 2 * 365:
        years = range(first.year + 1 if first.month > 1 else first.year, last.year + 1, step)
        return [(dt.date(y, 1, 1), format_partial_date(str(y), labels)) for y in years]
    ticks: list[tuple[dt.date, str]] = []
    year, month = first.year, first.month + 1  # the first whole month inside the span
    while True:
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        day = dt.date(year, month, 1)
        if day > last:
            break
        if ticks and ticks[-1][0].year == year:
            text = labels.months[month - 1]
        else:
            text = format_partial_date(f"{year}-{month:02d}", labels)
        ticks.append((day, text))
        month += step
    return ticks


def _placed_ticks(
    first: dt.date,
    last: dt.date,
    labels: Labels,
    x_of: Callable[[dt.date], float],
    font: str,
    width: float,
) -> list[tuple[float, float, str]]:
    """(tick x, label x, label) of the smallest step, from about ten ticks up, whose labels
    do not touch (a month's name is wider than '2026-11'); each label inside the drawing,
    width points wide, so that none sticks out into the page margin."""
    if (last - first).days > 2 * 365:
        step = (last.year - first.year + 1) // 10 + 1
    else:
        step = ((last.year - first.year) * 12 + last.month - first.month) // 10 + 1
    while True:
        placed = []
        for day, text in _ticks(first, last, labels, step):
            half = stringWidth(text, font, TICK_FONT_SIZE) / 2
            placed.append((x_of(day), min(max(x_of(day), half), width - half), half, text))
        if all(
            right_x - right_half - (left_x + left_half) >= TICK_GAP
            for (_, left_x, left_half, _), (_, right_x, right_half, _) in pairwise(placed)
        ):
            return [(x, label_x, text) for x, label_x, _, text in placed]
        step += 1


def timeline_drawing(
    events: Sequence[ChartEvent], width: float, font: str, bold_font: str, labels: Labels
) -> Drawing | None:
    """The chart of the dated events, width points wide, its axis in labels' language; None if
    no event has a date."""
    dated = [(e, date_bounds(e.date)) for e in events if e.date]
    placed = [(e, b) for e, b in dated if b is not None]
    if not placed:
        return None
    lanes = list(dict.fromkeys(e.lane for e, _ in placed))
    label_width = min(150.0, max(stringWidth(lane, font, 7.5) for lane in lanes) + 10)
    x0, x1 = label_width + 6, width - 8
    first = min(b[0] for _, b in placed)
    last = max(b[1] for _, b in placed)
    span = (last - first).days
    if span < MIN_SPAN_DAYS:
        first -= dt.timedelta(days=(MIN_SPAN_DAYS - span) // 2)
        last = first + dt.timedelta(days=MIN_SPAN_DAYS)
    pad = dt.timedelta(days=max(3, (last - first).days // 30))
    first, last = first - pad, last + pad
    days = (last - first).days or 1

    def x_of(day: dt.date) -> float:
        return x0 + (x1 - x0) * (day - first).days / days

    height = TOP_PAD + LANE_HEIGHT * len(lanes) + AXIS_HEIGHT
    drawing = Drawing(width, height, initialFontName=font)  # not Helvetica: all fonts embedded
    lane_top = height - TOP_PAD
    for index, lane in enumerate(lanes):
        y_low = lane_top - LANE_HEIGHT * (index + 1)
        if index % 2 == 0:
            drawing.add(
                Rect(
                    0,
                    y_low,
                    width,
                    LANE_HEIGHT,
                    fillColor=colors.HexColor("#f2f2f2"),
                    strokeColor=None,
                )
            )
        drawing.add(
            String(
                4,
                y_low + LANE_HEIGHT / 2 - 3,
                _fit(lane, font, 7.5, label_width - 6),
                fontName=font,
                fontSize=7.5,
            )
        )
    axis_y = AXIS_HEIGHT - 6
    drawing.add(
        Line(x0, axis_y, x1, axis_y, strokeColor=colors.HexColor("#666666"), strokeWidth=0.6)
    )
    for x, label_x, text in _placed_ticks(first, last, labels, x_of, font, width):
        drawing.add(
            Line(
                x,
                axis_y - 3,
                x,
                height - TOP_PAD,
                strokeColor=colors.HexColor("#d0d0d0"),
                strokeWidth=0.4,
            )
        )
        drawing.add(
            String(
                label_x,
                axis_y - 12,
                text,
                fontName=font,
                fontSize=TICK_FONT_SIZE,
                textAnchor="middle",
            )
        )

    last_label_x: dict[str, float] = {}
    for event, (start, end) in placed:
        index = lanes.index(event.lane)
        color = colors.HexColor(PALETTE[index % len(PALETTE)])
        middle = lane_top - LANE_HEIGHT * index - LANE_HEIGHT / 2
        if precision(event.date) == "day":
            x = x_of(start)
            drawing.add(
                Circle(x, middle, 3.6, fillColor=color, strokeColor=colors.white, strokeWidth=0.5)
            )
        else:
            left, right = x_of(start), max(x_of(end + dt.timedelta(days=1)), x_of(start) + 4)
            drawing.add(
                Rect(
                    left,
                    middle - 3.5,
                    right - left,
                    7,
                    fillColor=color,
                    strokeColor=None,
                    fillOpacity=0.55,
                )
            )
            x = (left + right) / 2
        crowded = abs(x - last_label_x.get(event.lane, -100.0)) < 12
        label_y = middle - 11 if crowded else middle + 5
        last_label_x[event.lane] = -100.0 if crowded else x
        drawing.add(
            String(
                x, label_y, str(event.number), fontName=bold_font, fontSize=6.5, textAnchor="middle"
            )
        )
    return drawing
