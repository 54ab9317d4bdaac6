"""Writing files that replace others without ever leaving a half-written one."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from desktop_app.core.errors import InvalidInput

# A vault is a folder holding this header beside its database (``vault.HEADER_NAME``).
VAULT_HEADER_NAME = "vault.header"
IN_VAULT_FOLDER = "{} is a vault's folder; write exports and dossiers somewhere else"
IS_A_FOLDER = "{} is a folder; give the file a name"
TEMP_SUFFIX = ".tmp"  # of the hidden ".NAME.random.tmp" a file is written under first
# Where folders cannot be locked (Windows), one this old is taken for a killed run's.
ABANDONED_AFTER_S = 24 * 3600


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

    A folder given as path is refused (InvalidInput) before anything is written. An OSError
    names path (the file the caller asked for), never the hidden temp file.

    Only the vault's own files (vault_file=True) may be written into a vault's folder: an
    export named ``vault.header`` or ``vault.db`` there would destroy the vault for good.
    """
    if path.is_dir():  # `--out /tmp`; an empty name is the current folder
        raise InvalidInput(IS_A_FOLDER.format(path))
    if not vault_file and (path.parent / VAULT_HEADER_NAME).exists():
        raise InvalidInput(IN_VAULT_FOLDER.format(path.parent))
    try:
        _write_through_temp(path, write)
    except OSError as exc:
        if exc.errno is None or not _is_temp_of(path, exc.filename):
            raise
        # The temp file's name means nothing to the user: "No such file or directory
        # (/nonexistent/.x.json.k0seoeki.tmp)" becomes "... (/nonexistent/x.json)".
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    fsync_directory(path.parent)


def _is_temp_of(path: Path, name: object) -> bool:
    if not isinstance(name, str):
        return False
    temp = Path(name)
    return (
        os.path.abspath(temp.parent) == os.path.abspath(path.parent)  # mkstemp's is absolute
        and temp.name.startswith(f".{path.name}.")
        and temp.name.endswith(TEMP_SUFFIX)
    )


def _write_through_temp(path: Path, write: Callable[[BinaryIO], None]) -> None:
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


def write_atomically(path: Path, data: bytes, *, vault_file: bool = False) -> None:
    """Replace path with data atomically (see ``write_atomically_with``)."""
    write_atomically_with(path, lambda fh: fh.write(data), vault_file=vault_file)


def lock_folder(folder: Path) -> int | None:
    """A descriptor holding folder's exclusive lock, or None if another process holds it (or
    locks are not available here). A running backup or import holds its working folder so,
    and a later one tells it from the folder of one that was killed."""
    if fcntl is None:
        return None
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        return None
    return descriptor


def remove_if_abandoned(folder: Path, age: float) -> None:
    """Delete folder (age seconds old) unless a running process holds its lock; where folders
    cannot be locked, once it is older than ABANDONED_AFTER_S."""
    descriptor = lock_folder(folder)
    if descriptor is not None or (fcntl is None and age > ABANDONED_AFTER_S):
        shutil.rmtree(folder, ignore_errors=True)
    if descriptor is not None:
        os.close(descriptor)
