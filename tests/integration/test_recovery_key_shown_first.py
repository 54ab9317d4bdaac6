"""A new recovery key is shown (printed and flushed) before it is stored, so a key that could
not reach the user never replaces the one they hold; a header that cannot be written changes
nothing and says so in one line."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from desktop_app.core import fileio
from desktop_app.core.errors import VaultUnavailable, WrongPassphrase
from desktop_app.core.vault import (
    DATABASE_NAME,
    HEADER_NAME,
    Vault,
    unlock,
    unlock_with_recovery_key,
)
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Run, Sandiq, snapshot

NEW_PASSPHRASE = "a new passphrase for the border"
KEPT = "nothing was changed: the old recovery key still opens the vault"

needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")


def _run_into(sandiq: Sandiq, stdout: int, *args: str) -> Run:
    """Run sandiq with its output going to the file descriptor stdout."""
    proc = sandiq.popen(*args, stdout=stdout, stderr=subprocess.PIPE, text=True)
    _, errors = proc.communicate(timeout=120)
    return Run(proc.returncode, "", errors)


def _into_full_disk(sandiq: Sandiq, *args: str) -> Run:
    with open("/dev/full", "w") as full:
        return _run_into(sandiq, full.fileno(), *args)


def _into_closed_pipe(sandiq: Sandiq, *args: str) -> Run:
    reader, writer = os.pipe()
    os.close(reader)  # the reader went away before anything was written
    try:
        return _run_into(sandiq, writer, *args)
    finally:
        os.close(writer)


def _opens_with_recovery_key(sandiq: Sandiq, key: str) -> bool:
    key_file = sandiq.home / "recovery.txt"
    key_file.write_text(key)
    new = {"SANDIQ_NEW_PASSPHRASE": NEW_PASSPHRASE}
    run = sandiq("passwd", "--recovery-key-file", str(key_file), env=new)
    assert run.returncode == 0 or "wrong recovery key" in run.stderr, run.stderr
    return run.returncode == 0


@needs_dev_full
@pytest.mark.parametrize("output", [(), ("--json",)], ids=["text", "json"])
def test_a_new_key_that_cannot_be_printed_keeps_the_old_key(
    sandiq: Sandiq, recovery_vault: tuple[Vault, str], output: tuple[str, ...]
) -> None:
    vault, old_key = recovery_vault
    vault.lock()
    header = (vault.path / HEADER_NAME).read_bytes()
    run = _into_full_disk(sandiq, "recovery-key", "--new", *output)
    assert run.returncode == 1
    assert run.error_lines == [
        "sandiq: error: the new recovery key could not be printed (No space left on device); "
        + KEPT
    ]
    assert (vault.path / HEADER_NAME).read_bytes() == header
    assert _opens_with_recovery_key(sandiq, old_key)


def test_a_new_key_sent_into_a_closed_pipe_keeps_the_old_key(
    sandiq: Sandiq, recovery_vault: tuple[Vault, str]
) -> None:
    vault, old_key = recovery_vault
    vault.lock()
    header = (vault.path / HEADER_NAME).read_bytes()
    run = _into_closed_pipe(sandiq, "recovery-key", "--new")
    assert run.returncode == 1
    assert run.error_lines == [
        f"sandiq: error: the new recovery key could not be printed (Broken pipe); {KEPT}"
    ]
    assert (vault.path / HEADER_NAME).read_bytes() == header
    assert _opens_with_recovery_key(sandiq, old_key)


@pytest.mark.parametrize(
    ("command", "kept"),
    [
        (("recovery-key", "--new"), KEPT),
        (
            ("shares", "create", "--threshold", "2", "--count", "2"),
            "nothing was changed: any shares made before still open the vault",
        ),
    ],
    ids=["recovery-key", "shares"],
)
def test_a_reader_that_quits_before_the_end_leaves_the_old_secret(
    sandiq: Sandiq, recovery_vault: tuple[Vault, str], command: tuple[str, ...], kept: str
) -> None:
    # `sandiq recovery-key --new | head -c 30`: the pipe takes the whole key, its reader 30
    # bytes of it. Before, the key was stored about half the time, and nobody held it.
    vault, old_key = recovery_vault
    vault.lock()
    header = (vault.path / HEADER_NAME).read_bytes()
    proc = sandiq.popen(*command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    os.read(proc.stdout.fileno(), 30)  # no buffered read: it would take more from the pipe
    proc.stdout.close()
    errors = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    what = "key" if command[0] == "recovery-key" else "shares"
    assert errors.splitlines()[-1] == (
        f"sandiq: error: the new recovery {what} could not be printed (Broken pipe); {kept}"
    )
    assert (vault.path / HEADER_NAME).read_bytes() == header
    assert _opens_with_recovery_key(sandiq, old_key)


def test_a_new_key_with_standard_output_closed_keeps_the_old_key(
    sandiq: Sandiq, recovery_vault: tuple[Vault, str]
) -> None:
    # `sandiq recovery-key --new >&-`: Python then has no sys.stdout at all.
    vault, old_key = recovery_vault
    vault.lock()
    proc = sandiq.popen(
        "recovery-key", "--new", stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1)
    )
    _, errors = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert errors.splitlines() == [
        f"sandiq: error: the new recovery key could not be printed (Bad file descriptor); {KEPT}"
    ]
    assert _opens_with_recovery_key(sandiq, old_key)


@needs_dev_full
def test_init_whose_key_cannot_be_printed_leaves_no_vault_and_can_be_run_again(
    sandiq: Sandiq,
) -> None:
    run = _into_full_disk(sandiq, "init")
    assert run.returncode == 1
    assert run.error_lines == [
        "sandiq: error: the recovery key could not be printed (No space left on device); the "
        "vault was not created, so init can be run again"
    ]
    assert not sandiq.vault_dir.exists()
    printed = sandiq.ok("init").stdout.splitlines()
    assert "shown only once" in printed[1]
    assert _opens_with_recovery_key(sandiq, printed[2].strip())


def test_init_into_a_closed_pipe_removes_only_what_it_made(sandiq: Sandiq) -> None:
    # A folder the user chose, already holding a file of theirs: only init's own files go.
    sandiq.vault_dir.mkdir()
    (sandiq.vault_dir / "notes.txt").write_text("mine")
    run = _into_closed_pipe(sandiq, "init", "--json")
    assert run.returncode == 1
    assert run.error_lines[0].startswith("sandiq: error: the recovery key could not be printed")
    assert snapshot(sandiq.vault_dir) == {"notes.txt": b"mine"}
    sandiq.ok("init")
    assert (sandiq.vault_dir / HEADER_NAME).exists() and (sandiq.vault_dir / DATABASE_NAME).exists()


def _full_disk_at_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", full)


def _read_only_medium(monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(temp: object) -> int:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(temp))

    monkeypatch.setattr(fileio, "_new_locked_file", read_only)


@pytest.mark.parametrize(
    ("make_writes_fail", "reason"),
    [
        (_full_disk_at_fsync, "No space left on device"),
        (_read_only_medium, "Read-only file system"),
    ],
    ids=["full-disk", "read-only"],
)
def test_a_header_that_cannot_be_written_changes_nothing_and_says_so(
    recovery_vault: tuple[Vault, str], monkeypatch: pytest.MonkeyPatch, make_writes_fail, reason
) -> None:
    # The machine cannot fill its disk or turn read-only on demand: the file calls fail instead.
    vault, old_key = recovery_vault
    header = (vault.path / HEADER_NAME).read_bytes()
    make_writes_fail(monkeypatch)
    with pytest.raises(VaultUnavailable) as passwd:
        vault.change_passphrase(NEW_PASSPHRASE)
    assert str(passwd.value) == (
        f"the new passphrase could not be saved ({reason}); nothing was changed: the old "
        "passphrase still opens the vault"
    )
    shown: list[str] = []
    with pytest.raises(VaultUnavailable) as recovery:
        vault.replace_recovery_key(shown.append)
    assert str(recovery.value) == (
        f"the new recovery key could not be saved ({reason}); nothing was changed: the old "
        "recovery key still opens the vault, the new one does not"
    )
    monkeypatch.undo()
    vault.lock()
    assert (vault.path / HEADER_NAME).read_bytes() == header
    unlock(vault.path, PASSPHRASE).lock()
    unlock_with_recovery_key(vault.path, old_key).lock()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(vault.path, shown[0])


def test_a_header_written_but_not_confirmed_by_the_disk_says_it_was_saved(
    tmp_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lost_disk(_directory: Path) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(fileio, "fsync_directory", lost_disk)
    with pytest.raises(VaultUnavailable, match=r"^the new passphrase was saved, but the disk did"):
        tmp_vault.change_passphrase(NEW_PASSPHRASE)
    monkeypatch.undo()
    tmp_vault.lock()
    unlock(tmp_vault.path, NEW_PASSPHRASE).lock()


def test_a_pending_key_replaces_nothing_until_stored(recovery_vault: tuple[Vault, str]) -> None:
    vault, old_key = recovery_vault
    pending = vault.prepare_recovery_key()
    assert pending.text not in repr(pending)
    unlock_with_recovery_key(vault.path, old_key).lock()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(vault.path, pending.text)
    pending.store()
    unlock_with_recovery_key(vault.path, pending.text).lock()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(vault.path, old_key)
