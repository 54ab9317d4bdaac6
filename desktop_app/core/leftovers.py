"""What writes outside the vault killed midway left behind, found through the vault.

A dossier, a plaintext export, a bundle or a backup is written under a hidden temp name beside
its target and renamed when complete (see fileio). Killed midway (kill -9, a power cut), it
leaves that temp: the whole dossier in the clear, or a copy of the vault, which only a later
write into the same folder used to remove. So each write records its temp's path in the vault
(encrypted, as everything there) before making it, and forgets it once the temp is renamed or
removed; every unlock removes what the records still name (remove_recorded_leftovers).

A restore has no vault to record its hidden folder in until it ends, and the backup it copies
is never written to: it records the folder's path in the account's cache instead
(restore_ledger), one small file per folder, which every unlock reads as well. Killed midway,
a restore left a whole vault that opens with the backup's passphrase, which only a later
backup, restore or salvage into the same folder used to remove.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_cache_path
from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import WAIT_OPTION, WRITE_OPTION, DriverDatabaseError
from db.unfinished_outputs import UnfinishedOutput
from desktop_app.core.fileio import (
    PARTIAL_FOLDER_NAME,
    TEMP_NAME,
    OutputLedger,
    remove_abandoned_temporaries,
    remove_if_abandoned,
    write_atomically,
)

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

# What a vault that cannot be written now raises: damaged (a backup is what its user needs
# then), on a medium turned read-only, or held by another program's long write. A record is
# worth less than what is being written: without it, a temp left behind is still removed by
# the next write into its folder.
_DATABASE_ERRORS = (DBAPIError, DriverDatabaseError)
_UNLOCK_WAIT_MS = 500
# A record in the account's cache: named by a digest of the path (so that forget finds it), it
# holds "d" (a folder) or "f" (a file) and the path's bytes.
_LOCAL_RECORD_NAME = re.compile(r"[0-9a-f]{32}")
_FOLDER_MARK, _FILE_MARK = b"d", b"f"


class VaultOutputLedger:
    """The OutputLedger of a vault in this version's format, in its unfinished_output table.
    Each call is its own transaction, committed before the temp is made."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine)

    def __repr__(self) -> str:
        return "VaultOutputLedger()"

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            session.connection(execution_options={WRITE_OPTION: True})
            yield session

    def remember(self, path: Path, is_folder: bool) -> None:
        """Record path before it is made, if the vault can be written now."""
        with suppress(*_DATABASE_ERRORS), self._transaction() as session:
            session.add(UnfinishedOutput(path=os.fsencode(path), is_folder=is_folder))

    def forget(self, path: Path) -> None:
        """Drop path's record. A failure keeps it: the next unlock finds path gone and drops
        it then, which is better than failing a write that is complete."""
        with suppress(*_DATABASE_ERRORS), self._transaction() as session:
            session.execute(
                delete(UnfinishedOutput).where(UnfinishedOutput.path == os.fsencode(path))
            )


class LocalOutputLedger:
    """The OutputLedger of this computer's account, in folder: for a write no vault can record
    (a restore). A record that cannot be written is done without, as in a vault."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def remember(self, path: Path, is_folder: bool) -> None:
        """Record path, durably, before it is made."""
        with suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            mark = _FOLDER_MARK if is_folder else _FILE_MARK
            write_atomically(self._record_of(path), mark + os.fsencode(path))

    def forget(self, path: Path) -> None:
        """Drop path's record; one that stays is dropped by the next unlock."""
        with suppress(OSError):
            self._record_of(path).unlink(missing_ok=True)

    def _record_of(self, path: Path) -> Path:
        return self.folder / hashlib.sha256(os.fsencode(path)).hexdigest()[:32]


def restore_ledger() -> LocalOutputLedger:
    """Where a restore or a salvage records its hidden folder: the account's cache (the path,
    in the clear, for as long as it runs or until the unlock after it was killed). Neither has
    a vault of its own to record it in while it runs."""
    return LocalOutputLedger(user_cache_path("sandiq", appauthor=False) / "unfinished-restores")


