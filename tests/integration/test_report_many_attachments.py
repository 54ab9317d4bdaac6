"""A dossier of many attachments: the attachment table's numbers and headers are never broken
across lines, and photos already drawn are not kept decoded while the rest is laid out."""

from __future__ import annotations

import gc
import io
import random
import re
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

# One unbroken 200-character name: its column is short of room however wide it is made.
LONG_NAME = ("Заявление_в_Комитет_ООН_о_пытках_в_Алматы_" * 5)[:196] + ".pdf"


def case_with(vault: Vault, files: dict[str, bytes]) -> UUID:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KZ-7", "title": "Attachments"})
        for name, data in files.items():
            add_attachment(writer, "case", case.id, io.BytesIO(data), name)
        return case.id


def test_attachment_numbers_and_headers_are_never_broken_across_lines(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    files = {f"справка_{n}.txt": f"{n}".encode() for n in range(1, 250)}
    case_id = case_with(vault, {**files, LONG_NAME: b"%PDF-1.4"})
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language="ru", include_photos=False))
    vault.lock()

    run = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True)
    lines = run.stdout.decode().splitlines()
    # Each row starts with its number; a number cut in two would start two lines ("20", "2").
    numbers = [int(m[1]) for line in lines if (m := re.match(r"\s{0,4}(\d+)\s{1,6}\S", line))]
    assert numbers == list(range(1, 251))
    headers = [line.split() for line in lines if line.lstrip().startswith("№")]
    assert headers and all(h == ["№", "Файл", "Размер", "Относится", "к"] for h in headers)


def noise_jpeg(seed: int) -> bytes:
    pixels = random.Random(seed).randbytes(640 * 480 * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (640, 480), pixels).save(out, "JPEG", quality=90)
    return out.getvalue()


def test_photos_drawn_are_not_kept_decoded_while_the_dossier_is_laid_out(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = case_with(vault, {f"фото_{n}.jpg": noise_jpeg(n) for n in range(30)})

    def images_alive() -> int:
        return sum(isinstance(o, ImageReader | Image.Image) for o in gc.get_objects())

    gc.collect()
    before = images_alive()  # what earlier tests in this process left
    held: list[int] = []

    def count_images(done: int, total: int) -> None:
        # Between flowables: what the layout holds on to, not what one drawing needs.
        held.append(images_alive())

    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, progress=count_images)
    vault.lock()

    run = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    assert "Figure 30: фото_29.jpg" in run.stdout.decode()
    # Before: a reader per photo from the start, each with its decoded pixels once drawn
    # (a gigabyte for 400 small photos).
    assert max(held) <= before
