"""The conflict decisions of one run fold into one History row, also across pages; single
decisions and every other entry stay rows of their own."""

from __future__ import annotations

from uuid import UUID, uuid4

from desktop_app.core.case_history import HistoryRow
from desktop_app.core.history_runs import continued, folded

RUN_AT, ME = "2026-11-27T09:00:00.000000Z", "me"


def decision(seq: int, record: UUID, at: str = RUN_AT) -> HistoryRow:
    return HistoryRow(seq, at, ME, "resolve_conflict", "testimony", record, 3)


def kept(seq: int, record: UUID) -> HistoryRow:
    return HistoryRow(seq, "2026-11-27T09:00:00.1Z", ME, "resolve", "testimony", record, 3)


def run(records: list[UUID], first_seq: int) -> list[HistoryRow]:
    """A bulk run's entries, newest first: per record the version kept, then the decision."""
    rows: list[HistoryRow] = []
    for offset, record in enumerate(records):
        seq = first_seq + 2 * offset
        rows[:0] = [decision(seq + 1, record), kept(seq, record)]
    return rows


def test_a_runs_decisions_are_one_row_where_the_newest_is() -> None:
    records = [uuid4() for _ in range(3)]
    rows = folded(run(records, 10))
    assert [row.action for row in rows] == ["resolve_conflict", "resolve", "resolve", "resolve"]
    head = rows[0]
    assert head.seq == 15 and head.record_id is None and head.version is None
    assert head.decided == tuple(("testimony", r) for r in reversed(records))


def test_single_decisions_and_other_entries_stay_as_they_are() -> None:
    a, b = uuid4(), uuid4()
    rows = [decision(3, a, at="2026-11-27T09:00:02Z"), kept(2, a), decision(1, b)]
    assert folded(rows) == rows


def test_a_run_read_over_two_pages_joins_its_row() -> None:
    records = [uuid4() for _ in range(5)]
    entries = run(records, 1)
    shown = folded(entries[:6])
    replaced, added = continued(shown, entries[6:], is_older=True)
    assert list(replaced) == [0] and [row.action for row in added] == ["resolve"] * 2
    assert replaced[0].seq == 10
    assert replaced[0].decided == tuple(("testimony", r) for r in reversed(records))
