"""Creating, unlocking, re-keying, locking and destroying a vault, through the core API."""

from __future__ import annotations

import json
import shutil
import stat
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import db.engine
from db.engine import DriverOperationalError
from db.models import Case
from desktop_app.core import keys, vault_creation, vault_opening
from desktop_app.core.errors import (
    InvalidInput,
    NotRecoveryShares,
    SandiqError,
    VaultCorrupted,
    VaultExists,
    VaultNotFound,
    VaultUnavailable,
    WrongPassphrase,
)
from desktop_app.core.fileio import write_atomically
from desktop_app.core.stats import vault_stats
from desktop_app.core.vault import (
    DATABASE_NAME,
    HEADER_NAME,
    Vault,
    unlock,
    unlock_with_recovery_key,
    unlock_with_shares,
)
from desktop_app.core.vault_creation import create_vault
from desktop_app.core.vault_wipe import wipe
from desktop_app.core.verify import verify_vault
from tests.conftest import CANARY, FAST_KDF, PASSPHRASE
from tests.integration.conftest import damage_the_case_table, snapshot

NEW_PASSPHRASE = "a different, longer passphrase"


def _add_case(vault: Vault, reference: str = "KG-2010-0007") -> None:
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": reference, "title": "Detention in Osh"})


def _references(vault: Vault) -> list[str]:
    with vault.read() as session:
        return list(session.scalars(select(Case.reference).order_by(Case.reference)))


