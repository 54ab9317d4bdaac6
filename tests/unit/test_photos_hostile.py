"""Hostile and unusual photos: clean_copy decodes only JPEG, PNG, WebP and GIF, in memory and
without starting a program, never raises on a damaged file, scales 16-bit greyscale, and
shrinks large JPEGs without decoding them in full."""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop_app.core.reports.photos import FIGURE_PIXELS, CleanImage, TooLarge, clean_copy

REPO = Path(__file__).resolve().parents[2]
POSTSCRIPT = b"""%!PS-Adobe-3.0 EPSF-3.0
%%BoundingBox: 0 0 100 100
/Helvetica findfont 12 scalefont setfont 10 50 moveto (hello) show
showpage
%%EOF
"""
CAMERA_CANARY = "CANARY-CAMERA-SN-4471"


def encoded(image: Image.Image, image_format: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


def noise(size: tuple[int, int]) -> Image.Image:
    """Deterministic noise: it compresses badly, so the file has long chunks to damage."""
    return Image.frombytes("RGB", size, random.Random(7).randbytes(size[0] * size[1] * 3))


def jpeg_with_damaged_exif() -> bytes:
    """A 60×40 JPEG turned by EXIF orientation 6, whose GPSVersionID is retyped from BYTE to
    ASCII: Pillow reads it, but rewriting the EXIF (as ImageOps.exif_transpose does) raises."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = CAMERA_CANARY
    gps = exif.get_ifd(0x8825)
    gps[0], gps[1], gps[2] = b"\x02\x03\x00\x00", "N", (42.0, 27.0, 36.5)
    data = encoded(Image.new("RGB", (60, 40), (200, 30, 30)), "JPEG", exif=exif)
    version_entry = b"\x00\x00\x00\x01\x00\x00\x00\x04\x02\x03\x00\x00"  # big-endian IFD entry
    assert data.count(version_entry) == 1
    return data.replace(version_entry, b"\x00\x00\x00\x02" + version_entry[4:])


def png_with_short_idat() -> bytes:
    """A PNG whose IDAT length is halved: the decoder reads pixel data as the next chunk."""
    data = encoded(noise((64, 48)), "PNG")
    (length,) = struct.unpack(">I", data[33:37])
    assert data[37:41] == b"IDAT"
    return data[:33] + struct.pack(">I", length // 2) + data[37:]


def sixteen_bit_gradient() -> Image.Image:
    """512×256 greyscale, 0 to 65535 left to right."""
    row = [round(x * 65535 / 511) for x in range(512)]
    return Image.frombytes("I;16", (512, 256), struct.pack(f"<{512 * 256}H", *row * 256))


def decoded(clean: CleanImage | TooLarge | None) -> Image.Image:
    assert isinstance(clean, CleanImage)
    image = Image.open(io.BytesIO(clean.data))
    image.load()
    return image


def close_to(pixel: tuple[int, ...], colour: tuple[int, int, int], within: int) -> bool:
    """True if pixel's red, green and blue are each within `within` of colour's (lossy codecs)."""
    return all(abs(a - b) <= within for a, b in zip(pixel[:3], colour, strict=True))


def run_isolated(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter: Pillow caches whether Ghostscript exists."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_postscript_named_like_a_photo_starts_no_ghostscript_and_writes_no_temp_file(
    tmp_path: Path,
) -> None:
    bin_dir, temp_dir, marker = tmp_path / "bin", tmp_path / "tmp", tmp_path / "gs-was-run"
    bin_dir.mkdir()
    temp_dir.mkdir()
    # A stand-in Ghostscript that records its call and answers --version like the real one.
    gs = bin_dir / "gs"
    gs.write_text(f'#!/bin/sh\necho "$@" >> {marker}\n[ "$1" = --version ] && echo 10.02.1\n')
    gs.chmod(0o755)
    source = tmp_path / "IMG_20250312_0931.jpg"
    source.write_bytes(POSTSCRIPT)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env |= {"TMPDIR": str(temp_dir)}
    run = run_isolated(
        f"""
        from pathlib import Path
        from desktop_app.core.reports.photos import clean_copy
        print(clean_copy(Path({str(source)!r}).read_bytes()))
        """,
        env,
    )
    assert not marker.exists(), marker.read_text()
    assert list(temp_dir.iterdir()) == []
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "None"


def test_only_jpeg_png_webp_and_gif_content_is_decoded() -> None:
    picture = Image.new("RGB", (30, 20), (10, 120, 200))
    for image_format in ("BMP", "TIFF", "PPM", "ICO"):
        assert clean_copy(encoded(picture, image_format)) is None, image_format
    assert clean_copy(POSTSCRIPT) is None
    assert clean_copy(b"RIFF\x24\x00\x00\x00WAVEfmt ") is None  # a RIFF, but a sound
    # What a PDF takes: a photo as a JPEG, a drawing as a PNG.
    for image_format, shown_as in (
        ("JPEG", "JPEG"),
        ("PNG", "PNG"),
        ("WEBP", "JPEG"),
        ("GIF", "PNG"),
    ):
        image = decoded(clean_copy(encoded(picture, image_format)))
        assert (image.format, image.size) == (shown_as, (30, 20)), image_format
        assert close_to(image.getpixel((15, 10)), (10, 120, 200), within=8)


def _frames(*colours: tuple[int, int, int]) -> list[Image.Image]:
    return [Image.new("RGB", (32, 24), colour) for colour in colours]


def test_a_gif_or_animated_webp_shows_its_first_frame() -> None:
    first, *rest = _frames((200, 20, 20), (20, 200, 20), (20, 20, 200))
    for image_format in ("GIF", "WEBP"):
        options = {"lossless": True} if image_format == "WEBP" else {}
        animation = encoded(first, image_format, save_all=True, append_images=rest, **options)
        image = decoded(clean_copy(animation)).convert("RGB")
        assert image.size == (32, 24)
        assert close_to(image.getpixel((5, 5)), (200, 20, 20), within=4)


def test_transparency_in_a_webp_or_gif_is_kept() -> None:
    half = Image.new("RGBA", (20, 10), (0, 0, 0, 0))
    half.paste((30, 90, 160, 255), (0, 0, 10, 10))
    for image_format, options in (("WEBP", {"lossless": True}), ("GIF", {})):
        image = decoded(clean_copy(encoded(half, image_format, **options)))
        assert (image.format, image.mode) == ("PNG", "RGBA"), image_format
        assert image.getpixel((15, 5))[3] == 0 and image.getpixel((5, 5))[3] == 255


def test_a_webp_is_turned_upright_and_loses_its_camera_details() -> None:
    exif = Image.Exif()
    exif[0x0112], exif[0x010F] = 6, CAMERA_CANARY
    clean = clean_copy(encoded(Image.new("RGB", (60, 40), (200, 30, 30)), "WEBP", exif=exif))
    assert decoded(clean).size == (40, 60)
    assert CAMERA_CANARY.encode() not in clean.data and b"Exif" not in clean.data


def test_a_large_webp_or_gif_is_refused_with_its_size() -> None:
    for image_format in ("WEBP", "GIF"):
        sheet = encoded(Image.new("L", (7000, 7000), 255), image_format)
        assert clean_copy(sheet) == TooLarge(megapixels=49), image_format


def test_decoding_every_format_starts_no_program_and_writes_no_file(tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    first, *rest = _frames((1, 2, 3), (4, 5, 6))
    for name, data in {
        "a.jpg": encoded(noise((40, 30)), "JPEG"),
        "b.png": encoded(noise((40, 30)), "PNG"),
        "c.webp": encoded(noise((40, 30)), "WEBP"),
        "d.webp": encoded(first, "WEBP", save_all=True, append_images=rest),
        "e.gif": encoded(first, "GIF", save_all=True, append_images=rest),
        "f.jpg": POSTSCRIPT,
    }.items():
        (samples / name).write_bytes(data)
    # Python's audit events see every program started and every file opened for writing.
    run = run_isolated(
        f"""
        import sys
        from pathlib import Path
        from desktop_app.core.reports.photos import CleanImage, clean_copy

        files = sorted(Path({str(samples)!r}).iterdir())
        data = [f.read_bytes() for f in files]
        seen = []
        def watch(event, args):
            if event.startswith(("subprocess.", "os.system", "os.exec", "os.posix_spawn",
                                 "os.fork", "tempfile.")) or (
                event == "open" and isinstance(args[1], str) and args[1][:1] in "wax"):
                seen.append(event)
        sys.addaudithook(watch)
        shown = [type(clean_copy(d)).__name__ for d in data]
        print(" ".join(shown), seen)
        """,
        dict(os.environ),
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["CleanImage"] * 5 + ["NoneType", "[]"]


def test_damaged_exif_does_not_hide_the_photo_nor_reach_stderr() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        clean = clean_copy(jpeg_with_damaged_exif())
    assert [str(w.message) for w in caught] == []
    image = decoded(clean)
    assert image.size == (40, 60)  # turned upright by its orientation
    assert CAMERA_CANARY.encode() not in clean.data and b"Exif" not in clean.data


def test_a_png_with_a_broken_chunk_is_not_shown() -> None:
    assert clean_copy(png_with_short_idat()) is None


def test_sixteen_bit_greyscale_keeps_its_range() -> None:
    image = decoded(clean_copy(encoded(sixteen_bit_gradient(), "PNG"))).convert("L")
    assert image.size == (512, 256)
    row = [image.getpixel((x, 100)) for x in range(512)]
    expected = [round(x * 65535 / 511) >> 8 for x in range(512)]
    assert max(abs(a - b) for a, b in zip(row, expected, strict=True)) <= 1
    assert len(set(row)) >= 250


@pytest.mark.slow
def test_a_fifty_megapixel_jpeg_is_scaled_down_in_bounded_memory(tmp_path: Path) -> None:
    photo = tmp_path / "phone.jpg"
    Image.new("RGB", (8160, 6120), (90, 140, 60)).save(photo, "JPEG", quality=90)
    run = run_isolated(
        f"""
        from pathlib import Path
        from desktop_app.core.reports.photos import clean_copy

        def peak_kib():
            status = Path("/proc/self/status").read_text().splitlines()
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))

        data = Path({str(photo)!r}).read_bytes()
        before = peak_kib()
        clean = clean_copy(data)
        print(clean.width, clean.height, peak_kib() - before)
        """,
        dict(os.environ),
    )
    assert run.returncode == 0, run.stderr
    width, height, extra_kib = map(int, run.stdout.split())
    assert (width, height) == (1223, 917)  # the figure's height at PRINT_DPI
    # Decoded in full, the photo alone would take 150 MB (8160 × 6120 × 3 bytes).
    assert extra_kib < 60 * 1024


def test_a_photo_is_fitted_to_its_printed_size_whichever_way_it_is_turned() -> None:
    sideways = Image.Exif()
    sideways[0x0112] = 6  # upright, the photo is 3000 wide by 4000 high
    picture = Image.new("RGB", (4000, 3000), (90, 140, 60))
    # The figure's height at PRINT_DPI bounds both: a portrait is not fitted as if lying down.
    assert FIGURE_PIXELS == (1342, 917)
    assert decoded(clean_copy(encoded(picture, "JPEG"))).size == (1223, 917)
    assert decoded(clean_copy(encoded(picture, "JPEG", exif=sideways))).size == (688, 917)


def test_a_large_png_is_refused_with_its_size() -> None:
    scan = encoded(Image.new("L", (7000, 7000), 255), "PNG")
    assert clean_copy(scan) == TooLarge(megapixels=49)


def test_a_jpeg_header_of_fifty_thousand_pixels_a_side_is_refused_at_once() -> None:
    data = encoded(Image.new("RGB", (16, 16)), "JPEG")
    frame = data.index(b"\xff\xc0")  # baseline frame header: length, precision, height, width
    bomb = data[: frame + 5] + struct.pack(">HH", 50_000, 50_000) + data[frame + 9 :]
    started = time.monotonic()
    assert not isinstance(clean_copy(bomb), CleanImage)
    assert time.monotonic() - started < 1.0


def _seed_images() -> list[bytes]:
    exif = Image.Exif()
    exif[0x0112], exif[0x010F] = 3, CAMERA_CANARY
    small = noise((24, 16))
    palette = small.convert("P", palette=Image.Palette.ADAPTIVE, colors=8)
    return [
        encoded(small, "JPEG", exif=exif),
        encoded(small, "JPEG", progressive=True),
        encoded(small.convert("RGBA"), "PNG", exif=exif),
        encoded(palette, "PNG", transparency=0),
        encoded(sixteen_bit_gradient().resize((24, 12)), "PNG"),
        encoded(palette, "GIF"),
        encoded(palette, "GIF", transparency=0, save_all=True, append_images=[small.convert("P")]),
        encoded(small, "WEBP", exif=exif),
        encoded(small.convert("RGBA"), "WEBP", lossless=True),
        encoded(small, "WEBP", save_all=True, append_images=[palette.convert("RGB")]),
    ]


SEEDS = _seed_images()


@st.composite
def damaged_photos(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        change = draw(st.sampled_from(("byte", "insert", "delete")))
        if change == "byte":
            data[at] = draw(st.integers(0, 255))
        elif change == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif len(data) > 60:
            del data[at : at + draw(st.integers(1, 50))]
    return bytes(data)


@settings(
    max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(damaged_photos())
def test_a_damaged_photo_never_raises(data: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning would reach the CLI's stderr
        clean = clean_copy(data)
    assert clean is None or isinstance(clean, CleanImage | TooLarge)
    if isinstance(clean, CleanImage):
        assert CAMERA_CANARY.encode() not in clean.data
