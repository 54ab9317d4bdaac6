"""Fixtures for tests against real vaults: the sandiq command in a sealed environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop_app.core import interchange
from desktop_app.core.vault import DATABASE_NAME, Vault
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    """What a sandiq command did: exit status and its output."""

    returncode: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        """The lines it wrote on stderr."""
        return self.stderr.splitlines()


class Sandiq:
    """Runs the sandiq command in a subprocess with HOME, TMPDIR and XDG_* in a temp folder."""

    def __init__(self, home: Path, vault_dir: Path) -> None:
        self.home = home
        self.vault_dir = vault_dir
        self.env: dict[str, str | None] = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home / "home"),
            "TMPDIR": str(home / "tmp"),
            "XDG_DATA_HOME": str(home / "xdg-data"),
            "XDG_CONFIG_HOME": str(home / "xdg-config"),
            "XDG_CACHE_HOME": str(home / "xdg-cache"),
            "XDG_STATE_HOME": str(home / "xdg-state"),
            "XDG_RUNTIME_DIR": str(home / "xdg-runtime"),
            "PYTHONPATH": str(REPO),
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8",
            "SANDIQ_PASSPHRASE": PASSPHRASE,
        }
        for name in ("HOME", "TMPDIR", *(k for k in self.env if k.startswith("XDG_"))):
            Path(str(self.env[name])).mkdir(parents=True, exist_ok=True, mode=0o700)

    def popen(
        self,
        *args: str,
        env: dict[str, str | None] | None = None,
        vault: Path | None = None,
        **kw: Any,
    ) -> subprocess.Popen:
        """Start `sandiq ARGS --vault VAULT` without waiting for it."""
        folder = self.vault_dir if vault is None else vault
        command = [sys.executable, "-m", "desktop_app.cli", *args, "--vault", str(folder)]
        merged = {**self.env, **(env or {})}  # a None value removes the variable
        merged = {k: v for k, v in merged.items() if v is not None}
        return subprocess.Popen(command, env=merged, cwd=self.home, **kw)

    def __call__(
        self,
        *args: str,
        stdin: str | bytes | None = None,
        env: dict[str, str | None] | None = None,
        vault: Path | None = None,
    ) -> Run:
        """Run `sandiq ARGS --vault VAULT` to the end."""
        data = stdin.encode() if isinstance(stdin, str) else stdin
        proc = self.popen(
            *args,
            env=env,
            vault=vault,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = proc.communicate(data, timeout=120)
        return Run(proc.returncode, out.decode(), err.decode())

    def ok(self, *args: str, **kw: Any) -> Run:
        """Run a command that must succeed, with nothing on stderr but warnings."""
        run = self(*args, **kw)
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr
        return run

    def fails(self, *args: str, **kw: Any) -> Run:
        """Run a command that must fail the way every sandiq error does."""
        run = self(*args, **kw)
        assert run.returncode != 0, run.stdout
        assert len(run.error_lines) == 1, run.stderr
        assert run.error_lines[0].startswith("sandiq: error: "), run.stderr
        assert "Traceback" not in run.stderr
        return run

    def ok_all(self, *commands: tuple[str, ...]) -> list[Run]:
        """Run read-only commands that must succeed, two at a time (the machine has 2 cores)."""
        with ThreadPoolExecutor(max_workers=2) as pool:
            return list(pool.map(lambda args: self.ok(*args), commands))


def snapshot(folder: Path) -> dict[str, bytes]:
    """The bytes of every file under folder, by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def locked_vault(tmp_vault: Vault) -> Path:
    """The folder of a new fast-KDF vault, locked (as the CLI finds it)."""
    tmp_vault.lock()
    return tmp_vault.path


@pytest.fixture
def sandiq(tmp_path: Path, vault_dir: Path) -> Sandiq:
    """The sandiq command, sealed in tmp_path, pointed at the test's vault folder."""
    return Sandiq(tmp_path / "env", vault_dir)


def new_id() -> str:
    """A fresh record id."""
    return str(uuid.uuid4())


