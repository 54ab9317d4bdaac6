"""A dossier names a case's country in its own language, not by the code it is filed under."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def _cases(vault: Vault, *countries: str) -> list[UUID]:
    """One case per country code, with references that never read as a bare code."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        return [
            writer.create(
                "case", {"reference": f"C-{n}", "title": f"Case {n}", "country": country}
            ).id
            for n, country in enumerate(countries, start=1)
        ]


def _pages(path: Path) -> list[list[str]]:
    """The lines pdftotext reads on each page, stripped, blank ones left out."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [[line.strip() for line in page.split("\n") if line.strip()] for page in out.split("\f")]


@pytest.mark.parametrize(
    ("language", "field", "name"),
    [("ru", "Страна", "Узбекистан"), ("uz", "Mamlakat", "Oʻzbekiston")],
)
def test_the_country_is_named_in_the_dossier_language_on_the_cover_and_in_the_case(
    tmp_vault: Vault, tmp_path: Path, language: str, field: str, name: str
) -> None:
    path = tmp_path / f"{language}.pdf"
    build_dossier(tmp_vault, _cases(tmp_vault, "UZ"), path, DossierOptions(language=language))
    pages = _pages(path)
    cover, rest = pages[0], [line for page in pages[1:] for line in page]
    assert cover[cover.index(field) + 1] == name
    assert rest[rest.index(field) + 1] == f"{name} (UZ)"
    assert "UZ" not in cover + rest  # no line is the bare code


def test_several_countries_on_the_cover_are_named_once_each_and_unknown_codes_as_written(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "en.pdf"
    ids = _cases(tmp_vault, "UZ", "KG", "UZ", "ZZ")
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en"))
    pages = _pages(path)
    cover, rest = pages[0], [line for page in pages[1:] for line in page]
    assert cover[cover.index("Country") + 1] == "Uzbekistan, Kyrgyzstan, ZZ"
    countries = [rest[i + 1] for i, line in enumerate(rest) if line == "Country"]
    assert countries == ["Uzbekistan (UZ)", "Kyrgyzstan (KG)", "Uzbekistan (UZ)", "ZZ"]
