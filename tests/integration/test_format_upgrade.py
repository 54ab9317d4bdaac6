"""A vault made by an older Sandiq: upgraded only when the user's command needs it, and saying
so (older versions refuse it afterwards); verify, backup, passwd, recovery-key and shares leave
its format as it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db import migrate
from db.models import Case
from desktop_app.core.vault import unlock, unlock_with_recovery_key
from desktop_app.core.vault_schema import OlderFormat
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq, snapshot
from tests.integration.test_migrations import make_vault_at

OLDER = "0008"  # as the Sandiq of the tester's build C left its vaults
HEAD = int(migrate.head_revision())
UPGRADE_LINE = (
    f"sandiq: upgrading the vault from format 8 to {HEAD}; older versions of Sandiq will not "
    "open it afterwards (a backup written before by 'sandiq backup' keeps the older format and "
    "opens in them)"
)


@pytest.fixture
def older_vault(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A locked vault, holding one case, whose schema stopped at revision 0008."""
    make_vault_at(vault_dir, OLDER, monkeypatch)
    return vault_dir


def _revision(folder: Path) -> str | None:
    vault = unlock(folder, PASSPHRASE, upgrade_older_format=False)
    try:
        return migrate.current_revision(vault.engine)
    finally:
        vault.lock()


def test_unlock_can_leave_an_older_format_for_upgrade_format(older_vault: Path) -> None:
    vault = unlock(older_vault, PASSPHRASE, upgrade_older_format=False)
    try:
        assert vault.older_format == OlderFormat(8, HEAD)
        with pytest.raises(RuntimeError, match="older format"), vault.read():
            pass  # this version's models must not read the older tables
        vault.upgrade_format()
        assert vault.older_format is None
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        assert vault.fingerprint
        with vault.read() as session:
            assert list(session.scalars(select(Case.title))) == ["Kept"]
    finally:
        vault.lock()


def test_verify_checks_an_older_vault_without_upgrading_it(
    sandiq: Sandiq, older_vault: Path
) -> None:
    before = snapshot(older_vault)
    run = sandiq.ok("verify")
    lines = run.stdout.splitlines()
    assert lines[-2] == (
        f"the vault is in format 8, older than this Sandiq's {HEAD}: only its encryption and "
        "database structure were checked. The audit chain and the records are checked by the "
        "Sandiq that made it, or by this one once the vault is upgraded (any other sandiq "
        "command upgrades it; older versions refuse it afterwards)"
    )
    assert lines[-1] == "vault verified (encryption and structure only): OK"
    assert "upgrading" not in run.stderr
    report = json.loads(sandiq.ok("verify", "--json").stdout)
    assert (report["ok"], report["older_format"]) == (True, {"format": 8, "current": HEAD})
    assert snapshot(older_vault) == before
    assert _revision(older_vault) == OLDER


def test_backup_of_an_older_vault_keeps_its_format(
    sandiq: Sandiq, older_vault: Path, tmp_path: Path
) -> None:
    before = snapshot(older_vault)
    sandiq.ok("backup", "--out", str(tmp_path / "stick"))
    assert snapshot(older_vault) == before
    assert _revision(tmp_path / "stick") == OLDER  # an older Sandiq still opens it


def test_passwd_changes_only_the_header_of_an_older_vault(
    sandiq: Sandiq, older_vault: Path
) -> None:
    database = (older_vault / "vault.db").read_bytes()
    new = "a new passphrase for the border"
    run = sandiq.ok("passwd", env={"SANDIQ_NEW_PASSPHRASE": new})
    assert "upgrading" not in run.stderr
    assert (older_vault / "vault.db").read_bytes() == database
    vault = unlock(older_vault, new, upgrade_older_format=False)
    try:
        assert vault.older_format == OlderFormat(8, HEAD)
    finally:
        vault.lock()


def test_a_command_that_upgrades_says_so_once(sandiq: Sandiq, older_vault: Path) -> None:
    run = sandiq.ok("stats", "--json")
    assert run.error_lines[0] == UPGRADE_LINE
    assert json.loads(run.stdout)["case"] == 1  # stdout stays the document
    assert _revision(older_vault) == migrate.head_revision()
    assert UPGRADE_LINE not in sandiq.ok("stats").stderr
    assert sandiq.ok("verify").stdout.splitlines()[-1] == "vault verified: OK"


@pytest.mark.parametrize(
    "command",
    [
        ("recovery-key", "--new"),
        ("shares",),
        ("shares", "create", "--threshold", "2", "--count", "3"),
        ("shares", "remove"),
    ],
    ids=" ".join,
)
def test_recovery_commands_change_only_the_header_of_an_older_vault(
    sandiq: Sandiq, older_vault: Path, command: tuple[str, ...]
) -> None:
    database = (older_vault / "vault.db").read_bytes()
    run = sandiq.ok(*command)
    assert "upgrading" not in run.stderr
    assert (older_vault / "vault.db").read_bytes() == database
    assert _revision(older_vault) == OLDER  # an older Sandiq still opens it


def test_a_recovery_key_issued_for_an_older_vault_opens_it(
    sandiq: Sandiq, older_vault: Path
) -> None:
    recovery_key = json.loads(sandiq.ok("recovery-key", "--new", "--json").stdout)["recovery_key"]
    vault = unlock_with_recovery_key(older_vault, recovery_key, upgrade_older_format=False)
    try:
        assert vault.older_format == OlderFormat(8, HEAD)
    finally:
        vault.lock()
