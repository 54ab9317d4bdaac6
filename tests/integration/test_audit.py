"""The audit chain and `verify`: tampering with the log or the history is reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import Connection

from desktop_app.core import interchange
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.core.verify import verify_vault
from tests.integration.conftest import Sandiq, sample_document


@pytest.fixture
def busy_vault(tmp_vault: Vault) -> Vault:
    """A vault with a history: an import, an edit and a deletion."""
    document = sample_document()
    with tmp_vault.transaction() as session:
        interchange.import_document(tmp_vault.writer(session), document)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = get_record(session, "case", UUID(document["cases"][0]["id"]))
        writer.update(case, interchange.to_content(case) | {"status": "closed"})
        writer.delete(get_record(session, "person", UUID(document["persons"][2]["id"])))
    return tmp_vault


def _tamper(vault: Vault, sql: str) -> None:
    # Someone with the key editing the database behind Sandiq's back.
    with vault.engine.begin() as conn:
        _execute(conn, sql)


def _execute(conn: Connection, sql: str) -> None:
    for statement in sql.split(";"):
        if statement.strip():
            conn.exec_driver_sql(statement)


def test_untouched_vault_verifies(busy_vault: Vault) -> None:
    assert verify_vault(busy_vault) == []


TAMPERING: dict[str, tuple[str, str]] = {
    "edited entry": (
        "UPDATE audit_log SET action = 'update' WHERE seq = 3",
        "audit entry 3 was altered",
    ),
    "edited actor": (
        "UPDATE audit_log SET actor = 'someone else' WHERE seq = 5",
        "audit entry 5 was altered",
    ),
    "deleted entry": ("DELETE FROM audit_log WHERE seq = 4", "audit entry 4 is missing"),
    "deleted last entries": (
        "DELETE FROM audit_log WHERE seq >= (SELECT max(seq) - 1 FROM audit_log)",
        "is missing from the audit log",
    ),
    "reordered entries": (
        "UPDATE audit_log SET seq = -1 WHERE seq = 3;"
        "UPDATE audit_log SET seq = 3 WHERE seq = 4;"
        "UPDATE audit_log SET seq = 4 WHERE seq = -1",
        "does not follow the entry before it",
    ),
    "rewritten old version": (
        "UPDATE revision SET data = json_set(data, '$.title', 'Nothing happened') "
        "WHERE record_kind = 'case' AND version = 1",
        "version 1 was altered after it was saved",
    ),
    "deleted old version": (
        "DELETE FROM revision WHERE record_kind = 'case' AND version = 1",
        "version 1 is missing from the history",
    ),
    "deleted latest version": (
        "DELETE FROM revision WHERE record_kind = 'case' AND version = 2",
        "does not match its latest saved version",
    ),
    "edited record": (
        "UPDATE \"case\" SET title = 'Nothing happened'",
        "content does not match its hash",
    ),
    "edited record and its hash": (
        "UPDATE \"case\" SET status = 'open', version = 2",
        "content does not match its hash",
    ),
    "undeleted record": (
        "UPDATE person SET is_deleted = 0",
        "does not match its latest saved version",
    ),
}


@pytest.mark.parametrize("name", list(TAMPERING))
def test_tampering_is_reported(busy_vault: Vault, name: str) -> None:
    sql, message = TAMPERING[name]
    _tamper(busy_vault, sql)
    problems = verify_vault(busy_vault)
    assert any(message in problem for problem in problems), problems


def test_verify_command_fails_on_a_tampered_chain(
    sandiq: Sandiq, busy_vault: Vault, vault_dir: Path
) -> None:
    _tamper(busy_vault, "UPDATE audit_log SET at = '2001-01-01T00:00:00Z' WHERE seq = 2")
    busy_vault.lock()
    run = sandiq("verify")
    assert run.returncode == 1
    assert "audit entry 2 was altered" in run.stdout
    assert run.stdout.splitlines()[-1] == "1 problem found"
    assert "Traceback" not in run.stderr


def test_audit_entries_follow_every_change(busy_vault: Vault) -> None:
    with busy_vault.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT seq, action, record_kind, version FROM audit_log ORDER BY seq"
        )
        actions = [(action, kind, version) for _, action, kind, version in rows]
    assert actions[0] == ("create_vault", "", None)
    assert actions[1:9] == [("create", kind, 1) for kind in _imported_kinds()]
    assert actions[9:] == [("update", "case", 2), ("delete", "person", 2)]


def _imported_kinds() -> list[str]:
    counts = {"case": 1, "person": 3, "case_party": 2, "testimony": 1, "event": 1}
    return [kind for _, kind in interchange.SECTIONS for _ in range(counts[kind])]


def test_appending_after_a_rollback_keeps_the_chain(busy_vault: Vault) -> None:
    failing: Callable[[], None] = lambda: (_ for _ in ()).throw(RuntimeError("boom"))  # noqa: E731
    with pytest.raises(RuntimeError), busy_vault.transaction() as session:
        busy_vault.writer(session).create("case", {"reference": "R-9", "title": "Half"})
        failing()
    with busy_vault.transaction() as session:
        busy_vault.writer(session).create("case", {"reference": "R-9", "title": "Whole"})
    assert verify_vault(busy_vault) == []


def test_concurrent_writers_queue_and_keep_one_chain(tmp_vault: Vault) -> None:
    # Two windows (or a window and the CLI) saving at once: the write lock is taken before
    # the chain head is read, so the entries queue instead of forking the chain.
    import threading

    errors: list[BaseException] = []

    def add_cases(prefix: str) -> None:
        try:
            for i in range(8):
                with tmp_vault.transaction() as session:
                    tmp_vault.writer(session).create(
                        "case", {"reference": f"{prefix}-{i}", "title": "Concurrent"}
                    )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add_cases, args=(p,)) for p in ("A", "B", "C")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert verify_vault(tmp_vault) == []
    with tmp_vault.read() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
    assert count == 1 + 24