def ledger_of(vault: Vault) -> OutputLedger | None:
    """Where writes of this vault's data outside it record their temps; None for a vault
    opened in an older format, which has no table for them and must not be written to."""
    return None if vault.older_format is not None else VaultOutputLedger(vault.engine)


def remove_recorded_leftovers(engine: Engine) -> None:
    """Remove the temp files and folders recorded in the vault whose writes were killed
    midway, and forget them. Left alone (and forgotten): a path no longer holding what Sandiq
    made there (another name, a symbolic link, another account's). Kept recorded: one a
    running write holds locked, one that cannot be removed now, one whose folder is missing
    (a memory stick not connected), and all of them while the vault cannot be read or written
    (which the unlock leaves to what reads the vault to say). A vault without the table (an
    older format) has none. The same for what killed restores recorded on this computer
    (restore_ledger), sparing the folder of the vault engine opens."""
    with suppress(*_DATABASE_ERRORS):
        remove_locally_recorded_leftovers(restore_ledger(), spared=_folder_of(engine))
        _remove_recorded_leftovers(engine)


def remove_locally_recorded_leftovers(ledger: LocalOutputLedger, spared: Path | None) -> None:
    """Remove what ledger's records name, as remove_recorded_leftovers does with a vault's,
    and drop the records of what is gone or not ours; spared (the vault being unlocked: a
    killed restore's folder opened as a vault) stays, recorded, for another unlock."""
    try:
        records = [p for p in ledger.folder.iterdir() if _LOCAL_RECORD_NAME.fullmatch(p.name)]
    except OSError:  # none made yet, or the cache cannot be read: nothing to do
        return
    for record in records:
        with suppress(OSError):
            content = record.read_bytes()
            mark, path = content[:1], Path(os.fsdecode(content[1:]))
            if spared is not None and _is_same(path, spared):
                continue
            # A record neither Sandiq's nor holding a whole path is dropped, naming nothing.
            is_ours = mark in (_FOLDER_MARK, _FILE_MARK) and path.is_absolute()
            if not is_ours or _is_gone(path, mark == _FOLDER_MARK):
                record.unlink()


def _folder_of(engine: Engine) -> Path | None:
    with engine.connect() as conn:
        for _seq, name, file in conn.exec_driver_sql("PRAGMA database_list"):
            if name == "main" and file:
                return Path(file).parent
    return None


def _is_same(path: Path, other: Path) -> bool:
    try:
        return os.path.samestat(os.lstat(path), os.lstat(other))
    except OSError:
        return False


def _remove_recorded_leftovers(engine: Engine) -> None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'unfinished_output'"
        ).first()
        if not has_table:
            return
        recorded = conn.execute(
            select(UnfinishedOutput.id, UnfinishedOutput.path, UnfinishedOutput.is_folder)
        ).all()
    done = [row.id for row in recorded if _is_gone(Path(os.fsdecode(row.path)), row.is_folder)]
    if not done:
        return
    with sessionmaker(engine).begin() as session:
        # Not the usual ten seconds' wait behind another program's write: the unlock goes on,
        # and the records stay for the next one.
        session.connection(execution_options={WRITE_OPTION: True, WAIT_OPTION: _UNLOCK_WAIT_MS})
        session.execute(delete(UnfinishedOutput).where(UnfinishedOutput.id.in_(done)))


def _is_gone(path: Path, is_folder: bool) -> bool:
    """Remove path if it is still the temp a killed write made; True if nothing of it is left
    to remove (or what is there is not ours)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path.parent.is_dir()
    except OSError:
        return False
    name_made = PARTIAL_FOLDER_NAME if is_folder else TEMP_NAME
    kind_made = stat.S_ISDIR if is_folder else stat.S_ISREG
    if (
        not name_made.fullmatch(path.name)
        or not kind_made(info.st_mode)  # a symbolic link is neither: never followed
        or (hasattr(os, "getuid") and info.st_uid != os.getuid())
    ):
        return True
    if is_folder:
        remove_if_abandoned(path, time.time() - info.st_mtime)
    else:
        remove_abandoned_temporaries([path])
    return not os.path.lexists(path)
