"""What a dossier calls the people it must not name: no label may point at two people."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize(
    ("language", "generated"),
    [("en", "Witness B"), ("ru", "Свидетель B"), ("uz", "Guvoh B")],
)
def test_a_recorded_pseudonym_is_never_given_to_someone_else_in_any_language(
    tmp_path: Path, language: str, generated: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-7", "title": "Raid"})
        # Sitora's pseudonym is recorded; Zarina, whose testimony comes first, has none.
        sitora = writer.create(
            "person", {"name": "Sitora Nazarova", "protected": True, "pseudonym": "Witness A"}
        )
        zarina = writer.create("person", {"name": "Zarina Rahimova", "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(sitora.id), "role": "victim"}
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(zarina.id),
                "date": "2022-01-01",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Zarina Rahimova saw Sitora Nazarova taken away.",
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language=language))
    assert f"{generated} saw Witness A taken away." in text_of(out)
    vault.lock()
