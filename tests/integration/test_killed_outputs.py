"""A dossier, export or backup killed midway (kill -9) leaves its hidden temp beside the target;
the vault records it before it is made, and the next unlock removes it and forgets it."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.unfinished_outputs import UnfinishedOutput
from desktop_app.core.backup import back_up
from desktop_app.core.fileio import PARTIAL_SUFFIX, new_locked_folder, write_atomically
from desktop_app.core.leftovers import ledger_of
from desktop_app.core.vault import Vault, unlock
from tests.conftest import CANARY, PASSPHRASE
from tests.integration.conftest import Sandiq, snapshot
from tests.integration.killed_runs import fill, held_by_another_process, hidden, run_killed
from tests.integration.test_migrations import make_vault_at

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="kills at an fsync found through /proc"
)

# `sandiq ARGS` in a child that SIGKILLs itself when it makes a Sandiq temp file durable: the
# output is whole in it and the rename has not happened.
_CLI_KILLED_AT_FSYNC = textwrap.dedent(
    """
    import os, runpy, signal, sys
    fsync = os.fsync
    def fsync_or_die(fd):
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".sandiq.tmp"):
            os.kill(os.getpid(), signal.SIGKILL)
        fsync(fd)
    os.fsync = fsync_or_die
    sys.argv = ["sandiq", *sys.argv[1:]]
    runpy.run_module("desktop_app.cli", run_name="__main__")
    """
)
# back_up in a child, killed once the copy is whole.
_BACKUP_KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desktop_app.core.backup import back_up
    from desktop_app.core.vault import unlock
    from tests.conftest import PASSPHRASE
    vault = unlock(Path(sys.argv[1]), PASSPHRASE)
    back_up(vault, Path(sys.argv[2]), checking=lambda: os.kill(os.getpid(), signal.SIGKILL))
    """
)


def _recorded(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(UnfinishedOutput)) or 0


def _left_by_killed_cli(sandiq: Sandiq, vault: Vault, *args: str, out: Path) -> Path:
    """The one temp `sandiq ARGS --out OUT` left beside out, killed as it made it durable."""
    env = {k: v for k, v in sandiq.env.items() if v is not None}
    run_killed(_CLI_KILLED_AT_FSYNC, *args, "--out", out, "--vault", vault.path, env=env)
    [left] = hidden(out.parent)
    assert left.startswith(f".{out.name}.") and left.endswith(".sandiq.tmp")
    return out.parent / left


def _assert_removed_by_the_next_unlock(sandiq: Sandiq, vault: Vault, out: Path) -> None:
    sandiq.ok("case", "list")  # any later unlock, here the command line's
    assert list(out.iterdir()) == []
    reopened = unlock(vault.path, PASSPHRASE)
    try:
        assert _recorded(reopened) == 0
    finally:
        reopened.lock()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_killed_reports_plaintext_is_removed_by_the_next_unlock(
    tmp_vault: Vault, sandiq: Sandiq, tmp_path: Path
) -> None:
    fill(tmp_vault)
    tmp_vault.lock()
    out = tmp_path / "out"
    out.mkdir()
    left = _left_by_killed_cli(sandiq, tmp_vault, "report", "KG-7", out=out / "dossier.pdf")
    text = subprocess.run(["pdftotext", left, "-"], capture_output=True, text=True).stdout
    assert CANARY in text  # the whole dossier, in the clear

    # Before: it stayed until another dossier was written into the same folder.
    _assert_removed_by_the_next_unlock(sandiq, tmp_vault, out)


def test_a_killed_json_exports_plaintext_is_removed_by_the_next_unlock(
    tmp_vault: Vault, sandiq: Sandiq, tmp_path: Path
) -> None:
    fill(tmp_vault)
    tmp_vault.lock()
    out = tmp_path / "out"
    out.mkdir()
    left = _left_by_killed_cli(sandiq, tmp_vault, "export-json", out=out / "export.json")
    assert CANARY in left.read_text(encoding="utf-8")  # every record, in the clear

    # Before: written once the vault was locked, it was not recorded and stayed.
    _assert_removed_by_the_next_unlock(sandiq, tmp_vault, out)


def test_a_finished_or_failed_write_leaves_no_record(tmp_vault: Vault, tmp_path: Path) -> None:
    ledger = ledger_of(tmp_vault)
    out = tmp_path / "out"
    out.mkdir()
    write_atomically(out / "export.json", b"{}", ledger=ledger)
    with pytest.raises(OSError):
        write_atomically(out / "missing" / "export.json", b"{}", ledger=ledger)
    back_up(tmp_vault, out / "backup")
    assert _recorded(tmp_vault) == 0
    assert sorted(p.name for p in out.iterdir()) == ["backup", "export.json"]


