"""A file whose adding a kill cut short (kill -9 or a power cut while it is copied into the
vault) is named at the next unlock: nothing of it is in the vault, as before, but the user is
now told it was not added. Its name is kept inside the vault only, never in a file beside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from uuid import UUID

from sqlalchemy import func, select

from db.models import Attachment
from desktop_app.core.unfinished_intakes import record_intakes
from desktop_app.core.vault import Vault, unlock
from desktop_app.ui.attachment_intake import take_in_files
from desktop_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE

FILE_NAME = "CANARY-Ҷӯрабек-protest.mp4"
# "Add file" as the app runs it (take_in_files, on a worker), in a process of its own that says
# when the first chunk is in the vault's uncommitted transaction and then waits to be killed.
_ADDING = """
import sys, time
from pathlib import Path
from uuid import UUID
from desktop_app.core.vault import unlock
from desktop_app.ui.attachment_intake import take_in_files

class Progress:
    def __call__(self, done, total):
        if done:
            print("copying", flush=True)
            time.sleep(600)

    def cancelled(self):
        return False

vault = unlock(Path(sys.argv[1]), sys.argv[2])
take_in_files(vault, UUID(sys.argv[3]), [Path(sys.argv[4])], Progress())
"""


def _case(vault: Vault) -> UUID:
    with vault.transaction() as session:
        return vault.writer(session).create("case", {"reference": "UZ-2005-13", "title": "A"}).id


def _attachments(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(Attachment))


def _kill_while_adding(vault_dir: Path, case_id: UUID, source: Path) -> None:
    adding = subprocess.Popen(
        [sys.executable, "-c", _ADDING, str(vault_dir), PASSPHRASE, str(case_id), str(source)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert adding.stdout is not None
        assert adding.stdout.readline() == "copying\n"
        os.kill(adding.pid, signal.SIGKILL)  # a power cut, as far as the vault can tell
    finally:
        adding.kill()
        adding.wait(timeout=60)


def _files_hold(folder: Path, data: bytes) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and data in path.read_bytes()]


def test_a_file_whose_adding_was_killed_is_named_at_the_next_unlock(
    qtbot, window: MainWindow, tmp_vault: Vault, tmp_path: Path, messages
):
    case_id = _case(tmp_vault)
    tmp_vault.lock()
    source = tmp_path / FILE_NAME
    source.write_bytes(os.urandom(3 * 1024 * 1024))  # several chunks
    _kill_while_adding(tmp_vault.path, case_id, source)
    # The name stays inside the vault, encrypted: no file beside it holds it.
    assert _files_hold(tmp_vault.path, FILE_NAME.encode()) == []

    window.attach(unlock(tmp_vault.path, PASSPHRASE))
    said = (
        f"Adding “{FILE_NAME}” to UZ-2005-13 did not finish: Sandiq stopped while copying it "
        "into the vault (it was closed, or the computer lost power). The file is not in the "
        "vault; add it again."
    )
    qtbot.waitUntil(lambda: said in messages.texts())
    assert _attachments(window.vault) == 0  # nothing half-added, as before

    # Said once: the next unlock has nothing to say.
    window.vault.lock()
    window.vault = None
    before = len(messages.texts())
    window.attach(unlock(tmp_vault.path, PASSPHRASE))
    qtbot.wait(200)
    assert len(messages.texts()) == before


def test_files_an_intake_never_reached_are_named_with_the_one_cut_short(
    qtbot, window: MainWindow, tmp_vault: Vault, messages
):
    # As a kill leaves them: the files of one intake recorded before the first was copied.
    case_id = _case(tmp_vault)
    names = ["scan-1.pdf", "scan-2.pdf", "scan-3.pdf"]
    record_intakes(tmp_vault, "case", case_id, names)
    window.attach(tmp_vault)
    qtbot.waitUntil(lambda: any("Adding 3 files to UZ-2005-13" in t for t in messages.texts()))
    said = next(t for t in messages.texts() if "Adding 3 files" in t)
    assert said.endswith("add them again: scan-1.pdf, scan-2.pdf, scan-3.pdf.")


class _Unwatched:
    """A worker's Progress nobody watches or cancels."""

    def __call__(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


def test_an_add_that_ends_leaves_nothing_to_say(
    qtbot, window: MainWindow, tmp_vault: Vault, tmp_path: Path, messages
):
    case_id = _case(tmp_vault)
    good = tmp_path / "photo.jpg"
    good.write_bytes(b"\xff\xd8 a photo")
    missing = tmp_path / "gone.jpg"  # refused, and said at once by the intake's message
    outcome = take_in_files(tmp_vault, case_id, [good, missing], _Unwatched())  # type: ignore[arg-type]
    assert len(outcome.added) == 1 and len(outcome.refused) == 1
    window.attach(tmp_vault)
    qtbot.wait(200)
    assert not any("did not finish" in text for text in messages.texts())
