"""Checking beforehand that a file or folder fits in the free space of its disk, and saying how
much room it needs as a person reads sizes."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.core.errors import SandiqError

_SIZE_UNITS = ("KiB", "MiB", "GiB", "TiB")


class NotEnoughSpace(SandiqError):
    """A file or folder would not fit in the free space of its disk; nothing was written.
    needed and free are in bytes, and folder is the place named to the user (a memory stick
    chosen for a backup) or None, for the GUI to say in its language."""

    def __init__(self, what: str, needed: int, free: int, folder: Path | None = None) -> None:
        where = "" if folder is None else f" on {folder}"
        super().__init__(
            f"Not enough free space{where}: {what} needs about {approximate_size(needed)}, "
            f"{approximate_size(free)} free"
        )
        self.needed = needed
        self.free = free
        self.folder = folder


def approximate_size(size: int) -> str:
    """size in bytes as a person reads it: "3.2 GiB", "700 MiB", "12 bytes"."""
    power = min((size.bit_length() - 1) // 10, len(_SIZE_UNITS)) if size > 0 else 0
    if power == 0:
        return f"{size} bytes"
    value, unit = size / 1024**power, _SIZE_UNITS[power - 1]
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def ensure_free_space(
    folder: Path, needed: int, what: str, *, is_folder_named: bool = False
) -> None:
    """Raise NotEnoughSpace (naming what needs the room, and folder if is_folder_named) if
    folder's disk has less than needed bytes free. A folder that cannot be asked (missing, no
    permission) is let through: writing there fails with the reason."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed:
        raise NotEnoughSpace(what, needed, free, folder if is_folder_named else None)
