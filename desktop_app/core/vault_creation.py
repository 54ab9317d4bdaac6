"""Creating a new vault: a folder that becomes a vault only once its header is written.

Whatever fails before then removes what it made, so the same command can be run again; opening,
locking and destroying a vault are in ``vault``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from db.engine import DriverOperationalError, open_engine
from db.name_order_index import rebuild_stale_name_order_indexes
from desktop_app.core import keys
from desktop_app.core.errors import VaultExists, VaultUnavailable
from desktop_app.core.identity import create_identity
from desktop_app.core.records import RecordWriter
from desktop_app.core.search.index import ensure_search_index
from desktop_app.core.search.index_unicode import mark_stale_after_unicode_change
from desktop_app.core.vault import (
    DATABASE_COMPANIONS,
    DATABASE_NAME,
    HEADER_NAME,
    Vault,
    check_passphrase_strength,
)
from desktop_app.core.vault_schema import prepare_schema, sync_vocabulary


@dataclass(frozen=True)
class CreatedVault:
    """A new vault and its recovery key, which is shown once and never stored in the clear."""

    vault: Vault
    recovery_key: str

    def __repr__(self) -> str:
        return f"CreatedVault({self.vault!r})"


def create_vault(
    path: Path,
    passphrase: str,
    display_name: str = "",
    kdf: keys.KdfParams = keys.DEFAULT_KDF,
    show: Callable[[CreatedVault], None] | None = None,
) -> CreatedVault:
    """Create a new vault folder; refuses to touch a folder that already holds one. If it
    fails before the vault is whole, what it created is removed (and nothing else).

    show, if given, gets the new vault and its recovery key before the header makes the folder
    a vault: if it fails (the key could not be printed), the vault is removed as above, so no
    vault is left whose key nobody saw and the same command can be run again.
    """
    check_passphrase_strength(passphrase)
    header_path, db_path = path / HEADER_NAME, path / DATABASE_NAME
    if header_path.exists():
        raise VaultExists(f"a vault already exists at {path}")
    if db_path.exists():
        raise VaultExists(
            f"{path} holds a database without a header (an interrupted or wiped vault); "
            "move it away first"
        )
    data_key = keys.new_data_key()
    recovery_key = keys.new_recovery_key()
    header = keys.new_header(data_key, passphrase, recovery_key, kdf)
    new_folders = _missing_folders(path)
    # Every folder made here is owner-only, parents too: a ~/.local/share/sandiq listable by
    # every account (as mkdir(parents=True) made it) told that a vault is in it. Folders that
    # existed keep their modes, except the vault's own: an empty folder the user chose, often
    # listable by every account.
    for folder in reversed(new_folders):  # outermost first
        folder.mkdir(mode=0o700, exist_ok=True)
    path.mkdir(exist_ok=True)  # a file of that name is refused here
    with suppress(OSError):  # a FAT memory stick has no modes to change
        path.chmod(0o700)
    engine: Engine | None = None
    is_database_ours = False
    try:
        # SQLite gives the write-ahead log the database file's mode: both owner-only, like the
        # header (SQLite alone would make them readable by every account).
        db_path.touch(mode=0o600, exist_ok=False)
        is_database_ours = True  # exist_ok=False: this call made it
        engine = open_engine(db_path, data_key)
        prepare_schema(engine)
        with sessionmaker(engine).begin() as session:
            identity = create_identity(session, display_name)
            sync_vocabulary(session)
            ensure_search_index(session)
            # Both record this Python's Unicode version, so the first unlock writes nothing.
            rebuild_stale_name_order_indexes(session)
            mark_stale_after_unicode_change(session)
            RecordWriter(session, identity.fingerprint).audit.append(
                identity.created_at, identity.fingerprint, "create_vault"
            )
        created = CreatedVault(Vault(path, header, data_key, engine), recovery_key)
        if show is not None:
            show(created)
        # The header is written last: until it exists the folder is not a vault.
        keys.write_header(header_path, header)
        return created
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        if header_path.exists():  # written (only its folder's fsync failed): the vault is whole
            raise
        # A database without a header would block the next try (see above) and holds nothing.
        _remove_unfinished_vault(path, new_folders, remove_database=is_database_ours)
        if isinstance(exc, DriverOperationalError):
            raise VaultUnavailable(
                f"the vault could not be created: {exc}; nothing was left behind"
            ) from None
        raise


def _missing_folders(path: Path) -> list[Path]:
    # path and those of its parents that do not exist yet, deepest first.
    missing: list[Path] = []
    while not path.exists() and path.parent != path:
        missing.append(path)
        path = path.parent
    return missing


def _remove_unfinished_vault(path: Path, new_folders: list[Path], remove_database: bool) -> None:
    # Only what create_vault made: the database it touched, with its companions, and folders
    # that did not exist before; a folder holding anything else stays.
    names = (DATABASE_NAME, *DATABASE_COMPANIONS) if remove_database else ()
    with suppress(OSError):
        for name in names:
            (path / name).unlink(missing_ok=True)
    for folder in new_folders:
        with suppress(OSError):
            folder.rmdir()
