"""What writes outside the vault killed midway left behind, found through the vault.

A dossier, a plaintext export, a bundle or a backup is written under a hidden temp name beside
its target and renamed when complete (see fileio). Killed midway (kill -9, a power cut), it
leaves that temp: the whole dossier in the clear, or a copy of the vault, which only a later
write into the same folder used to remove. So each write records its temp's path in the vault
(encrypted, as everything there) before making it, and forgets it once the temp is renamed or
removed; every unlock removes what the records still name (remove_recorded_leftovers).
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

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
)

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

# What a vault that cannot be written now raises: damaged (a backup is what its user needs
# then), on a medium turned read-only, or held by another program's long write. A record is
# worth less than what is being written: without it, a temp left behind is still removed by
# the next write into its folder.
_DATABASE_ERRORS = (DBAPIError, DriverDatabaseError)
_UNLOCK_WAIT_MS = 500


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
    older format) has none."""
    with suppress(*_DATABASE_ERRORS):
        _remove_recorded_leftovers(engine)


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
