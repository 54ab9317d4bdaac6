"""Salvage: what still reads of a damaged vault goes into a new vault, the damaged one is never
written, and verify says in plain words what is damaged and what to do."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db import models
from db.engine import DriverDatabaseError, open_engine
from desktop_app.core import interchange, keys
from desktop_app.core.attachments import add_attachment
from desktop_app.core.errors import VaultExists
from desktop_app.core.salvage import salvage
from desktop_app.core.search.service import search
from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME, Vault, unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.core.verify import verify_report, verify_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq, report_of, sample_document


def fill_cases(vault: Vault, cases: int = 20) -> list[str]:
    """Cases with three people and three testimonies each; returns the testimony ids."""
    testimonies = []
    with vault.transaction() as session:
        writer = vault.writer(session)
        for number in range(cases):
            case = writer.create("case", {"reference": f"R-{number}", "title": f"Case {number}"})
            for witness_number in range(3):
                person = writer.create("person", {"name": f"Askarov {number}-{witness_number}"})
                narrative = f"taken at night {number} " * 60  # about three to a page
                testimony = writer.create(
                    "testimony",
                    {"case": str(case.id), "witness": str(person.id), "narrative": narrative},
                )
                testimonies.append(str(testimony.id))
    return testimonies


def damage_a_testimony_page(vault: Vault) -> None:
    """Lock the vault and flip a byte in a page of the testimony table that is not its root."""
    damage_a_page(vault, "testimony", "length(narrative)")


def damage_a_page(vault: Vault, table: str, value: str) -> None:
    """Lock the vault and flip a byte in a page of table that is not its root, as a bad sector
    would: found by trying pages from the end until a full read of value fails."""
    with vault.engine.connect() as conn:
        root = conn.scalar(text("SELECT rootpage FROM sqlite_master WHERE name = :t"), {"t": table})
        pages = conn.scalar(text("PRAGMA page_count"))
    vault.lock()
    header = keys.read_header(vault.path / HEADER_NAME)
    key = keys.unwrap_slot(header, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(PASSPHRASE))
    database = vault.path / DATABASE_NAME
    data = bytearray(database.read_bytes())
    for page in range(pages, 1, -1):
        if page == root:
            continue
        data[(page - 1) * 4096 + 100] ^= 0x01  # past the 100 bytes left unencrypted
        database.write_bytes(bytes(data))
        if not _reads(database, key, f'SELECT {value} FROM "{table}" NOT INDEXED'):
            return
        data[(page - 1) * 4096 + 100] ^= 0x01
    database.write_bytes(bytes(data))
    raise AssertionError(f"no page of the {table} table found")


def _reads(database: Path, key: bytes, query: str) -> bool:
    engine = open_engine(database, key, pool_size=1, read_only=True)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(query).all()
        return True
    except DriverDatabaseError:
        return False
    finally:
        engine.dispose()


def test_salvage_of_a_damaged_testimony_page_copies_everything_else_and_rebuilds_the_rest(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    testimonies = fill_cases(tmp_vault)
    damage_a_testimony_page(tmp_vault)
    damaged = {name: (tmp_vault.path / name).read_bytes() for name in (DATABASE_NAME, HEADER_NAME)}

    report = salvage(tmp_vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)

    assert {name: (tmp_vault.path / name).read_bytes() for name in damaged} == damaged
    parts = {part.table: part for part in report.parts}
    assert (parts["case"].copied, parts["case"].lost) == (20, 0)
    assert (parts["person"].copied, parts["person"].lost) == (60, 0)
    testimony = parts["testimony"]
    assert 0 < testimony.rebuilt < 10 and testimony.copied + testimony.rebuilt == 60
    assert testimony.lost_ids == () and not testimony.has_unknown_losses and report.is_whole
    saved = unlock(tmp_path / "saved", PASSPHRASE)
    try:
        with saved.read() as session:
            copied = {str(i) for i in session.scalars(select(models.Testimony.id))}
            hits = search(session, "taken", limit=100)
        assert copied == set(testimonies)
        assert {str(hit.record_id) for hit in hits} == copied
        assert verify_vault(saved) == []
        assert saved.fingerprint == _fingerprint(tmp_vault.path)  # colleagues' contacts work
    finally:
        saved.lock()


def _fingerprint(path: Path) -> str:
    """The identity fingerprint of the (damaged, locked) vault at path, read read-only."""
    header = keys.read_header(path / HEADER_NAME)
    key = keys.unwrap_slot(header, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(PASSPHRASE))
    engine = open_engine(path / DATABASE_NAME, key, pool_size=1, read_only=True)
    try:
        with engine.connect() as conn:
            return str(conn.scalar(text("SELECT fingerprint FROM identity")))
    finally:
        engine.dispose()


def test_salvage_of_a_whole_vault_loses_nothing(tmp_vault: Vault, tmp_path: Path) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        interchange.import_document(writer, sample_document())
        case = writer.create("case", {"reference": "UZ-9", "title": "Andijan"})
        add_attachment(writer, "case", case.id, io.BytesIO(bytes(range(256)) * 3000), "a.ogg")
    with tmp_vault.read() as session:
        before = interchange.dump_document(interchange.export_document(session))
    tmp_vault.lock()

    report = salvage(tmp_vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)

    assert report.is_whole and report.is_identity_kept
    saved = unlock(tmp_path / "saved", PASSPHRASE)
    try:
        with saved.read() as session:
            assert interchange.dump_document(interchange.export_document(session)) == before
        assert verify_vault(saved) == []
    finally:
        saved.lock()


def test_salvage_refuses_a_folder_that_holds_anything(tmp_vault: Vault, tmp_path: Path) -> None:
    tmp_vault.lock()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists, match="is not empty"):
        salvage(tmp_vault.path, tmp_path / "full", PASSPHRASE, kdf=FAST_KDF)
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["notes.txt"]


def test_verify_names_the_damaged_part_and_the_next_steps(tmp_vault: Vault) -> None:
    fill_cases(tmp_vault, cases=10)
    damage_a_testimony_page(tmp_vault)
    vault = unlock(tmp_vault.path, PASSPHRASE, rebuild_stale_index=False)
    try:
        report = verify_report(vault)
    finally:
        vault.lock()
    assert report.problems
    assert report.advice[0] == "In plain words: the damaged parts hold testimonies."
    assert "sandiq salvage --to NEWFOLDER" in report.advice[-1]
    assert "restore a backup made before the damage" in report.advice[-1]


def test_sandiq_salvage_prints_what_was_copied_rebuilt_and_lost(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    fill_cases(tmp_vault, cases=10)
    damage_a_testimony_page(tmp_vault)
    run = sandiq.ok("salvage", "--to", str(tmp_path / "saved"))
    lines = run.stdout.splitlines()
    assert "case: 10 copied, 0 lost" in lines
    assert "person: 30 copied, 0 lost" in lines
    testimony = next(line for line in lines if line.startswith("testimony: "))
    assert testimony.endswith(" rebuilt from saved versions, 0 lost")
    assert "Next steps:" in lines
    assert sandiq.ok("verify", vault=tmp_path / "saved").stdout.endswith("vault verified: OK\n")
    # Each step names its vault: a bare "sandiq wipe --yes" destroyed the user's default vault.
    assert f"(sandiq wipe --vault {tmp_vault.path} --yes)" in run.stdout
    assert f"sandiq backup --vault {tmp_path / 'saved'} --out FOLDER" in run.stdout


def test_sandiq_verify_of_a_damaged_vault_ends_with_what_to_do_then_the_verdict(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    fill_cases(tmp_vault, cases=10)
    damage_a_testimony_page(tmp_vault)
    lines = sandiq("verify").stdout.splitlines()
    count = int(lines[-1].split()[0])
    assert lines[-1] == (f"{count} problems found" if count > 1 else "1 problem found")
    assert lines[-4:-1] == [
        "In plain words: the damaged parts hold testimonies.",
        "What is in them may be lost; the rest of the vault still reads.",
        "Next steps: restore a backup made before the damage (sandiq restore BACKUP --vault "
        "NEWFOLDER), or copy everything that still reads into a new vault: sandiq salvage "
        "--to NEWFOLDER. Neither changes this vault; keep it until the new one is checked.",
    ]
    report = json.loads(sandiq("verify", "--json").stdout)
    assert report["advice"] == lines[-4:-1] and report["salvage_notes"] == []


def test_sandiq_verify_of_a_salvaged_vault_names_what_was_lost_before(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    fill_cases(tmp_vault, cases=10)
    damage_a_page(tmp_vault, "audit_log", "entry_hash")
    sandiq.ok("salvage", "--to", str(tmp_path / "saved"))
    lines = report_of(sandiq.ok("verify", vault=tmp_path / "saved").stdout).splitlines()
    lost = "lost before the vault was salvaged (recorded in its audit log): "
    assert lines[-1] == "vault verified: OK"
    assert lines[:-1] and all(line.startswith(lost) for line in lines[:-1])
    report = json.loads(sandiq.ok("verify", "--json", vault=tmp_path / "saved").stdout)
    assert report["ok"] and len(report["salvage_notes"]) == len(lines) - 1
    assert report["advice"] == []


def test_sandiq_salvage_opens_a_damaged_vault_with_colleagues_shares(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    fill_cases(tmp_vault, cases=10)
    first, _, third = tmp_vault.split_recovery(2, 3)
    damage_a_testimony_page(tmp_vault)
    # The passphrase is forgotten: two colleagues read their shares out, typed one a line.
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text(f"Share 3 of 3: {third.upper()}\n\n{first}\n")
    no_passphrase = {"SANDIQ_PASSPHRASE": None, "SANDIQ_NEW_PASSPHRASE": "new salvage phrase 4821"}
    saved = tmp_path / "saved"
    run = sandiq.ok("salvage", "--to", str(saved), "--shares-file", str(shares_file),
                    env=no_passphrase)  # fmt: skip
    assert "case: 10 copied, 0 lost" in run.stdout.splitlines()
    opened = {"SANDIQ_PASSPHRASE": "new salvage phrase 4821"}
    assert sandiq.ok("verify", vault=saved, env=opened).stdout.endswith("vault verified: OK\n")
    # Shares of another vault open nothing, and nothing is left behind.
    elsewhere = create_vault(tmp_path / "elsewhere", PASSPHRASE, kdf=FAST_KDF).vault
    shares_file.write_text("\n".join(elsewhere.split_recovery(2, 2)))
    elsewhere.lock()
    run = sandiq.fails("salvage", "--to", str(tmp_path / "other"), "--shares-file",
                       str(shares_file), env=no_passphrase)  # fmt: skip
    assert run.stderr.startswith("sandiq: error: these shares do not open this vault")
    assert not (tmp_path / "other").exists()


def test_sandiq_salvage_takes_one_way_in_only(sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path):
    run = sandiq.fails("salvage", "--to", str(tmp_path / "saved"), "--recovery-key-file", "k",
                       "--shares-file", "s")  # fmt: skip
    assert "not allowed with argument" in run.stderr
