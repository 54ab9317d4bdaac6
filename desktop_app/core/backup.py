"""Backups: a copy of the vault, still encrypted, that opens on its own.

A backup is a folder holding a copy of ``vault.header`` and a consistent snapshot of
``vault.db`` taken with SQLite's online backup while the vault stays open: exactly a vault
folder, so it unlocks with the passphrase (or the recovery key) that was valid when it was
made, by ``sandiq --vault BACKUP`` as well as by ``restore``. Nothing in it is ever decrypted
on disk. The folder is written under a temporary name and renamed when complete, so an
interrupted backup leaves no folder that looks like a good one.

Restoring copies a backup into a folder that holds no vault, under a temporary name, opens
the copy with the passphrase (which proves the copy intact and the passphrase right, and
brings an older backup's schema up to date), and only then gives it its name. The backup
itself is never written to.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.errors import InvalidInput, VaultExists, VaultNotFound
from desktop_app.core.fileio import fsync_directory
from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME, Vault, unlock

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_COPY_BYTES = 1024 * 1024


def _holds_anything(folder: Path) -> bool:
    return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


def _temporary_beside(target: Path) -> Path:
    temp = target.with_name(f".{target.name}.partial")
    shutil.rmtree(temp, ignore_errors=True)  # what an interrupted run left
    temp.mkdir(mode=0o700, parents=True)
    return temp


def _copy_durably(source: Path, target: Path) -> None:
    with open(source, "rb") as reader, open(target, "xb") as writer:
        target.chmod(0o600)
        shutil.copyfileobj(reader, writer, _COPY_BYTES)
        writer.flush()
        os.fsync(writer.fileno())


def _put_in_place(temp: Path, target: Path) -> None:
    if target.exists():
        target.rmdir()  # empty (checked before): the rename needs the name free
    temp.rename(target)
    fsync_directory(target.parent)


def back_up(
    vault: Vault,
    target: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write a backup of the unlocked vault into the folder target (new, or empty).

    Raises InvalidInput if target holds anything or lies inside the vault's folder, Cancelled
    if cancelled() turns true; on any error no backup folder is left behind.
    """
    target = target.absolute()
    if target.resolve().is_relative_to(vault.path.resolve()):
        raise InvalidInput(f"{target} is inside the vault's folder; choose another place")
    if _holds_anything(target):
        raise InvalidInput(f"{target} is not empty; choose a new or empty folder")
    temp = _temporary_beside(target)
    try:
        vault.copy_database(temp / DATABASE_NAME, progress, cancelled)
        _copy_durably(vault.path / HEADER_NAME, temp / HEADER_NAME)
        fsync_directory(temp)
        _put_in_place(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return target


def restore(backup: Path, target: Path, passphrase: str) -> Vault:
    """Make a vault in the folder target (new, or empty) from the backup folder, and return it
    unlocked. Raises VaultNotFound if backup is no backup, VaultExists if target holds
    anything, WrongPassphrase if the passphrase does not open the backup; on any error target
    is left as it was.
    """
    if not (backup / HEADER_NAME).is_file() or not (backup / DATABASE_NAME).is_file():
        raise VaultNotFound(
            f"{backup} is not a Sandiq backup: it lacks {HEADER_NAME} or the database"
        )
    target = target.absolute()
    if _holds_anything(target):
        raise VaultExists(f"{target} is not empty; restore into a new or empty folder")
    temp = _temporary_beside(target)
    try:
        for name in (HEADER_NAME, DATABASE_NAME):
            _copy_durably(backup / name, temp / name)
        unlock(temp, passphrase).lock()
        fsync_directory(temp)
        _put_in_place(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return unlock(target, passphrase)
