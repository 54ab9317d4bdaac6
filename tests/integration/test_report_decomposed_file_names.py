"""A photo whose file name is stored decomposed (NFD, as macOS writes "й" and "ў": a letter and
a combining mark) is shown in a redacted dossier like any other, under its name composed."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from db.models import Attachment
from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)
NAME = "Йўлдош.jpg"


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 140, 60)).save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize("redact", [True, False])
def test_a_photo_named_in_decomposed_letters_is_shown(
    tmp_vault: Vault, tmp_path: Path, redact: bool
) -> None:
    decomposed = unicodedata.normalize("NFD", NAME)
    assert decomposed != NAME  # й and ў each as a letter and a combining breve
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0031", "title": "Detention"})
        writer.create(
            "person", {"name": "Gulnora Shamsutdinova", "protected": True, "pseudonym": "Witness A"}
        )
        attachment = add_attachment(writer, "case", case.id, io.BytesIO(_jpeg()), NAME)
        # As a vault written before names were composed at intake keeps it, or a bundle
        # from one brings it.
        session.get(Attachment, attachment.id).file_name = decomposed
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case.id], path, DossierOptions(language="en", redact=redact))
    run = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    text = unicodedata.normalize("NFC", run.stdout.decode())
    assert "Photos not shown" not in text
    assert f"Figure 1: {NAME}" in text
