"""What changed from one version of a record to another: the fields that differ, named on each
line of a case's History and by ``sandiq history``, and the differences themselves, for
comparing two versions.

History listed thirty identical "Changed | Testimony" lines for thirty edits of a 150,000
character testimony, and finding edit 17 meant reading two versions by hand. The differences
are the conflict window's (``conflict_diff``, word by word and bounded in time on long texts),
with the older version on its "mine" side and the newer on its "theirs".

The fields of a History page are found from the versions its lines name and the one before
each: at most two revisions read per line, every revision once (a page of 100 edits of that
testimony reads 101 revisions, 15 MB, in one statement: 0.3 to 0.4 s, so the History tab reads
them on a worker); nothing is stored for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from db.vault_bookkeeping import Revision
from desktop_app.core.case_history import HistoryRow
from desktop_app.core.errors import RecordNotFound
from desktop_app.core.exchange.conflict_diff import MINE, THEIRS, FieldDifference, field_differences

OLDER, NEWER = MINE, THEIRS  # the sides of a comparison's pieces
# A decision to keep a version writes none of its own (the version it names is listed as its
# own line): naming that version's fields on it too would say the decision changed them.
_WRITES_NO_VERSION = frozenset({"resolve_conflict"})
_PAIRS_PER_QUERY = 400  # two bound values each, well under SQLite's limit


@dataclass(frozen=True)
class VersionComparison:
    """Two versions of one record, older first, each field that differs between them, and
    whether each is a version of the record deleted."""

    older: int
    newer: int
    older_content: dict[str, Any]
    newer_content: dict[str, Any]
    differences: tuple[FieldDifference, ...]
    older_is_deleted: bool = False
    newer_is_deleted: bool = False

    @property
    def deletes(self) -> bool:
        """True if the record is deleted by the newer version (a deletion keeps the content,
        so the two may not differ in any field)."""
        return self.newer_is_deleted and not self.older_is_deleted

    @property
    def restores(self) -> bool:
        """True if the record, deleted at the older version, is back at the newer."""
        return self.older_is_deleted and not self.newer_is_deleted


def fields_changed(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields whose value differs between two contents of a record, in after's order
    (then those only before has)."""
    names = [*after, *(name for name in before if name not in after)]
    return tuple(name for name in names if before.get(name) != after.get(name))


def names_fields_changed(row: HistoryRow) -> bool:
    """True if history_changes looks for the fields row's version changed: a line that wrote
    a version other than the first (created: nothing before it, and its content is not read)."""
    return (
        row.record_id is not None
        and row.version is not None
        and row.version > 1
        and row.action not in _WRITES_NO_VERSION
    )


def history_changes(session: Session, rows: Sequence[HistoryRow]) -> dict[int, tuple[str, ...]]:
    """For each History line (by audit seq) that wrote a version, the fields that differ from
    the record's version before it; () where none do (a deletion). Left out: lines with no
    version, first versions, and versions whose content or predecessor's was not kept (a
    salvaged vault may lack some)."""
    lines = {
        row.seq: (row.record_id, row.version)
        for row in rows
        # The None checks again only for the type checker.
        if names_fields_changed(row) and row.record_id is not None and row.version is not None
    }
    wanted = {
        (record_id, v) for record_id, version in lines.values() for v in (version - 1, version)
    }
    contents: dict[tuple[UUID, int], dict[str, Any]] = {}
    ordered = sorted(wanted, key=lambda pair: (pair[0].int, pair[1]))
    # One statement per page of History, not one per record: a page names up to 100.
    for start in range(0, len(ordered), _PAIRS_PER_QUERY):
        batch = ordered[start : start + _PAIRS_PER_QUERY]
        query = select(Revision.record_id, Revision.version, Revision.data).where(
            tuple_(Revision.record_id, Revision.version).in_(batch)
        )
        for record_id, version, data in session.execute(query):
            contents[(record_id, version)] = data
    return {
        seq: fields_changed(contents[(record_id, version - 1)], contents[(record_id, version)])
        for seq, (record_id, version) in lines.items()
        if (record_id, version) in contents and (record_id, version - 1) in contents
    }


def compare_versions(
    session: Session, record_id: UUID, first: int, second: int
) -> VersionComparison:
    """Two kept versions of a record (in either order) and what differs between them, older
    first; RecordNotFound if either was not kept."""
    older, newer = sorted((first, second))
    query = select(Revision.version, Revision.data, Revision.is_deleted).where(
        Revision.record_id == record_id, Revision.version.in_((older, newer))
    )
    found = {version: (data, is_deleted) for version, data, is_deleted in session.execute(query)}
    missing = [v for v in (older, newer) if v not in found]
    if missing:
        raise RecordNotFound(f"record {record_id} has no version {missing[0]}")
    (before, was_deleted), (after, is_deleted) = found[older], found[newer]
    differences = field_differences(before, after)
    return VersionComparison(older, newer, before, after, differences, was_deleted, is_deleted)


def versions_changes(
    contents: Iterable[tuple[int, Mapping[str, Any]]],
) -> dict[int, tuple[str, ...] | None]:
    """For versions of one record given oldest first (version, content), the fields each
    changed from the one before it; None for the first."""
    changes: dict[int, tuple[str, ...] | None] = {}
    previous: Mapping[str, Any] | None = None
    for version, content in contents:
        changes[version] = None if previous is None else fields_changed(previous, content)
        previous = content
    return changes
