"""Backups: an encrypted copy of an open vault that opens on its own, and restoring it."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Attachment, Case
from desktop_app.core import backup as backup_module
from desktop_app.core.attachments import add_attachment, iter_attachment_bytes
from desktop_app.core.backup import PlaceRefused, back_up, restore
from desktop_app.core.disk_space import NotEnoughSpace
from desktop_app.core.errors import (
    Cancelled,
    InvalidInput,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from desktop_app.core.interchange import export_document
from desktop_app.core.vault import Vault, unlock
from tests.conftest import CANARY, PASSPHRASE
from tests.integration.conftest import REPO, Sandiq, snapshot

RECORDING = bytes(range(256)) * 5000  # more than one attachment chunk


def _fill(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": f"Андижан {CANARY}"})
        add_attachment(writer, "case", case.id, io.BytesIO(RECORDING), "допрос.ogg")


def _contents(vault: Vault) -> tuple[dict, bytes]:
    with vault.read() as session:
        attachment = session.scalar(select(Attachment.id))
        data = b"".join(iter_attachment_bytes(session, attachment))
        return export_document(session), data


def test_a_backup_of_an_open_vault_restores_everything(tmp_vault: Vault, tmp_path: Path) -> None:
    _fill(tmp_vault)
    (tmp_path / "usb").mkdir()
    backup = back_up(tmp_vault, tmp_path / "usb" / "sandiq-backup")
    assert sorted(p.name for p in backup.iterdir()) == ["vault.db", "vault.header"]
    for path in backup.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert CANARY.encode() not in path.read_bytes()  # still encrypted
    before = snapshot(backup)
    restored = restore(backup, tmp_path / "restored", PASSPHRASE)
    assert _contents(restored) == _contents(tmp_vault)
    assert _contents(restored)[1] == RECORDING
    restored.lock()
    assert snapshot(backup) == before  # restoring never writes to the backup
    # A backup is a vault folder: it opens as it is, too.
    unlock(backup, PASSPHRASE).lock()


def test_restore_keeps_what_a_killed_process_committed_in_the_opened_backup(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # The guide says a backup folder opens as a vault; work done in it by a process that is
    # then killed stays in the backup's vault.db-wal, and restore used to leave it behind.
    _fill(tmp_vault)
    backup = back_up(tmp_vault, tmp_path / "b")
    work_then_die = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from desktop_app.core.vault import unlock
        vault = unlock(Path(sys.argv[1]), os.environ["SANDIQ_PASSPHRASE"])
        with vault.transaction() as session:
            vault.writer(session).create("case", {"reference": "UZ-2024-0002", "title": "new"})
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "SANDIQ_PASSPHRASE": PASSPHRASE}
    killed = subprocess.run([sys.executable, "-c", work_then_die, str(backup)], env=env)
    assert killed.returncode == -signal.SIGKILL
    assert (backup / "vault.db-wal").stat().st_size > 0  # the commit is in the log alone
    before = snapshot(backup)
    restored = restore(backup, tmp_path / "restored", PASSPHRASE)
    with restored.read() as session:
        references = set(session.scalars(select(Case.reference)))
    restored.lock()
    assert references == {"UZ-2005-0013", "UZ-2024-0002"}
    assert snapshot(backup) == before  # the log was copied, not replayed into the backup


def test_a_backup_goes_only_to_a_new_or_empty_folder_outside_the_vault(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("keep")
    with pytest.raises(InvalidInput, match="not empty"):
        back_up(tmp_vault, full)
    with pytest.raises(InvalidInput, match="inside the vault's folder"):
        back_up(tmp_vault, tmp_vault.path / "backup")
    assert snapshot(full) == {"notes.txt": b"keep"}
    assert not (tmp_vault.path / "backup").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert back_up(tmp_vault, empty) == empty


def test_a_cancelled_backup_leaves_no_folder(tmp_vault: Vault, tmp_path: Path) -> None:
    _fill(tmp_vault)
    with pytest.raises(Cancelled):
        back_up(tmp_vault, tmp_path / "b", cancelled=lambda: True)
    assert not (tmp_path / "b").exists()
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_restore_refuses_a_wrong_passphrase_a_non_backup_and_a_used_folder(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    backup = back_up(tmp_vault, tmp_path / "b")
    with pytest.raises(WrongPassphrase):
        restore(backup, tmp_path / "r", "not the passphrase at all")
    assert not (tmp_path / "r").exists()
    with pytest.raises(VaultNotFound):
        restore(tmp_path, tmp_path / "r", PASSPHRASE)
    with pytest.raises(VaultExists):
        restore(backup, tmp_vault.path, PASSPHRASE)
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_backup_and_restore_through_the_cli(sandiq: Sandiq, tmp_vault: Vault) -> None:
    _fill(tmp_vault)
    tmp_vault.lock()
    out = sandiq.home / "backup"
    assert "Backup written to" in sandiq.ok("backup", "--out", str(out)).stdout
    target = sandiq.home / "restored"
    restored = sandiq.ok("restore", str(out), vault=target).stdout
    assert "send each colleague a bundle" in restored  # what to do next
    listed = sandiq.ok("case", "list", vault=target).stdout
    assert "UZ-2005-0013" in listed
    assert (
        sandiq.fails("restore", str(out), vault=target)
        .error_lines[0]
        .endswith("is not empty; restore into a new or empty folder")
    )
    wrong = sandiq.fails(
        "restore", str(out), vault=sandiq.home / "r2", env={"SANDIQ_PASSPHRASE": "not it at all"}
    )
    assert "the passphrase the vault had when the backup was made" in wrong.error_lines[0]
    as_json = json.loads(sandiq.ok("backup", "--out", str(sandiq.home / "b2"), "--json").stdout)
    assert as_json == {"backup": str(sandiq.home / "b2")}


def test_a_backup_finishes_while_another_window_keeps_saving(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "K-1", "title": "Recordings"})
        # More pages than one step of the copy takes: it has to go on across commits.
        add_attachment(writer, "case", case.id, io.BytesIO(os.urandom(24 << 20)), "a.ogg")
    other = unlock(tmp_vault.path, PASSPHRASE)
    stop = threading.Event()

    def keep_saving() -> None:
        number = 0
        while not stop.is_set():
            with other.transaction() as session:
                other.writer(session).create("case", {"reference": f"W-{number}", "title": "w"})
            number += 1

    saver = threading.Thread(target=keep_saving)
    saver.start()
    started = time.monotonic()
    try:
        # Before, the online copy started over at every commit and never finished.
        back_up(tmp_vault, tmp_path / "b", cancelled=lambda: time.monotonic() - started > 30)
    finally:
        stop.set()
        saver.join()
        other.lock()
    restored = restore(tmp_path / "b", tmp_path / "r", PASSPHRASE)
    with restored.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) >= 1
    restored.lock()


def test_a_second_backup_racing_for_the_same_folder_keeps_the_first(
    tmp_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = back_up(tmp_vault, tmp_path / "b")
    before = snapshot(first)
    monkeypatch.setattr(backup_module, "holds_anything", lambda folder: False)  # the race
    with pytest.raises(InvalidInput, match="filled meanwhile"):
        back_up(tmp_vault, first)
    assert snapshot(first) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_backup_and_restore_refuse_a_missing_parent_a_damaged_copy_and_the_backup_itself(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    _fill(tmp_vault)
    with pytest.raises(InvalidInput, match="is the memory stick connected"):
        back_up(tmp_vault, tmp_path / "unmounted" / "b")
    assert not (tmp_path / "unmounted").exists()
    dossier = tmp_path / "dossier.pdf"
    dossier.write_bytes(b"%PDF-1.7")
    # Before: "dossier.pdf does not exist (is the memory stick connected?)", of a file that
    # does exist; the GUI cannot tell the two apart without the problem.
    with pytest.raises(PlaceRefused, match="is a file, not a folder") as refused:
        back_up(tmp_vault, dossier / "b")
    assert (refused.value.problem, refused.value.folder) == ("file", dossier)
    with pytest.raises(PlaceRefused) as refused:
        restore(back_up(tmp_vault, tmp_path / "first"), tmp_path / "gone" / "r", PASSPHRASE)
    assert (refused.value.problem, refused.value.folder) == ("missing", tmp_path / "gone")
    backup = back_up(tmp_vault, tmp_path / "b")
    with pytest.raises(VaultExists, match="inside the backup"):
        restore(backup, backup / "restored", PASSPHRASE)
    database = backup / "vault.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, deep inside
    database.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted, match="the backup is damaged"):
        restore(backup, tmp_path / "r", PASSPHRASE)
    assert not (tmp_path / "r").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_backup_restores_with_the_recovery_key_too(
    recovery_vault: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery_key = recovery_vault
    _fill(vault)
    backup = back_up(vault, tmp_path / "b")
    restored = restore(backup, tmp_path / "r", recovery_key, is_recovery_key=True)
    assert _contents(restored) == _contents(vault)
    restored.lock()


def test_restore_to_the_usual_place_on_a_new_computer(sandiq: Sandiq, tmp_vault: Vault) -> None:
    _fill(tmp_vault)
    tmp_vault.lock()
    out = sandiq.home / "backup"
    sandiq.ok("backup", "--out", str(out))
    fresh = sandiq.home / "fresh-data"  # nothing of Sandiq's on this computer yet
    env = {**sandiq.env, "XDG_DATA_HOME": str(fresh)}
    run = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "restore", str(out)],
        env={k: v for k, v in env.items() if v is not None},
        cwd=sandiq.home,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "UZ-2005-0013" in sandiq.ok("case", "list", vault=fresh / "sandiq" / "vault").stdout


def test_a_damaged_vault_is_not_backed_up(
    sandiq: Sandiq, tmp_vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    # The online backup re-encrypted the damaged page, so the copy passed its page check and
    # "Backup written" was reported for a copy that restore refused.
    _fill(tmp_vault)
    tmp_vault.lock()
    database = vault_dir / "vault.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01
    database.write_bytes(bytes(data))
    vault = unlock(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(VaultCorrupted, match=r"the vault is damaged \(\d+ problems; run sandi"):
            back_up(vault, tmp_path / "b")
    finally:
        vault.lock()
    result = sandiq.fails("backup", "--out", str(tmp_path / "c"))  # one line
    assert result.stderr.startswith("sandiq: error: the vault is damaged (")
    assert result.stderr.endswith("problems; run sandiq verify); no backup was written\n")
    assert not (tmp_path / "b").exists() and not (tmp_path / "c").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_the_next_backup_removes_what_a_killed_backup_left_and_spares_a_running_one(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    killed_midway = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from desktop_app.core import backup
        from desktop_app.core.vault import unlock
        from tests.conftest import PASSPHRASE

        def die(done, total):
            if done:  # pages are on the stick: kill -9 mid-copy
                os.kill(os.getpid(), signal.SIGKILL)

        backup.back_up(unlock(Path(sys.argv[1]), PASSPHRASE), Path(sys.argv[2]), die)
        """
    )
    _fill(tmp_vault)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for name in ("first", "second"):
        killed = subprocess.run(
            [sys.executable, "-c", killed_midway, str(tmp_vault.path), str(usb / name)], env=env
        )
        assert killed.returncode == -signal.SIGKILL
    left = [p for p in usb.iterdir() if p.name.endswith(".partial")]
    # The first's folder, recorded in the vault, was removed when the second unlocked it.
    assert len(left) == 1 and (left[0] / "vault.db").exists()
    # Another backup running now holds its folder locked; a folder of another program is
    # not ours, whatever its name.
    (usb / ".third.abcd1234.partial").mkdir()
    running = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); "
            "fcntl.flock(fd, fcntl.LOCK_EX); print(flush=True); time.sleep(60)",
            str(usb / ".third.abcd1234.partial"),
        ],
        stdout=subprocess.PIPE,
    )
    (usb / ".notes.abcd1234.partial").mkdir()
    (usb / ".notes.abcd1234.partial" / "notes.txt").write_text("mine")
    try:
        assert running.stdout is not None and running.stdout.readline()
        old = time.time() - 60  # past the moment a new folder may still be unlocked
        for folder in usb.iterdir():
            os.utime(folder, (old, old))
        back_up(tmp_vault, usb / "third")
        assert sorted(p.name for p in usb.iterdir()) == [
            ".notes.abcd1234.partial",
            ".third.abcd1234.partial",
            "third",
        ]
    finally:
        running.kill()
        running.wait()


