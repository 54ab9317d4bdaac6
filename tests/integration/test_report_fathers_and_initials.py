"""A dossier withholds what the lawyer found still pointing at protected people: a patronymic
made from a protected father's name (in the People table and every "Victims:" line), and an
Uzbek digraph initial beside her surname in the case title (cover, contents, PDF title)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def printed_text(path: Path) -> str:
    """What a reader of the PDF sees, as one line."""
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", pages.stdout.decode()).split())


def test_a_protected_fathers_name_and_her_digraph_initial_are_withheld_everywhere(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create(
            "case",
            {"reference": "R-1", "title": "Угрозы O'rinboyeva Sh. и её сестре", "country": "UZ"},
        )
        shahlo = writer.create(
            "person",
            {"name": "Shahlo Gʻayratovna Oʻrinboyeva", "protected": True, "pseudonym": "Witness R"},
        )
        father = writer.create(
            "person", {"name": "Азамжон Аскаров", "protected": True, "pseudonym": "Person F"}
        )
        son = writer.create("person", {"name": "Рустам Азамжонович Аскаров"})
        for person, role in ((shahlo, "witness"), (father, "relative"), (son, "victim")):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        writer.create(
            "event",
            {
                "case": str(case.id),
                "date": "2023-05-02",
                "act_type": "harassment",
                "description": "Oʻrinboyevaga tahdid qilindi; Azamjonovich keldi.",
                "victims": [str(son.id)],
            },
        )
    out = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case.id], out, DossierOptions(language="en"))
    text = printed_text(out)
    assert "Рустам [name withheld] Аскаров" in text
    assert "Witness R-ga tahdid qilindi; [name withheld] keldi." in text
    assert "Угрозы [name withheld] и её сестре" in text
    assert "Азамжонович" not in text and "Azamjonovich" not in text and " Sh. " not in text
    assert PdfReader(out).metadata.title.startswith("Угрозы [name withheld] и её сестре")
