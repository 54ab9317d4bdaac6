"""Writing files that replace others without ever leaving a half-written one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.errors import InvalidInput

# A vault is a folder holding this header beside its database (``vault.HEADER_NAME``).
VAULT_HEADER_NAME = "vault.header"
IN_VAULT_FOLDER = "{} is a vault's folder; write exports and dossiers somewhere else"
TEMP_SUFFIX = ".tmp"  # of the hidden ".NAME.random.tmp" a file is written under first


def temporary_files_of(path: Path) -> list[Path]:
    """The temp files a write of path killed midway may have left beside it."""
    return list(path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"))


def fsync_directory(directory: Path) -> None:
    """Make a rename or unlink in this directory durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically_with(
    path: Path, write: Callable[[BinaryIO], None], *, vault_file: bool = False
) -> None:
    """Write path through a temp name, fsync, rename; on any error the old file stays.

    Only the vault's own files (vault_file=True) may be written into a vault's folder: an
    export named ``vault.header`` or ``vault.db`` there would destroy the vault for good.
    """
    if not vault_file and (path.parent / VAULT_HEADER_NAME).exists():
        raise InvalidInput(IN_VAULT_FOLDER.format(path.parent))
    # A new, owner-only file under a hidden random name (mkstemp: O_EXCL, mode 0600): a
    # dossier or a plaintext export is case data that other accounts must not read, a name
    # planted beforehand (a symbolic link in a shared folder) is never written through, and
    # two writers of one file do not share a temp file.
    descriptor, temp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def write_atomically(path: Path, data: bytes, *, vault_file: bool = False) -> None:
    """Replace path with data atomically (see ``write_atomically_with``)."""
    write_atomically_with(path, lambda fh: fh.write(data), vault_file=vault_file)