def test_new_vault_holds_only_header_and_database(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    assert sorted(p.name for p in tmp_vault.path.iterdir()) == [DATABASE_NAME, HEADER_NAME]
    assert (tmp_vault.path / HEADER_NAME).stat().st_mode & 0o077 == 0
    assert tmp_vault.path.stat().st_mode & 0o077 == 0


def test_records_survive_lock_and_unlock(tmp_vault: Vault) -> None:
    _add_case(tmp_vault)
    fingerprint = tmp_vault.fingerprint
    tmp_vault.lock()
    vault = unlock(tmp_vault.path, PASSPHRASE)
    assert _references(vault) == ["KG-2010-0007"]
    assert vault.fingerprint == fingerprint
    vault.lock()


def test_wrong_passphrase_leaves_vault_unchanged(tmp_vault: Vault) -> None:
    _add_case(tmp_vault)
    tmp_vault.lock()
    before = snapshot(tmp_vault.path)
    for wrong in ("wrong passphrase!", PASSPHRASE + " ", PASSPHRASE.upper(), ""):
        with pytest.raises(WrongPassphrase) as caught:
            unlock(tmp_vault.path, wrong)
        assert str(caught.value) == "wrong passphrase"
    assert snapshot(tmp_vault.path) == before


def test_passphrase_matches_whatever_unicode_form_it_was_typed_in(vault_dir: Path) -> None:
    composed = unicodedata.normalize("NFC", "Ёлка и ўзбек тили 2024")
    created = create_vault(vault_dir, composed, kdf=FAST_KDF)
    created.vault.lock()
    unlock(vault_dir, unicodedata.normalize("NFD", composed)).lock()


def test_short_passphrase_is_refused_and_nothing_is_created(vault_dir: Path) -> None:
    with pytest.raises(SandiqError, match="at least 8 characters"):
        create_vault(vault_dir, "short", kdf=FAST_KDF)
    assert not vault_dir.exists()


def test_create_refuses_an_existing_vault(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    before = snapshot(tmp_vault.path)
    with pytest.raises(VaultExists):
        create_vault(tmp_vault.path, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert snapshot(tmp_vault.path) == before


def test_create_refuses_a_database_without_header(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    (tmp_vault.path / HEADER_NAME).unlink()
    with pytest.raises(VaultExists, match="database without a header"):
        create_vault(tmp_vault.path, NEW_PASSPHRASE, kdf=FAST_KDF)


def test_unlock_of_empty_folder_says_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="no vault at"):
        unlock(tmp_path, PASSPHRASE)


def test_change_passphrase_rewraps_without_touching_the_database(tmp_vault: Vault) -> None:
    _add_case(tmp_vault)
    tmp_vault.lock()
    database = (tmp_vault.path / DATABASE_NAME).read_bytes()
    vault = unlock(tmp_vault.path, PASSPHRASE)
    started = time.perf_counter()
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    assert time.perf_counter() - started < 3.0  # the header only; a busy disk's fsync may stall
    vault.lock()
    assert (tmp_vault.path / DATABASE_NAME).read_bytes() == database
    assert sorted(p.name for p in tmp_vault.path.iterdir()) == [DATABASE_NAME, HEADER_NAME]
    with pytest.raises(WrongPassphrase):
        unlock(tmp_vault.path, PASSPHRASE)
    vault = unlock(tmp_vault.path, NEW_PASSPHRASE)
    assert _references(vault) == ["KG-2010-0007"]
    vault.lock()


def test_change_passphrase_uses_strong_kdf_by_default(tmp_vault: Vault) -> None:
    tmp_vault.change_passphrase(NEW_PASSPHRASE)
    header = json.loads((tmp_vault.path / HEADER_NAME).read_bytes())
    slot = next(s for s in header["slots"] if s["kind"] == "passphrase")
    assert slot["kdf"]["memory_kib"] == keys.DEFAULT_KDF.memory_kib
    assert slot["kdf"]["iterations"] == keys.DEFAULT_KDF.iterations


def test_change_passphrase_refuses_a_weak_one(tmp_vault: Vault) -> None:
    before = (tmp_vault.path / HEADER_NAME).read_bytes()
    with pytest.raises(SandiqError, match="at least 8"):
        tmp_vault.change_passphrase("1234567", kdf=FAST_KDF)
    assert (tmp_vault.path / HEADER_NAME).read_bytes() == before


def test_recovery_key_opens_the_vault_and_sets_a_new_passphrase(
    recovery_vault: tuple[Vault, str],
) -> None:
    vault, recovery_key = recovery_vault
    _add_case(vault)
    vault.lock()
    # As typed from paper: lower case, spaces instead of dashes, O for 0 and l for 1.
    typed = recovery_key.lower().replace("-", " ").replace("0", "O").replace("1", "l")
    vault = unlock_with_recovery_key(vault.path, typed)
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    vault.lock()
    vault = unlock(vault.path, NEW_PASSPHRASE)
    assert _references(vault) == ["KG-2010-0007"]
    vault.lock()
    # The recovery key keeps working after the passphrase changed.
    unlock_with_recovery_key(vault.path, recovery_key).lock()


def test_wrong_recovery_key_is_refused(recovery_vault: tuple[Vault, str]) -> None:
    vault, recovery_key = recovery_vault
    vault.lock()
    before = snapshot(vault.path)
    wrong = keys.new_recovery_key()
    with pytest.raises(WrongPassphrase, match="wrong recovery key"):
        unlock_with_recovery_key(vault.path, wrong)
    with pytest.raises(WrongPassphrase, match="not a recovery key"):
        unlock_with_recovery_key(vault.path, recovery_key[:-5])
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(vault.path, PASSPHRASE)
    assert snapshot(vault.path) == before


def test_replaced_recovery_key_retires_the_old_one(recovery_vault: tuple[Vault, str]) -> None:
    vault, old_key = recovery_vault
    shown: list[str] = []
    vault.replace_recovery_key(shown.append)
    new_key = shown[0]
    vault.lock()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(vault.path, old_key)
    unlock_with_recovery_key(vault.path, new_key).lock()


def test_recovery_shares_open_the_vault_until_replaced_or_removed(tmp_vault: Vault) -> None:
    _add_case(tmp_vault)
    header_version = lambda: json.loads((tmp_vault.path / HEADER_NAME).read_text())["version"]  # noqa: E731
    assert header_version() == 1
    old_shares = tmp_vault.split_recovery(3, 5)
    shares = tmp_vault.split_recovery(2, 3)
    assert tmp_vault.has_recovery_shares
    # A Sandiq from before shares refuses the header as newer, not as damaged.
    assert header_version() == 2
    tmp_vault.lock()
    header = (tmp_vault.path / HEADER_NAME).read_bytes()
    vault = unlock_with_shares(tmp_vault.path, [shares[2], shares[0]])
    assert _references(vault) == ["KG-2010-0007"]
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    assert vault.has_recovery_shares  # a new passphrase keeps the shares working
    vault.lock()
    with pytest.raises(WrongPassphrase, match="do not open this vault"):
        unlock_with_shares(tmp_vault.path, old_shares[:3])
    vault = unlock(tmp_vault.path, NEW_PASSPHRASE)
    vault.remove_recovery_shares()
    assert not vault.has_recovery_shares
    assert header_version() == 1
    vault.lock()
    assert (tmp_vault.path / HEADER_NAME).read_bytes() != header
    with pytest.raises(NotRecoveryShares, match="no recovery shares"):  # no key was tried
        unlock_with_shares(tmp_vault.path, shares)
    unlock(tmp_vault.path, NEW_PASSPHRASE).lock()


def test_shares_of_another_vault_or_mistyped_change_nothing(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    tmp_vault.split_recovery(2, 2)
    tmp_vault.lock()
    other = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF).vault
    foreign = other.split_recovery(2, 2)
    other.lock()
    before = snapshot(tmp_vault.path)
    with pytest.raises(WrongPassphrase, match="do not open this vault"):
        unlock_with_shares(tmp_vault.path, foreign)
    with pytest.raises(NotRecoveryShares, match="2 shares are needed"):
        unlock_with_shares(tmp_vault.path, foreign[:1])
    assert snapshot(tmp_vault.path) == before


def test_a_shares_slot_with_the_wrong_kdf_is_tampering(tmp_vault: Vault) -> None:
    tmp_vault.split_recovery(2, 2)
    tmp_vault.lock()
    path = tmp_vault.path / HEADER_NAME
    document = json.loads(path.read_text())
    document["slots"][-1]["kdf"] = document["slots"][0]["kdf"]  # Argon2id, as a passphrase's
    path.write_text(json.dumps(document))
    with pytest.raises(VaultCorrupted):
        unlock(tmp_vault.path, PASSPHRASE)


def test_locked_vault_refuses_to_read(tmp_vault: Vault) -> None:
    _add_case(tmp_vault)
    tmp_vault.lock()
    assert tmp_vault.is_locked
    with pytest.raises(SandiqError, match="locked"), tmp_vault.read():
        pass
    with pytest.raises(SandiqError, match="locked"), tmp_vault.transaction():
        pass
    with pytest.raises(SandiqError, match="locked"):
        tmp_vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)


def test_repr_of_vault_and_created_vault_hold_no_secret(vault_dir: Path) -> None:
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    text = repr(created) + repr(created.vault) + repr(created.vault.header)
    assert created.recovery_key not in text
    assert PASSPHRASE not in text
    for slot in created.vault.header.slots:
        assert slot.ciphertext.hex() not in text
    created.vault.lock()


def test_wipe_destroys_the_vault_quickly(tmp_vault: Vault, tmp_path: Path) -> None:
    _add_case(tmp_vault)
    tmp_vault.lock()
    kept_database = tmp_path / "seized-copy.db"
    shutil.copy(tmp_vault.path / DATABASE_NAME, kept_database)
    started = time.perf_counter()
    wipe(tmp_vault.path)
    assert time.perf_counter() - started < 3.0  # 0.05 s idle; a busy disk's fsync may stall
    assert not tmp_vault.path.exists()  # an empty folder would tell when
    with pytest.raises(VaultNotFound):
        unlock(tmp_vault.path, PASSPHRASE)
    # A copy of the database taken before the wipe is noise without the header.
    tmp_vault.path.mkdir()
    shutil.copy(kept_database, tmp_vault.path / DATABASE_NAME)
    with pytest.raises(VaultCorrupted, match=r"header .* is missing"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_wipe_while_unlocked_leaves_nothing_that_opens(tmp_vault: Vault) -> None:
    _add_case(tmp_vault)
    wipe(tmp_vault.path)
    tmp_vault.lock()
    assert not tmp_vault.path.exists()


def test_wipe_also_destroys_a_header_copy_a_killed_write_left(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    left = tmp_vault.path / f".{HEADER_NAME}.x7q2.tmp"  # as a passwd killed before its rename
    left.write_bytes((tmp_vault.path / HEADER_NAME).read_bytes())
    (tmp_vault.path / "notes.txt").write_text("the user's")  # keeps the folder
    wipe(tmp_vault.path)
    assert [p.name for p in tmp_vault.path.iterdir()] == ["notes.txt"]


def test_a_file_is_never_written_through_a_name_planted_beside_it(tmp_path: Path) -> None:
    target, elsewhere = tmp_path / "export.json", tmp_path / "someone-elses.txt"
    elsewhere.write_text("theirs")
    (tmp_path / "export.json.tmp").symlink_to(elsewhere)  # the temp name of older versions
    write_atomically(target, CANARY.encode())
    assert elsewhere.read_text() == "theirs"
    assert target.read_text() == CANARY
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "export.json",
        "export.json.tmp",
        "someone-elses.txt",
    ]


def test_wipe_of_empty_folder_says_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        wipe(tmp_path)


def test_database_of_another_vault_is_refused(tmp_path: Path) -> None:
    first = create_vault(tmp_path / "a", PASSPHRASE, kdf=FAST_KDF).vault
    second = create_vault(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF).vault
    first.lock()
    second.lock()
    shutil.copy(second.path / DATABASE_NAME, first.path / DATABASE_NAME)
    with pytest.raises(VaultCorrupted, match="does not match its header"):
        unlock(first.path, PASSPHRASE)


def test_missing_database_is_a_clear_error(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    (tmp_vault.path / DATABASE_NAME).unlink()
    with pytest.raises(VaultCorrupted, match=r"database .* is missing"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_damaged_database_is_a_clear_error(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    path = tmp_vault.path / DATABASE_NAME
    data = bytearray(path.read_bytes())
    data[100:200] = bytes(100)  # inside the first page, which SQLCipher authenticates
    path.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted):
        unlock(tmp_vault.path, PASSPHRASE)


def _header(vault: Vault) -> dict:
    return json.loads((vault.path / HEADER_NAME).read_bytes())


def _write_header(vault: Vault, document: dict) -> None:
    # As a forger would: with the checksum made anew, so that only each slot's AEAD stands in
    # the way (accidental damage, checksum left as it was, is in test_header_checksum.py).
    document[keys.CHECKSUM_FIELD] = keys.header_checksum(document)
    (vault.path / HEADER_NAME).write_text(json.dumps(document))


def test_header_with_kdf_below_the_floor_is_refused(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    header = _header(tmp_vault)
    header["slots"][0]["kdf"]["memory_kib"] = 64
    _write_header(tmp_vault, header)
    with pytest.raises(VaultCorrupted, match="damaged or not a Sandiq vault"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_header_with_other_kdf_parameters_does_not_open(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    header = _header(tmp_vault)
    header["slots"][0]["kdf"]["memory_kib"] += 1024
    _write_header(tmp_vault, header)
    with pytest.raises(WrongPassphrase):
        unlock(tmp_vault.path, PASSPHRASE)


def test_header_with_swapped_slots_is_refused(recovery_vault: tuple[Vault, str]) -> None:
    vault, recovery_key = recovery_vault
    vault.lock()
    header = _header(vault)
    for slot in header["slots"]:
        slot["kind"] = "recovery" if slot["kind"] == "passphrase" else "passphrase"
    _write_header(vault, header)
    with pytest.raises(VaultCorrupted):
        unlock(vault.path, PASSPHRASE)
    with pytest.raises(VaultCorrupted):
        unlock_with_recovery_key(vault.path, recovery_key)


def test_header_with_ciphertexts_swapped_does_not_open(recovery_vault: tuple[Vault, str]) -> None:
    vault, recovery_key = recovery_vault
    vault.lock()
    header = _header(vault)
    first, second = header["slots"]
    for field in ("salt", "nonce", "ciphertext"):
        first[field], second[field] = second[field], first[field]
    _write_header(vault, header)
    with pytest.raises(WrongPassphrase):
        unlock(vault.path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(vault.path, recovery_key)


def test_header_slot_from_another_vault_does_not_open(tmp_path: Path) -> None:
    first = create_vault(tmp_path / "a", PASSPHRASE, kdf=FAST_KDF).vault
    second = create_vault(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF).vault
    first.lock()
    second.lock()
    header = _header(first)
    header["slots"] = _header(second)["slots"]
    _write_header(first, header)
    with pytest.raises(WrongPassphrase):
        unlock(first.path, PASSPHRASE)


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"\x00" * 300,
        b"{}",
        b"[1, 2]",
        b'{"format": "sandiq-vault-header"}',
        b"\xff\xfe not json",
        b"[" * 100_000,
    ],
    ids=["empty", "zeros", "empty-object", "list", "no-slots", "binary", "deep-nesting"],
)
def test_garbage_header_is_refused(tmp_vault: Vault, garbage: bytes) -> None:
    tmp_vault.lock()
    (tmp_vault.path / HEADER_NAME).write_bytes(garbage)
    with pytest.raises(VaultCorrupted, match="damaged or not a Sandiq vault"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_header_from_a_future_version_is_refused_by_name(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    header = _header(tmp_vault)
    header["version"] = 3
    _write_header(tmp_vault, header)
    with pytest.raises(VaultCorrupted, match="version 3 is not supported: the vault was made by"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_vault_made_by_a_newer_sandiq_is_refused(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    tmp_vault.lock()
    with pytest.raises(VaultCorrupted, match="newer version of Sandiq"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_interrupted_header_write_leaves_the_old_header(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    before = (tmp_vault.path / HEADER_NAME).read_bytes()
    (tmp_vault.path / f".{HEADER_NAME}.k2j4l1.tmp").write_bytes(b"half a hea")
    unlock(tmp_vault.path, PASSPHRASE).lock()
    assert (tmp_vault.path / HEADER_NAME).read_bytes() == before


def test_every_vault_file_and_every_file_written_is_owner_only(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": "KG-1", "title": "Osh"})
    files = [p for p in (tmp_path / "v").iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"vault.db", "vault.header", "vault.db-wal"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    vault.lock()
    out = tmp_path / "dossier.pdf"
    write_atomically(out, b"%PDF-1.7 case data")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_init_into_an_existing_empty_folder_makes_that_folder_owner_only(tmp_path: Path) -> None:
    parent = tmp_path / "cases"
    chosen = parent / "vault"
    chosen.mkdir(parents=True)
    parent.chmod(0o755)
    chosen.chmod(0o755)  # as a file manager makes it
    create_vault(chosen, PASSPHRASE, kdf=FAST_KDF).vault.lock()
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o700
    assert stat.S_IMODE(parent.stat().st_mode) == 0o755  # only the vault's own folder


def test_unlocking_an_older_vault_makes_its_database_owner_only(tmp_vault: Vault) -> None:
    database = tmp_vault.path / DATABASE_NAME
    tmp_vault.lock()
    database.chmod(0o644)
    unlock(tmp_vault.path, PASSPHRASE).lock()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


class _ReadsFailWith:
    """A driver connection whose first read fails as on a full disk or a read-only medium."""

    def __init__(self, connection: Any, reason: str) -> None:
        self._connection = connection
        self._reason = reason

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("SELECT"):
            raise DriverOperationalError(self._reason)
        return self._connection.execute(sql, *args)

    def close(self) -> None:
        self._connection.close()


@pytest.mark.parametrize("fails_at", ["connect", "first read"])
def test_vault_that_cannot_be_opened_for_an_io_reason_is_not_called_damaged(
    tmp_vault: Vault, monkeypatch: pytest.MonkeyPatch, fails_at: str
) -> None:
    tmp_vault.lock()
    before = snapshot(tmp_vault.path)
    real_connect = db.engine.sqlcipher3.connect

    def connect(*args: Any, **kw: Any) -> Any:
        if fails_at == "connect":
            raise DriverOperationalError("unable to open database file")
        return _ReadsFailWith(real_connect(*args, **kw), "disk I/O error")

    monkeypatch.setattr(db.engine.sqlcipher3, "connect", connect)
    with pytest.raises(
        VaultUnavailable,
        match=r"could not be opened: .* \(the disk may be full, write-protected or out of "
        r"reach\); it is not damaged$",
    ):
        unlock(tmp_vault.path, PASSPHRASE)
    monkeypatch.undo()
    assert snapshot(tmp_vault.path) == before
    unlock(tmp_vault.path, PASSPHRASE).lock()


def test_write_refused_while_unlocking_is_not_called_damaged(
    tmp_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_vault.lock()

    def read_only_medium(engine: Any, rebuild_stale_index: bool) -> None:
        raise DriverOperationalError("attempt to write a readonly database")

    monkeypatch.setattr(vault_opening, "bring_up_to_date", read_only_medium)
    with pytest.raises(VaultUnavailable, match=r"readonly database \(the disk may be full, "):
        unlock(tmp_vault.path, PASSPHRASE)


def test_empty_database_file_is_refused_and_nothing_is_written_into_it(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    database = tmp_vault.path / DATABASE_NAME
    database.write_bytes(b"")  # a failed copy, a power cut
    before = snapshot(tmp_vault.path)
    with pytest.raises(VaultCorrupted, match="the vault database is empty or damaged"):
        unlock(tmp_vault.path, PASSPHRASE)
    assert snapshot(tmp_vault.path) == before
    assert database.stat().st_size == 0


def test_unencrypted_database_file_is_refused(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    (tmp_vault.path / DATABASE_NAME).write_bytes(b"SQLite format 3\x00" + bytes(4080))
    with pytest.raises(VaultCorrupted, match="empty or damaged"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_verify_reports_a_damaged_page_instead_of_failing(tmp_vault: Vault) -> None:
    damage_the_case_table(tmp_vault)
    vault = unlock(tmp_vault.path, PASSPHRASE)
    try:
        problems = verify_vault(vault)
        with pytest.raises(VaultCorrupted, match="damaged"), vault.read() as session:
            vault_stats(session)
    finally:
        vault.lock()
    assert any(p.startswith("cipher: HMAC verification failed for page") for p in problems)
    assert "sqlite: the check could not finish: database disk image is malformed" in problems


def test_create_that_fails_before_the_header_removes_what_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(engine: Any) -> None:
        raise DriverOperationalError("database or disk is full")

    monkeypatch.setattr(vault_creation, "prepare_schema", disk_full)
    with pytest.raises(VaultUnavailable, match="could not be created: database or disk is full"):
        create_vault(tmp_path / "new" / "vault", PASSPHRASE, kdf=FAST_KDF)
    assert list(tmp_path.iterdir()) == []  # both folders it made are gone
    # A folder that was there before stays, with whatever else it held.
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "notes.txt").write_text("mine")
    with pytest.raises(VaultUnavailable):
        create_vault(kept, PASSPHRASE, kdf=FAST_KDF)
    assert snapshot(kept) == {"notes.txt": b"mine"}
    monkeypatch.undo()
    create_vault(kept, PASSPHRASE, kdf=FAST_KDF).vault.lock()  # the next try is not blocked


def test_passphrase_that_is_not_text_is_refused_and_nothing_is_created(vault_dir: Path) -> None:
    undecodable = "abc\udcff\udcfedefgh"  # how Python holds bytes that were not UTF-8
    with pytest.raises(InvalidInput, match="the passphrase is not valid text"):
        create_vault(vault_dir, undecodable, kdf=FAST_KDF)
    assert not vault_dir.exists()
