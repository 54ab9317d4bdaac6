"""Faults a lawyer found in dossiers: the PDF's subject for several cases, table headers cut
inside a word, and a short last section pushed alone onto a page of its own."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest
from pypdf import PdfReader

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.labels import labels_for
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def _pages(path: Path) -> list[list[str]]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [[line.strip() for line in page.split("\n") if line.strip()] for page in out.split("\f")]


def _three_cases(vault: Vault) -> list[UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [
            writer.create(
                "case", {"reference": reference, "title": "Detention", "sensitivity": sensitivity}
            ).id
            for reference, sensitivity in (
                ("UZ-AND-2021-07", "confidential"),
                ("KZ-ALM-2019", "normal"),
                ("TJ-DSH-2020", "restricted"),
            )
        ]


@pytest.mark.parametrize(
    ("language", "one", "several"),
    [
        ("en", "Case dossier: UZ-AND-2021-07", "Dossier of cases: UZ-AND-2021-07, KZ-ALM-2019"),
        ("ru", "Досье по делу: UZ-AND-2021-07", "Досье по делам: UZ-AND-2021-07, KZ-ALM-2019"),
        ("uz", "Ish boʻyicha dosye: UZ-AND-2021-07", "Ishlar boʻyicha dosye: UZ-AND-2021-07"),
    ],
)
def test_the_subject_of_a_dossier_of_several_cases_is_plural(
    tmp_vault: Vault, tmp_path: Path, language: str, one: str, several: str
) -> None:
    ids = _three_cases(tmp_vault)
    subjects = []
    for name, chosen in (("one.pdf", ids[:1]), ("several.pdf", ids)):
        build_dossier(tmp_vault, chosen, tmp_path / name, DossierOptions(language=language))
        subjects.append(str((PdfReader(tmp_path / name).metadata or {}).get("/Subject")))
    assert subjects[0] == one
    assert subjects[1].startswith(several)


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_the_cover_table_breaks_its_headers_and_cells_only_between_words(
    tmp_vault: Vault, tmp_path: Path, language: str
) -> None:
    # Before, in Russian: "Конфиденциально" / "сть", cut with no hyphen.
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, _three_cases(tmp_vault), path, DossierOptions(language=language))
    tokens = {token for line in _pages(path)[0] for token in line.split()}
    labels = labels_for(language)
    wording = [labels["reference"], labels["title"], labels["sensitivity"]]
    words = {word for text in [*wording, *labels.sensitivities.values()] for word in text.split()}
    cut = {t for t in tokens for w in words if t != w and len(t) > 1 and w.endswith(t)}
    assert (words - tokens, cut) == (set(), set())


def test_a_short_last_section_is_not_pushed_alone_onto_a_page(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # One case for each length of summary, a line apart: one of them ends its people table at
    # every height of a page. Before, with under 90 points left, "Attachments" and "No
    # attachments." took a page of their own.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        ids = [
            writer.create(
                "case",
                {
                    "reference": f"KG-2010-{lines:04d}",
                    "title": "Detention",
                    "summary": "\n\n".join(["A line of the summary."] * lines),
                },
            ).id
            for lines in range(30, 56)
        ]
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en"))
    # What a page shows besides its header and footer, and how far down its last line ends.
    pages = _word_boxes(path)
    bodies = [[w for w, _ in words if not w.startswith(("SENSITIVITY", "KG-"))] for words in pages]
    assert len(bodies) > 26
    pushed = [
        FRAME_BOTTOM - max(bottom for _, bottom in pages[index - 1])
        for index, body in enumerate(bodies)
        if body[:3] == ["Attachments", "No", "attachments."] and len(body) <= 7
    ]
    # Heading and note need 47 points: a page of their own only when less was left.
    assert [room for room in pushed if room >= 50] == []


FRAME_BOTTOM = 841.89 - 58  # points from the top of an A4 page to the bottom of the text


def _word_boxes(path: Path) -> list[list[tuple[str, float]]]:
    """Each page's words and how far from the top each ends, header and footer left out."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = re.findall(r'yMax="([\d.]+)">([^<]*)</word>', page)
        pages.append([(w, float(y)) for y, w in words if 60 < float(y) < FRAME_BOTTOM + 5])
    return pages
