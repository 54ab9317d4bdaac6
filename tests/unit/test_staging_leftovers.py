"""Staging directories left by killed imports are removed; those of running imports are not."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.core.exchange.staging import StagingArea, remove_abandoned

LONG_AGO = time.time() - 3600


def _age(directory: Path) -> Path:
    os.utime(directory, (LONG_AGO, LONG_AGO))
    return directory


def _left_by_a_killed_import(parent: Path) -> Path:
    """A staging directory whose process died without removing it (as after kill -9)."""
    code = (
        "import os, sys; from pathlib import Path; "
        "from desktop_app.core.exchange.staging import StagingArea; "
        "area = StagingArea(Path(sys.argv[1])); area.path.write_bytes(b'x' * 4096); "
        "print(area.directory); os._exit(0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(parent)], capture_output=True, text=True, check=True
    )
    return Path(done.stdout.strip())


def test_what_a_killed_import_left_is_removed(tmp_path: Path) -> None:
    leftover = _age(_left_by_a_killed_import(tmp_path))
    assert (leftover / "payload.age").exists()
    remove_abandoned(tmp_path)
    assert not leftover.exists()


def test_a_running_import_keeps_its_staging(tmp_path: Path) -> None:
    area = StagingArea(tmp_path)
    area.path.write_bytes(b"x")
    _age(area.directory)
    remove_abandoned(tmp_path)
    assert area.path.exists()
    area.remove()
    assert not area.directory.exists()


def test_a_directory_just_made_is_left_to_its_import(tmp_path: Path) -> None:
    leftover = _left_by_a_killed_import(tmp_path)
    remove_abandoned(tmp_path)
    assert leftover.exists()


def test_nothing_but_staging_directories_is_touched(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    _age(tmp_path / "notes")
    (tmp_path / "sandiq-staging-file").write_bytes(b"not a directory")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    link = tmp_path / "sandiq-staging-link"
    link.symlink_to(elsewhere, target_is_directory=True)
    os.utime(link, (LONG_AGO, LONG_AGO), follow_symlinks=False)
    remove_abandoned(tmp_path)
    assert (elsewhere / "keep.txt").exists() and link.is_symlink()
    assert (tmp_path / "sandiq-staging-file").exists() and (tmp_path / "notes").exists()


def test_the_staging_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    area = StagingArea(tmp_path)
    writer = area.writer()
    writer.write(b"x" * 4096)
    writer.finish()
    try:
        assert area.path.stat().st_mode & 0o777 == 0o600
        reader = area.reader()
        assert reader.read_exactly(4096) == b"x" * 4096
        reader.close()
    finally:
        area.remove()