def sample_document(narrative: str = "He was taken at night.") -> dict[str, Any]:
    """A small interchange document that uses every section and every kind of reference."""
    case, victim, witness, perpetrator = new_id(), new_id(), new_id(), new_id()
    testimony = new_id()
    return {
        "format": "sandiq",
        "version": 1,
        "cases": [
            {
                "id": case,
                "reference": "UZ-2005-0013",
                "title": "Detention of Azimjan Askarov's brother",
                "summary": "Arrested after the protest in Andijan.",
                "status": "under_review",
                "country": "UZ",
                "region": "Andijan",
                "place": "Bobur Square",
                "start_date": "2005-05",
                "end_date": "2005-06-13",
                "violation_types": ["arbitrary_detention", "torture"],
                "tags": ["andijan-2005"],
                "sensitivity": "confidential",
            }
        ],
        "persons": [
            {"id": victim, "name": "Azimjan Askarov", "other_names": ["Азимжан Аскаров"]},
            {
                "id": witness,
                "name": "Dilnoza Shamsutdinova",
                "sex": "female",
                "birth_date": "1979",
                "protected": True,
                "pseudonym": "Witness A",
            },
            {"id": perpetrator, "name": "Officer K."},
        ],
        "case_parties": [
            {"id": new_id(), "case": case, "person": victim, "role": "victim"},
            {"id": new_id(), "case": case, "person": witness, "role": "witness"},
        ],
        "testimonies": [
            {
                "id": testimony,
                "case": case,
                "witness": witness,
                "interviewer": "N. R.",
                "date": "2005-07-02",
                "time": "14:30",
                "place": "Osh",
                "language": "uz",
                "interpreter": "",
                "consent": {"given": True, "scope": ["reports"], "anonymise": True},
                "narrative": narrative,
                "summary": "Saw the arrest.",
                "translations": {"ru": "Его забрали ночью."},
                "status": "final",
                "sensitivity": "restricted",
            }
        ],
        "events": [
            {
                "id": new_id(),
                "case": case,
                "date": "2005-05-13",
                "place": "Andijan",
                "act_type": "arbitrary_detention",
                "description": "Taken from home by police.",
                "victims": [victim],
                "perpetrators": [perpetrator],
                "institutions": ["Andijan city police"],
                "sources": [testimony],
            }
        ],
    }


@pytest.fixture
def document_factory() -> Callable[..., dict[str, Any]]:
    """Builds a fresh sample document (new ids every call)."""
    return sample_document


SAMPLE_CASE = "UZ-2005-0013"  # the sample document's case: its testimony and event use it


@pytest.fixture
def archive(tmp_vault: Vault) -> dict[str, Any]:
    """The sample document (a case, three people, a testimony, an event) in a locked vault."""
    document = sample_document()
    with tmp_vault.transaction() as session:
        interchange.import_document(tmp_vault.writer(session), document)
    tmp_vault.lock()
    return document


def damage_the_case_table(vault: Vault) -> None:
    """Fill the vault with cases, lock it, and break the first page of the case table and of
    each of its indexes, as a bad sector would: unlock reads none of them, stats and verify do.
    """
    with vault.transaction() as session:
        writer = vault.writer(session)
        for number in range(40):
            writer.create("case", {"reference": f"R-{number}", "title": f"title {number} " * 20})
    with vault.engine.connect() as conn:
        pages = list(
            conn.scalars(
                text("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'case' AND rootpage > 0")
            )
        )
    vault.lock()
    database = vault.path / DATABASE_NAME
    data = bytearray(database.read_bytes())
    for page in pages:  # numbered from 1; the bytes past 100 are encrypted content
        start = (page - 1) * 4096 + 100
        data[start : start + 16] = bytes(16)
    database.write_bytes(bytes(data))


SIZE = r"\d+(\.\d)? (bytes|KiB|MiB|GiB)"
TOOK = r"in (\d+\.\d s|\d+ s|\d+ min \d\d s|\d+ h \d\d min)\."
_ANNOUNCED = re.compile(
    f"(Backing up|Restoring|Verifying)( {SIZE})?…\n(Backup|Restore|Verify) finished {TOOK}\n"
)


def report_of(stdout: str) -> str:
    """What backup, restore or verify printed without a terminal, less the lines saying when
    it started and how long it took: the report the tests of each command read."""
    announced = _ANNOUNCED.match(stdout)
    return stdout[announced.end() :] if announced else stdout
