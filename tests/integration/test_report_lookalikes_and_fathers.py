"""A redacted dossier whose narrative names protected people in two disguises: a protected
man's given name typed without its oʻ mark as the father's name in a patronymic ("Jasur Otkir
ogli"), and a protected woman's name spelt with a Greek omicron ("Dilnοza Karimova"). Both are
withheld in the printed PDF; the sentences around them print as written."""

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


def printed(path: Path) -> str:
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", pages.stdout.decode()).split())


def test_his_patronymic_and_her_lookalike_name_are_withheld(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-14", "title": "Namangan"})
        father = writer.create(
            "person", {"name": "Oʻtkir Gʻaniyev", "protected": True, "pseudonym": "Witness 2"}
        )
        victim = writer.create(
            "person", {"name": "Dilnoza Karimova", "protected": True, "pseudonym": "Victim 1"}
        )
        for person, role in ((father, "witness"), (victim, "victim")):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(father.id),
                "date": "2023-05-01",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Jasur Otkir ogli keldi. Кейин Dilnοza Karimova ҳам келди.",
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case_id], out)
    text = printed(out)
    assert "Jasur [name withheld] keldi." in text
    assert "Кейин Victim 1 ҳам келди." in text
    assert "Otkir" not in text and "Karimova" not in text
