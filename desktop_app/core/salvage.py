"""`sandiq salvage`: copy what still reads of a damaged vault into a new vault.

The damaged vault is opened read-only and never written. A new vault is made in a new folder
with the same passphrase, and every table is copied row by row around its unreadable pages
(``salvage_reading``): records, their saved versions, vocabulary, contacts and exchange
bookkeeping, drafts and the audit log. The search index is built anew from the copied records.

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

import json
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from db.engine import DatabaseKeyError, open_engine
from db.migrate import is_current
from desktop_app.core import keys, recovery_shares
from desktop_app.core.attachments import attachment_digest
from desktop_app.core.audit import AuditLog
from desktop_app.core.backup import put_in_place, remove_abandoned_beside, temporary_beside
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import (
    NotRecoveryShares,
    SandiqError,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
)
from desktop_app.core.salvage_reading import SourceReader, TableDamage, Unreadable, readable_rows
from desktop_app.core.salvage_rebuild import (
    RebuiltRecord,
    insert_rebuilt,
    rebuildable,
    restore_latest_versions,
)
from desktop_app.core.search.index import rebuild_search_index
from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME
from desktop_app.core.vault_creation import CreatedVault, create_vault
from desktop_app.core.vault_schema import sync_vocabulary
from desktop_app.core.vault_wipe import wipe
from desktop_app.core.verify import SALVAGED, findings_digest, loss_findings

RECORD_TABLES = ("person", "case", "case_party", "testimony", "event", "attachment")
# Copied in this order: what a rebuild reads, then parents before the rows that refer to them.
_BEFORE_RECORDS = ("vocabulary_term", "revision")
_OTHER_TABLES = (
    "attachment_chunk", "record_clock", "contact", "exchanged_bundle", "sync_conflict", "draft",
    "not_same_pair", "audit_log",
)  # fmt: skip
_ALL_TABLES = (*_BEFORE_RECORDS, *RECORD_TABLES, *_OTHER_TABLES)
_REPORTED = (*RECORD_TABLES, "attachment_chunk", *_BEFORE_RECORDS, *_OTHER_TABLES[1:])
# The references the database does not enforce: (table, column of ids, kind they point at).
_LISTED = (("event", "victims", "person"), ("event", "perpetrators", "person"))
_LISTED += (("event", "sources", "testimony"),)
# Rows that replace what the new vault was created with.
_REPLACING = ("record_clock", "vocabulary_term")
# Tables whose rowid is their own gap-free number: a lost span is an exact count.
_NUMBERED = ("revision", "audit_log")


@dataclass(frozen=True)
class SalvagedPart:
    """What became of one table: rows copied, rows rebuilt (records from their saved versions,
    saved versions from their records), rows known lost (ids of lost records where their
    versions, the audit log or the search index name them), and whether rows whose ids nothing
    names could not be read."""

    table: str
    copied: int
    lost: int
    lost_ids: tuple[str, ...]
    has_unknown_losses: bool
    rebuilt: int = 0


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
    leaves no empty vault under target's name; the next salvage (or backup, or restore) into
    the same place removes what a killed one left. Raises PlaceRefused if target's parent is
    missing or a file."""
    target = target.absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExists(f"{target} is not empty; salvage into a new or empty folder")
    if target.resolve().is_relative_to(source.resolve()):
        raise VaultExists(f"{target} is inside the damaged vault's folder; choose another place")
    data_key = _source_key(source, passphrase, recovery_key, shares)
    try:
        engine = open_engine(source / DATABASE_NAME, data_key, pool_size=1, read_only=True)
    except DatabaseKeyError:
        raise VaultCorrupted(
            "the vault database is too damaged to read, or does not match its header; "
            "restore a backup"
        ) from None
    try:
        if not is_current(engine):
            raise SandiqError(
                "this vault was made by another version of Sandiq; salvage it with that version"
            )
        with temporary_beside(target) as temp:
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
                report = _Copier(reader, session).copy(target)
                rebuild_search_index(session)
                sync_vocabulary(session)
                _record_salvage(session)
        finally:
            reader.close()
    except Unreadable:
        created.vault.lock()
        wipe(temp)
        raise VaultCorrupted(
            "the list of the vault's tables cannot be read: nothing can be salvaged; "
            "restore a backup"
        ) from None
    except BaseException:
        created.vault.lock()
        with suppress(OSError, SandiqError):
            wipe(temp)
        raise
    created.vault.lock()
    return report


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
    actor = _fingerprint(session)
    AuditLog(session).append(
        utc_now(), actor, SALVAGED, version=len(findings), content_hash=findings_digest(findings)
    )


