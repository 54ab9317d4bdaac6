"""Backups: a copy of the vault, still encrypted, that opens on its own.

A backup is a folder holding a copy of ``vault.header`` and a consistent snapshot of
``vault.db`` taken with SQLite's online backup while the vault stays open: exactly a vault
folder, so it unlocks with the passphrase (or the recovery key) that was valid when it was
made, by ``sandiq --vault BACKUP`` as well as by ``restore``. Nothing in it is ever decrypted
on disk. The folder is written under a temporary name and renamed when complete, so an
interrupted backup leaves no folder that looks like a good one. A run killed midway leaves a
hidden ``.NAME.….partial`` folder beside it (encrypted, as large as the vault); the next backup
or restore into the same place removes it, and so does the next unlock (of the vault backed up
for a backup, of any vault for a restore: see leftovers), leaving alone those a running backup or
restore holds locked. (Salvage stages its new vault the same way, with these helpers.)

Restoring first unwraps the data key from the backup's header with the passphrase, the recovery
key or colleagues' recovery shares, reading the backup only: a mistyped secret is refused at
once, not after copying gigabytes from a slow memory stick. It then copies the backup into a
folder that holds no vault, under a temporary name (with the write-ahead log of a backup that
was opened as a vault: its last commits; the header as it was checked), opens the copy with that
key (which proves the copy intact) and only then gives it its name. The backup itself is never
written to.
A backup made by an older Sandiq is restored in its format, as ``sandiq backup`` keeps it: the
copy is checked with SQLite's and SQLCipher's checks alone (as verify checks an older vault),
and the window or the command that opens it next asks or says before upgrading it.

Both first make sure the copy fits: a backup that fills a memory stick only fails at the end of
a long copy, so one that cannot fit is refused before it starts (CopyDoesNotFit). The copy
needs no more room than the files copied (see database_copy); a disk that fills up anyway
(another program writing to it) is reported the same way, once the copy is removed.
"""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from db.engine import WRITE_OPTION, DriverOperationalError
from desktop_app.core.audit import RESTORED_FROM_BACKUP, AuditLog
from desktop_app.core.backup_opening import (
    open_restored_copy,
    open_with_key,
    read_backup_header,
    unwrap_backup_key,
)
from desktop_app.core.database_copy import copy_problems, problems_counted
from desktop_app.core.dates import utc_now
from desktop_app.core.disk_space import NotEnoughSpace
from desktop_app.core.errors import (
    FolderInSource,
    FolderNotEmpty,
    InvalidInput,
    VaultCorrupted,
    known_database_reason,
)
from desktop_app.core.exchange.progress import CancelCheck, Meter, ProgressCallback
from desktop_app.core.fileio import (
    PARTIAL_FOLDER_NAME,
    PARTIAL_SUFFIX,
    OutputLedger,
    fsync_directory,
    new_locked_folder,
    remove_if_abandoned,
)
from desktop_app.core.identity import load_identity
from desktop_app.core.leftovers import ledger_of, restore_ledger
from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME, VAULT_FILES, Vault

_COPY_BYTES = 1024 * 1024
_WAL_NAME = DATABASE_NAME + "-wal"
# Room asked for beyond the files copied, which the copy itself takes exactly (its peak is
# its final size, see database_copy): what the vault grows by between the check and the
# snapshot (a save: a few pages), what a restore writes on opening its copy (the audit
# entry, a schema upgrade's pages in the write-ahead log) and the file system's rounding up
# to whole clusters (32 KiB at most on FAT). A larger margin refused vaults that fit the stick.
_SPACE_MARGIN_SHARE = 100  # one hundredth (1%)
_SPACE_MARGIN_FIXED = 1024 * 1024
# What a copy that does not fit leaves as it was, said after the sizes.
_BACKUP_UNCHANGED = "the vault is unchanged and no backup was written"
_RESTORE_UNCHANGED = "nothing was restored and the backup is unchanged"

CheckStarted = Callable[[], None]
# Called once every check has passed, as the copy starts: the CLI says "Restoring 3.2 GiB…"
# then, so that a refusal is its only line.
CopyStarted = Callable[[], None]


class DamagedBackup(VaultCorrupted):
    """The backup's copy opened but some of its pages do not read; nothing was restored. What
    still reads may be rescued with salvage, which copies around the pages that do not."""


