"""A vault header damaged by accident is called damaged, not a wrong passphrase; the slots it
leaves intact still open the vault, and every header write carries the checksum."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core import keys
from desktop_app.core.errors import VaultHeaderDamaged, WrongPassphrase
from desktop_app.core.vault import HEADER_NAME, Vault, unlock, unlock_with_recovery_key
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a different, longer passphrase"
DAMAGED_PASSPHRASE_SLOT = (
    "the vault header is damaged: the passphrase cannot be checked; open the vault with the "
    "recovery key, or restore a backup"
)


def _document(path: Path) -> dict:
    return json.loads((path / HEADER_NAME).read_bytes())


def _damage(path: Path, change: Callable[[dict], None]) -> None:
    """Change the header file in place as a bad sector would: the checksum stays as it was."""
    document = _document(path)
    change(document)
    (path / HEADER_NAME).write_text(json.dumps(document, indent=1) + "\n")


def _flip_ciphertext_character(document: dict) -> None:
    slot = document["slots"][0]
    assert slot["kind"] == keys.SLOT_PASSPHRASE
    text = slot["ciphertext"]
    slot["ciphertext"] = text[:10] + ("B" if text[10] == "A" else "A") + text[11:]


def _has_true_checksum(path: Path) -> bool:
    document = _document(path)
    return document.get(keys.CHECKSUM_FIELD) == keys.header_checksum(document)


def test_a_new_vault_header_carries_its_checksum(tmp_vault: Vault) -> None:
    assert _has_true_checksum(tmp_vault.path)


def test_a_flipped_ciphertext_character_is_damage_not_a_wrong_passphrase(
    recovery_vault: tuple[Vault, str],
) -> None:
    vault, recovery_key = recovery_vault
    vault.lock()
    _damage(vault.path, _flip_ciphertext_character)
    with pytest.raises(VaultHeaderDamaged) as raised:
        unlock(vault.path, PASSPHRASE)
    assert not isinstance(raised.value, WrongPassphrase)
    assert str(raised.value) == DAMAGED_PASSPHRASE_SLOT
    # The recovery slot is intact: the recovery key opens the vault, and a new passphrase
    # rewrites the header with a checksum that matches again.
    recovered = unlock_with_recovery_key(vault.path, recovery_key)
    assert recovered.header.is_damaged
    recovered.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    recovered.lock()
    assert _has_true_checksum(vault.path)
    reopened = unlock(vault.path, NEW_PASSPHRASE)
    assert not reopened.header.is_damaged
    reopened.lock()


def test_kdf_iterations_changed_by_hand_are_damage_not_a_wrong_passphrase(
    tmp_vault: Vault,
) -> None:
    tmp_vault.lock()
    _damage(tmp_vault.path, lambda d: d["slots"][0]["kdf"].update(iterations=2))
    with pytest.raises(VaultHeaderDamaged, match=r"^the vault header is damaged: the passphrase"):
        unlock(tmp_vault.path, PASSPHRASE)


def test_a_header_without_a_checksum_still_opens_and_gets_one_at_its_next_change(
    tmp_vault: Vault,
) -> None:
    tmp_vault.lock()
    _damage(tmp_vault.path, lambda d: d.pop(keys.CHECKSUM_FIELD))  # as every older vault
    with pytest.raises(WrongPassphrase, match=r"^wrong passphrase$"):
        unlock(tmp_vault.path, "not the passphrase")
    vault = unlock(tmp_vault.path, PASSPHRASE)
    assert not vault.header.is_damaged
    vault.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    vault.lock()
    assert _has_true_checksum(tmp_vault.path)


def test_a_damaged_checksum_with_intact_slots_opens(tmp_vault: Vault) -> None:
    tmp_vault.lock()

    def damage(header: dict) -> None:
        # Another first digit: "0" left a checksum that began with "0" intact (1 run in 16).
        checksum = header[keys.CHECKSUM_FIELD]
        header[keys.CHECKSUM_FIELD] = ("1" if checksum[0] == "0" else "0") + checksum[1:]

    _damage(tmp_vault.path, damage)
    vault = unlock(tmp_vault.path, PASSPHRASE)
    assert vault.header.is_damaged
    vault.lock()


def _replace_recovery_key(vault: Vault) -> None:
    vault.replace_recovery_key(lambda _key: None)


def _split_recovery(vault: Vault) -> None:
    vault.split_recovery(2, 3)


def _remove_recovery_shares(vault: Vault) -> None:
    vault.split_recovery(2, 3)
    _damage(vault.path, lambda d: d.pop(keys.CHECKSUM_FIELD))
    vault.remove_recovery_shares()


def _change_passphrase(vault: Vault) -> None:
    vault.change_passphrase(NEW_PASSPHRASE, FAST_KDF)


@pytest.mark.parametrize(
    "change",
    [_change_passphrase, _replace_recovery_key, _split_recovery, _remove_recovery_shares],
    ids=["passphrase", "recovery-key", "shares", "shares-removed"],
)
def test_every_header_change_writes_the_checksum(
    tmp_path: Path, change: Callable[[Vault], None]
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    _damage(vault.path, lambda d: d.pop(keys.CHECKSUM_FIELD))  # a vault from before
    change(vault)
    vault.lock()
    assert _has_true_checksum(vault.path)
