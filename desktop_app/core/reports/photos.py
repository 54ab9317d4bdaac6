"""Photos as dossier figures: a re-encoded copy that carries pixels and nothing else.

A photo's file can say where and when it was taken and with which camera (EXIF, GPS, XMP,
maker notes, embedded thumbnails); for a witness that can be as telling as a name. The copy
placed in the PDF is decoded and encoded anew with Pillow, which writes no metadata unless
asked to, after turning it upright by its EXIF orientation. The vault's original, and the
SHA-256 the dossier lists for it, are untouched.

Attachments come from anyone, so a photo is decoded only if its bytes begin like a JPEG, a
PNG, a WebP or a GIF, only by that decoder, and only in memory (Pillow's own GIF decoder and
the libwebp built into it; neither starts a program). Pillow would otherwise try every format
it knows, EPS among them, which hands the file to Ghostscript through a temp file. A GIF or an
animated WebP shows its first frame.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

from PIL import ExifTags, Image

from desktop_app.core.reports.layout import FRAME_WIDTH

MAX_SOURCE_BYTES = 64 * 1024 * 1024
MAX_FIGURE_HEIGHT = 330.0  # points; a figure is at most this by the frame's width
# Sharp in print at the size a figure is shown; the vault's original, whose SHA-256 the dossier
# lists, is there for anything finer. Fitting each photo to this box as it is read keeps a
# dossier of hundreds of photos small in memory as well as on disk.
PRINT_DPI = 200
FIGURE_PIXELS = (round(FRAME_WIDTH * PRINT_DPI / 72), round(MAX_FIGURE_HEIGHT * PRINT_DPI / 72))
# Pixels in memory at once. A PNG, WebP or GIF decodes at full size: 40 MP is 160 MB as RGBA.
MAX_DECODED_PIXELS = 40_000_000
# A JPEG decodes at 1/2 to 1/8 scale (Pillow's draft mode), so a 100 MP photo takes a few MP of
# memory. This bounds decoding time; it is below Pillow's own decompression-bomb limit, which
# refuses larger headers before anything is allocated.
MAX_JPEG_PIXELS = 150_000_000
SIGNATURES = {
    "JPEG": (b"\xff\xd8\xff",),
    "PNG": (b"\x89PNG\r\n\x1a\n",),
    "GIF": (b"GIF87a", b"GIF89a"),
}
# A WebP is a RIFF file: "RIFF", its length (4 bytes), then "WEBP".
WEBP_RIFF, WEBP_FORM = b"RIFF", b"WEBP"
SIXTEEN_BIT_MODES = ("I;16", "I;16L", "I;16B", "I;16N", "I")
# EXIF orientation -> the turn that makes the photo upright (as ImageOps.exif_transpose, which
# also rewrites the EXIF block, and fails on a damaged one that the copy drops anyway).
UPRIGHT_TURNS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
QUARTER_TURNS = (
    Image.Transpose.TRANSPOSE,
    Image.Transpose.ROTATE_270,
    Image.Transpose.TRANSVERSE,
    Image.Transpose.ROTATE_90,
)


@dataclass(frozen=True)
class CleanImage:
    """An image re-encoded without metadata, with its pixel size."""

    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class TooLarge:
    """A photo not shown for its size alone."""

    megapixels: int


def clean_copy(original: bytes) -> CleanImage | TooLarge | None:
    """A metadata-free copy of a JPEG, PNG, WebP or GIF, as a JPEG or PNG (what a PDF takes);
    TooLarge; or None if it is none of these or is damaged."""
    image_format = format_of(original)
    if image_format is None or len(original) > MAX_SOURCE_BYTES:
        return None
    try:
        with warnings.catch_warnings():
            # "Corrupt EXIF data" and the like would reach the CLI's stderr; the photo is shown
            # or refused either way.
            warnings.simplefilter("ignore")
            pixels = _decode(original, image_format)
    except MemoryError:
        raise  # a photo's memory is bounded above, so the machine is short, not the photo bad
    except Exception:  # damaged files make Pillow raise TypeError, SyntaxError, struct.error...
        return None
    if isinstance(pixels, TooLarge):
        return pixels
    # A new image from the pixels alone: Pillow copies .info (comments, XMP, ICC) along with an
    # image, and some encoders write it back.
    fresh = Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())
    out = io.BytesIO()
    # Photos stay photos; drawings (a GIF's few colours) and transparency stay exact.
    if image_format in ("JPEG", "WEBP") and fresh.mode == "RGB":
        fresh.save(out, format="JPEG", quality=85)
    else:
        fresh.save(out, format="PNG")
    return CleanImage(out.getvalue(), fresh.width, fresh.height)


def format_of(data: bytes) -> str | None:
    """Pillow's name for the format data's first bytes say it is in, of those decoded here."""
    if data[:4] == WEBP_RIFF and data[8:12] == WEBP_FORM:
        return "WEBP"
    return next((f for f, magic in SIGNATURES.items() if data.startswith(magic)), None)


def _decode(original: bytes, image_format: str) -> Image.Image | TooLarge:
    """Upright 8-bit RGB (or RGBA if it has transparency), within FIGURE_PIXELS; a GIF's or an
    animated WebP's first frame."""
    with Image.open(io.BytesIO(original), formats=(image_format,)) as image:
        source_pixels = image.width * image.height
        too_large = TooLarge(math.ceil(source_pixels / 1_000_000))
        if source_pixels > (MAX_JPEG_PIXELS if image_format == "JPEG" else MAX_DECODED_PIXELS):
            return too_large
        turn = UPRIGHT_TURNS.get(image.getexif().get(ExifTags.Base.Orientation, 1))
        # Fitted before the turn, which is cheaper on fewer pixels: a quarter turn swaps the box.
        box = FIGURE_PIXELS[::-1] if turn in QUARTER_TURNS else FIGURE_PIXELS
        image.draft(None, _fitted(image.size, box))  # JPEG only; a PNG stays at full size
        if image.width * image.height > MAX_DECODED_PIXELS:
            return too_large
        image.load()
        mode = "RGBA" if image_format != "JPEG" and image.has_transparency_data else "RGB"
        pixels = _eight_bit(image)
        if pixels.mode != mode:
            pixels = pixels.convert(mode)
        pixels.thumbnail(box)
        return pixels if turn is None else pixels.transpose(turn)


def _fitted(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """The size of a photo fitted within box, never enlarged."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return max(1, int(width * scale)), max(1, int(height * scale))


def _eight_bit(image: Image.Image) -> Image.Image:
    """16-bit greyscale scaled to 8 bits; convert() would clip it, printing it almost white."""
    if image.mode not in SIXTEEN_BIT_MODES:
        return image
    if image.mode != "I;16":
        image = image.convert("I")  # point() scales only I;16, I and F
    return image.point(lambda value: value / 256).convert("L")
