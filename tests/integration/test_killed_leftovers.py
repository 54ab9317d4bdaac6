"""What a Sandiq killed (kill -9) midway leaves beside its target does not outlive the next
run, nor a wipe: a restore's hidden vault, an export's plaintext, a salvage's half-made vault,
a passphrase change's header."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core.backup import back_up, restore
from desktop_app.core.errors import WrongPassphrase
from desktop_app.core.fileio import write_atomically
from desktop_app.core.salvage import salvage
from desktop_app.core.vault import HEADER_NAME, Vault, unlock
from desktop_app.core.vault_wipe import wipe
from tests.conftest import CANARY, FAST_KDF, PASSPHRASE
from tests.integration.conftest import REPO
from tests.integration.killed_runs import fill, held_by_another_process, hidden, run_killed

NEW_PASSPHRASE = "a new passphrase, later retired"
# Run in a child process, which SIGKILLs itself at the moment given (argv[1], argv[2]...).
_KILL = "import os, signal\ndef die(*_):\n    os.kill(os.getpid(), signal.SIGKILL)\n"


def _killed(script: str, *args: object) -> None:
    run_killed(_KILL + textwrap.dedent(script), *args)


def _age(*paths: Path) -> None:
    # Past the moment a backup's or restore's new folder may still be unlocked.
    old = time.time() - 60
    for path in paths:
        os.utime(path, (old, old))


def _kill_a_restore(backup: Path, target: Path) -> Path:
    # Killed once the copy is whole and opened: what is left opens with the passphrase.
    _killed(
        """
        import sys
        from pathlib import Path
        from desktop_app.core.backup import restore
        from tests.conftest import PASSPHRASE
        restore(Path(sys.argv[1]), Path(sys.argv[2]), PASSPHRASE, checking=die)
        """,
        backup,
        target,
    )
    [left] = [p for p in target.parent.iterdir() if p.name.endswith(".partial")]
    unlock(left, PASSPHRASE).lock()
    return left


def test_a_restore_removes_the_vault_a_killed_restore_left_beside_it(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    fill(tmp_vault)
    backup = back_up(tmp_vault, tmp_path / "backup")
    home = tmp_path / "home"
    home.mkdir()
    _age(_kill_a_restore(backup, home / "vault"))
    # Before: every restore killed left one more, until a backup into the same folder.
    restore(backup, home / "vault", PASSPHRASE).lock()
    assert sorted(p.name for p in home.iterdir()) == ["vault"]


def test_wipe_destroys_the_vault_a_killed_restore_left_beside_it(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    fill(tmp_vault)
    backup = back_up(tmp_vault, tmp_path / "backup")
    home = tmp_path / "home"
    home.mkdir()
    _kill_a_restore(backup, home / "vault")  # just now: the retry leaves it (it may be running)
    restore(backup, home / "vault", PASSPHRASE).lock()
    (home / ".vault.abcd1234.partial").mkdir()
    (home / ".vault.abcd1234.partial" / "notes.txt").write_text("not a vault: not ours")
    wipe(home / "vault")  # the panic
    # Before: the hidden copy outlived the wipe and opened with the passphrase.
    assert hidden(home) == [".vault.abcd1234.partial"]
    assert not (home / "vault").exists()


def test_wipe_spares_the_copy_a_running_restore_holds(tmp_vault: Vault, tmp_path: Path) -> None:
    running = tmp_path / ".vault.abcd1234.partial"
    running.mkdir()
    with held_by_another_process(running):
        tmp_vault.lock()
        wipe(tmp_vault.path)
        assert running.is_dir() and not tmp_vault.path.exists()


def test_a_later_write_removes_a_killed_exports_plaintext_and_spares_a_running_one(
    tmp_path: Path,
) -> None:
    # Before: the hidden temp of an export killed midway held its plaintext for good.
    _killed(
        """
        import sys
        from pathlib import Path
        from desktop_app.core.fileio import write_atomically_with
        write_atomically_with(Path(sys.argv[1]), lambda fh: (fh.write(sys.argv[2].encode()),
                                                              fh.flush(), die()))
        """,
        tmp_path / "big.json",
        CANARY,
    )
    [killed] = hidden(tmp_path)
    assert killed.startswith(".big.json.") and CANARY in (tmp_path / killed).read_text()
    running = subprocess.Popen(  # a second Sandiq exporting at the same time
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from desktop_app.core.fileio import write_atomically_with\n"
            "def slow(fh):\n    print(flush=True)\n    time.sleep(60)\n"
            "write_atomically_with(Path(sys.argv[1]), slow)",
            str(tmp_path / "other.json"),
        ],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
    )
    foreign = tmp_path / ".notes.txt.abcd1234.tmp"  # another program's, named alike
    foreign.write_text("theirs")
    try:
        assert running.stdout is not None and running.stdout.readline()
        [writing] = [name for name in hidden(tmp_path) if name.startswith(".other.json.")]
        write_atomically(tmp_path / "dossier.pdf", b"%PDF")
        assert hidden(tmp_path) == [foreign.name, writing]
    finally:
        running.kill()
        running.wait()


def test_a_killed_salvage_leaves_no_vault_under_the_name_and_the_retry_works(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    fill(tmp_vault)
    tmp_vault.lock()
    # Killed once the copy is written, before its commit: the new vault has its header.
    _killed(
        """
        import sys
        from pathlib import Path
        from desktop_app.core import salvage
        from tests.conftest import FAST_KDF, PASSPHRASE
        salvage.rebuild_search_index = die
        salvage.salvage(Path(sys.argv[1]), Path(sys.argv[2]), PASSPHRASE, kdf=FAST_KDF)
        """,
        tmp_vault.path,
        tmp_path / "saved",
    )
    # Before: "saved" held a vault with no record, which verify passed, and a retry was refused.
    assert not (tmp_path / "saved").exists()
    [left] = [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert left.name.startswith(".saved.")
    _age(left)
    report = salvage(tmp_vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)
    assert report.is_whole and not left.exists()
    saved = unlock(tmp_path / "saved", PASSPHRASE)
    saved.lock()


def test_unlock_shreds_the_header_a_killed_passphrase_change_left(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    # Killed with the new header written under its temp name, before the rename.
    _killed(
        """
        import sys
        from pathlib import Path
        from desktop_app.core import keys
        from desktop_app.core.fileio import write_atomically_with
        from desktop_app.core.vault import unlock
        from tests.conftest import FAST_KDF, PASSPHRASE
        keys.write_atomically = lambda path, data, vault_file: write_atomically_with(
            path, lambda fh: (fh.write(data), fh.flush(), die()), vault_file=vault_file)
        unlock(Path(sys.argv[1]), PASSPHRASE).change_passphrase(sys.argv[2], FAST_KDF)
        """,
        tmp_vault.path,
        NEW_PASSPHRASE,
    )
    [left] = hidden(tmp_vault.path)
    assert left.startswith(f".{HEADER_NAME}.")
    with pytest.raises(WrongPassphrase):  # the old passphrase still opens the vault
        unlock(tmp_vault.path, NEW_PASSPHRASE)
    assert hidden(tmp_vault.path) == [left]  # a wrong passphrase touches no file
    # Before: the temp stayed, and renamed to vault.header it opened with NEW_PASSPHRASE even
    # after that was retired.
    unlock(tmp_vault.path, PASSPHRASE).lock()
    assert hidden(tmp_vault.path) == []
