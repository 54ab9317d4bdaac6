"""The hidden vault a restore killed midway leaves beside its target is gone after the next
unlock of any vault on the computer, as a killed backup's is; folders not Sandiq's, and one a
running restore fills, stay.

Before, only a later backup, restore or salvage into the same folder removed it: a restore
killed and not tried again left, for good, a whole vault that opens with the backup's passphrase.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from desktop_app.core.backup import back_up
from desktop_app.core.vault import HEADER_NAME, Vault, unlock
from tests.conftest import PASSPHRASE, AccountFolders
from tests.integration.killed_runs import fill, held_by_another_process, hidden, run_killed

_KILLED_RESTORE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desktop_app.core.backup import restore
    from tests.conftest import PASSPHRASE
    def die(*_):
        os.kill(os.getpid(), signal.SIGKILL)
    restore(Path(sys.argv[1]), Path(sys.argv[2]), PASSPHRASE, progress=die)
    """
)


def _restore_killed_while_copying(backup: Path, target: Path) -> Path:
    run_killed(_KILLED_RESTORE, backup, target)
    [left] = [p for p in target.parent.iterdir() if p.name.endswith(".partial")]
    return left


def _records(cache: Path) -> list[str]:
    folder = cache / "sandiq" / "unfinished-restores"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_the_next_unlock_removes_the_vault_a_killed_restore_left_and_spares_lookalikes(
    tmp_vault: Vault, tmp_path: Path, account_folders: AccountFolders
) -> None:
    fill(tmp_vault)
    backup = back_up(tmp_vault, tmp_path / "backup")
    stick = tmp_path / "stick"
    stick.mkdir()
    left = _restore_killed_while_copying(backup, stick / "restored")
    assert (left / HEADER_NAME).is_file()
    # Not made by Sandiq, though named as its folders are: another program's, or the user's.
    lookalike = stick / ".restored.abcd1234.partial"
    lookalike.mkdir()
    (lookalike / HEADER_NAME).write_bytes((left / HEADER_NAME).read_bytes())
    tmp_vault.lock()

    unlock(tmp_vault.path, PASSPHRASE).lock()  # the user's everyday vault, elsewhere

    assert hidden(stick) == [".restored.abcd1234.partial"]
    assert (lookalike / HEADER_NAME).is_file()
    assert _records(account_folders.cache) == []


def test_the_folder_of_a_running_restore_and_its_record_stay(
    tmp_vault: Vault, tmp_path: Path, account_folders: AccountFolders
) -> None:
    backup = back_up(tmp_vault, tmp_path / "backup")
    left = _restore_killed_while_copying(backup, tmp_path / "restored")
    tmp_vault.lock()
    with held_by_another_process(left):  # as a restore still copying holds it
        unlock(tmp_vault.path, PASSPHRASE).lock()
        assert left.is_dir() and len(_records(account_folders.cache)) == 1
    unlock(tmp_vault.path, PASSPHRASE).lock()
    assert not left.exists() and _records(account_folders.cache) == []


def test_a_record_naming_what_is_no_longer_sandiqs_folder_is_dropped_and_the_path_kept(
    tmp_vault: Vault, tmp_path: Path, account_folders: AccountFolders
) -> None:
    backup = back_up(tmp_vault, tmp_path / "backup")
    left = _restore_killed_while_copying(backup, tmp_path / "restored")
    elsewhere = tmp_path / "photos"
    elsewhere.mkdir()
    (elsewhere / HEADER_NAME).write_text("kept")
    os.rename(left, tmp_path / "moved away")
    left.symlink_to(elsewhere)  # a link planted under the recorded name is never followed
    tmp_vault.lock()
    unlock(tmp_vault.path, PASSPHRASE).lock()
    assert left.is_symlink() and (elsewhere / HEADER_NAME).read_text() == "kept"
    assert _records(account_folders.cache) == []


_KILLED_SALVAGE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desktop_app.core.salvage import salvage
    from tests.conftest import FAST_KDF, PASSPHRASE
    def die(_created):
        os.kill(os.getpid(), signal.SIGKILL)
    salvage(Path(sys.argv[1]), Path(sys.argv[2]), PASSPHRASE, kdf=FAST_KDF, show=die)
    """
)


def test_the_next_unlock_removes_the_vault_a_killed_salvage_left(
    tmp_vault: Vault, tmp_path: Path, account_folders: AccountFolders
) -> None:
    fill(tmp_vault)
    tmp_vault.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    run_killed(_KILLED_SALVAGE, tmp_vault.path, stick / "salvaged")
    [left] = hidden(stick)
    assert left.startswith(".salvaged.") and any((stick / left).iterdir())

    unlock(tmp_vault.path, PASSPHRASE).lock()

    assert hidden(stick) == []
    assert _records(account_folders.cache) == []
