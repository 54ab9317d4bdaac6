"""Attachment sizes print in the dossier's language, as the interface writes them."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", ["24.40 KiB 24,982 bytes", "3 bytes", "1 byte "]),
        ("ru", ["24,40 КБ 24 982 байта", "3 байта", "1 байт "]),
        ("uz", ["24,40 KB 24 982 bayt", "3 bayt", "1 bayt "]),
    ],
)
def test_sizes_are_written_in_the_dossier_language(
    tmp_path: Path, language: str, printed: list[str]
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-5", "title": "Protocol"})
        for name, size in (("protocol.pdf", 24_982), ("note.txt", 3), ("mark.txt", 1)):
            add_attachment(writer, "case", case.id, io.BytesIO(b"%" * size), name)
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language=language))
    vault.lock()
    run = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True, text=True)
    text = " ".join(run.stdout.split()) + " "
    for size in printed:
        assert size in text
    assert "KiB" not in text or language == "en"
