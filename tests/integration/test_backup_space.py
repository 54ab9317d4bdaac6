"""A backup on a small memory stick: the copy takes no more room than it ends up with, and a
copy that does not fit names the stick, the sizes and that the vault is unchanged.

A test cannot mount a small disk everywhere: the room the copy takes is measured on a real
copy by a process that watches its folder; a disk that fills up during the copy is simulated
where the header is written; where user namespaces allow it, a real small tmpfs is used too.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core import backup as backup_module
from desktop_app.core.attachments import add_attachment
from desktop_app.core.backup import CopyDoesNotFit, back_up, restore
from desktop_app.core.database_copy import problems_counted
from desktop_app.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.integration.conftest import REPO, Sandiq, snapshot

MIB = 1024 * 1024
# Polls the size on disk of what is in the .partial folders of one folder until a file named
# STOP appears there, then prints the largest total seen. A process of its own: a thread of
# the test's would wait for the GIL while SQLite checkpoints, when the copy is largest.
WATCHER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    parent, peak = Path(sys.argv[1]), 0
    print("watching", flush=True)
    while not (parent / "STOP").exists():
        total = 0
        for folder in parent.glob(".*.partial"):
            try:
                for entry in os.scandir(folder):
                    total += entry.stat().st_blocks * 512
            except OSError:
                pass
        peak = max(peak, total)
    print(peak)
    """
)


def _fill(vault: Vault, megabytes: int) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Recordings"})
        data = io.BytesIO(os.urandom(megabytes * MIB))  # incompressible, as a recording is
        add_attachment(writer, "case", case.id, data, "interview.ogg")


def _vault_size(vault: Vault) -> int:
    return sum(p.stat().st_size for p in vault.path.iterdir() if p.name.startswith("vault."))


