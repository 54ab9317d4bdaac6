"""Opening a backup for a restore: its header read once, the secret checked against it without
writing to the backup, and the copy opened with the key that unwrapped.

A restore copies minutes of data from a slow memory stick; a mistyped passphrase, recovery key
or share must be refused before that, and the copy must then get exactly the header the secret
was checked against. Unwrapping once also spares a second key derivation when the copy opens.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core import keys, recovery_shares
from desktop_app.core.errors import (
    BackupHeaderDamaged,
    NotRecoveryShares,
    VaultCorrupted,
    VaultFromNewerVersion,
    VaultHeaderDamaged,
    VaultNotFound,
)
from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME, Vault
from desktop_app.core.vault_opening import closed_on_failure, open_vault_database


def read_backup_header(backup: Path) -> tuple[bytes, keys.Header]:
    """The header file of the backup folder, as read and as parsed; raises VaultNotFound if
    backup is no backup, VaultCorrupted if its header cannot be read (said of the backup)."""
    if not (backup / HEADER_NAME).is_file() or not (backup / DATABASE_NAME).is_file():
        raise VaultNotFound(
            f"{backup} is not a Sandiq backup: it lacks {HEADER_NAME} or the database"
        )
    with open(backup / HEADER_NAME, "rb") as reader:
        data = reader.read(keys.MAX_HEADER_BYTES + 1)
    try:
        return data, keys.parse_header(data)
    except VaultFromNewerVersion:
        raise
    except VaultCorrupted:
        # Not "the vault header": the user's vault is not what is damaged.
        raise VaultCorrupted(
            f"the backup is damaged (its {HEADER_NAME} cannot be read) or is no Sandiq backup; "
            "nothing was restored"
        ) from None


# A damaged header's advice for a backup: another slot of the backup, or another backup.
_DAMAGED = {
    keys.SLOT_PASSPHRASE: "the backup's header is damaged: the passphrase cannot be checked; "
    "restore it with the recovery key, or restore another backup; nothing was restored",
    keys.SLOT_RECOVERY: "the backup's header is damaged: the recovery key cannot be checked; "
    "restore it with the passphrase, or restore another backup; nothing was restored",
    keys.SLOT_SHARES: "the backup's header is damaged: the recovery shares cannot be checked; "
    "restore it with the passphrase or the recovery key, or restore another backup; nothing "
    "was restored",
}


def unwrap_backup_key(header: keys.Header, secret: str | list[str], is_recovery_key: bool) -> bytes:
    """The data key that secret (the passphrase, the recovery key if is_recovery_key, or
    recovery shares as typed) unwraps from the backup's header; raises as unlock() does
    (WrongPassphrase and its subclasses), BackupHeaderDamaged for VaultHeaderDamaged. Nothing
    is written."""
    try:
        return _unwrap(header, secret, is_recovery_key)
    except VaultHeaderDamaged as damaged:
        raise BackupHeaderDamaged(_DAMAGED[damaged.slot], damaged.slot) from None


def _unwrap(header: keys.Header, secret: str | list[str], is_recovery_key: bool) -> bytes:
    if not isinstance(secret, str):
        if header.slot(keys.SLOT_SHARES) is None:  # made after the backup: no failed attempt
            raise NotRecoveryShares(
                "this backup has no recovery shares (they were made after it, or removed "
                "before it); restore it with the passphrase or the recovery key it had",
                "no_shares",
            )
        return keys.unwrap_slot(header, keys.SLOT_SHARES, recovery_shares.combine(secret))
    if is_recovery_key:
        return keys.unwrap_slot(header, keys.SLOT_RECOVERY, keys.normalize_recovery_key(secret))
    return keys.unwrap_slot(header, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(secret))


def open_with_key(folder: Path, header: keys.Header, data_key: bytes) -> Vault:
    """Open the vault folder (whose header is header) with its data key, as unlock() would,
    keeping an older format: upgrading is for the user to agree to, when the vault is opened."""
    engine, older = open_vault_database(
        folder, data_key, rebuild_stale_index=True, upgrade_older_format=False
    )
    with closed_on_failure(engine):  # a damaged page in the identity the Vault reads
        return Vault(folder, header, data_key, engine, older)


def open_restored_copy(copy: Path, header: keys.Header, data_key: bytes) -> Vault:
    """open_with_key for a restore's copy: a database that does not open is said of the
    backup, with what was restored (nothing)."""
    try:
        return open_with_key(copy, header, data_key)
    except VaultFromNewerVersion:
        raise
    except VaultCorrupted:
        # The key is right (the header gave it): the database was cut short, damaged, or put
        # beside another vault's header.
        raise VaultCorrupted(
            "the backup is damaged (its database does not open: cut short, damaged, or not "
            "the one its header belongs to); nothing was restored"
        ) from None
