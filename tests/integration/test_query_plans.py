"""The hot per-record queries take the index of the record they ask about (a person's, a
case's), never a scan of every testimony: checked with EXPLAIN QUERY PLAN on the very
statements the core runs, on a vault without statistics and on one whose statistics were
taken when it was tiny."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from db import models
from desktop_app.core import case_history, listing
from desktop_app.core.deletion import uses_of
from desktop_app.core.vault import Vault
from tests.benchmarks.bulk import bulk_insert
from tests.benchmarks.synthetic import synthetic_document

TESTIMONIES = 3000


@contextmanager
def _statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """Every statement run on engine meanwhile, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _plans(vault: Vault, run: Callable[[Session], object]) -> list[str]:
    """The query plan lines of every SELECT that run makes."""
    with vault.read() as session, _statements(vault.engine) as statements:
        run(session)
    lines = []
    with vault.engine.connect() as conn:
        for statement, parameters in statements:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            lines += [str(row[-1]) for row in plan]
    return lines


def _testimony_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if " testimony " in f"{line} "]


def _fill(vault: Vault, testimonies: int, seed: int) -> None:
    document = synthetic_document(testimonies, seed=seed, words=5)
    with vault.transaction() as session:
        bulk_insert(session, document, vault.fingerprint)


def _busiest(vault: Vault) -> tuple[UUID, UUID]:
    """A witness and a case with several live testimonies."""
    with vault.read() as session:
        witness = session.scalar(select(models.Testimony.witness_id).limit(1))
        case = session.scalar(select(models.Testimony.case_id).limit(1))
    assert witness is not None and case is not None
    return witness, case


def _assert_hot_queries_use_their_record_index(vault: Vault) -> None:
    witness, case = _busiest(vault)
    by_case = listing.ListFilter(case_id=case)
    person_count = (
        select(func.count())
        .select_from(models.Testimony)
        .where(models.Testimony.witness_id == witness, models.Testimony.is_deleted.is_(False))
    )

    lines = _testimony_lines(_plans(vault, lambda s: s.scalar(person_count)))
    assert lines == ["SEARCH testimony USING INDEX ix_testimony_witness_id (witness_id=?)"]
    for lookup in (
        lambda s: uses_of(s, "person", witness),
        lambda s: listing.count_rows(s, "testimony", by_case),
        lambda s: listing.fetch_page(s, "testimony", by_case, "date"),
        lambda s: listing.fetch_page(s, "testimony", by_case, "status", descending=True),
    ):
        lines = _testimony_lines(_plans(vault, lookup))
        assert lines, "no query read the testimonies"
        for line in lines:  # a lookup by the person or the case, not by is_deleted
            assert line.startswith("SEARCH testimony USING"), lines
            assert "(witness_id=?)" in line or "(case_id=?)" in line, lines


def _assert_whole_lists_use_the_live_index(vault: Vault) -> None:
    """The lists of all testimonies count and page by date without reading the narratives."""
    for whole_list in (
        lambda s: listing.count_rows(s, "testimony"),
        lambda s: listing.fetch_page(s, "testimony", listing.ListFilter(), "date"),
    ):
        lines = _testimony_lines(_plans(vault, whole_list))
        # A live index, not the table: the count reads the smallest (the interviewers', 0011).
        assert any(
            "ix_testimony_live" in line or "COVERING INDEX ix_testimony_interviewer_live" in line
            for line in lines
        ), lines
        assert not any("TEMP B-TREE" in line for line in _plans(vault, whole_list))


def test_hot_queries_use_the_records_index_without_statistics(tmp_vault: Vault) -> None:
    _fill(tmp_vault, TESTIMONIES, seed=7)
    with tmp_vault.engine.connect() as conn:
        assert not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).first()
    _assert_hot_queries_use_their_record_index(tmp_vault)
    _assert_whole_lists_use_the_live_index(tmp_vault)
    _, case = _busiest(tmp_vault)
    history = _plans(tmp_vault, lambda s: case_history.case_history(s, case))
    assert any("SEARCH audit_log USING INDEX ix_audit_log_record_id" in li for li in history)
    assert not any(line.startswith("SCAN audit_log") for line in history), history


def test_statistics_of_a_tiny_vault_do_not_spoil_the_plans_of_a_grown_one(
    tmp_vault: Vault,
) -> None:
    # Sandiq never analyses a vault, but another tool may have: the lookups of one person's or
    # one case's testimonies must not depend on statistics.
    _fill(tmp_vault, 10, seed=1)  # one case, two witnesses
    with tmp_vault.transaction() as session:
        session.connection().exec_driver_sql("ANALYZE")
    _fill(tmp_vault, TESTIMONIES, seed=8)  # statistics still say ten testimonies
    _assert_hot_queries_use_their_record_index(tmp_vault)
