"""Creating, unlocking, locking and destroying a vault.

A vault is a folder with two things that matter: ``vault.header`` (the data key, wrapped under
the passphrase and the recovery key; see ``keys``) and ``vault.db`` (the SQLCipher database,
with its ``-wal``/``-shm`` companions while open). Nothing else is written there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import WRITE_OPTION, DatabaseKeyError, open_engine
from db.migrate import current_revision, is_current, known_revisions, upgrade
from db.models import VocabularyTerm
from desktop_app.core import keys
from desktop_app.core.errors import (
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from desktop_app.core.fileio import VAULT_HEADER_NAME, fsync_directory
from desktop_app.core.identity import create_identity, load_identity
from desktop_app.core.records import RecordWriter
from desktop_app.core.search.index import (
    ensure_search_index,
    rebuild_search_index,
    search_index_is_current,
)
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY, ACT_TYPES

HEADER_NAME = VAULT_HEADER_NAME
DATABASE_NAME = "vault.db"
DATABASE_COMPANIONS = ("vault.db-wal", "vault.db-shm", "vault.db-journal")
MIN_PASSPHRASE_LENGTH = 8


def default_vault_dir() -> Path:
    """Where the vault lives unless the user chooses another place."""
    return user_data_path("sandiq", appauthor=False) / "vault"


class Vault:
    """An unlocked vault: the open database and this vault's identity."""

    def __init__(self, path: Path, header: keys.Header, data_key: bytes, engine: Engine) -> None:
        self.path = path
        self.header = header
        self._data_key: bytes | None = data_key
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        with self.read() as session:
            self.fingerprint = load_identity(session).fingerprint

    def __repr__(self) -> str:
        return f"Vault({str(self.path)!r}, locked={self.is_locked})"

    @property
    def is_locked(self) -> bool:
        """True once lock() has run; the vault must be unlocked again to use it."""
        return self._data_key is None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls back everything on any error."""
        self._key()  # a locked vault must be unlocked again, not silently reconnected
        with self._sessions.begin() as session:
            session.connection(execution_options={WRITE_OPTION: True})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing done in it is committed."""
        self._key()
        with self._sessions() as session:
            yield session

    def search_index_is_current(self) -> bool:
        """False if the index was made with other folding rules or by an older schema, so
        search would miss records until rebuild_search_index() has run."""
        with self.read() as session:
            return search_index_is_current(session)

    def rebuild_search_index(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Index every record afresh in one transaction (minutes on a large vault); returns the
        count. On Cancelled or any error the old index is left as it was."""
        with self.transaction() as session:
            return rebuild_search_index(session, progress, cancelled)

    def writer(self, session: Session) -> RecordWriter:
        """The record write path, acting as this vault's identity."""
        return RecordWriter(session, self.fingerprint)

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; the database is not re-encrypted."""
        check_passphrase_strength(new_passphrase)
        slot = keys.wrap_slot(
            self.header.vault_id,
            keys.SLOT_PASSPHRASE,
            keys.passphrase_bytes(new_passphrase),
            self._key(),
            kdf or keys.DEFAULT_KDF,
        )
        header = self.header.with_slot(slot)
        keys.write_header(self.path / HEADER_NAME, header)
        self.header = header

    def replace_recovery_key(self) -> str:
        """Issue a new recovery key (the old one stops working) and return it once."""
        recovery = keys.new_recovery_key()
        slot = keys.wrap_slot(
            self.header.vault_id,
            keys.SLOT_RECOVERY,
            keys.normalize_recovery_key(recovery),
            self._key(),
            None,
        )
        header = self.header.with_slot(slot)
        keys.write_header(self.path / HEADER_NAME, header)
        self.header = header
        return recovery

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultCorrupted("the vault is locked")
        return self._data_key

    def lock(self) -> None:
        """Close every connection so no decrypted page stays cached, and forget the key."""
        self.engine.dispose()
        self._data_key = None


@dataclass(frozen=True)
class CreatedVault:
    """A new vault and its recovery key, which is shown once and never stored in the clear."""

    vault: Vault
    recovery_key: str

    def __repr__(self) -> str:
        return f"CreatedVault({self.vault!r})"


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases too short to resist a guesser holding the header."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WrongPassphrase(
            f"the passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters"
        )


def _sync_vocabulary(session: Session) -> None:
    existing = {
        term.code: term
        for term in session.scalars(
            select(VocabularyTerm).where(VocabularyTerm.vocabulary == ACT_TYPE_VOCABULARY)
        )
    }
    for code, (en, ru, uz) in ACT_TYPES.items():
        term = existing.get(code) or VocabularyTerm(vocabulary=ACT_TYPE_VOCABULARY, code=code)
        term.label_en, term.label_ru, term.label_uz, term.is_builtin = en, ru, uz, True
        session.add(term)


def _prepare_schema(engine: Engine) -> None:
    if is_current(engine):  # nearly every unlock: no need to load Alembic
        return
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise VaultCorrupted("this vault was made by a newer version of Sandiq")
    upgrade(engine)


def create_vault(
    path: Path, passphrase: str, display_name: str = "", kdf: keys.KdfParams = keys.DEFAULT_KDF
) -> CreatedVault:
    """Create a new vault folder; refuses to touch a folder that already holds one."""
    check_passphrase_strength(passphrase)
    header_path, db_path = path / HEADER_NAME, path / DATABASE_NAME
    if header_path.exists():
        raise VaultExists(f"a vault already exists at {path}")
    if db_path.exists():
        raise VaultExists(
            f"{path} holds a database without a header (an interrupted or wiped vault); "
            "move it away first"
        )
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    data_key = keys.new_data_key()
    recovery_key = keys.new_recovery_key()
    header = keys.new_header(data_key, passphrase, recovery_key, kdf)
    # SQLite gives the write-ahead log the database file's mode: both owner-only, like the
    # header (SQLite alone would make them readable by every account).
    db_path.touch(mode=0o600, exist_ok=False)
    engine = open_engine(db_path, data_key)
    _prepare_schema(engine)
    with sessionmaker(engine).begin() as session:
        identity = create_identity(session, display_name)
        _sync_vocabulary(session)
        ensure_search_index(session)
        RecordWriter(session, identity.fingerprint).audit.append(
            identity.created_at, identity.fingerprint, "create_vault"
        )
    # The header is written last: until it exists the folder is not a vault.
    keys.write_header(header_path, header)
    return CreatedVault(Vault(path, header, data_key, engine), recovery_key)


def _read_existing_header(path: Path) -> keys.Header:
    header_path = path / HEADER_NAME
    if not header_path.exists():
        if (path / DATABASE_NAME).exists():
            raise VaultCorrupted(f"the vault header in {path} is missing; the vault cannot open")
        raise VaultNotFound(f"no vault at {path}")
    return keys.read_header(header_path)


def _open(path: Path, header: keys.Header, data_key: bytes, rebuild_stale_index: bool) -> Vault:
    db_path = path / DATABASE_NAME
    if not db_path.exists():
        raise VaultCorrupted(f"the vault database in {path} is missing")
    # Older vaults had a database readable by every account; SQLite gives its
    # write-ahead log the database's mode. (A FAT memory stick has no modes to change.)
    with suppress(OSError):
        db_path.chmod(0o600)
    try:
        engine = open_engine(db_path, data_key)
    except DatabaseKeyError:
        raise VaultCorrupted("the vault database is damaged or does not match its header") from None
    _prepare_schema(engine)
    with sessionmaker(engine).begin() as session:
        _sync_vocabulary(session)
        if rebuild_stale_index:  # after an upgrade or new folding rules
            ensure_search_index(session)
    return Vault(path, header, data_key, engine)


def unlock(path: Path, passphrase: str, *, rebuild_stale_index: bool = True) -> Vault:
    """Open the vault, or raise WrongPassphrase without touching any file.

    A search index made with other folding rules or by an older schema is rebuilt here, which
    takes minutes on a large vault without a word of progress. Callers with a user waiting pass
    rebuild_stale_index=False, then ask vault.search_index_is_current() and run
    vault.rebuild_search_index() with progress and cancel (as the GUI and the CLI do).
    """
    header = _read_existing_header(path)
    data_key = keys.unwrap_slot(header, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(passphrase))
    return _open(path, header, data_key, rebuild_stale_index)


def unlock_with_recovery_key(
    path: Path, recovery_key: str, *, rebuild_stale_index: bool = True
) -> Vault:
    """Open the vault with the recovery key (then set a new passphrase); the search index is
    handled as by unlock()."""
    header = _read_existing_header(path)
    secret = keys.normalize_recovery_key(recovery_key)
    data_key = keys.unwrap_slot(header, keys.SLOT_RECOVERY, secret)
    return _open(path, header, data_key, rebuild_stale_index)


def wipe(path: Path) -> None:
    """Destroy the vault: shred the header (the key material), then remove the database.

    Once the header is gone the database is noise, so the first step alone is enough; it is
    done first and flushed to disk before anything else can fail.
    """
    header_path = path / HEADER_NAME
    if not header_path.exists() and not (path / DATABASE_NAME).exists():
        raise VaultNotFound(f"no vault at {path}")
    if header_path.exists():
        keys.shred_file(header_path)
    for name in (DATABASE_NAME, *DATABASE_COMPANIONS, HEADER_NAME + ".tmp"):
        (path / name).unlink(missing_ok=True)
    fsync_directory(path)
