"""Salvage: a damaged vault's tables copied into the new vault, and what each one lost.

Table by table, in an order that puts parents first, every row that still reads
(``salvage_reading``) is copied as it is, unless what it refers to was lost: a record, a
version or a clock never points at nothing in the new vault. A damaged record table gets its
lost records back from their saved versions where they read (``salvage_rebuild``), a file
whose bytes no longer hash to its record is dropped, and records whose latest version was lost
get it back from their row. What was lost is counted per table from what still names it (the
versions, the audit log, the search index), exactly where the rowids are gap-free numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.attachments import attachment_digest
from desktop_app.core.salvage_reading import SourceReader, TableDamage, readable_rows
from desktop_app.core.salvage_rebuild import (
    RebuiltRecord,
    insert_rebuilt,
    rebuildable,
    restore_latest_versions,
)

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


class CopiedTables(NamedTuple):
    """What the copy made: each table's part, and whether the damaged vault's identity read."""

    parts: tuple[SalvagedPart, ...]
    is_identity_kept: bool


def copy_tables(source: SourceReader, session: Session) -> CopiedTables:
    """Copy what reads of every table of source into the new vault session writes to."""
    return _Copier(source, session).copy()


def vault_fingerprint(session: Session) -> str:
    """The identity the new vault has: the damaged vault's where it read."""
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

    def copy(self) -> CopiedTables:
        is_identity_kept = self._copy_identity()
        self.target.exec_driver_sql("DELETE FROM audit_log")  # the new identity's first entry
        for table in _ALL_TABLES:
            self._copy_table(table)
            if table in RECORD_TABLES and self.damage[table].is_damaged:
                self._rebuild(table)
        self._drop_incomplete_files()
        self._note_names_in("search_document")
        self.restored_versions = restore_latest_versions(
            self.session, vault_fingerprint(self.session)
        )
        return CopiedTables(self._parts(), is_identity_kept)

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
