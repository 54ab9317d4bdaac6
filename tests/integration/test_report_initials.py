"""A dossier tells a protected witness from her sister named by initial and surname: the
sister's "D. Oʻrinboyeva" is withheld in the dossier's language, not given the witness's label."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def printed_text(path: Path) -> str:
    """What a reader of the PDF sees, as one line."""
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", pages.stdout.decode()).split())


@pytest.mark.parametrize(
    ("language", "stored", "description", "expected"),
    [
        (
            "uz",
            "Dilfuza Orinboyeva",
            "Dilfuza Orinboeva va uning singlisi D. Oʻrinboyevaga tahdid qilindi.",
            "Guvoh A va uning singlisi [ism yashirilgan]-ga tahdid qilindi.",
        ),
        (
            "ru",
            "Дилфуза Оринбоева",
            "Дилфуза Оринбоева и её сестра Д. Оринбоева получили угрозы.",
            "Свидетель А и её сестра [имя скрыто] получили угрозы.",  # Cyrillic А
        ),
        (
            "en",
            "Dilfuza Orinboyeva",
            "Dilfuza Orinboyeva and her sister D. Orinboyeva were threatened.",
            "Witness A and her sister [name withheld] were threatened.",
        ),
    ],
)
def test_her_sister_by_initial_and_surname_is_withheld_not_called_the_witness(
    tmp_vault: Vault, tmp_path: Path, language: str, stored: str, description: str, expected: str
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-16", "title": "Threats", "country": "UZ"})
        witness = writer.create("person", {"name": stored, "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
        writer.create(
            "event",
            {
                "case": str(case.id),
                "date": "2023-05-02",
                "act_type": "harassment",
                "description": description,
                "victims": [str(witness.id)],
            },
        )
    out = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case.id], out, DossierOptions(language=language))
    text = printed_text(out)
    assert expected in text
    # neither her name nor the initials form is printed anywhere
    assert not re.search(r"Dilfuza|Дилфуза|rinbo|ринбо|\b[DД]\.", text)
