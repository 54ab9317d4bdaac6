"""A long table pasted into a testimony keeps its header row at the top of every page it runs
on to, and nowhere else; a table whose first row may be data never repeats it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)
HEADER = "№\tФамилия задержанного\tДата задержания\tКабинет"


def _pages(path: Path) -> list[str]:
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return run.stdout.split("\f")


def _dossier(vault: Vault, tmp_path: Path, table: list[str]) -> list[str]:
    narrative = "Список задержанных, скопированный из Word:\n" + "\n".join(table)
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2022-0107", "title": "Задержания"})
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": narrative,
            },
        )
    path = tmp_path / "d.pdf"
    build_dossier(vault, [case.id], path, DossierOptions(language="ru"))
    return _pages(path)


def _row(number: int) -> str:
    return f"{number}\tЗадержанный Номер{number}\t{number % 28 + 1:02d}.03.2022\t{200 + number}"


def test_a_pasted_header_row_heads_every_page_of_a_long_table(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before: 130 rows went in parts of 40 without their header: page 3 of the list showed
    # dates and rooms under no column names.
    pages = _dossier(tmp_vault, tmp_path, [HEADER] + [_row(n) for n in range(1, 131)])
    header = "Фамилия задержанного"
    spanned = [page for page in pages if "Задержанный Номер" in page]
    assert len(spanned) >= 3
    for page in spanned:
        lines = page.split("\n")
        first_row = next(i for i, line in enumerate(lines) if "Задержанный Номер" in line)
        # Once on each page, above the page's first row: never in the middle, where a part
        # of 40 rows goes on under the part before it.
        assert [i for i, line in enumerate(lines) if header in line] == [first_row - 1]
    rows = [line for page in spanned for line in page.split("\n") if "Задержанный Номер" in line]
    assert len(rows) == 130  # every row once, none lost or doubled where parts meet


def test_a_first_row_that_may_be_data_is_not_repeated(tmp_vault: Vault, tmp_path: Path) -> None:
    rows = [f"Задержанный Номер{n}\tлейтенант\tбил задержанного" for n in range(1, 131)]
    pages = _dossier(tmp_vault, tmp_path, rows)
    text = "".join(pages)
    assert text.count("Задержанный Номер1 ") == 1
    assert sum(page.count("Задержанный Номер") for page in pages) == 130