def _fingerprint(session: Session) -> str:
    # The identity the new vault has: the damaged vault's where it read.
    return str(session.execute(text("SELECT fingerprint FROM identity WHERE id = 1")).scalar_one())


class _Copier:
    """Copies table by table from a read-only driver connection into the new vault."""

    def __init__(self, source: SourceReader, session: Session) -> None:
        self.source = source
        self.session = session
        self.target = session.connection()
        self.copied_ids: dict[str, set[str]] = {table: set() for table in RECORD_TABLES}
        self.named_ids: dict[str, set[str]] = {table: set() for table in RECORD_TABLES}
        self.left_out: dict[str, set[str]] = {table: set() for table in RECORD_TABLES}
        self.damage: dict[str, TableDamage] = {}
        self.copied: dict[str, int] = {}
        self.rebuilt_ids: dict[str, set[str]] = {table: set() for table in RECORD_TABLES}
        self.sha256: dict[str, str] = {}
        self.restored_versions = 0

    def columns(self, table: str) -> list[str]:
        return [row[1] for row in self.source.rows(f'PRAGMA table_info("{table}")')]

    def copy(self, target: Path) -> SalvageReport:
        is_identity_kept = self._copy_identity()
        self.target.exec_driver_sql("DELETE FROM audit_log")  # the new identity's first entry
        for table in _ALL_TABLES:
            self._copy_table(table)
            if table in RECORD_TABLES and self.damage[table].is_damaged:
                self._rebuild(table)
        self._drop_incomplete_files()
        self._note_names_in("search_document")
        self.restored_versions = restore_latest_versions(self.session, _fingerprint(self.session))
        return SalvageReport(target, self._parts(), is_identity_kept)

    def _copy_identity(self) -> bool:
        rows: list[tuple[Any, ...]] = []
        columns = self.columns("identity")
        for batch in readable_rows(self.source, "identity", columns, TableDamage()):
            rows += batch
        if not rows:  # the new vault keeps the identity it was created with
            return False
        self.target.exec_driver_sql("DELETE FROM identity")
        self._insert("identity", columns, rows)
        return True

    def _copy_table(self, table: str) -> None:
        columns = self.columns(table)
        position = {name: index for index, name in enumerate(columns)}
        parents = self._parent_columns(table, position)
        damage = self.damage[table] = TableDamage()
        count = 0
        for batch in readable_rows(self.source, table, columns, damage):
            rows = [row for row in batch if self._keeps(table, row, position, parents)]
            self._insert(table, columns, rows)
            count += len(rows)
            self._note_names(rows, position)
        self.copied[table] = count

    def _parent_columns(self, table: str, position: dict[str, int]) -> list[tuple[int, str]]:
        # (column index, parent table) of each reference the database enforces.
        links = self.source.rows(f'PRAGMA foreign_key_list("{table}")')
        return [(position[link[3]], link[2]) for link in links if link[2] in self.copied_ids]

    def _keeps(
        self, table: str, row: tuple[Any, ...], position: dict[str, int], parents: list[Any]
    ) -> bool:
        if table == "record_clock":  # the clock of a record not copied would block its return
            return any(row[0] in ids for ids in self.copied_ids.values())
        is_linked = all(row[i] is None or row[i] in self.copied_ids[p] for i, p in parents)
        is_linked = is_linked and self._are_copied(_unenforced_targets(table, row, position))
        if table in RECORD_TABLES:
            record_id = row[position["id"]]
            self.named_ids[table].add(record_id)
            if not is_linked:
                self.left_out[table].add(record_id)
                return False
            self.copied_ids[table].add(record_id)
            if table == "attachment":
                self.sha256[record_id] = row[position["sha256"]]
        return is_linked

    def _are_copied(self, targets: Iterable[tuple[str, str]]) -> bool:
        return all(uid in self.copied_ids.get(kind, ()) for kind, uid in targets)

    def _rebuild(self, table: str) -> None:
        read = self.copied_ids[table] | self.left_out[table]
        for record in list(rebuildable(self.target, table, read)):
            if not self._are_copied(record.targets):
                self.left_out[table].add(record.record_id)
                continue
            insert_rebuilt(self.target, table, record)
            self._note_rebuilt(table, record)

    def _note_rebuilt(self, table: str, record: RebuiltRecord) -> None:
        self.copied_ids[table].add(record.record_id)
        self.rebuilt_ids[table].add(record.record_id)
        if table == "attachment":
            self.sha256[record.record_id] = record.row["sha256"]

    def _insert(self, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        verb = "INSERT OR REPLACE" if table in _REPLACING else "INSERT"
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.target.exec_driver_sql(f'{verb} INTO "{table}" ({names}) VALUES ({marks})', rows)

    def _note_names(self, rows: list[tuple[Any, ...]], position: dict[str, int]) -> None:
        # Which records existed, from what mentions them: the lost ones are those not copied.
        if "record_kind" not in position or "record_id" not in position:
            return
        kind, record = position["record_kind"], position["record_id"]
        for row in rows:
            if row[kind] in self.named_ids and row[record] is not None:
                self.named_ids[row[kind]].add(row[record])

    def _note_names_in(self, table: str) -> None:
        columns = ["record_kind", "record_id"]
        for batch in readable_rows(self.source, table, columns, TableDamage()):
            self._note_names(batch, {"record_kind": 0, "record_id": 1})

    def _drop_incomplete_files(self) -> None:
        for record_id, sha256 in self.sha256.items():
            if attachment_digest(self.session, UUID(hex=record_id)) != sha256:
                # The database cascades the delete to the chunks that were copied.
                self.target.exec_driver_sql("DELETE FROM attachment WHERE id = ?", (record_id,))
                self.target.exec_driver_sql(
                    "DELETE FROM record_clock WHERE record_id = ?", (record_id,)
                )
                self.copied_ids["attachment"].discard(record_id)
                self.left_out["attachment"].add(record_id)
                if record_id in self.rebuilt_ids["attachment"]:
                    self.rebuilt_ids["attachment"].discard(record_id)
                else:
                    self.copied["attachment"] -= 1

    def _parts(self) -> tuple[SalvagedPart, ...]:
        parts: list[SalvagedPart] = []
        for table in _REPORTED:
            damage = self.damage[table]
            if table in RECORD_TABLES:
                lost_ids = sorted(self.named_ids[table] - self.copied_ids[table])
                lost = len(lost_ids)
                # Every lost record is named when its versions all read.
                is_unknown = damage.is_damaged and self.damage["revision"].is_damaged
                rebuilt = len(self.rebuilt_ids[table])
            else:
                lost_ids = []
                closed = [span for span in damage.unreadable_spans if span[1] is not None]
                exact = table in _NUMBERED and len(closed) == len(damage.unreadable_spans)
                lost = sum(end - start + 1 for start, end in closed) if exact else 0  # type: ignore[operator]
                is_unknown = damage.is_damaged and not exact
                # Versions saved again from their records' rows are no longer lost.
                rebuilt = self.restored_versions if table == "revision" else 0
                lost = max(0, lost - rebuilt)
            parts.append(
                SalvagedPart(
                    table,
                    self.copied[table],
                    lost,
                    tuple(str(UUID(hex=i)) for i in lost_ids),
                    is_unknown,
                    rebuilt,
                )
            )
        return tuple(parts)


def _unenforced_targets(
    table: str, row: tuple[Any, ...], position: dict[str, int]
) -> list[tuple[str, str]]:
    """(kind, id as 32 hex digits) of each record row points at without a foreign key."""
    if table == "attachment":
        return [(row[position["owner_kind"]], row[position["owner_id"]])]
    return [
        (kind, UUID(listed).hex)
        for listing, column, kind in _LISTED
        if listing == table
        for listed in json.loads(row[position[column]] or "[]")
    ]