def test_a_cancel_while_the_copy_is_checked_abandons_the_backup(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before: the check after the copy never looked at Cancel, and the backup was kept.
    _fill(tmp_vault)
    check_started = threading.Event()
    with pytest.raises(Cancelled):
        back_up(
            tmp_vault,
            tmp_path / "b",
            cancelled=check_started.is_set,
            checking=check_started.set,  # the user cancels as soon as the check starts
        )
    assert check_started.is_set()
    assert list(tmp_path.iterdir()) == [tmp_vault.path]


def test_restore_reports_the_bytes_copied_then_the_check_and_can_be_cancelled(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    _fill(tmp_vault)
    backup = back_up(tmp_vault, tmp_path / "b")
    size = sum(path.stat().st_size for path in backup.iterdir())
    reports: list[tuple[int, int]] = []
    check_started = threading.Event()
    with pytest.raises(Cancelled):
        restore(
            backup,
            tmp_path / "r",
            PASSPHRASE,
            progress=lambda done, total: reports.append((done, total)),
            cancelled=check_started.is_set,
            checking=check_started.set,
        )
    assert reports[-1] == (size, size) and len(reports) > 1
    assert not (tmp_path / "r").exists()
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())
    restore(backup, tmp_path / "r", PASSPHRASE).lock()  # not cancelled: restored


def test_a_backup_or_restore_that_cannot_fit_is_refused_before_copying(
    tmp_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(tmp_vault)
    backup = back_up(tmp_vault, tmp_path / "b")
    vault_size = (tmp_vault.path / "vault.db").stat().st_size
    stick = tmp_path / "stick"
    stick.mkdir()
    # The machine cannot fill a disk on demand: the disk reports room for the vault alone.
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=vault_size + 4096))
    with pytest.raises(NotEnoughSpace, match=f"^Not enough free space on {stick}: the copy "):
        back_up(tmp_vault, stick / "sandiq-backup", cancelled=pytest.fail)  # refused first
    with pytest.raises(NotEnoughSpace) as refused:
        restore(backup, stick / "r", PASSPHRASE)
    assert refused.value.free == vault_size + 4096 and refused.value.needed > vault_size
    assert refused.value.folder == stick  # named to the user: which stick is too small
    assert list(stick.iterdir()) == []
