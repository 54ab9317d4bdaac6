"""An image whose header declares more pixels than Qt will decode (a decompression bomb, or a
real scan of a wall map) says it is too large to show, not that it could not be read."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtWidgets import QLabel

from tests.gui.test_attachment_viewer_large import add  # noqa: F401 (a fixture)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_declaring(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    rows = zlib.compress(b"\0" + b"\0" * 3 * 16)  # one short row: the rest never comes
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", rows)
        + _chunk(b"IEND", b"")
    )


def test_an_image_declaring_60000_by_60000_pixels_is_too_large_to_show(qtbot, add):  # noqa: F811
    viewer = add(qtbot, "bomb.png", _png_declaring(60000, 60000))
    qtbot.waitUntil(lambda: not viewer.loading, timeout=20_000)
    # Before: "The image could not be read.", as for a damaged file.
    assert isinstance(viewer.content, QLabel)
    assert viewer.content.text() == (
        "The image is too large to show (60000 × 60000 pixels). Open it with another program."
    )


def test_a_damaged_small_image_still_could_not_be_read(qtbot, add):  # noqa: F811
    viewer = add(qtbot, "broken.png", _png_declaring(40, 30)[:-20])
    qtbot.waitUntil(lambda: not viewer.loading, timeout=20_000)
    assert viewer.content.text() == "The image could not be read."