@pytest.mark.parametrize("folder_is", ["missing", "a file", "read-only"])
def test_a_write_into_no_usable_folder_is_refused_before_the_vault_records_it(
    tmp_vault: Vault, tmp_path: Path, folder_is: str
) -> None:
    folder = tmp_path / "stick"
    code = {"missing": errno.ENOENT, "a file": errno.ENOTDIR, "read-only": errno.EACCES}
    if folder_is == "a file":
        folder.write_text("not a folder")
    elif folder_is == "read-only":
        if os.geteuid() == 0:
            pytest.skip("root writes into any folder")
        folder.mkdir(mode=0o500)
    ledger = ledger_of(tmp_vault)
    before = snapshot(tmp_vault.path)
    with pytest.raises(OSError) as refused:
        write_atomically(folder / "export.json", b"{}", ledger=ledger)
    assert (refused.value.errno, refused.value.filename) == (
        code[folder_is],
        str(folder / "export.json"),
    )
    with pytest.raises(OSError) as refused:
        new_locked_folder(folder, ".backup.", PARTIAL_SUFFIX, ledger)
    assert (refused.value.errno, refused.value.filename) == (code[folder_is], str(folder))
    # Before: recorded, then forgotten at once: two writes into a vault the export only reads.
    assert snapshot(tmp_vault.path) == before
    assert _recorded(tmp_vault) == 0


def test_unlock_spares_a_running_writes_temp_and_what_is_not_sandiqs(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    ledger = ledger_of(tmp_vault)
    assert ledger is not None
    running = tmp_path / ".export.json.abcd1234.sandiq.tmp"
    running.write_text(CANARY)
    elsewhere = tmp_path / "notes.txt"
    elsewhere.write_text("the user's")
    link = tmp_path / ".other.json.abcd1234.sandiq.tmp"
    link.symlink_to(elsewhere)
    renamed = tmp_path / "export.json"  # a name Sandiq never gives a temp
    renamed.write_text("the user's")
    for path in (running, link, renamed):
        ledger.remember(path, is_folder=False)
    tmp_vault.lock()
    with held_by_another_process(running):  # another Sandiq, still writing it
        unlock(tmp_vault.path, PASSPHRASE).lock()
    assert running.exists() and link.is_symlink() and elsewhere.read_text() == "the user's"
    assert renamed.read_text() == "the user's"

    vault = unlock(tmp_vault.path, PASSPHRASE)  # the writer was killed meanwhile
    try:
        assert not running.exists() and link.is_symlink() and elsewhere.exists()
        assert _recorded(vault) == 0
    finally:
        vault.lock()


def test_a_killed_backups_folder_is_removed_by_the_next_unlock(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    fill(tmp_vault)
    tmp_vault.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    run_killed(_BACKUP_KILLED, tmp_vault.path, stick / "backup")
    [left] = hidden(stick)
    assert left.startswith(".backup.") and left.endswith(".partial")
    # Before: it stayed, a vault opening with the passphrase, until a backup into the stick.
    vault = unlock(tmp_vault.path, PASSPHRASE)
    try:
        assert list(stick.iterdir()) == []
        assert _recorded(vault) == 0
    finally:
        vault.lock()


def test_a_backup_run_again_at_once_removes_the_killed_ones_folder(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    fill(tmp_vault)
    stick = tmp_path / "stick"
    stick.mkdir()
    run_killed(_BACKUP_KILLED, tmp_vault.path, stick / "backup")  # this vault stays unlocked
    assert len(hidden(stick)) == 1
    # Before: spared for ten seconds as possibly not locked yet, and left for good.
    back_up(tmp_vault, stick / "backup")
    assert sorted(p.name for p in stick.iterdir()) == ["backup"]


def test_a_vault_at_0012_records_outputs_once_upgraded(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault_at(vault_dir, "0012", monkeypatch)
    vault = unlock(vault_dir, PASSPHRASE, upgrade_older_format=False)  # no table: no records
    try:
        assert vault.older_format is not None and ledger_of(vault) is None
        back_up(vault, tmp_path / "backup")  # an older format is backed up as it is
        vault.upgrade_format()
        ledger = ledger_of(vault)
        assert ledger is not None
        ledger.remember(tmp_path / ".dossier.pdf.abcd1234.sandiq.tmp", is_folder=False)
        assert _recorded(vault) == 1
    finally:
        vault.lock()
