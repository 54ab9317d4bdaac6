"""The sandiq command on damaged vaults and on passphrases that are not clean UTF-8 text:
one clear line or a report, never "internal error", and nothing written."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.engine import DriverDatabaseError, DriverOperationalError
from desktop_app.cli import _database_failure
from desktop_app.core.attachments import add_attachment
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import VaultCorrupted
from desktop_app.core.integrity_report import problem_lines
from desktop_app.core.vault import DATABASE_NAME, Vault
from tests.conftest import CANARY, PASSPHRASE
from tests.integration.conftest import Sandiq, damage_the_case_table, snapshot


def test_verify_lists_the_damage_of_a_broken_page_and_stats_says_damaged(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    damage_the_case_table(tmp_vault)
    run = sandiq("verify")
    assert run.returncode == 1, run.stderr
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert any(line.startswith("cipher: HMAC verification failed for page") for line in lines)
    assert lines[-1].endswith((" problem found", " problems found"))
    stats = sandiq.fails("stats")
    assert stats.error_lines[0].startswith("sandiq: error: the vault database is damaged (")


def test_empty_database_file_is_refused_and_stays_empty(sandiq: Sandiq, tmp_vault: Vault) -> None:
    tmp_vault.lock()
    (tmp_vault.path / DATABASE_NAME).write_bytes(b"")
    before = snapshot(tmp_vault.path)
    run = sandiq.fails("stats")
    assert run.error_lines == ["sandiq: error: the vault database is empty or damaged"]
    assert snapshot(tmp_vault.path) == before


def test_passphrase_file_in_a_legacy_code_page_is_one_clear_line(sandiq: Sandiq) -> None:
    cp1251 = sandiq.home / "passphrase.txt"
    cp1251.write_bytes("пароль-секрет\n".encode("cp1251"))  # saved by an old Windows editor
    run = sandiq.fails("init", "--passphrase-file", str(cp1251))
    assert run.error_lines == [f"sandiq: error: cannot read {cp1251}: the file is not UTF-8 text"]
    assert not sandiq.vault_dir.exists()


def test_passphrase_in_the_environment_that_is_not_text_creates_nothing(sandiq: Sandiq) -> None:
    # Bytes that are not UTF-8 reach Python as lone surrogates; subprocess passes them back.
    run = sandiq.fails("init", env={"SANDIQ_PASSPHRASE": "abc\udcff\udcfedefgh"})
    assert run.error_lines == [
        "sandiq: error: the passphrase is not valid text (it holds bytes that are not UTF-8)"
    ]
    assert not sandiq.vault_dir.exists()


def test_passphrase_file_with_a_byte_order_mark_opens_the_vault(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    tmp_vault.lock()
    notepad = Path(sandiq.home / "passphrase.txt")
    notepad.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    sandiq.ok("stats", "--passphrase-file", str(notepad), env={"SANDIQ_PASSPHRASE": None})


def test_database_errors_never_quote_the_drivers_text() -> None:
    # Python's decoding failure quotes the column's text: a damaged record's words.
    leak = f"Could not decode to UTF-8 column 'title' with text '{CANARY}'"
    wrapped = DBAPIError("SELECT title FROM case", {"title": CANARY}, DriverOperationalError(leak))
    for error in (DriverOperationalError(leak), DriverDatabaseError(leak), wrapped):
        assert CANARY not in _database_failure(error)
        with pytest.raises(VaultCorrupted) as raised, database_errors_reported():
            raise error.orig if isinstance(error, DBAPIError) else error
        assert CANARY not in str(raised.value)
    # SQLite's own texts name no data and say what to do.
    assert "disk is full" in _database_failure(DriverOperationalError("database or disk is full"))
    malformed = _database_failure(DriverDatabaseError("database disk image is malformed"))
    assert malformed == (
        "the vault database is damaged (database disk image is malformed); run sandiq verify"
    )


def test_a_record_that_cannot_be_decoded_is_not_printed(sandiq: Sandiq, tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create("case", {"reference": "UZ-1", "title": "Andijan"})
    with tmp_vault.engine.begin() as conn:  # text that is no longer UTF-8, as damage leaves it
        damaged = (CANARY.encode() + b"\xff").hex()
        conn.execute(text(f"UPDATE \"case\" SET title = CAST(X'{damaged}' AS TEXT)"))
    tmp_vault.lock()
    for args in (("case", "show", "UZ-1"), ("case", "list"), ("export-json", "--out", "-")):
        run = sandiq.fails(*args)
        assert run.error_lines == [
            "sandiq: error: the vault database is damaged or unreadable (run sandiq verify); "
            "nothing was changed"
        ]
        assert "CANARY" not in run.stdout
    verify = sandiq("verify")
    assert verify.returncode == 1
    assert "records: the checks could not finish: a stored value cannot be read" in verify.stdout
    assert "CANARY" not in verify.stdout + verify.stderr


def test_verify_takes_the_many_findings_of_one_flipped_byte_together(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-1", "title": "Andijan"})
        add_attachment(writer, "case", case.id, io.BytesIO(bytes(range(256)) * 5000), "a.ogg")
    tmp_vault.lock()
    database = tmp_vault.path / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01  # orphans the rest of the recording's pages
    database.write_bytes(bytes(data))
    lines = sandiq("verify").stdout.splitlines()
    findings = json.loads(sandiq("verify", "--json").stdout)["problems"]
    assert sum(finding.count("never used") for finding in findings) > 20  # --json: each one
    assert len(lines) < 12, lines
    assert any(re.fullmatch(r"sqlite: \d+ pages never used \(\d+–\d+\)", line) for line in lines)
    assert lines[-1] == f"{len(problem_lines(findings))} problems found"
