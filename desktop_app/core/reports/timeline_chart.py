"""The timeline chart: one lane per act type, events placed honestly by date precision.

An event known to the day is a dot; one known only to the month or year is a bar across that
month or year, so the chart never claims more precision than the record has. Each mark carries
the event's number in the timeline table. Events with no date are left to the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.dates import date_bounds, precision
from desktop_app.core.reports.labels import Labels
from desktop_app.core.reports.timeline_axis import TICK_FONT_SIZE, axis_span, placed_ticks

LANE_HEIGHT = 24.0
AXIS_HEIGHT = 22.0
TOP_PAD = 6.0
NUMBER_FONT_SIZE = 6.5
NUMBER_GAP = 3.0  # points between two number labels of a row, at least
MAX_RUNS = 3  # runs of numbers a shared label lists ('1–3, 5, 7–9') before it gives the range
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


Mark = tuple[float, int, float]  # x, the event's number, and x where its bar ends


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _lane_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A lane's label in one line, or two broken between words (legal terms run long:
    "Oʻzboshimchalik bilan ozodlikdan mahrum qilish"), the second cut if still too long."""
    if stringWidth(text, font, size) <= width:
        return [text]
    words = text.split()
    for split in range(len(words) - 1, 0, -1):
        head = " ".join(words[:split])
        if stringWidth(head, font, size) <= width:
            return [head, _fit(" ".join(words[split:]), font, size, width)]
    return [_fit(text, font, size, width)]


def number_runs(numbers: Sequence[int]) -> str:
    """Event numbers as one label: '4', '1–3, 5', or, past MAX_RUNS runs, '1–40'."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for number in ordered:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    if len(runs) > MAX_RUNS:
        runs = [[ordered[0], ordered[-1]]]
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _groups(marks: Sequence[Mark], reach: float) -> list[tuple[float, float, str]]:
    """(x, high, label) of marks grouped while each is within reach of the group's first;
    a label may move right of x up to high, where the group's marks all end (a bar's)."""
    groups: list[list[Mark]] = []
    for mark in sorted(marks):
        if groups and mark[0] - groups[-1][0][0] <= reach:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    return [
        ((g[0][0] + g[-1][0]) / 2, min(m[2] for m in g), number_runs([m[1] for m in g]))
        for g in groups
    ]


def placed_numbers(
    marks: Sequence[Mark], font: str, left: float, right: float
) -> list[tuple[float, int, str]]:
    """(x, row, label) for the number labels of one lane's marks (x, number, right end), row 0
    above the marks and row 1 below, no two labels of a row closer than NUMBER_GAP, each within
    left to right. A label goes over its mark's middle, else further right over its bar, else
    below: below, it reads as the next lane's ("1" under a year's bar sat on event 3 there).
    Marks too close together to label one by one share a label; the reach of a group doubles
    until the labels keep apart (at worst one label for the lane)."""
    reach = 1.0
    while True:
        placed: list[tuple[float, int, str]] = []
        ends = [left - NUMBER_GAP, left - NUMBER_GAP]  # right end of each row's last label
        for x, high, text in _groups(marks, reach):
            half = stringWidth(text, font, NUMBER_FONT_SIZE) / 2
            x = min(max(x, left + half), right - half)
            along = max(x, ends[0] + NUMBER_GAP + half)  # the nearest free x of row 0
            spots = [(0, x), (0, along)] if along <= min(high, right) - half else [(0, x)]
            spot = next(
                ((r, at) for r, at in [*spots, (1, x)] if at - half - ends[r] >= NUMBER_GAP),
                None,
            )
            if spot is None:
                break
            row, x = spot
            ends[row] = x + half
            placed.append((x, row, text))
        else:
            return placed
        reach *= 2


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
    first, last = axis_span(first, last)
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
        lines = _lane_lines(lane, font, 7.5, label_width - 6)
        for number, line in enumerate(lines):  # baselines 8.5 pt apart, centred on the lane
            baseline = y_low + LANE_HEIGHT / 2 - 3 + 4.25 * (len(lines) - 1) - 8.5 * number
            drawing.add(String(4, baseline, line, fontName=font, fontSize=7.5))
    axis_y = AXIS_HEIGHT - 6
    drawing.add(
        Line(x0, axis_y, x1, axis_y, strokeColor=colors.HexColor("#666666"), strokeWidth=0.6)
    )
    for x, label_x, text in placed_ticks(first, last, labels, x_of, font, width):
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

    marks: dict[str, list[Mark]] = {lane: [] for lane in lanes}
    for event, (start, end) in placed:
        index = lanes.index(event.lane)
        color = colors.HexColor(PALETTE[index % len(PALETTE)])
        middle = lane_top - LANE_HEIGHT * index - LANE_HEIGHT / 2
        if precision(event.date) == "day":
            x = right = x_of(start)
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
        marks[event.lane].append((x, event.number, right))
    for index, lane in enumerate(lanes):
        middle = lane_top - LANE_HEIGHT * index - LANE_HEIGHT / 2
        for x, row, text in placed_numbers(marks[lane], bold_font, x0, width):
            drawing.add(
                String(
                    x,
                    middle + 5 if row == 0 else middle - 11,
                    text,
                    fontName=bold_font,
                    fontSize=NUMBER_FONT_SIZE,
                    textAnchor="middle",
                )
            )
    return drawing
