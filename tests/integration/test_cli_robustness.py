"""The sandiq command on damaged vaults and on passphrases that are not clean UTF-8 text:
one clear line or a report, never "internal error", and nothing written."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.vault import DATABASE_NAME, Vault
from tests.conftest import PASSPHRASE
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
    assert lines[-1].endswith("problem(s) found")
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
