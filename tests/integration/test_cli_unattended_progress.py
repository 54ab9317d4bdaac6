"""backup, restore and verify run from cron or into a log file (no terminal for the progress
bar) say when they start, how much, and how long they took: minutes of silence read as a hang."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from desktop_app.core import interchange
from desktop_app.core.attachments import add_attachment
from desktop_app.core.vault import Vault
from tests.integration.conftest import SIZE, TOOK, Sandiq, sample_document


def test_backup_restore_and_verify_say_start_and_time_taken_without_a_terminal(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    with tmp_vault.transaction() as session:
        interchange.import_document(tmp_vault.writer(session), sample_document())
    tmp_vault.lock()
    out = sandiq.home / "backup"

    backed_up = sandiq.ok("backup", "--out", str(out))
    restored = sandiq.ok("restore", str(out), vault=sandiq.home / "restored")
    verified = sandiq.ok("verify")

    # Before: only the last lines, after minutes of nothing on a large vault.
    start, finished, *rest = backed_up.stdout.splitlines()
    assert re.fullmatch(f"Backing up {SIZE}…", start), start
    assert re.fullmatch(f"Backup finished {TOOK}", finished), finished
    assert rest == [
        f"Backup written to {out}; it opens with the passphrase the vault has now, "
        "or its recovery key."
    ]
    start, finished, *rest = restored.stdout.splitlines()
    assert re.fullmatch(f"Restoring {SIZE}…", start), start
    assert re.fullmatch(f"Restore finished {TOOK}", finished), finished
    assert rest[0].startswith("Vault restored at ")
    start, finished, *rest = verified.stdout.splitlines()
    assert re.fullmatch(f"Verifying {SIZE}…", start), start
    assert re.fullmatch(f"Verify finished {TOOK}", finished), finished
    assert rest == ["vault verified: OK"]  # the verdict stays the last line
    # stderr is for errors: one line, as every sandiq error is.
    assert backed_up.stderr == restored.stderr == verified.stderr == ""


def test_json_output_stays_a_document_without_a_terminal(sandiq: Sandiq, tmp_vault: Vault) -> None:
    tmp_vault.lock()
    out = sandiq.home / "backup"
    assert json.loads(sandiq.ok("backup", "--out", str(out), "--json").stdout) == {
        "backup": str(out)
    }
    assert json.loads(sandiq.ok("verify", "--json").stdout)["ok"]
    restored = sandiq.ok("restore", str(out), "--json", vault=sandiq.home / "restored")
    assert json.loads(restored.stdout)["backup"] == str(out)


def test_a_failed_backup_says_its_start_and_the_error_but_no_time(
    sandiq: Sandiq, tmp_vault: Vault, vault_dir: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "K-1", "title": "Recordings"})
        add_attachment(writer, "case", case.id, io.BytesIO(bytes(range(256)) * 5000), "a.ogg")
    tmp_vault.lock()
    database = vault_dir / "vault.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01  # found by the copy's check, once the copy has started
    database.write_bytes(bytes(data))
    failed = sandiq.fails("backup", "--out", str(sandiq.home / "b"))
    assert re.fullmatch(f"Backing up {SIZE}…\n", failed.stdout), failed.stdout
    assert failed.error_lines[0].endswith("; no backup was written")
    full = sandiq.home / "full"
    full.mkdir()
    (full / "x").write_text("taken")
    refused = sandiq.fails("backup", "--out", str(full))
    assert refused.stdout == ""  # refused before it started: the error line alone
    assert refused.error_lines == [
        f"sandiq: error: {full} is not empty; choose a new or empty folder"
    ]