def test_the_copy_never_takes_much_more_room_than_the_backup(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before, every page went through a write-ahead log in the .partial folder and then into
    # the copy: twice the vault's size for a moment, on a stick checked for 1.13 times.
    _fill(tmp_vault, 24)
    stick = tmp_path / "stick"
    stick.mkdir()
    watcher = subprocess.Popen(
        [sys.executable, "-c", WATCHER, str(stick)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert watcher.stdout is not None and watcher.stdout.readline() == "watching\n"
        backup = back_up(tmp_vault, stick / "sandiq-backup")
    finally:
        (stick / "STOP").touch()
        peak = int(watcher.communicate(timeout=60)[0])
    final = sum(p.stat().st_size for p in backup.iterdir())
    assert final > 24 * MIB
    assert peak <= final * 1.1, f"the copy took {peak / final:.2f} times its final size"


def test_a_stick_that_fills_up_during_the_backup_is_named_with_the_sizes(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    _fill(tmp_vault, 1)
    tmp_vault.lock()
    # Its database differs by the record of the backup's folder, kept while the copy was made
    # and then dropped (leftovers): what is compared is its header and what it holds.
    before = snapshot(tmp_vault.path)["vault.header"], sandiq.ok("case", "list").stdout
    stick = tmp_path / "stick"
    stick.mkdir()
    # The disk cannot be filled on demand: it "fills up" (ENOSPC, as the system says it) when
    # the header is written after the database, as it did when the check let the copy start.
    fills_up = textwrap.dedent(
        """
        import errno, os, sys
        from desktop_app.core import backup
        def full(*_args, **_kwargs):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "vault.header")
        backup._copy_durably = full
        from desktop_app.cli import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    env = {k: v for k, v in sandiq.env.items() if v is not None}
    run = subprocess.run(
        [sys.executable, "-c", fills_up, "backup", "--out", str(stick / "b"), "--vault",
         str(tmp_vault.path)],
        env=env, cwd=sandiq.home, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1
    line = run.stderr.strip()
    assert line.startswith(
        f"sandiq: error: Not enough free space on {stick}: the copy of the vault needs about "
    ), line
    assert line.endswith(" free; the vault is unchanged and no backup was written"), line
    assert "No space left on device" not in line
    assert list(stick.iterdir()) == []  # the half-made copy is gone
    assert (snapshot(tmp_vault.path)["vault.header"], sandiq.ok("case", "list").stdout) == before


def test_a_restore_that_does_not_fit_says_the_backup_is_unchanged(
    tmp_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(tmp_vault, 1)
    backup = back_up(tmp_vault, tmp_path / "b")
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=MIB))
    with pytest.raises(CopyDoesNotFit) as refused:
        restore(backup, laptop / "vault", PASSPHRASE, cancelled=pytest.fail)
    assert str(refused.value).startswith(f"Not enough free space on {laptop}: the copy ")
    assert str(refused.value).endswith(
        ", 1.0 MiB free; nothing was restored and the backup is unchanged"
    )
    # As the system says it, when the stick fills up during the copy.
    monkeypatch.undo()

    def fills_up(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module, "_copy_durably", fills_up)
    with pytest.raises(CopyDoesNotFit, match="; nothing was restored and the backup is unchan"):
        restore(backup, laptop / "vault", PASSPHRASE)
    assert list(laptop.iterdir()) == []


def test_a_backup_is_let_onto_a_stick_with_little_more_room_than_the_copy(
    tmp_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 30 MiB on a 40 MiB stick was refused ("needs about 46.0 MiB") though the copy takes
    # exactly its final size; the disk's free space is what the check asks shutil for.
    _fill(tmp_vault, 3)
    size = _vault_size(tmp_vault)
    stick = tmp_path / "stick"
    stick.mkdir()
    usage = shutil.disk_usage(tmp_path)
    room = size + size // 100 + MIB
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=room))
    backup = back_up(tmp_vault, stick / "b")
    assert sum(p.stat().st_size for p in backup.iterdir()) <= room
    with pytest.raises(CopyDoesNotFit, match="the vault is unchanged and no backup was written"):
        monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=size))
        back_up(tmp_vault, stick / "c")
    assert [p.name for p in stick.iterdir()] == ["b"]


def test_counts_of_problems_read_as_english() -> None:
    assert [problems_counted(n) for n in (1, 2)] == ["1 problem", "2 problems"]


def _user_namespaces_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = ["unshare", "--user", "--map-root-user", "--mount", "true"]
    return subprocess.run(probe, capture_output=True).returncode == 0


@pytest.mark.skipif(not _user_namespaces_mount(), reason="needs unprivileged user namespaces")
def test_a_backup_fits_on_a_real_stick_barely_larger_than_the_check_asks(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    # A tmpfs in a mount namespace of the test's own: a real disk that fills up.
    _fill(tmp_vault, 24)
    tmp_vault.lock()
    size = _vault_size(tmp_vault)
    stick = tmp_path / "stick"
    stick.mkdir()
    command = f"{sys.executable} -m desktop_app.cli"

    def on_stick(kib: int, script: str) -> subprocess.CompletedProcess[str]:
        mount = f"mount -t tmpfs -o size={kib}k tmpfs {stick}"
        return subprocess.run(
            ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", f"{mount} && {script}"],
            env={k: v for k, v in sandiq.env.items() if v is not None},
            cwd=REPO, capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    # Room for the check (the copy, 1% and 1 MiB) and little more: a 30 MiB vault was refused
    # a 40 MiB stick when the check asked for 16 MiB more; twice the vault did not fit.
    roomy = (size + size // 100 + 2 * MIB) // 1024
    backup = f"{command} backup --out {stick}/b --vault {tmp_vault.path}"
    written = on_stick(roomy, f"{backup} && {command} verify --vault {stick}/b")
    assert written.returncode == 0, written.stderr
    assert "vault verified: OK" in written.stdout
    small = on_stick(size // 2 // 1024, backup)
    assert small.returncode == 1
    assert small.stderr.startswith(f"sandiq: error: Not enough free space on {stick}: the copy")
    assert small.stderr.endswith(" free; the vault is unchanged and no backup was written\n")
