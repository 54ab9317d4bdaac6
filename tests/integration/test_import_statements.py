"""An import's checks per batch of records: what they refuse stays the same while they cost
fewer statements (the bench's import spends its time per record)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.merge import MergePlanner
from desktop_app.core.exchange.sync_records import SyncRecord
from desktop_app.core.vault import Vault

COLLEAGUE = "c" * 64
_OTHER_TABLES = ("person", "case_party", "testimony", "event", "attachment")


def _incoming_case(record_id: uuid.UUID, reference: str) -> SyncRecord:
    return SyncRecord(
        kind="case",
        content={
            "id": str(record_id),
            "reference": reference,
            "title": "A colleague's case",
            "summary": "",
            "status": "open",
            "country": "",
            "region": "",
            "place": "",
            "start_date": "",
            "end_date": "",
            "violation_types": [],
            "tags": [],
            "sensitivity": "normal",
        },
        deleted=False,
        clock={COLLEAGUE: 1},
        created_at="2026-01-01T00:00:00.000000Z",
        created_by=COLLEAGUE,
        updated_at="2026-01-01T00:00:00.000000Z",
        updated_by=COLLEAGUE,
    )


def _people_and_a_testimony(vault: Vault) -> tuple[list[uuid.UUID], uuid.UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "OWN-1", "title": "Ours"})
        people = [writer.create("person", {"name": f"Person {n}"}).id for n in range(3)]
        testimony = writer.create("testimony", {"case": str(case.id), "narrative": "x"}).id
    return people, testimony


@contextmanager
def _statements(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)


def _decide(vault: Vault, records: list[SyncRecord]) -> list[str]:
    """Decide records as one batch; the statements deciding ran."""
    with vault.read() as session:
        writer = vault.writer(session)
        planner = MergePlanner(session, [], writer.act_types, writer.actor)
        with _statements(vault) as seen:
            planner.decide(records)
    return seen


def test_an_id_used_by_records_of_other_kinds_is_refused_naming_the_first_kind(
    tmp_vault: Vault,
) -> None:
    people, testimony = _people_and_a_testimony(tmp_vault)
    clashing = [testimony, *people[1:]]  # a testimony's id, and two people's
    records = [_incoming_case(uid, f"NEW-{n}") for n, uid in enumerate(clashing)]
    records.append(_incoming_case(uuid.uuid4(), "NEW-9"))
    with pytest.raises(BundleRejected) as refusal:
        _decide(tmp_vault, records)
    assert str(refusal.value) == (
        f"This bundle holds an invalid record: case {min(people[1:], key=lambda u: u.int)}: "
        "the id is already used by a person."
    )


def test_a_batch_is_checked_against_every_other_kind_in_one_statement(tmp_vault: Vault) -> None:
    # It was one statement per other kind, each binding the batch's 500 ids anew.
    _people_and_a_testimony(tmp_vault)
    records = [_incoming_case(uuid.uuid4(), f"NEW-{n}") for n in range(50)]
    seen = _decide(tmp_vault, records)
    reading_others = [s for s in seen if any(f"FROM {t} " in s for t in _OTHER_TABLES)]
    assert len(reading_others) == 1
