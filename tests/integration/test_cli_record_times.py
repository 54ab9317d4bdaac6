"""`sandiq history` and `sandiq deleted` show times as the rest of the CLI does: local time to
the minute; with --json the stored UTC time, as a program reads it."""

from __future__ import annotations

import datetime as dt
import json

from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq

# Five hours east of UTC, as in Tashkent, in POSIX form (no time zone database needed).
TASHKENT = {"TZ": "UZT-5"}


def _in_tashkent(stamp: str) -> str:
    moment = dt.datetime.fromisoformat(stamp).replace(tzinfo=None)
    return (moment + dt.timedelta(hours=5)).strftime("%Y-%m-%d %H:%M")


def _deleted_person(vault: Vault) -> str:
    with vault.transaction() as session:
        writer = vault.writer(session)
        person = writer.create("person", {"name": "Gulnora Karimova"})
        writer.delete(person)
        person_id = str(person.id)
    vault.lock()
    return person_id


def test_history_shows_when_each_version_was_saved_in_local_time(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    person_id = _deleted_person(tmp_vault)
    (saved, deleted) = json.loads(sandiq.ok("history", person_id, "--json").stdout)
    lines = sandiq.ok("history", person_id, env=TASHKENT).stdout.splitlines()
    assert [line.split("\t")[1] for line in lines] == [
        _in_tashkent(saved["saved_at"]),
        _in_tashkent(deleted["saved_at"]),
    ]
    assert "T" in saved["saved_at"]  # --json keeps the stored time


def test_deleted_shows_when_a_record_was_deleted_in_local_time(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    person_id = _deleted_person(tmp_vault)
    (row,) = json.loads(sandiq.ok("deleted", "--json").stdout)
    (line,) = sandiq.ok("deleted", env=TASHKENT).stdout.splitlines()
    assert line.split("\t")[:3] == [person_id, "person", _in_tashkent(row["deleted_at"])]
    assert "T" in row["deleted_at"]
