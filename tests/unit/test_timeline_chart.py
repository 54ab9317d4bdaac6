"""The timeline chart spans its events' own dates with ticks that suit them, and its number
labels never print over each other, however close together the events are."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from reportlab.graphics.shapes import String
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.reports.fonts import register_fonts
from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.layout import FRAME_WIDTH
from desktop_app.core.reports.timeline_chart import ChartEvent, number_runs, timeline_drawing


def _strings(events: list[ChartEvent], language: str = "ru") -> tuple[list[String], list[String]]:
    """(number labels, tick labels) the chart of events draws."""
    fonts = register_fonts()
    drawing = timeline_drawing(events, FRAME_WIDTH, fonts.regular, fonts.bold, labels_for(language))
    assert drawing is not None
    strings = [s for s in drawing.contents if isinstance(s, String)]
    numbers = [s for s in strings if s.fontName == fonts.bold]
    ticks = [s for s in strings if s.fontName == fonts.regular and s.textAnchor == "middle"]
    return numbers, ticks


def _overlapping(labels: list[String]) -> list[tuple[str, str]]:
    def box(s: String) -> tuple[float, float, float, float]:
        half = stringWidth(s.text, s.fontName, s.fontSize) / 2
        # Digits, dashes and commas: from a comma's tail to the digits' tops.
        return s.x - half, s.y - 1.5, s.x + half, s.y + 0.75 * s.fontSize

    return [
        (a.text, b.text)
        for a, b in combinations(labels, 2)
        if box(a)[0] < box(b)[2]
        and box(b)[0] < box(a)[2]
        and box(a)[1] < box(b)[3]
        and box(b)[1] < box(a)[3]
    ]


def test_forty_events_over_five_days_get_day_ticks_and_apart_labels() -> None:
    # Before: the axis ran June to August, every dot in one spot, 40 numbers in two blobs.
    events = [ChartEvent(i, f"2022-07-0{(i - 1) // 8 + 1}", "Detention") for i in range(1, 41)]
    numbers, ticks = _strings(events)
    assert _overlapping(numbers) == []
    assert [s.text for s in numbers] == ["1–8", "9–16", "17–24", "25–32", "33–40"]
    assert "1 июля" in [s.text for s in ticks]
    assert "август" not in [s.text for s in ticks]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2022-07-01", "2022-07-05"], "3 July"),
        (["2021-03", "2021-10-12"], "June"),
        (["2010", "2020-05"], "2015"),
    ],
)
def test_the_ticks_suit_the_span(dates: list[str], expected: str) -> None:
    events = [ChartEvent(n, d, "Detention") for n, d in enumerate(dates, start=1)]
    _, ticks = _strings(events, "en")
    assert expected in [s.text for s in ticks]
    assert _overlapping(ticks) == []


@pytest.mark.parametrize("seed", range(30))
def test_number_labels_never_overlap(seed: int) -> None:
    rng = random.Random(seed)
    lanes = ["Detention", "Torture", "Threats"][: rng.randint(1, 3)]
    year = rng.choice([2010, 2020])
    events = []
    for number in range(1, rng.randint(2, 120)):
        shape = rng.random()
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if shape < 0.6:
            date = f"{year + rng.randint(0, rng.choice([0, 1, 12]))}-{month:02d}-{day:02d}"
        elif shape < 0.9:
            date = f"{year}-{month:02d}"
        else:
            date = str(year + rng.randint(0, 3))
        events.append(ChartEvent(number, date, rng.choice(lanes)))
    numbers, ticks = _strings(events)
    assert _overlapping(numbers) == []
    assert _overlapping(ticks) == []
    assert all(s.x - stringWidth(s.text, s.fontName, s.fontSize) / 2 >= 0 for s in numbers)
    assert all(
        s.x + stringWidth(s.text, s.fontName, s.fontSize) / 2 <= FRAME_WIDTH for s in numbers
    )


def test_a_shared_label_lists_runs_then_gives_the_range() -> None:
    assert number_runs([4]) == "4"
    assert number_runs([1, 2, 3, 5]) == "1–3, 5"
    assert number_runs([1, 3, 5, 7, 9]) == "1–9"


def test_a_year_bar_label_moves_along_its_bar_not_under_it() -> None:
    # Before: "1" of the year's bar sat under it, right above event 3 of the lane below.
    dates = ["2022", "2022-06", "2022-06-13", "2022-06-13", "2022-06-14", "2022-06-16"]
    lanes = ["Threats and harassment", "Threats and harassment", "Arbitrary detention"]
    lanes += ["Torture or ill-treatment", "Torture or ill-treatment", "Restriction of expression"]
    events = [
        ChartEvent(n, d, lane)
        for n, (d, lane) in enumerate(zip(dates, lanes, strict=True), start=1)
    ]
    events += [ChartEvent(7, "2022-08", "Unfair trial"), ChartEvent(8, "2023", "Travel ban")]
    events += [ChartEvent(9, "2024-01", "Other")]
    numbers, _ = _strings(events, "en")
    by_text = {s.text: s for s in numbers}
    assert by_text["1"].y == by_text["2"].y  # both above the bars of their lane
    assert by_text["1"].x > by_text["2"].x
    assert by_text["1"].y - by_text["3"].y > 20  # a lane apart, not one over the other
    assert _overlapping(numbers) == []
