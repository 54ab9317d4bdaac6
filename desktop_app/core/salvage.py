"""`sandiq salvage`: copy what still reads of a damaged vault into a new vault.

The damaged vault is opened read-only and never written. A new vault is made in a new folder
with the same passphrase, and every table is copied row by row around its unreadable pages
(``salvage_copy``, ``salvage_reading``): records, their saved versions, vocabulary, contacts
and exchange bookkeeping, drafts and the audit log. The search index is built anew from the
copied records.

Choices, and why:
- The identity keys are kept when they read, so that colleagues' contacts and the bundles in
  flight still work. Two vaults with one identity would count edits under one name and hide
  conflicts from each other, so the damaged vault must be retired, never used beside the new.
- A file whose bytes do not all read (its SHA-256 no longer matches) is left out, never kept
  truncated; its saved versions stay, so its history still names it.
- A record whose row was lost comes back from its newest saved version that reads
  (``salvage_rebuild``): versions and vocabulary are copied first so that it can, and the
  records of each kind before the kinds that refer to them.
- A record whose row read but whose latest saved version was lost gets that version back from
  its row (``salvage_rebuild``), so that its history ends where the record is: left out, the
  record would match no version, and verify could only call it damage.
- A record that refers to a record that was lost is left out (a case or person: the database
  would refuse the link; a testimony an event cites, the owner of a file: a bundle could not
  carry the reference); its versions stay too.
- Clocks of records not copied are dropped, so a colleague's bundle brings them back as new.
- The audit log keeps every entry that reads; where entries (or versions) were lost the chain
  breaks. A closing ``salvage`` entry commits to exactly those findings (its content_hash is
  their digest, its version their number), and verify reports them as losses explained by
  the salvage, not as tampering, as long as nothing else changed.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.engine import DatabaseKeyError, open_engine
from db.migrate import is_current
from desktop_app.core import keys, recovery_shares
from desktop_app.core.audit import AuditLog
from desktop_app.core.backup import put_in_place, remove_abandoned_beside, temporary_beside
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import (
    FolderInSource,
    FolderNotEmpty,
    NotRecoveryShares,
    SandiqError,
    VaultCorrupted,
    VaultNotFound,
)
from desktop_app.core.leftovers import restore_ledger
from desktop_app.core.salvage_copy import SalvagedPart, copy_tables, vault_fingerprint
from desktop_app.core.salvage_reading import SourceReader, Unreadable
from desktop_app.core.search.index import rebuild_search_index
from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME
from desktop_app.core.vault_creation import CreatedVault, create_vault
from desktop_app.core.vault_schema import sync_vocabulary
from desktop_app.core.vault_wipe import wipe
from desktop_app.core.verify import SALVAGED, findings_digest, loss_findings

# Where nothing can be salvaged. A backup is exactly a vault folder (see ``backup``), so nothing
# tells salvage that its source is one, and "restore a backup" would point a backup to itself.
_ELSEWHERE = "restore a backup (if this is a backup, try another one)"


@dataclass(frozen=True)
class SalvageReport:
    """The outcome: the new vault, each table's counts, and whether the identity was kept."""

    target: Path
    parts: tuple[SalvagedPart, ...]
    is_identity_kept: bool

    @property
    def is_whole(self) -> bool:
        """True if nothing was lost: the new vault holds everything the old one did."""
        return not any(part.lost or part.has_unknown_losses for part in self.parts)


def salvage(
    source: Path,
    target: Path,
    passphrase: str,
    *,
    recovery_key: str | None = None,
    shares: list[str] | None = None,
    kdf: keys.KdfParams = keys.DEFAULT_KDF,
    show: Callable[[CreatedVault], None] | None = None,
) -> SalvageReport:
    """Copy what reads of the vault at source into a new vault at target (a new or empty
    folder), which opens with passphrase. The source opens with passphrase, or with
    recovery_key or colleagues' recovery shares (as typed) if given. show gets the new vault
    and its recovery key before anything is copied (as create_vault's). The source is never
    written; on any error, nothing is left at target. The new vault is made in a hidden folder
    beside target and named target only once whole (as a backup), so a salvage killed midway
    leaves no empty vault under target's name; the next unlock of any vault on this computer
    (as after a killed restore), or the next salvage, backup or restore into the same place,
    removes what a killed one left. Raises PlaceRefused if target's parent is
    missing or a file."""
    target = target.absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FolderNotEmpty(f"{target} is not empty; salvage into a new or empty folder")
    if target.resolve().is_relative_to(source.resolve()):
        raise FolderInSource(f"{target} is inside the damaged vault's folder; choose another place")
    data_key = _source_key(source, passphrase, recovery_key, shares)
    try:
        engine = open_engine(source / DATABASE_NAME, data_key, pool_size=1, read_only=True)
    except DatabaseKeyError:
        raise VaultCorrupted(
            f"the vault database is too damaged to read, or does not match its header; {_ELSEWHERE}"
        ) from None
    try:
        if not is_current(engine):
            raise SandiqError(
                "this vault was made by another version of Sandiq; salvage it with that version"
            )
        with temporary_beside(target, restore_ledger()) as temp:
            remove_abandoned_beside(target.parent)
            report = _salvage_into(temp, target, engine, passphrase, kdf, show)
            put_in_place(temp, target)
        return report
    finally:
        engine.dispose()


def _salvage_into(
    temp: Path,
    target: Path,
    engine: Engine,
    passphrase: str,
    kdf: keys.KdfParams,
    show: Callable[[CreatedVault], None] | None,
) -> SalvageReport:
    # The new vault is made in temp, to be named target; on any error its header is shredded.
    created = create_vault(temp, passphrase, kdf=kdf, show=show)
    try:
        reader = SourceReader(engine)
        try:
            with created.vault.transaction() as session:
                copied = copy_tables(reader, session)
                rebuild_search_index(session)
                sync_vocabulary(session)
                _record_salvage(session)
        finally:
            reader.close()
    except Unreadable:
        created.vault.lock()
        wipe(temp)
        raise VaultCorrupted(
            f"the list of the vault's tables cannot be read: nothing can be salvaged; {_ELSEWHERE}"
        ) from None
    except BaseException:
        created.vault.lock()
        with suppress(OSError, SandiqError):
            wipe(temp)
        raise
    created.vault.lock()
    return SalvageReport(target, copied.parts, copied.is_identity_kept)


def _source_key(
    source: Path, passphrase: str, recovery_key: str | None, shares: list[str] | None
) -> bytes:
    if not (source / HEADER_NAME).is_file() or not (source / DATABASE_NAME).is_file():
        raise VaultNotFound(f"no vault at {source} (it lacks {HEADER_NAME} or the database)")
    header = keys.read_header(source / HEADER_NAME)
    if shares is not None:
        if header.slot(keys.SLOT_SHARES) is None:
            raise NotRecoveryShares(
                "this vault has no recovery shares (they were removed, or never made)",
                "no_shares",
            )
        return keys.unwrap_slot(header, keys.SLOT_SHARES, recovery_shares.combine(shares))
    if recovery_key is not None:
        secret = keys.normalize_recovery_key(recovery_key)
        return keys.unwrap_slot(header, keys.SLOT_RECOVERY, secret)
    return keys.unwrap_slot(header, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(passphrase))


def _record_salvage(session: Session) -> None:
    # After the copy: the entry commits to the losses verify will find, and chains on from
    # the last entry that was copied.
    findings = loss_findings(session)
    actor = vault_fingerprint(session)
    AuditLog(session).append(
        utc_now(), actor, SALVAGED, version=len(findings), content_hash=findings_digest(findings)
    )
