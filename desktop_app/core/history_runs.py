"""The conflict decisions of one run, one row in a case's History.

Resolving conflicts in bulk logs one "resolve_conflict" audit entry per conflict, all at the
time of the run and by this vault (``conflict_bulk``); a case's History listing them one by one
showed seventy identical lines. Shown, they are one row naming how many and which records; the
audit entries themselves stay as they are. History reads a page at a time, so a run read over
two pages is joined to the row already shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from uuid import UUID

from desktop_app.core.case_history import HistoryRow

DECISION = "resolve_conflict"


def _run_key(row: HistoryRow) -> tuple[str, str] | None:
    # A run's decisions share their time and vault; two single choices never share the time.
    return (row.at, row.actor) if row.action == DECISION else None


def _records(row: HistoryRow) -> tuple[tuple[str, UUID], ...]:
    if row.decided:
        return row.decided
    return ((row.record_kind, row.record_id),) if row.record_id is not None else ()


def joined(rows: Sequence[HistoryRow]) -> HistoryRow:
    """One row for decisions of one run given newest first: the newest's place and time."""
    if len(rows) == 1:
        return rows[0]
    records = tuple(dict.fromkeys(record for row in rows for record in _records(row)))
    kinds = {kind for kind, _ in records}
    kind = kinds.pop() if len(kinds) == 1 else ""
    return replace(rows[0], record_kind=kind, record_id=None, version=None, decided=records)


def folded(rows: Sequence[HistoryRow]) -> list[HistoryRow]:
    """rows (newest first) with the decisions of each run folded into one row where the
    newest of them is; every other entry as it is."""
    runs: dict[tuple[str, str], list[HistoryRow]] = {}
    for row in rows:
        key = _run_key(row)
        if key is not None:
            runs.setdefault(key, []).append(row)
    shown: list[HistoryRow] = []
    for row in rows:
        key = _run_key(row)
        if key is None:
            shown.append(row)
        elif runs[key][0] is row:
            shown.append(joined(runs[key]))
    return shown


def continued(
    shown: Sequence[HistoryRow], page: Sequence[HistoryRow], *, is_older: bool
) -> tuple[dict[int, HistoryRow], list[HistoryRow]]:
    """How a page read next (older than every row shown, or newer) joins the rows shown:
    the shown rows a run carried on replaces (by position), and the page's rows left to add,
    folded."""
    where = {_run_key(row): index for index, row in enumerate(shown) if _run_key(row)}
    replaced: dict[int, HistoryRow] = {}
    added: list[HistoryRow] = []
    for row in folded(page):
        index = where.get(_run_key(row))
        if index is None:
            added.append(row)
            continue
        before = replaced.get(index, shown[index])
        replaced[index] = joined([before, row] if is_older else [row, before])
    return replaced, added
