"""A protected witness's short given name typed without its oʻ mark (Otkir for Oʻtkir) in a
redacted dossier: beside his surname in his testimony, and alone in the name of a photo
attached to his testimony, it prints as his label; alone in prose it stays (documented)."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (120, 80, 40)).save(out, "JPEG")
    return out.getvalue()


def printed(path: Path) -> str:
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", pages.stdout.decode()).split())


def test_his_unmarked_given_name_beside_his_name_or_on_his_photo_is_replaced(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-12", "title": "Namangan"})
        witness = writer.create(
            "person",
            {
                "name": "Oʻtkir Gʻaniyev",
                "other_names": ["Ўткир Ғаниев"],
                "protected": True,
                "pseudonym": "Witness 2",
            },
        )
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
        testimony = writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(witness.id),
                "date": "2023-05-01",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "He said: Otkir Ganiev came at night. Otkir kecha keldi.",
            },
        )
        add_attachment(writer, "testimony", testimony.id, io.BytesIO(photo()), "IMG_2023_Otkir.jpg")
        add_attachment(writer, "case", case.id, io.BytesIO(photo()), "IMG_2024_Otkir.jpg")
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case_id], out)
    text = printed(out)
    assert "He said: Witness 2 came at night." in text
    assert "IMG_2023_Witness 2.jpg" in text
    assert "Otkir Ganiev" not in text and "IMG_2023_Otkir" not in text
    # alone, and in a file attached to the case, the word says nothing of whose it is
    assert "Otkir kecha keldi." in text
    assert "IMG_2024_Otkir.jpg" in text
