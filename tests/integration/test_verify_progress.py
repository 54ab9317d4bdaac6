"""`sandiq verify` takes a minute or more on a large vault: a terminal sees it going on."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess

from desktop_app.core.vault import Vault, unlock
from desktop_app.core.verify import verify_report
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.test_salvage import damage_a_testimony_page, fill_cases


def test_verify_progress_only_goes_forward_and_ends_full(tmp_vault: Vault) -> None:
    fill_cases(tmp_vault, cases=10)
    shown: list[tuple[int, int]] = []
    verify_report(tmp_vault, lambda done, total: shown.append((done, total)))
    assert len(shown) > 4  # SQLite's checks, the audit chain, the versions, the records
    assert [done for done, _ in shown] == sorted({done for done, _ in shown})
    assert shown[-1] == (1000, 1000)


def test_verify_progress_of_a_damaged_vault_ends_full_too(tmp_vault: Vault) -> None:
    fill_cases(tmp_vault, cases=10)
    damage_a_testimony_page(tmp_vault)
    vault = unlock(tmp_vault.path, PASSPHRASE, rebuild_stale_index=False)
    shown: list[tuple[int, int]] = []
    try:
        assert verify_report(vault, lambda done, total: shown.append((done, total))).problems
    finally:
        vault.lock()
    assert shown[-1] == (1000, 1000)


def _on_a_terminal(sandiq: Sandiq, *args: str) -> tuple[str, str]:
    """stdout and what a terminal on stderr showed of `sandiq ARGS`."""
    terminal, stderr = pty.openpty()
    proc = sandiq.popen(
        *args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr, text=True
    )
    os.close(stderr)
    shown = b""
    while True:
        try:
            data = os.read(terminal, 4096)
        except OSError:  # Linux: the other end closed
            break
        if not data:
            break
        shown += data
    os.close(terminal)
    out = proc.stdout.read() if proc.stdout else ""
    assert proc.wait(timeout=120) == 0
    return out, shown.decode()


def test_sandiq_verify_shows_progress_on_a_terminal_and_none_with_json(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    fill_cases(tmp_vault, cases=5)
    tmp_vault.lock()
    out, shown = _on_a_terminal(sandiq, "verify")
    assert out == "vault verified: OK\n"
    assert re.fullmatch(r"(\rverifying: \d+/1000)+\r\n", shown), shown
    assert shown.endswith("verifying: 1000/1000\r\n")
    out, shown = _on_a_terminal(sandiq, "verify", "--json")
    assert json.loads(out)["ok"] and shown == ""
    assert sandiq.ok("verify").stderr == ""  # not a terminal
