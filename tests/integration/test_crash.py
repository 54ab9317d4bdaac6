"""A process killed in the middle of a write leaves a vault that opens, verifies, and holds
either all of the interrupted action or none of it."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest

from desktop_app.core.stats import vault_stats
from desktop_app.core.vault import DATABASE_NAME, Vault, unlock
from desktop_app.core.verify import verify_vault
from tests.benchmarks.synthetic import synthetic_document
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq

TESTIMONIES = 10_000


def _wait_for_writes(wal: Path, proc_poll: object, timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 1024 * 1024:
            return True
        if proc_poll() is not None:  # type: ignore[operator]
            return False
        time.sleep(0.01)
    return False


@pytest.mark.slow
def test_kill_during_a_10k_import_leaves_all_or_nothing(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    source = tmp_path / "import.json"
    source.write_text(json.dumps(synthetic_document(TESTIMONIES, seed=3), ensure_ascii=False))
    proc = sandiq.popen("import-json", str(source))
    wal = locked_vault / (DATABASE_NAME + "-wal")
    started_writing = _wait_for_writes(wal, proc.poll)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert started_writing, "the import ended before it wrote anything"
    assert proc.returncode == -signal.SIGKILL

    vault = unlock(locked_vault, PASSPHRASE)
    try:
        assert verify_vault(vault) == []
        with vault.read() as session:
            stats = vault_stats(session)
        assert stats["testimony"] in (0, TESTIMONIES)
        assert stats["audit_entries"] == 1 + (stats["revisions"])
        if stats["testimony"] == 0:
            assert stats["revisions"] == 0
    finally:
        vault.lock()


@pytest.mark.slow
def test_kill_during_a_transaction_in_process_is_rolled_back(tmp_vault: Vault) -> None:
    # The same promise for the core API, without a subprocess: an exception in the middle of
    # a large action leaves nothing of it.
    document = synthetic_document(500, seed=4)
    from desktop_app.core.interchange import import_document

    calls = iter(range(10_000))
    with pytest.raises(KeyboardInterrupt), tmp_vault.transaction() as session:

        def interrupt() -> bool:
            if next(calls) == 300:
                raise KeyboardInterrupt
            return False

        import_document(tmp_vault.writer(session), document, cancelled=interrupt)
    with tmp_vault.read() as session:
        assert vault_stats(session)["revisions"] == 0
    assert verify_vault(tmp_vault) == []
