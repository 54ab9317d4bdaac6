"""For the tests of what a Sandiq killed midway (kill -9) leaves behind: a child process that
kills itself, a running Sandiq holding its file's lock, and a vault whose case data a leftover
would give away."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.core.vault import Vault
from tests.conftest import CANARY
from tests.integration.conftest import REPO


def run_killed(script: str, *args: object, env: dict[str, str] | None = None) -> None:
    """Run the Python script with args in a child process, which must end killed (SIGKILL)."""
    child = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        env=env or {**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr


@contextmanager
def held_by_another_process(path: Path) -> Iterator[None]:
    """path's exclusive lock held by another process while the block runs, as a running
    Sandiq holds the temp file or folder it is filling."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); "
            "fcntl.flock(fd, fcntl.LOCK_EX); print(flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline()
        yield
    finally:
        holder.kill()
        holder.wait()


def hidden(folder: Path) -> list[str]:
    """The names of folder's hidden entries, sorted."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def fill(vault: Vault) -> None:
    """Add a case whose title holds CANARY: a leftover holding it gives case data away."""
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": "KG-7", "title": f"Ош {CANARY}"})
