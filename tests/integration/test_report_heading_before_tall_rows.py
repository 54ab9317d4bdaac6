"""A heading never ends a page without what it heads, however tall the first row under it: an
attachment whose file name runs to 1,000 characters (as an older vault or a colleague's
bundle may hold it) takes some 200 points, more than the room a heading used to assume."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from db.models import Attachment
from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)
LONG_NAME = "_".join(["protokol_doprosa_svidetelya"] * 36)[:996] + ".pdf"


def _pages(path: Path) -> list[list[str]]:
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    )
    return [
        [line.strip() for line in page.split("\n") if line.strip()]
        for page in run.stdout.split("\f")
    ]


def _cases(vault: Vault) -> list[UUID]:
    """One case for each length of summary, a line apart, each with the long-named file, so
    that the Attachments heading meets the foot of a page at every height."""
    ids = []
    with vault.transaction() as session:
        writer = vault.writer(session)
        for lines in range(56):
            case = writer.create(
                "case",
                {
                    "reference": f"KG-2010-{lines:04d}",
                    "title": "Detention",
                    "summary": "\n\n".join(["A line of the summary."] * lines),
                },
            )
            attachment = add_attachment(writer, "case", case.id, io.BytesIO(b"%PDF-1.4"), "p.pdf")
            session.get(Attachment, attachment.id).file_name = LONG_NAME
            ids.append(case.id)
    return ids


def test_the_attachments_heading_keeps_a_row_taller_than_the_room_it_assumed(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    assert len(LONG_NAME) == 1000
    ids = _cases(tmp_vault)
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en"))
    headings = [
        lines[at:]
        for lines in _pages(path)
        for at, line in enumerate(lines)
        # In the contents, a page number follows the heading's line.
        if line == "Attachments" and not (lines[at + 1 : at + 2] or ["0"])[0].isdigit()
    ]
    assert len(headings) == len(ids)
    # Before: in some cases the heading ended a page and the row began the next.
    alone = [below[:3] for below in headings if not any(x.startswith("SHA-256") for x in below)]
    assert alone == []
