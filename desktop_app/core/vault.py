"""Unlocking, using, locking and destroying a vault.

A vault is a folder with two things that matter: ``vault.header`` (the data key, wrapped under
the passphrase, the recovery key and any recovery shares; see ``keys``) and ``vault.db`` (the
SQLCipher database, with its ``-wal``/``-shm`` companions while open). Nothing else is written
there. Creating a vault is in ``vault_creation``; bringing an older vault's schema up to date
is in ``vault_schema`` (unlock does it, or leaves an older format for the caller to upgrade
once the user has agreed); reading the folder's files and opening its database with the data key
is in ``vault_opening``; copying the database for a backup is in ``database_copy``; new secrets
that replace old ones only once the user holds them are in ``header_changes``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import WAIT_OPTION, WRITE_OPTION
from desktop_app.core import keys, recovery_shares
from desktop_app.core.database_copy import check_copied_database, copy_open_database
from desktop_app.core.errors import (
    NotRecoveryShares,
    PassphraseTooShort,
    VaultCorrupted,
    VaultUnavailable,
)
from desktop_app.core.fileio import VAULT_HEADER_NAME
from desktop_app.core.header_changes import HeaderChange, PendingRecoveryKey, PendingRecoveryShares
from desktop_app.core.identity import load_identity
from desktop_app.core.records import RecordWriter
from desktop_app.core.search.index import rebuild_search_index, search_index_is_current
from desktop_app.core.vault_opening import (
    DATABASE_NAME,
    closed_on_failure,
    open_vault_database,
    read_existing_header,
    shred_abandoned_header_copies,
)
from desktop_app.core.vault_schema import OlderFormat, bring_up_to_date

HEADER_NAME = VAULT_HEADER_NAME
DATABASE_COMPANIONS = ("vault.db-wal", "vault.db-shm", "vault.db-journal")
VAULT_FILES = frozenset({HEADER_NAME, DATABASE_NAME, *DATABASE_COMPANIONS})
MIN_PASSPHRASE_LENGTH = 8


def default_vault_dir() -> Path:
    """Where the vault lives unless the user chooses another place."""
    return user_data_path("sandiq", appauthor=False) / "vault"


class Vault:
    """An unlocked vault: the open database and this vault's identity.

    One opened in an older format (older_format is set) can only be copied (a backup), checked
    by SQLite and SQLCipher, have its header changed, be upgraded or be locked: this version's
    tables are not there yet to read or write; its fingerprint is empty until upgrade_format().
    """

    def __init__(
        self,
        path: Path,
        header: keys.Header,
        data_key: bytes,
        engine: Engine,
        older: OlderFormat | None = None,
    ) -> None:
        self.path = path
        self.header = header
        self._data_key: bytes | None = data_key
        self.engine = engine
        self.older_format = older
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.fingerprint = "" if older is not None else self._read_fingerprint()

    def _read_fingerprint(self) -> str:
        with self.read() as session:
            return load_identity(session).fingerprint

    def __repr__(self) -> str:
        return f"Vault({str(self.path)!r}, locked={self.is_locked})"

    @property
    def is_locked(self) -> bool:
        """True once lock() has run; the vault must be unlocked again to use it."""
        return self._data_key is None

    @contextmanager
    def transaction(self, wait_ms: int | None = None) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls back everything on any error.
        wait_ms shortens the wait for another program's write (ten seconds otherwise)."""
        self._current_key()  # a locked vault must be unlocked again, not silently reconnected
        options: dict[str, object] = {WRITE_OPTION: True}
        if wait_ms is not None:
            options[WAIT_OPTION] = wait_ms
        with self._sessions.begin() as session:
            session.connection(execution_options=options)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing done in it is committed."""
        self._current_key()
        with self._sessions() as session:
            yield session

    def search_index_is_current(self) -> bool:
        """False if the index was made with other folding rules, other indexed fields or by an
        older schema, so search would miss records until rebuild_search_index() has run."""
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
        """Rewrap the data key under a new passphrase; the database is not re-encrypted. If the
        header cannot be written (VaultUnavailable), the old passphrase still opens the vault."""
        check_passphrase_strength(new_passphrase)
        self.put_slot(
            keys.SLOT_PASSPHRASE,
            keys.passphrase_bytes(new_passphrase),
            kdf or keys.DEFAULT_KDF,
            HeaderChange("the new passphrase", "the old passphrase still opens the vault"),
        )

    def replace_recovery_key(self, show: Callable[[str], None]) -> None:
        """Issue a new recovery key: show gets it first and must return only once the user
        holds it (printed and flushed); only then does it replace the old key. If show fails
        (a full disk, a closed pipe) or the header cannot be written, the old key still opens
        the vault."""
        pending = self.prepare_recovery_key()
        show(pending.text)
        pending.store()

    def prepare_recovery_key(self) -> PendingRecoveryKey:
        """A new recovery key for this vault, not stored yet: the old key keeps opening the
        vault until its store() runs, once the user holds the new one (for a caller that
        cannot wait inside show, such as a window where the user types the key back)."""
        return PendingRecoveryKey(self, keys.new_recovery_key())

    @property
    def has_recovery_shares(self) -> bool:
        """True if colleagues' recovery shares can open this vault."""
        return self.header.slot(keys.SLOT_SHARES) is not None

    def split_recovery(
        self,
        threshold: int,
        count: int,
        show: Callable[[list[str]], None] | None = None,
    ) -> list[str]:
        """Make count recovery shares, any threshold of which open the vault, and return them
        once. Shares made before stop working. show, if given, gets the new shares before they
        replace the old: if it fails (a full disk, a closed pipe), nothing is changed."""
        pending = self.prepare_recovery_shares(threshold, count)
        if show is not None:
            show(pending.shares)
        pending.store()
        return pending.shares

    def prepare_recovery_shares(self, threshold: int, count: int) -> PendingRecoveryShares:
        """A new set of count shares, any threshold of which will open the vault, not stored
        yet: the set made before keeps working until its store() runs, once every share has
        been shown (for a window that shows them one at a time)."""
        secret = recovery_shares.new_secret()
        return PendingRecoveryShares(self, secret, recovery_shares.split(secret, threshold, count))

    def remove_recovery_shares(self) -> None:
        """Make every recovery share useless (a colleague holding one can no longer be trusted)."""
        self._write_header(
            self.header.without_slot(keys.SLOT_SHARES),
            HeaderChange("the removal of the recovery shares", "they still open the vault"),
        )

    def put_slot(
        self, kind: str, secret: bytes, kdf: keys.KdfParams | None, change: HeaderChange
    ) -> None:
        """Let secret open the vault, in place of the slot of its kind; raises VaultUnavailable,
        in change's words, if the header cannot be written."""
        slot = keys.wrap_slot(self.header.vault_id, kind, secret, self._key(), kdf)
        self._write_header(self.header.with_slot(slot), change)

    def _write_header(self, header: keys.Header, change: HeaderChange) -> None:
        header_path = self.path / HEADER_NAME
        shred_abandoned_header_copies(self.path)
        try:
            keys.write_header(header_path, header)
        except OSError as exc:  # a full disk, a read-only medium, no permission
            reason = exc.strerror or type(exc).__name__
            # The header is replaced by a rename, so the file holds the old one or the new one;
            # only the fsync of its folder comes after the rename.
            if not _file_holds(header_path, keys.serialize_header(header)):
                raise VaultUnavailable(
                    f"{change.what} could not be saved ({reason}); nothing was changed: "
                    f"{change.unchanged}"
                ) from None
            self.header = header
            raise VaultUnavailable(
                f"{change.what} was saved, but the disk did not confirm it ({reason}); check "
                "the disk before relying on it"
            ) from None
        self.header = header

    def copy_database(
        self,
        target: Path,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        checking: Callable[[], None] | None = None,
    ) -> None:
        """Copy the database as it is now into the new file target, encrypted with the same
        key (SQLite's online backup: a consistent snapshot while the vault stays open), and
        check that the copy opens and that every page holding data reads back authenticated
        and whole (restore's check also reads the free pages; see check_copied_database),
        calling checking() when the check starts (it reports no progress). Works on a vault in
        an older format, which the copy keeps. Raises Cancelled when cancelled() turns true,
        VaultCorrupted when the check fails."""
        copy_open_database(self.engine, self._key(), target, progress, cancelled)
        if checking is not None:
            checking()
        check_copied_database(target, self._key(), cancelled)

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultCorrupted("the vault is locked")
        return self._data_key

    def _current_key(self) -> bytes:
        # This version's models read an older format's tables wrongly or not at all.
        if self.older_format is not None:
            raise RuntimeError("the vault is in an older format: upgrade_format() first")
        return self._key()

    def upgrade_format(self, rebuild_stale_index: bool = True) -> None:
        """Bring a vault opened in an older format up to this version's, after which older
        versions of Sandiq refuse it (nothing to do for one in this version's format). Raises
        as unlock() does, the vault then locked; the schema's upgrade is one transaction, so a
        failed one leaves the older format. The search index is handled as by unlock()."""
        self._key()
        if self.older_format is None:
            return
        try:
            with closed_on_failure(self.engine):
                bring_up_to_date(self.engine, rebuild_stale_index)
            self.older_format = None
            self.fingerprint = self._read_fingerprint()
        except BaseException:
            self.lock()
            raise

    def lock(self) -> None:
        """Close every connection so no decrypted page stays cached, and forget the key."""
        self.engine.dispose()
        self._data_key = None


