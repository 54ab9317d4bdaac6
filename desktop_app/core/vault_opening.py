"""Opening a vault folder's files: its header read, its database checked and opened with the
data key, and the schema brought up to date or its older format told (see ``vault_schema``).

``vault.unlock`` and its siblings unwrap the data key with the user's secret and hand it here;
``open_vault_database`` gives back the engine that becomes a ``Vault``. A failure closes the
engine and is said as an error the user can act on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine

from db.engine import DatabaseKeyError, DriverDatabaseError, DriverOperationalError, open_engine
from desktop_app.core import keys
from desktop_app.core.database_errors import opening_failed
from desktop_app.core.errors import (
    VaultCorrupted,
    VaultNotFound,
    VaultPartMissing,
    VaultUnavailable,
    known_database_reason,
)
from desktop_app.core.fileio import (
    VAULT_HEADER_NAME,
    remove_abandoned_temporaries,
    temporary_files_of,
)
from desktop_app.core.leftovers import remove_recorded_leftovers
from desktop_app.core.vault_schema import OlderFormat, bring_up_to_date, older_format

DATABASE_NAME = "vault.db"
# What an unencrypted SQLite file starts with; a SQLCipher file starts with its random salt.
PLAINTEXT_SQLITE_MAGIC = b"SQLite format 3\x00"


def read_existing_header(path: Path) -> keys.Header:
    """The header of the vault folder path; raises VaultNotFound if there is no vault,
    VaultPartMissing if only the header is missing."""
    header_path = path / VAULT_HEADER_NAME
    if not header_path.exists():
        if (path / DATABASE_NAME).exists():
            raise VaultPartMissing(
                f"the vault header in {path} is missing; the vault cannot open", "header"
            )
        raise VaultNotFound(f"no vault at {path}")
    return keys.read_header(header_path)


def open_vault_database(
    path: Path, data_key: bytes, rebuild_stale_index: bool, upgrade_older_format: bool
) -> tuple[Engine, OlderFormat | None]:
    """Open the database of the vault folder path with data_key, and the older format it was
    left in (None once brought up to date, which is done unless upgrade_older_format is False;
    see vault.unlock). Removes what killed runs left (header copies, recorded leftovers)."""
    db_path = path / DATABASE_NAME
    _check_database_file(db_path)
    # Older vaults had a database readable by every account; SQLite gives its
    # write-ahead log the database's mode. (A FAT memory stick has no modes to change.)
    with suppress(OSError):
        db_path.chmod(0o600)
    try:
        engine = open_engine(db_path, data_key)
    except DatabaseKeyError:
        raise VaultCorrupted("the vault database is damaged or does not match its header") from None
    except DriverOperationalError as exc:
        raise opening_failed(exc) from None
    with closed_on_failure(engine):
        older = older_format(engine)
        if older is None or upgrade_older_format:
            bring_up_to_date(engine, rebuild_stale_index)
            older = None
        shred_abandoned_header_copies(path)
        remove_recorded_leftovers(engine)  # a killed dossier's plaintext, a backup's copy
    return engine, older


@contextmanager
def closed_on_failure(engine: Engine) -> Iterator[None]:
    """Dispose of engine if the block fails, raising the driver's errors as unlock does."""
    try:
        yield
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, DriverOperationalError):  # a read-only medium, a full disk
            raise opening_failed(exc) from None
        if isinstance(exc, DriverDatabaseError):  # a damaged page in what unlock reads
            reason = known_database_reason(exc) or "unreadable"
            raise VaultCorrupted(f"the vault database is damaged ({reason})") from None
        raise


def _check_database_file(db_path: Path) -> None:
    # SQLCipher takes an empty file for a new database and would write a fresh schema into
    # it on unlock, hiding that the vault's content is gone (a failed copy, a power cut).
    # SQLite would also drop a write-ahead log left next to an empty file.
    try:
        with open(db_path, "rb") as fh:
            start = fh.read(len(PLAINTEXT_SQLITE_MAGIC))
    except FileNotFoundError:
        raise VaultPartMissing(
            f"the vault database in {db_path.parent} is missing", "database"
        ) from None
    except OSError as exc:
        raise VaultUnavailable(
            f"the vault could not be opened: {exc.strerror or exc}; it is not damaged"
        ) from None
    if not start or start == PLAINTEXT_SQLITE_MAGIC:  # empty, or not encrypted at all
        raise VaultCorrupted("the vault database is empty or damaged")


def shred_abandoned_header_copies(folder: Path) -> None:
    """Shred the new headers a killed passphrase change left under temp names in folder."""
    # Each opens the vault with a passphrase the user may since have retired. A running change
    # holds its temp locked and keeps it.
    remove_abandoned_temporaries(temporary_files_of(folder / VAULT_HEADER_NAME), keys.shred_file)
