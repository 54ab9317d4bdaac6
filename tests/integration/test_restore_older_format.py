"""Restoring a backup made by an older Sandiq keeps its format: the restored vault is the
backup's, with only the entry that says it was restored, and it is upgraded, saying so, only
when a command that needs this version's format opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from db import migrate
from desktop_app.core.audit import RESTORED_FROM_BACKUP, was_restored
from desktop_app.core.backup import back_up, restore
from desktop_app.core.vault import unlock
from desktop_app.core.vault_schema import OlderFormat
from tests.conftest import PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.test_format_upgrade import HEAD, OLDER, UPGRADE_LINE, _revision
from tests.integration.test_migrations import make_vault_at


@pytest.fixture
def older_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A backup, in its own format, of a vault holding one case whose schema stopped at 0008."""
    make_vault_at(tmp_path / "old", OLDER, monkeypatch)
    vault = unlock(tmp_path / "old", PASSPHRASE, upgrade_older_format=False)
    try:
        return back_up(vault, tmp_path / "stick")
    finally:
        vault.lock()


def _tables(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every table's schema and rows, read with plain SQL (this version's models would not)."""
    with engine.connect() as conn:
        names = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).all()
        return {
            name: [(sql,), *conn.exec_driver_sql(f'SELECT * FROM "{name}"').all()]
            for name, sql in names
        }


def _contents(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    vault = unlock(folder, PASSPHRASE, upgrade_older_format=False)
    try:
        return _tables(vault.engine)
    finally:
        vault.lock()


def test_a_restored_older_backup_keeps_its_format_and_only_gains_the_restore_entry(
    older_backup: Path, tmp_path: Path
) -> None:
    restored = restore(older_backup, tmp_path / "restored", PASSPHRASE)
    try:
        assert restored.older_format == OlderFormat(int(OLDER), HEAD)
        assert migrate.current_revision(restored.engine) == OLDER  # an older Sandiq opens it
    finally:
        restored.lock()
    backup, copy = _contents(older_backup), _contents(tmp_path / "restored")
    added = copy.pop("audit_log")[len(backup.pop("audit_log")) :]
    assert copy == backup
    assert [entry[3] for entry in added] == [RESTORED_FROM_BACKUP]


def test_a_restored_older_backup_upgraded_later_knows_it_was_restored(
    older_backup: Path, tmp_path: Path
) -> None:
    # Colleagues' bundles bring back what it made after the backup only if it knows.
    restored = restore(older_backup, tmp_path / "restored", PASSPHRASE)
    try:
        restored.upgrade_format()
        with restored.read() as session:
            assert was_restored(session)
    finally:
        restored.lock()


def test_sandiq_restore_keeps_an_older_format_and_the_next_command_upgrades_saying_so(
    sandiq: Sandiq, older_backup: Path
) -> None:
    target = sandiq.home / "restored"
    run = sandiq.ok("restore", str(older_backup), vault=target)
    assert "upgrading" not in run.stderr
    assert (
        f"It keeps the format of the older Sandiq that made the backup (format 8; this "
        f"version's is {HEAD}): the next sandiq command that needs this version's upgrades it."
    ) in run.stdout.splitlines()
    assert sandiq.ok("verify", vault=target).stdout.splitlines()[-1] == (
        "vault verified (encryption and structure only): OK"
    )
    stats = sandiq.ok("stats", vault=target)
    assert stats.error_lines[0] == UPGRADE_LINE
    assert _revision(target) == migrate.head_revision()