class PlaceRefused(InvalidInput):
    """A backup or restore cannot go into the folder chosen; nothing was written. problem says
    why, for the GUI to say in the user's language: "missing" (folder, where the new folder was
    to be made, is not there: a memory stick not connected), "file" (folder is a file),
    "inside_vault" (folder, the backup, lies inside the vault's folder), "not_empty" (folder,
    the backup, holds something) or "filled" (folder was filled meanwhile, by another run)."""

    def __init__(self, message: str, problem: str, folder: Path) -> None:
        super().__init__(message)
        self.problem = problem
        self.folder = folder


def _copied_size(folder: Path) -> int:
    # What a backup or restore copies of this vault folder: header, database, write-ahead log.
    return sum(
        (folder / name).stat().st_size
        for name in (HEADER_NAME, DATABASE_NAME, _WAL_NAME)
        if (folder / name).is_file()
    )


class CopyDoesNotFit(NotEnoughSpace):
    """The copy a backup or restore makes in folder does not fit on its disk: refused before
    it started, or stopped when the disk filled up during it, what it had written removed.
    The line ends with what was left as it was (outcome)."""

    def __init__(self, needed: int, free: int, folder: Path, outcome: str) -> None:
        super().__init__("the copy of the vault", needed, free, folder)
        self.args = (f"{self.args[0]}; {outcome}",)


def _room_needed(source: Path) -> int:
    size = _copied_size(source)
    return size + size // _SPACE_MARGIN_SHARE + _SPACE_MARGIN_FIXED


def _free_space(folder: Path) -> int | None:
    # None where the disk cannot be asked (missing, no permission): writing there fails with
    # the reason.
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _check_room(source: Path, destination: Path, outcome: str) -> None:
    """Raise CopyDoesNotFit unless the folder destination (existing) has room for a copy of
    the vault folder source, with a margin."""
    needed, free = _room_needed(source), _free_space(destination)
    if free is not None and free < needed:
        raise CopyDoesNotFit(needed, free, destination, outcome)


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    # A write through a session carries the driver's error inside.
    cause = error.orig if isinstance(error, DBAPIError) else error
    return (
        isinstance(cause, DriverOperationalError)
        and known_database_reason(cause) == "database or disk is full"
    )


@contextmanager
def _disk_full_said(source: Path, folder: Path, outcome: str) -> Iterator[None]:
    """Turn a disk that filled up in the block (copying the vault folder source into folder)
    into CopyDoesNotFit, with the room free once the block has removed its copy: not the
    system's bare "No space left on device", which names no disk and not what was kept."""
    try:
        yield
    except (OSError, DBAPIError, DriverOperationalError) as exc:
        free = _free_space(folder) if _is_disk_full(exc) else None
        if free is None:
            raise
        raise CopyDoesNotFit(_room_needed(source), free, folder, outcome) from None


def holds_anything(folder: Path) -> bool:
    """True if folder is a file, or a folder with something in it: no place for a vault."""
    return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


@contextmanager
def temporary_beside(target: Path, ledger: OutputLedger | None = None) -> Iterator[Path]:
    """A new hidden folder beside target (PARTIAL_FOLDER_NAME), to fill and then put_in_place;
    removed if the block fails. Recorded in ledger while the block runs, so that the next
    unlock removes it if the run is killed. Raises PlaceRefused if target's parent is missing
    or a file."""
    # A name of its own: two runs for the same target each fill their own folder (a shared
    # name let one run delete the other's half-made copy), and the second rename fails.
    # The parent must exist: a memory stick that is not mounted must not become a folder on
    # the internal disk. Locked from its making while the run lasts, so that another's
    # cleanup spares it; removed if the run fails.
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise PlaceRefused(f"{folder} is a file, not a folder; choose a folder", "file", folder)
    if not folder.is_dir():
        raise PlaceRefused(
            f"{folder} does not exist (is the memory stick connected?)", "missing", folder
        )
    temp, lock = new_locked_folder(folder, f".{target.name}.", PARTIAL_SUFFIX, ledger)
    try:
        yield temp
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    finally:
        if lock is not None:
            os.close(lock)
        if ledger is not None:
            ledger.forget(temp)


