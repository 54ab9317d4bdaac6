"""A grid cell of a million characters (an event's place, a person's occupation, an attachment's
file name, as a bundle may bring them) is cut short in its table, with "…" and
its whole length, instead of taking time growing with the square of its length (half an hour)."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.layout import MARGIN_BOTTOM, MARGIN_TOP, PAGE_SIZE
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

LENGTH = 1_000_000
NOTES = {  # the note ending a cut cell, as pdftotext reads it, white space removed
    "en": "…cutshorthere:{n}charactersinall",
    "ru": "…дальшесокращено,всегознаков:{n}",
    "uz": "…qolganiqisqartirildi,jamibelgilar:{n}",
}


def _body_text(path: Path) -> str:
    """The text of every page between the header and the footer, in the order it was drawn
    (a cell's lines, not a line across the columns), without white space (the no-break
    spaces of "1 000 000" too): what the dossier printed, whatever its line and page breaks."""
    top, height = MARGIN_TOP - 4, PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM + 8
    out = subprocess.run(
        [
            *("pdftotext", "-raw", "-enc", "UTF-8", "-x", "0", "-W", str(int(PAGE_SIZE[0]))),
            *("-y", str(int(top)), "-H", str(int(height)), str(path), "-"),
        ],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return re.sub(r"\s+", "", out)


def _stop(*_: Any) -> None:
    raise TimeoutError("the dossier took over two minutes")


@pytest.mark.parametrize("language", NOTES)
def test_grid_cells_of_a_million_characters_are_cut_short_with_their_length(
    tmp_vault: Vault, tmp_path: Path, language: str
) -> None:
    text = ("Detention near the Osh bazaar of Askarov " * (LENGTH // 41 + 1))[: LENGTH - 1] + "."
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "KG-1", "title": "Detention"})
        person = writer.create("person", {"name": "Rustam"})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
        )
        event = writer.create("event", {"case": str(case.id), "act_type": "other"})
        attachment = writer.create(
            "attachment",
            {
                "owner_kind": "case",
                "owner": str(case.id),
                "file_name": "scan.pdf",
                "size": 3,
                "sha256": "ab" * 32,
            },
        )
        # As a colleague's bundle may bring them: a form or a JSON import refuses such values
        # now, but a vault may hold them.
        person.occupation = event.place = text
        attachment.file_name = text.replace(" ", "_")
        case_id = case.id
    path = tmp_path / "d.pdf"
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(120)  # before: half an hour and more
    try:
        build_dossier(tmp_vault, [case_id], path, DossierOptions(language=language))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    labels = labels_for(language)
    # The occupation's row runs on to the next page, under the table's header repeated there.
    header = "".join(labels[key] for key in ("name", "role", "details")).replace(" ", "")
    printed = _body_text(path).replace(header, "")
    grouped = f"{LENGTH:,}" if language == "en" else str(LENGTH)  # "1 000 000" in ru, uz
    # The place and the occupation as stored; the file name with its kind under it.
    assert printed.count(NOTES[language].split("{n}")[0]) == 3
    assert printed.count(NOTES[language].format(n=grouped)) == 2
    assert "SHA-256:" + "ab" * 32 in printed
