"""Backups: a copy of the vault, still encrypted, that opens on its own.

A backup is a folder holding a copy of ``vault.header`` and a consistent snapshot of
``vault.db`` taken with SQLite's online backup while the vault stays open: exactly a vault
folder, so it unlocks with the passphrase (or the recovery key) that was valid when it was
made, by ``sandiq --vault BACKUP`` as well as by ``restore``. Nothing in it is ever decrypted
on disk. The folder is written under a temporary name and renamed when complete, so an
interrupted backup leaves no folder that looks like a good one. A run killed midway leaves a
hidden ``.NAME.….partial`` folder beside it (encrypted, as large as the vault); the next backup
into the same place removes it, and leaves alone those a running backup or restore holds locked.

Restoring copies a backup into a folder that holds no vault, under a temporary name (with the
write-ahead log of a backup that was opened as a vault: its last commits), opens the copy with
the passphrase (which proves the copy intact and the passphrase right, and brings an older
backup's schema up to date), and only then gives it its name. The backup itself is never
written to.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from db.engine import integrity_problems
from desktop_app.core import keys
from desktop_app.core.errors import InvalidInput, VaultCorrupted, VaultExists, VaultNotFound
from desktop_app.core.exchange.progress import CancelCheck, ProgressCallback
from desktop_app.core.fileio import fsync_directory, lock_folder, remove_if_abandoned
from desktop_app.core.integrity_report import problem_lines
from desktop_app.core.vault import (
    DATABASE_COMPANIONS,
    DATABASE_NAME,
    HEADER_NAME,
    Vault,
    unlock,
    unlock_with_recovery_key,
)

_COPY_BYTES = 1024 * 1024
_WAL_NAME = DATABASE_NAME + "-wal"
# What _temporary_beside names and fills; a folder of that name holding anything else is not
# ours to delete.
_PARTIAL_NAME = re.compile(r"\..+\.[a-z0-9_]{8}\.partial")
_PARTIAL_FILES = frozenset({HEADER_NAME, DATABASE_NAME, *DATABASE_COMPANIONS})
# One this young may not be locked by its run yet; without locks (Windows) one this old
# belongs to no running backup.
_SETTLING_S = 10


def _holds_anything(folder: Path) -> bool:
    return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


@contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    # A name of its own: two runs for the same target each fill their own folder (a shared
    # name let one run delete the other's half-made copy), and the second rename fails.
    # The parent must exist: a memory stick that is not mounted must not become a folder on
    # the internal disk. Locked while the run lasts, so that another's cleanup spares it;
    # removed if the run fails.
    if not target.parent.is_dir():
        raise InvalidInput(f"{target.parent} does not exist (is the memory stick connected?)")
    temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    lock = lock_folder(temp)
    try:
        yield temp
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    finally:
        if lock is not None:
            os.close(lock)


def _remove_abandoned(parent: Path) -> None:
    # The hidden folders of backups and restores killed midway: an encrypted copy of a vault
    # each, which pile up on a memory stick and tell when a backup was attempted.
    now = time.time()
    for folder in parent.glob(".*.partial"):
        if not _PARTIAL_NAME.fullmatch(folder.name) or folder.is_symlink() or not folder.is_dir():
            continue
        try:
            age = now - folder.stat().st_mtime
            names = {entry.name for entry in folder.iterdir()}
        except OSError:
            continue
        if age < _SETTLING_S or not names <= _PARTIAL_FILES:
            continue
        remove_if_abandoned(folder, age)


def _copy_durably(source: Path, target: Path) -> None:
    with open(source, "rb") as reader, open(target, "xb") as writer:
        target.chmod(0o600)
        shutil.copyfileobj(reader, writer, _COPY_BYTES)
        writer.flush()
        os.fsync(writer.fileno())


def _put_in_place(temp: Path, target: Path) -> None:
    try:
        if target.exists():
            target.rmdir()  # empty (checked before): the rename needs the name free
        temp.rename(target)
    except OSError as exc:  # filled meanwhile, by another backup or restore
        raise InvalidInput(f"{target} was filled meanwhile; this copy was not kept") from exc
    fsync_directory(target.parent)


def back_up(
    vault: Vault,
    target: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write a backup of the unlocked vault into the folder target (new, or empty).

    Raises InvalidInput if target holds anything or lies inside the vault's folder, Cancelled
    if cancelled() turns true, VaultCorrupted if the vault is damaged; on any error no backup
    folder is left behind. Removes what killed backups left beside target.
    """
    target = target.absolute()
    if target.resolve().is_relative_to(vault.path.resolve()):
        raise InvalidInput(f"{target} is inside the vault's folder; choose another place")
    if _holds_anything(target):
        raise InvalidInput(f"{target} is not empty; choose a new or empty folder")
    with _temporary_beside(target) as temp:
        _remove_abandoned(target.parent)
        vault.copy_database(temp / DATABASE_NAME, progress, cancelled)
        _copy_durably(vault.path / HEADER_NAME, temp / HEADER_NAME)
        fsync_directory(temp)
        _put_in_place(temp, target)
    return target


def restore(backup: Path, target: Path, secret: str, *, is_recovery_key: bool = False) -> Vault:
    """Make a vault in the folder target (new, or empty) from the backup folder, and return it
    unlocked with secret: the passphrase, or the recovery key. Raises VaultNotFound if backup
    is no backup, VaultExists if target holds anything, WrongPassphrase if secret does not open
    the backup; on any error target is left as it was.
    """
    opener = unlock_with_recovery_key if is_recovery_key else unlock
    if not (backup / HEADER_NAME).is_file() or not (backup / DATABASE_NAME).is_file():
        raise VaultNotFound(
            f"{backup} is not a Sandiq backup: it lacks {HEADER_NAME} or the database"
        )
    keys.read_header(backup / HEADER_NAME)  # a damaged header is refused before any copying
    target = target.absolute()
    if target.resolve().is_relative_to(backup.resolve()):
        raise VaultExists(f"{target} is inside the backup; restore into another folder")
    if _holds_anything(target):
        raise VaultExists(f"{target} is not empty; restore into a new or empty folder")
    with _temporary_beside(target) as temp:
        # A backup opened as a vault (sandiq --vault BACKUP) and not closed cleanly holds its
        # last commits in the write-ahead log; SQLite replays them into the copy on opening.
        # The log goes first: if a window still open on the backup checkpoints it meanwhile,
        # the database copied next holds what the copied log holds anyway. (-shm is rebuilt.)
        with suppress(FileNotFoundError):  # no log, or closed meanwhile: all in the database
            _copy_durably(backup / _WAL_NAME, temp / _WAL_NAME)
        for name in (HEADER_NAME, DATABASE_NAME):
            _copy_durably(backup / name, temp / name)
        copy = opener(temp, secret)
        try:
            # a flipped bit opened, then failed later
            problems = problem_lines(integrity_problems(copy.engine))
        finally:
            copy.lock()
        if problems:
            raise VaultCorrupted(
                f"the backup is damaged ({len(problems)} problems; run sandiq verify --vault "
                "BACKUP); nothing was restored"
            )
        fsync_directory(temp)
        _put_in_place(temp, target)
    return opener(target, secret)