def remove_abandoned_beside(parent: Path) -> None:
    """Remove from parent the hidden folders of backups, restores and salvages killed midway,
    sparing those a running one holds locked."""
    # Each an encrypted copy of a vault, opening with its passphrase: they pile up on a memory
    # stick and tell when a backup was attempted. A run locks its folder from its making
    # (new_locked_folder), so one killed a moment ago is removed too: it used to be spared for
    # ten seconds, and a backup run again at once after a killed one left it for good.
    now = time.time()
    for folder in parent.glob(".*.partial"):
        if (
            not PARTIAL_FOLDER_NAME.fullmatch(folder.name)
            or folder.is_symlink()
            or not folder.is_dir()
        ):
            continue
        try:
            age = now - folder.stat().st_mtime
            names = {entry.name for entry in folder.iterdir()}
        except OSError:
            continue
        if not names <= VAULT_FILES:
            continue
        remove_if_abandoned(folder, age)


def _write_durably(chunks: Iterable[bytes], target: Path, meter: Meter | None = None) -> None:
    with open(target, "xb") as writer:
        target.chmod(0o600)
        for chunk in chunks:
            writer.write(chunk)
            if meter is not None:
                meter.advance(len(chunk))
        writer.flush()
        os.fsync(writer.fileno())


def _copy_durably(source: Path, target: Path, meter: Meter | None = None) -> None:
    with open(source, "rb") as reader:
        _write_durably(iter(lambda: reader.read(_COPY_BYTES), b""), target, meter)


def put_in_place(temp: Path, target: Path) -> None:
    """Give the filled folder temp the name target (missing, or empty); raises PlaceRefused
    if another run filled target meanwhile."""
    try:
        if target.exists():
            target.rmdir()  # empty (checked before): the rename needs the name free
        temp.rename(target)
    except OSError as exc:  # filled meanwhile, by another backup or restore
        raise PlaceRefused(
            f"{target} was filled meanwhile; this copy was not kept", "filled", target
        ) from exc
    fsync_directory(target.parent)


def back_up(
    vault: Vault,
    target: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    checking: CheckStarted | None = None,
    copying: CopyStarted | None = None,
) -> Path:
    """Write a backup of the unlocked vault into the folder target (new, or empty); copying()
    is called once the checks below have passed, as the copy starts, and checking() when the
    copy is complete and its check (which reports no progress) starts.

    Raises PlaceRefused if target holds anything or lies inside the vault's folder, or its
    parent is missing or a file; CopyDoesNotFit before copying if the copy cannot fit (or
    when the disk filled up during it), Cancelled if cancelled() turns true, VaultCorrupted if
    the vault is damaged or its copy does not read back whole; on any error no backup folder
    is left behind.
    Removes what killed backups, restores and salvages left beside target.
    """
    target = target.absolute()
    if target.resolve().is_relative_to(vault.path.resolve()):
        raise PlaceRefused(
            f"{target} is inside the vault's folder; choose another place", "inside_vault", target
        )
    if holds_anything(target):
        raise PlaceRefused(
            f"{target} is not empty; choose a new or empty folder", "not_empty", target
        )
    with (
        _disk_full_said(vault.path, target.parent, _BACKUP_UNCHANGED),
        temporary_beside(target, ledger_of(vault)) as temp,  # removed before room is measured
    ):
        remove_abandoned_beside(target.parent)  # first: what it frees may be the room needed
        _check_room(vault.path, target.parent, _BACKUP_UNCHANGED)
        if copying is not None:
            copying()
        vault.copy_database(temp / DATABASE_NAME, progress, cancelled, checking)
        _copy_durably(vault.path / HEADER_NAME, temp / HEADER_NAME)
        fsync_directory(temp)
        put_in_place(temp, target)
    return target


