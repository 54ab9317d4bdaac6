"""A testimony whose facts block is taller than a page (a place of thousands of characters):
its heading stays with the first lines of the block at the foot of the page it starts on, and
the block runs on over the next pages, instead of both moving on and leaving a page part blank."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.reports import build_dossier
from desktop_app.core.reports.layout import FRAME_HEIGHT, MARGIN_BOTTOM, PAGE_SIZE
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

FRAME_BOTTOM = PAGE_SIZE[1] - MARGIN_BOTTOM  # points from the top of a page
ACCOUNT = "He was taken at night from his home by men in plain clothes."
MOST_LEFT_BLANK = 0.1  # of a page's frame, above the footer
_LINE = re.compile(
    r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>', re.S
)
_WORD = re.compile(r">([^<]*)</word>")


def _dossier(vault: Vault, path: Path, place_length: int, summary: str = "") -> None:
    """A case of two testimonies: a short one, then one whose place is place_length long."""
    place = ("Osh bazaar, near the gate " * (place_length // 26 + 1))[:place_length]
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-1", "title": "Detention in Osh"})
        for number, where in enumerate(["Osh", place], start=1):
            witness = writer.create("person", {"name": f"Witness Number{number}"})
            writer.create(
                "case_party",
                {"case": str(case.id), "person": str(witness.id), "role": "witness"},
            )
            testimony = writer.create(
                "testimony",
                {
                    "case": str(case.id),
                    "witness": str(witness.id),
                    "date": "2010-06-11",
                    "interviewer": "N. R.",
                    "summary": summary,
                    "consent": {"given": True, "scope": ["reports"]},
                    "narrative": "\n\n".join([ACCOUNT] * 12),
                },
            )
            # As a colleague's bundle may bring it: a form or a JSON import refuses so long
            # a place now, but a vault may hold one.
            testimony.place = where
        case_id: UUID = case.id
    build_dossier(vault, [case_id], path)


def _lines(path: Path) -> list[list[tuple[str, float]]]:
    """Each page's lines of text, with how far from the top each ends; header and footer
    left out."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        lines = []
        for bottom, words in _LINE.findall(page):
            if 60 < float(bottom) < FRAME_BOTTOM + 5:
                lines.append((" ".join(_WORD.findall(words)), float(bottom)))
        pages.append(lines)
    return pages


def _page_of(pages: list[list[tuple[str, float]]], start: str) -> int:
    return next(n for n, page in enumerate(pages) for text, _ in page if text.startswith(start))


def test_a_heading_stays_with_the_start_of_facts_taller_than_a_page(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before: "Testimony 2" and all its facts went to the next page, leaving a third of the
    # page under the first testimony blank.
    path = tmp_path / "d.pdf"
    _dossier(tmp_vault, path, 10_000)
    pages = _lines(path)
    heading = _page_of(pages, "Testimony 2: Witness Number2")
    texts = [text for text, _ in pages[heading]]
    after = texts[texts.index("Testimony 2: Witness Number2") + 1]
    assert after.startswith("Date: 11 June 2010 · Place: Osh bazaar")
    first = _page_of(pages, "Testimony 1: Witness Number1")
    for page in pages[first:heading]:
        blank = FRAME_BOTTOM - max(bottom for _, bottom in page)
        assert blank < MOST_LEFT_BLANK * FRAME_HEIGHT
    assert "Osh bazaar" in texts[-1]  # the block is cut at the foot of the page


@pytest.mark.slow
@pytest.mark.parametrize("place_length", range(12_600, 13_600, 100))
def test_a_label_after_tall_facts_stays_with_the_text_it_introduces(
    tmp_vault: Vault, tmp_path: Path, place_length: int
) -> None:
    # The facts end a line lower on their last page for each length, over the foot of the
    # page: "Summary" must never be left there alone, whatever room the facts leave.
    path = tmp_path / "d.pdf"
    _dossier(tmp_vault, path, place_length, summary="She saw him taken away.")
    pages = _lines(path)
    shown = [
        (page[index + 1][0] if index + 1 < len(page) else None)
        for page in pages
        for index, (text, _) in enumerate(page)
        if text == "Summary"
    ]
    assert shown == ["She saw him taken away."] * 2
