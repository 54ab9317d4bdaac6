"""A dossier writes every date in its own language: the cover's creation time and the timeline
chart's axis as its tables do, never in ISO form ("2026-11-27", "2026-11")."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
from reportlab.graphics.shapes import String
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.reports import LANGUAGES, DossierOptions, build_dossier
from desktop_app.core.reports.fonts import register_fonts
from desktop_app.core.reports.labels import format_moment, format_partial_date, labels_for
from desktop_app.core.reports.layout import FRAME_WIDTH
from desktop_app.core.reports.timeline_chart import TICK_FONT_SIZE, ChartEvent, timeline_drawing
from desktop_app.core.vault import Vault

MADE_AT = dt.datetime(2026, 11, 27, 2, 4, tzinfo=dt.UTC)
ISO_DATE = re.compile(r"\b\d{4}-\d\d\b")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "27 November 2026, 02:04 UTC"),
        ("ru", "27 ноября 2026, 02:04 UTC"),
        ("uz", "2026-yil 27-noyabr, soat 02:04 UTC"),
    ],
)
def test_a_moment_is_written_as_the_languages_dates_are(language: str, expected: str) -> None:
    labels = labels_for(language)
    assert format_moment(MADE_AT, labels) == expected
    # Tashkent's evening of the 26th is the 27th in UTC, as the cover says.
    tashkent = MADE_AT.astimezone(dt.timezone(dt.timedelta(hours=5)))
    assert format_moment(tashkent, labels) == expected
    assert format_moment(MADE_AT, labels).startswith(format_partial_date("2026-11-27", labels))


def _axis_labels(events: list[ChartEvent], language: str) -> list[String]:
    fonts = register_fonts()
    drawing = timeline_drawing(events, FRAME_WIDTH, fonts.regular, fonts.bold, labels_for(language))
    assert drawing is not None
    return [s for s in drawing.contents if isinstance(s, String) and s.fontSize == TICK_FONT_SIZE]


def _assert_apart_and_inside(ticks: list[String]) -> None:
    font = register_fonts().regular
    edges = []
    for tick in ticks:
        half = stringWidth(tick.text, font, TICK_FONT_SIZE) / 2
        edges.append((tick.x - half, tick.x + half))
    assert all(left >= 0 and right <= FRAME_WIDTH for left, right in edges)
    assert all(a_right < b_left for (_, a_right), (b_left, _) in pairwise(edges))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_timeline_of_months_names_them_in_the_dossiers_language(language: str) -> None:
    labels = labels_for(language)
    events = [
        ChartEvent(1, "2026-09-03", "Arbitrary detention"),
        ChartEvent(2, "2026-11", "Torture"),
        ChartEvent(3, "2027-02-14", "Enforced disappearance of a person held incommunicado"),
    ]
    ticks = _axis_labels(events, language)
    texts = [t.text for t in ticks]
    assert len(texts) >= 3, texts
    # Before: "2026-10", "2026-11"... in every language.
    assert not [t for t in texts if ISO_DATE.search(t)]
    years = [int(y) for t in texts for y in re.findall(r"\d{4}", t)]
    # A month by its name; the year where the axis starts and where it changes.
    assert years == [2026, 2027], texts
    month_names = set(labels.months)
    with_year = {format_partial_date(f"{y}-{m:02d}", labels) for y in years for m in range(1, 13)}
    assert set(texts) <= month_names | with_year, texts
    assert texts[0] in with_year
    _assert_apart_and_inside(ticks)


def test_a_long_uzbek_timeline_writes_its_years_as_the_tables_do() -> None:
    events = [ChartEvent(1, "2005-05-13", "Qiynoq"), ChartEvent(2, "2016", "Majburiy mehnat")]
    ticks = _axis_labels(events, "uz")
    texts = [t.text for t in ticks]
    assert texts and all(re.fullmatch(r"\d{4}-yil", t) for t in texts), texts
    _assert_apart_and_inside(ticks)


def _pdf_text(path: Path, *pages: str) -> str:
    out = subprocess.run(
        ["pdftotext", *pages, str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(out.stdout.split())


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "cover_line", "axis_words"),
    [
        ("en", "Generated at 27 November 2026, 02:04 UTC", ("September 2026", "January 2027")),
        ("ru", "Создано 27 ноября 2026, 02:04 UTC", ("сентябрь 2026", "январь 2027")),
        (
            "uz",
            "Yaratilgan vaqti 2026-yil 27-noyabr, soat 02:04 UTC",
            ("2026-yil sentabr", "yanvar"),
        ),
    ],
)
def test_a_dossier_dates_its_cover_and_timeline_in_its_language(
    tmp_vault: Vault, tmp_path: Path, language: str, cover_line: str, axis_words: tuple[str, ...]
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create(
            "case", {"reference": "UZ-2026-0011", "title": "Majburiy mehnat", "country": "UZ"}
        )
        for date, act in (
            ("2026-08-20", "forced_labour"),
            ("2026-11", "arbitrary_detention"),
            ("2027-01-14", "torture"),
        ):
            writer.create("event", {"case": str(case.id), "date": date, "act_type": act})
    path = tmp_path / f"{language}.pdf"
    build_dossier(
        tmp_vault, [case.id], path, DossierOptions(language=language), generated_at=MADE_AT
    )
    assert cover_line in _pdf_text(path, "-l", "1")
    text = _pdf_text(path)
    # Before: "2026-11-27 02:04 UTC" on the cover and "2026-09" under the chart.
    assert not ISO_DATE.search(text.replace("UZ-2026-0011", "")), ISO_DATE.findall(text)
    for words in axis_words:
        assert words in text
