"""A redacted dossier whose narrative names protected people in disguises a reader does not
notice: a digit zero for o ("G0zal"), a capital I for l ("DiInoza"), "rn" for m ("Rnadina"),
and a name written wholly in Greek look-alikes ("ΑΖΙΜ"). All are withheld in the printed PDF;
the numbers and codes around them ("2010-yil", "G20", "B1") print as written."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.reports import build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)
NARRATIVE = (
    "2010-yil G20 sammiti paytida G0zal keldi, B1 vizasi bilan. "
    "DiInoza Karimova ham keldi. Rnadina kechikdi. ΑΖΙΜ ketdi."
)


def printed(path: Path) -> str:
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", pages.stdout.decode()).split())


def test_names_in_ascii_lookalikes_rn_and_greek_are_withheld(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    people = (
        ("Gozal Rahimova", "Victim 1", "victim"),
        ("Dilnoza Karimova", "Witness 1", "witness"),
        ("Madina Yusupova", "Witness 2", "witness"),
        ("Azim Toshev", "Witness 3", "witness"),
    )
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-21", "title": "Samarqand"})
        ids = []
        for name, pseudonym, role in people:
            person = writer.create(
                "person", {"name": name, "protected": True, "pseudonym": pseudonym}
            )
            ids.append(person.id)
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(ids[1]),
                "date": "2023-05-01",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": NARRATIVE,
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case_id], out)
    text = printed(out)
    assert "2010-yil G20 sammiti paytida Victim 1 keldi, B1 vizasi bilan." in text
    assert "Witness 1 ham keldi. [name withheld] kechikdi. Witness 3 ketdi." in text
    for disguise in ("G0zal", "DiInoza", "Rnadina", "ΑΖΙΜ"):
        assert disguise not in text
