"""`sandiq verify` names live records referring to a record that does not exist at all (a
damaged vault or a bug can leave them; a bundle could not be sent from such a vault) as
problems, apart from those referring to deleted records, without reading every testimony of
a large vault."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from sqlalchemy import event

from desktop_app.core.attachments import add_attachment
from desktop_app.core.exchange.dangling import all_dangling_references
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.core.verify import verify_report
from tests.integration.conftest import Sandiq


def _links_to_missing_records(vault: Vault) -> dict[str, UUID]:
    """Records pointing at a person, a testimony, an event and a case whose rows were then
    removed by raw SQL, as damage would, and one pointing at a deleted person."""
    with vault.transaction() as session:
        w = vault.writer(session)
        case = w.create("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"}).id
        gone_case = w.create("case", {"reference": "UZ-2021-0043", "title": "Namangan"}).id
        witness = w.create("person", {"name": "Раъно Юсупова"}).id
        victim = w.create("person", {"name": "Oʻtkir Toʻxtayev"}).id
        tombstoned = w.create("person", {"name": "Dilnoza Karimova"}).id
        kept = w.create("person", {"name": "Aziz Rahimov"}).id
        ids = {
            "party": w.create(
                "case_party", {"case": str(case), "person": str(victim), "role": "victim"}
            ).id,
            "testimony": w.create(
                "testimony", {"case": str(case), "witness": str(witness), "summary": "Raid"}
            ).id,
            "by_tombstoned": w.create(
                "testimony", {"case": str(case), "witness": str(tombstoned), "summary": "Hers"}
            ).id,
            "cited": w.create("testimony", {"case": str(case), "summary": "Cited"}).id,
            "gone_event": w.create("event", {"case": str(case), "act_type": "torture"}).id,
            "orphan_event": w.create("event", {"case": str(gone_case), "act_type": "torture"}).id,
        }
        session.flush()
        ids["event"] = w.create(
            "event",
            {
                "case": str(case),
                "act_type": "torture",
                "victims": [str(victim), str(kept)],
                "perpetrators": [str(witness)],
                "sources": [str(ids["cited"])],
            },
        ).id
        session.flush()
        ids["photo"] = add_attachment(
            w, "event", ids["gone_event"], io.BytesIO(b"JPEG"), "photo.jpg"
        ).id
        w.delete(get_record(session, "person", tombstoned))
    # The driver's own connection: SQLAlchemy's would begin a transaction first, and inside
    # one SQLite ignores the pragma. On again before the pool hands it out.
    conn = vault.engine.raw_connection()
    try:
        cursor = conn.driver_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = OFF")
        for table, uid in (
            ("person", witness),
            ("person", victim),
            ("testimony", ids["cited"]),
            ("event", ids["gone_event"]),
            ('"case"', gone_case),
        ):
            cursor.execute(f"DELETE FROM {table} WHERE id = ?", (uid.hex,))
            assert cursor.rowcount == 1
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        conn.close()
    return {
        **ids,
        "witness": witness,
        "victim": victim,
        "tombstoned": tombstoned,
        "gone_case": gone_case,
    }


def test_every_kind_of_link_to_a_missing_record_is_found(tmp_vault: Vault) -> None:
    ids = _links_to_missing_records(tmp_vault)
    with tmp_vault.read() as session:
        found = all_dangling_references(session)
    named = [(d.kind, d.record_id, d.field, d.target_id, d.is_target_missing) for d in found]
    assert sorted(named) == sorted(
        [
            ("attachment", ids["photo"], "owner", ids["gone_event"], True),
            ("case_party", ids["party"], "person", ids["victim"], True),
            ("event", ids["event"], "perpetrators", ids["witness"], True),
            ("event", ids["event"], "sources", ids["cited"], True),
            ("event", ids["event"], "victims", ids["victim"], True),
            ("event", ids["orphan_event"], "case", ids["gone_case"], True),
            ("testimony", ids["testimony"], "witness", ids["witness"], True),
            ("testimony", ids["by_tombstoned"], "witness", ids["tombstoned"], False),
        ]
    )
    assert {d.target_label for d in found if d.is_target_missing} == {""}
    assert [d.target_label for d in found if not d.is_target_missing] == ["Dilnoza Karimova"]
    assert [d.target_kind for d in found if d.kind == "attachment"] == ["event"]
    report = verify_report(tmp_vault)
    assert report.dangling == [d for d in found if not d.is_target_missing]
    assert report.missing == [d for d in found if d.is_target_missing]


def test_verify_says_the_record_is_missing_and_fails(sandiq: Sandiq, tmp_vault: Vault) -> None:
    ids = _links_to_missing_records(tmp_vault)
    tmp_vault.lock()
    # SQLite's foreign key check fails the vault too; verify now also names the records.
    run = sandiq("verify")
    assert run.returncode == 1
    assert "foreign key: ('testimony', 1, 'person', 0)" in run.stdout
    printed = run.stdout
    # Before: listed under "records referring to deleted records" as a mere warning.
    assert "records referring to deleted records: 1 (" in printed
    assert (
        f"references: testimony {ids['testimony']} (Raid): witness refers to person "
        f"{ids['witness']}, which is missing\n"
    ) in printed
    assert (
        f"references: attachment {ids['photo']} (photo.jpg): owner refers to event "
        f"{ids['gone_event']}, which is missing\n"
    ) in printed
    assert (
        f"names person {ids['tombstoned']} (Dilnoza Karimova) as its witness; that person was "
        "deleted here\n"
    ) in printed
    listed = json.loads(sandiq("verify", "--json").stdout)
    assert len(listed["missing"]) == 7 and all(d["is_target_missing"] for d in listed["missing"])
    assert [d["target_id"] for d in listed["dangling"]] == [str(ids["tombstoned"])]
    assert sum("which is missing" in problem for problem in listed["problems"]) == 7


def test_a_record_pointing_at_a_missing_one_alone_fails_verify(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    # An event's list of victims is no foreign key: SQLite's own check cannot see this one.
    with tmp_vault.transaction() as session:
        w = tmp_vault.writer(session)
        case = w.create("case", {"reference": "UZ-2021-0044", "title": "Osh"}).id
        victim = w.create("person", {"name": "Oʻtkir Toʻxtayev"}).id
        w.create("event", {"case": str(case), "act_type": "torture", "victims": [str(victim)]})
    conn = tmp_vault.engine.raw_connection()
    try:
        conn.driver_connection.cursor().execute("DELETE FROM person WHERE id = ?", (victim.hex,))
        conn.driver_connection.commit()
    finally:
        conn.close()
    tmp_vault.lock()
    run = sandiq("verify", "--json")
    assert run.returncode == 1  # before: "ok", with the event among the deleted ones
    listed = json.loads(run.stdout)
    assert listed["ok"] is False
    assert [d["target_id"] for d in listed["missing"]] == [str(victim)]
    assert listed["dangling"] == []
    assert [p for p in listed["problems"] if "which is missing" not in p] == []


@contextmanager
def _selects(vault: Vault) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)


def test_looking_for_missing_records_reads_no_table_of_records_through(
    tmp_vault: Vault,
) -> None:
    # The testimonies' narratives are most of a large vault: their ids are read off an index.
    _links_to_missing_records(tmp_vault)
    with tmp_vault.read() as session, _selects(tmp_vault) as statements:
        all_dangling_references(session)
    with tmp_vault.engine.connect() as conn:
        plans = [
            str(row[-1])
            for statement, parameters in statements
            for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]
    scans = [line for line in plans if line.startswith("SCAN ")]
    for table in ("testimony", "case_party", "attachment", "person", "case"):
        assert not [s for s in scans if s.split()[1] == table and "COVERING" not in s], plans
