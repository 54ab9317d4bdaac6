"""Photos as dossier figures: a re-encoded copy that carries pixels and nothing else.

A photo's file can say where and when it was taken and with which camera (EXIF, GPS, XMP,
maker notes, embedded thumbnails); for a witness that can be as telling as a name. The copy
placed in the PDF is decoded and encoded anew with Pillow, which writes no metadata unless
asked to, after turning it upright by its EXIF orientation. The vault's original, and the
SHA-256 the dossier lists for it, are untouched.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SOURCE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 40_000_000  # refuse decompression bombs well before Pillow's own limit
MAX_EDGE = 1600  # pixels; enough for a printed page, keeps dossiers small


@dataclass(frozen=True)
class CleanImage:
    """An image re-encoded without metadata, with its pixel size."""

    data: bytes
    width: int
    height: int


def clean_copy(original: bytes) -> CleanImage | None:
    """A metadata-free copy of a JPEG or PNG, or None if it cannot be read."""
    if len(original) > MAX_SOURCE_BYTES:
        return None
    try:
        with Image.open(io.BytesIO(original)) as image:
            if image.width * image.height > MAX_PIXELS:
                return None
            is_jpeg = image.format == "JPEG"
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((MAX_EDGE, MAX_EDGE))
            mode = "RGBA" if not is_jpeg and upright.mode in ("RGBA", "LA", "P") else "RGB"
            pixels = upright.convert(mode)
            # A new image from the pixels alone: Pillow copies .info (comments, XMP, ICC) along
            # with an image, and some encoders write it back.
            fresh = Image.frombytes(mode, pixels.size, pixels.tobytes())
            out = io.BytesIO()
            if is_jpeg:
                fresh.save(out, format="JPEG", quality=85)
            else:
                fresh.save(out, format="PNG")
            return CleanImage(out.getvalue(), fresh.width, fresh.height)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
