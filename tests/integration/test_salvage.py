"""Salvage: what still reads of a damaged vault goes into a new vault, the damaged one is never
written, and verify says in plain words what is damaged and what to do."""

from __future__ import annotations

import io
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
from desktop_app.core.verify import verify_report, verify_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq, sample_document


def _fill(vault: Vault, cases: int = 20) -> list[str]:
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


def _damage_a_testimony_page(vault: Vault) -> None:
    """Lock the vault and flip a byte in a page of the testimony table that is not its root,
    as a bad sector would: found by trying pages from the end until a full read of the
    table fails."""
    with vault.engine.connect() as conn:
        root = conn.scalar(text("SELECT rootpage FROM sqlite_master WHERE name = 'testimony'"))
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
        if not _testimonies_read(database, key):
            return
        data[(page - 1) * 4096 + 100] ^= 0x01
    database.write_bytes(bytes(data))
    raise AssertionError("no page of the testimony table found")


def _testimonies_read(database: Path, key: bytes) -> bool:
    engine = open_engine(database, key, pool_size=1, read_only=True)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT length(narrative) FROM testimony NOT INDEXED").all()
        return True
    except DriverDatabaseError:
        return False
    finally:
        engine.dispose()


def test_salvage_of_a_damaged_testimony_page_copies_everything_else_and_names_the_lost(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    testimonies = _fill(tmp_vault)
    _damage_a_testimony_page(tmp_vault)
    damaged = {name: (tmp_vault.path / name).read_bytes() for name in (DATABASE_NAME, HEADER_NAME)}

    report = salvage(tmp_vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)

    assert {name: (tmp_vault.path / name).read_bytes() for name in damaged} == damaged
    parts = {part.table: part for part in report.parts}
    assert (parts["case"].copied, parts["case"].lost) == (20, 0)
    assert (parts["person"].copied, parts["person"].lost) == (60, 0)
    testimony = parts["testimony"]
    assert 0 < testimony.lost < 10 and testimony.copied + testimony.lost == 60
    assert not testimony.has_unknown_losses and not report.is_whole
    saved = unlock(tmp_path / "saved", PASSPHRASE)
    try:
        with saved.read() as session:
            copied = {str(i) for i in session.scalars(select(models.Testimony.id))}
            hits = search(session, "taken", limit=100)
        assert copied | set(testimony.lost_ids) == set(testimonies)
        assert not copied & set(testimony.lost_ids)
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
    _fill(tmp_vault, cases=10)
    _damage_a_testimony_page(tmp_vault)
    vault = unlock(tmp_vault.path, PASSPHRASE, rebuild_stale_index=False)
    try:
        report = verify_report(vault)
    finally:
        vault.lock()
    assert report.problems
    assert report.advice[0] == "In plain words: the damaged parts hold testimonies."
    assert "sandiq salvage --to NEWFOLDER" in report.advice[-1]
    assert "restore a backup made before the damage" in report.advice[-1]


def test_sandiq_salvage_prints_what_was_copied_and_lost(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    _fill(tmp_vault, cases=10)
    _damage_a_testimony_page(tmp_vault)
    run = sandiq.ok("salvage", "--to", str(tmp_path / "saved"))
    lines = run.stdout.splitlines()
    assert "case: 10 copied, 0 lost" in lines
    assert "person: 30 copied, 0 lost" in lines
    assert any(line.startswith("testimony: ") and line.endswith(" lost") for line in lines)
    assert any(line.startswith("  lost: ") for line in lines)
    assert "Next steps:" in lines
    assert sandiq.ok("verify", vault=tmp_path / "saved").stdout.endswith("vault verified: OK\n")