def restore(
    backup: Path,
    target: Path,
    secret: str | list[str],
    *,
    is_recovery_key: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    checking: CheckStarted | None = None,
    copying: CopyStarted | None = None,
) -> Vault:
    """Make a vault in the folder target (new, or empty) from the backup folder, and return it
    unlocked with secret: the passphrase, the recovery key (is_recovery_key), or colleagues'
    recovery shares (a list, as typed). A backup made by an older Sandiq keeps its format (the
    vault's older_format is set, for the caller to upgrade once the user agrees). copying() is
    called once every check below has passed, as the copy starts; progress gets the bytes
    copied; checking() is called when the copy is complete and opening and checking it (which
    report no progress) start.

    Raises, before copying anything: VaultNotFound if backup is no backup, FolderInSource if
    target is the backup or lies inside it, PlaceRefused if it is a file, FolderNotEmpty if it
    holds anything, PlaceRefused if its parent is missing or a file, WrongPassphrase if secret
    does not open the backup (WrongRecoveryKey, WrongShares for those; NotARecoveryKey,
    NotRecoveryShares for a mistyped key or shares, or a backup without shares),
    BackupHeaderDamaged if its header is damaged so that secret cannot be judged,
    VaultCorrupted if the backup's header is damaged, CopyDoesNotFit if the copy cannot fit.
    Then CopyDoesNotFit if the disk filled up during the copy, VaultCorrupted if the copy is
    damaged, Cancelled if cancelled() turns true. On any error target is left as it was.
    Removes what killed backups, restores and salvages left beside target.
    """
    header_bytes, header = read_backup_header(backup)
    target = target.absolute()
    if target.resolve() == backup.resolve():
        raise FolderInSource(f"{target} is the backup itself; restore into another folder")
    if target.resolve().is_relative_to(backup.resolve()):
        raise FolderInSource(f"{target} is inside the backup; restore into another folder")
    if target.exists() and not target.is_dir():
        raise PlaceRefused(f"{target} is a file, not a folder; choose a folder", "file", target)
    if holds_anything(target):
        raise FolderNotEmpty(f"{target} is not empty; restore into a new or empty folder")
    # Last of the checks: the passphrase's key derivation takes a second.
    data_key = unwrap_backup_key(header, secret, is_recovery_key)
    with (
        _disk_full_said(backup, target.parent, _RESTORE_UNCHANGED),
        temporary_beside(target, restore_ledger()) as temp,  # removed before room is measured
    ):
        # An abandoned restore is a whole vault that opens with the backup's passphrase.
        remove_abandoned_beside(target.parent)  # first: what it frees may be the room needed
        _check_room(backup, target.parent, _RESTORE_UNCHANGED)
        if copying is not None:
            copying()
        meter = Meter(_copied_size(backup), progress, cancelled)
        # A backup opened as a vault (sandiq --vault BACKUP) and not closed cleanly holds its
        # last commits in the write-ahead log; SQLite replays them into the copy on opening.
        # The log goes first: if a window still open on the backup checkpoints it meanwhile,
        # the database copied next holds what the copied log holds anyway. (-shm is rebuilt.)
        with suppress(FileNotFoundError):  # no log, or closed meanwhile: all in the database
            _copy_durably(backup / _WAL_NAME, temp / _WAL_NAME, meter)
        # The header the secret was checked against, not the file read again: the restored
        # vault opens with the secret just typed even if the backup changed meanwhile.
        _write_durably([header_bytes], temp / HEADER_NAME, meter)
        _copy_durably(backup / DATABASE_NAME, temp / DATABASE_NAME, meter)
        if checking is not None:
            checking()
        copy = open_restored_copy(temp, header, data_key)
        try:
            # a flipped bit opened, then failed later
            problems = copy_problems(copy.engine, cancelled)
            if not problems:
                _mark_restored(copy)
        finally:
            copy.lock()
        if problems:
            named = shlex.quote(str(backup))
            raise DamagedBackup(
                f"the backup is damaged ({problems_counted(len(problems))}; run sandiq verify "
                f"--vault {named}); nothing was restored: try another backup, or copy what still "
                f"reads of this one into a new vault with sandiq salvage --vault {named} --to "
                "NEWFOLDER"
            )
        fsync_directory(temp)
        put_in_place(temp, target)
    return open_with_key(target, header, data_key)


def _mark_restored(copy: Vault) -> None:
    # The entry lets colleagues' bundles bring back the versions made after the backup (see
    # exchange.own_claims), also once an older format is upgraded. The identity and audit_log
    # tables are as the first schema made them, so this version's models write it in an older
    # format as well, leaving the rest of that format as it was.
    with sessionmaker(copy.engine).begin() as session:
        session.connection(execution_options={WRITE_OPTION: True})
        actor = copy.fingerprint or load_identity(session).fingerprint
        AuditLog(session).append(utc_now(), actor, RESTORED_FROM_BACKUP)
