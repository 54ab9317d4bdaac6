"""Attachment file names in a dossier: a protected witness's name in any case and spelling
(gulnara.jpg for Gulnora) is withheld there, and such a photo is not shown."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import build_dossier
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

FILE_NAMES = {
    # a spelling variant alone, in lower case: hers, or another Gulnara's
    "gulnara.jpg": "[name withheld].jpg",
    "гульнара_2.jpg": "[name withheld]_2.jpg",
    # her name as stored, in lower case
    "gulnora.jpg": "Witness A.jpg",
    "shamsutdinova_2.png": "Witness A_2.png",
    "гулнора.jpg": "Witness A.jpg",
    "scene.jpg": "scene.jpg",
}


def photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (120, 80, 40)).save(out, "JPEG")
    return out.getvalue()


def test_a_protected_name_in_a_file_name_is_withheld_in_lower_case_and_any_spelling(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {"reference": "UZ-5", "title": "Search", "summary": "By the gulnara tea house."},
        )
        witness = writer.create(
            "person",
            {"name": "Gulnora Shamsutdinova", "protected": True, "pseudonym": "Witness A"},
        )
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
        for name in FILE_NAMES:
            add_attachment(writer, "case", case.id, io.BytesIO(photo()), name)
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()
    run = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    text = " ".join(unicodedata.normalize("NFKC", run.stdout.decode()).split())
    for printed in FILE_NAMES.values():
        assert printed in text
    for form in ("gulnara.jpg", "гульнара", "gulnora", "гулнора", "shamsutdinova"):
        assert form not in text.casefold()
    assert "By the gulnara tea house." in text  # in prose, a lower-case variant is a word
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 1  # the scene only: a file named after her may show her
