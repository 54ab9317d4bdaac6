"""Photos in a dossier from a real vault: a hostile or damaged photo is named as not shown and
the rest is written; 16-bit greyscale keeps its tones; a 50 MP phone photo is shown, scaled."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.test_photos_hostile import (
    CAMERA_CANARY,
    POSTSCRIPT,
    encoded,
    jpeg_with_damaged_exif,
    png_with_short_idat,
    sixteen_bit_gradient,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


@pytest.mark.slow
def test_hostile_and_large_photos_leave_the_rest_of_the_dossier_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir, temp_dir, marker = tmp_path / "bin", tmp_path / "tmp", tmp_path / "gs-was-run"
    bin_dir.mkdir()
    temp_dir.mkdir()
    gs = bin_dir / "gs"
    gs.write_text(f'#!/bin/sh\necho "$@" >> {marker}\n[ "$1" = --version ] && echo 10.02.1\n')
    gs.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    photos = {
        "IMG_20250312_0931.jpg": POSTSCRIPT,
        "damaged.png": png_with_short_idat(),
        "turned.jpg": jpeg_with_damaged_exif(),
        "gray16.png": encoded(sixteen_bit_gradient(), "PNG"),
        "scan.png": encoded(Image.new("L", (7000, 7000), 255), "PNG"),
        "phone.jpg": encoded(Image.new("RGB", (8160, 6120), (90, 140, 60)), "JPEG"),
    }
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-9", "title": "Photos"})
        for name, data in photos.items():
            add_attachment(writer, "case", case.id, io.BytesIO(data), name)
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()

    assert not marker.exists()
    assert list(temp_dir.iterdir()) == []
    run = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    text = " ".join(unicodedata.normalize("NFKC", run.stdout.decode()).split())
    assert "IMG_20250312_0931.jpg: the photo could not be shown." in text
    assert "damaged.png: the photo could not be shown." in text
    assert "scan.png: the photo is too large to show (49 megapixels)." in text
    for shown in ("turned.jpg", "gray16.png", "phone.jpg"):
        assert f"{shown}: the photo" not in text
    images = {
        image.image.size: image.image
        for page in PdfReader(out).pages
        for image in page.images
        if image.image is not None
    }
    assert sorted(images) == [(40, 60), (512, 256), (1223, 917)]
    gradient = images[(512, 256)].convert("L")
    assert sum(1 for count in gradient.histogram() if count) >= 250  # distinct tones
    grey = ImageStat.Stat(gradient)
    assert abs(grey.mean[0] - 127.5) < 2 and grey.extrema[0][0] <= 1 and grey.extrema[0][1] >= 254
    assert CAMERA_CANARY.encode() not in out.read_bytes()


def test_webp_and_gif_photos_are_shown_in_a_dossier(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112], exif[0x010F] = 6, CAMERA_CANARY
    first, second = Image.new("RGB", (90, 60), (200, 30, 30)), Image.new("RGB", (90, 60))
    photos = {
        "WhatsApp Image 2025-03-12.webp": encoded(first, "WEBP", exif=exif),
        "листовка.gif": encoded(first, "GIF", save_all=True, append_images=[second]),
        "saved from a chat.jpg": encoded(Image.new("RGB", (70, 50), (200, 30, 30)), "WEBP"),
    }
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-10", "title": "Photos"})
        for name, data in photos.items():
            add_attachment(writer, "case", case.id, io.BytesIO(data), name)
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()

    run = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    text = " ".join(unicodedata.normalize("NFKC", run.stdout.decode()).split())
    # Before: the WebP and the GIF were not even tried (only JPEG and PNG media types were).
    assert "the photo could not be shown" not in text
    for name in photos:
        assert name in text
    images = [image.image for page in PdfReader(out).pages for image in page.images]
    # Upright by its orientation; a GIF's first frame; a WebP named .jpg by its bytes.
    assert sorted(image.size for image in images) == [(60, 90), (70, 50), (90, 60)]
    for image in images:
        red = image.convert("RGB").getpixel((image.width // 2, image.height // 2))
        assert red[0] > 150 and red[1] < 80, red
    assert CAMERA_CANARY.encode() not in out.read_bytes()


@pytest.mark.slow
def test_the_note_under_the_figures_is_never_alone_on_a_page(tmp_path: Path) -> None:
    # Each case starts a page; summaries from 1 to 44 paragraphs put its one figure at every
    # height of a page, so for one of them the note used to be pushed onto a page of its own.
    photo = encoded(Image.new("RGB", (400, 300), (120, 80, 40)), "JPEG")
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case_ids = []
        for n in range(1, 45):
            summary = "\n\n".join(f"Абзац {i}." for i in range(n))
            case = writer.create(
                "case", {"reference": f"KG-{n}", "title": "Избиение", "summary": summary}
            )
            add_attachment(writer, "case", case.id, io.BytesIO(photo), "scene.jpg")
            case_ids.append(case.id)
    out = tmp_path / "d.pdf"
    build_dossier(vault, case_ids, out, DossierOptions(language="ru"))
    vault.lock()

    run = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True, text=True)
    pages = run.stdout.split("\f")
    noted = [page for page in pages if "Копия перекодирована" in page]
    assert len(noted) == 44
    assert all("Рисунок" in page for page in noted)
