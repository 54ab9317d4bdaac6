"""A section's heading never ends a page alone: the testimonies' heading keeps the first
testimony's heading and facts with it, wherever the case before it ends."""

from __future__ import annotations

import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def _pages(path: Path) -> list[list[str]]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [[line.strip() for line in page.split("\n") if line.strip()] for page in out.split("\f")]


def test_the_testimonies_heading_is_never_alone_at_the_foot_of_a_page(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # One case for each length of summary, a line apart: one of them ends its summary at
    # every height of a page, the heading after it with it.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        ids = []
        for lines in range(0, 56, 1):
            case = writer.create(
                "case",
                {
                    "reference": f"KG-2010-{lines:04d}",
                    "title": "Detention",
                    "summary": "\n\n".join(["A line of the summary."] * lines),
                },
            )
            writer.create(
                "testimony",
                {
                    "case": str(case.id),
                    "date": "2010-06-13",
                    "place": "Osh",
                    "interviewer": "Aziza",
                    "consent": {"given": True, "scope": ["reports"]},
                    "narrative": "Seen.",
                },
            )
            ids.append(case.id)
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en"))
    pages = _pages(path)
    body = [lines for lines in pages if not _in_contents(lines)]
    assert len(body) > 40
    alone = [
        lines[-4:]
        for lines in body
        if "Testimonies" in lines and not any(line.startswith("Testimony 1:") for line in lines)
    ]
    assert alone == []


def _in_contents(lines: list[str]) -> bool:
    """Whether a page is one of the contents (each heading followed by its page number)."""
    return any(line == "Testimonies" and after.isdigit() for line, after in pairwise(lines))