def _file_holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


# Here rather than in vault_creation: a changed passphrase must meet the same floor.
def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases too short to resist a guesser holding the header, or not text."""
    keys.passphrase_bytes(passphrase)  # InvalidInput before anything is created
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(
            f"the passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters"
        )


def _open(
    path: Path,
    header: keys.Header,
    data_key: bytes,
    rebuild_stale_index: bool,
    upgrade_older_format: bool,
) -> Vault:
    engine, older = open_vault_database(path, data_key, rebuild_stale_index, upgrade_older_format)
    with closed_on_failure(engine):  # a damaged page in the identity the Vault reads
        return Vault(path, header, data_key, engine, older)


def unlock(
    path: Path,
    passphrase: str,
    *,
    rebuild_stale_index: bool = True,
    upgrade_older_format: bool = True,
) -> Vault:
    """Open the vault, or raise WrongPassphrase without touching any file.

    A vault made by an older version is upgraded to this version's format, for good: older
    versions refuse it afterwards. Callers that must ask the user first, or that only copy
    or check it, pass upgrade_older_format=False: an older format is then left as it is, said
    by vault.older_format, for vault.upgrade_format() to upgrade.

    A search index made with other folding rules or by an older schema is rebuilt here, which
    takes minutes on a large vault without a word of progress. Callers with a user waiting pass
    rebuild_stale_index=False, then ask vault.search_index_is_current() and run
    vault.rebuild_search_index() with progress and cancel (as the GUI and the CLI do).
    """
    header = read_existing_header(path)
    data_key = keys.unwrap_slot(header, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(passphrase))
    return _open(path, header, data_key, rebuild_stale_index, upgrade_older_format)


def unlock_with_recovery_key(
    path: Path,
    recovery_key: str,
    *,
    rebuild_stale_index: bool = True,
    upgrade_older_format: bool = True,
) -> Vault:
    """Open the vault with the recovery key (then set a new passphrase); an older format and
    the search index are handled as by unlock()."""
    header = read_existing_header(path)
    secret = keys.normalize_recovery_key(recovery_key)
    data_key = keys.unwrap_slot(header, keys.SLOT_RECOVERY, secret)
    return _open(path, header, data_key, rebuild_stale_index, upgrade_older_format)


def unlock_with_shares(
    path: Path,
    shares: list[str],
    *,
    rebuild_stale_index: bool = True,
    upgrade_older_format: bool = True,
) -> Vault:
    """Open the vault with colleagues' recovery shares (then set a new passphrase); raises
    NotRecoveryShares for shares that cannot be combined, WrongShares for shares of
    another vault. An older format and the search index are handled as by unlock()."""
    header = read_existing_header(path)
    if header.slot(keys.SLOT_SHARES) is None:  # no key to try: not a failed attempt
        raise NotRecoveryShares(
            "this vault has no recovery shares (they were removed, or never made)", "no_shares"
        )
    secret = recovery_shares.combine(shares)
    data_key = keys.unwrap_slot(header, keys.SLOT_SHARES, secret)
    return _open(path, header, data_key, rebuild_stale_index, upgrade_older_format)
