"""A bundle import killed after it wrote attachment files into the vault leaves no trace of them.

The importer writes a bundle's files into its still-open transaction while the bundle is read
(the vault is their encrypted staging area), so a kill -9 in that phase must leave a vault that
opens, verifies and holds none of the bundle, and the same bundle must then import completely.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import AttachmentChunk
from desktop_app.core.vault import DATABASE_NAME, unlock
from desktop_app.core.verify import verify_vault
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site, sample_case

FILE_BYTES = 96 * 1024 * 1024


def _wait_for_wal(wal: Path, minimum: int, poll: object, timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > minimum:
            return True
        if poll() is not None:  # type: ignore[operator]
            return False
        time.sleep(0.01)
    return False


@pytest.mark.slow
def test_kill_while_files_are_written_leaves_nothing_and_the_bundle_imports_again(
    tmp_path: Path,
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    recording = os.urandom(FILE_BYTES)
    recording_id = alice.attach("testimony", ids["testimony"], recording, "long interview.wav")
    alice.export("Bob", since_last=True)
    (bundle,) = alice.folder.glob("*.sandiq")
    expected = alice.document()
    bob_dir = bob.vault.path
    alice.vault.lock()
    bob.vault.lock()

    sandiq = Sandiq(tmp_path / "env", bob_dir)
    proc = sandiq.popen("bundle", "import", str(bundle))
    wal = bob_dir / (DATABASE_NAME + "-wal")
    writing = _wait_for_wal(wal, 16 * 1024 * 1024, proc.poll)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert writing, "the import ended before it wrote the files"
    assert proc.returncode == -signal.SIGKILL

    vault = unlock(bob_dir, PASSPHRASE)
    try:
        assert verify_vault(vault) == []
        with vault.read() as session:
            assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 0
    finally:
        vault.lock()

    sandiq.ok("bundle", "import", str(bundle))
    bob.vault = unlock(bob_dir, PASSPHRASE)
    try:
        assert bob.attachment_bytes(recording_id) == recording
        assert bob.document() == expected
    finally:
        bob.vault.lock()
