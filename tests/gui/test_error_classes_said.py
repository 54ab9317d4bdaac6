"""Core raises a class of its own for each situation that the window and the sandiq command must
not call a wrong passphrase or a folder holding a vault: a wrong recovery key, shares that do
not open the vault, a slot the vault lacks, a passphrase too short; a restore or salvage into
a folder that is not empty, or into the backup or damaged vault itself. Each is a subclass of
the class it was raised as before, with core's sentence unchanged, and both the window and the
command tell it by its class, in Russian too. Here because the command's language is set
in-process in the running application (test_error_classes_cli runs the command itself)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.cli_i18n import cli_language, error_text
from desktop_app.core import errors, keys
from desktop_app.core.backup import back_up, restore
from desktop_app.core.keys import new_recovery_key
from desktop_app.core.salvage import salvage
from desktop_app.core.vault import Vault, unlock_with_recovery_key, unlock_with_shares
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui import error_texts
from tests.conftest import FAST_KDF, PASSPHRASE

# What the window says for the parent classes, in Russian: never for these situations.
WRONG_PASSPHRASE_RU = "Неверная парольная фраза."
HOLDS_A_VAULT_RU = "В этой папке уже есть хранилище (или его остатки)."


def _wrong_recovery_key(vault: Vault, tmp_path: Path) -> None:
    vault.lock()
    unlock_with_recovery_key(vault.path, new_recovery_key())  # well formed, another vault's


def _replaced_shares(vault: Vault, tmp_path: Path) -> None:
    old_shares = vault.split_recovery(2, 3)
    vault.split_recovery(2, 3)
    vault.lock()
    unlock_with_shares(vault.path, old_shares[:2])


def _no_recovery_slot(vault: Vault, tmp_path: Path) -> None:
    header = vault.header.without_slot(keys.SLOT_RECOVERY)
    keys.unwrap_slot(header, keys.SLOT_RECOVERY, keys.normalize_recovery_key(new_recovery_key()))


def _short_passphrase(vault: Vault, tmp_path: Path) -> None:
    create_vault(tmp_path / "new", "short", kdf=FAST_KDF)


def _restore_into_a_used_folder(vault: Vault, tmp_path: Path) -> None:
    backup = back_up(vault, tmp_path / "backup")
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("not a vault")
    restore(backup, used, PASSPHRASE)


def _restore_into_the_backup(vault: Vault, tmp_path: Path) -> None:
    backup = back_up(vault, tmp_path / "backup")
    restore(backup, backup, PASSPHRASE)


def _restore_inside_the_backup(vault: Vault, tmp_path: Path) -> None:
    backup = back_up(vault, tmp_path / "backup")
    restore(backup, backup / "inside", PASSPHRASE)


def _salvage_into_a_used_folder(vault: Vault, tmp_path: Path) -> None:
    vault.lock()
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("not a vault")
    salvage(vault.path, used, PASSPHRASE, kdf=FAST_KDF)


def _salvage_inside_the_vault(vault: Vault, tmp_path: Path) -> None:
    vault.lock()
    salvage(vault.path, vault.path / "saved", PASSPHRASE, kdf=FAST_KDF)


SITUATIONS: list[tuple[Callable[[Vault, Path], None], type[errors.SandiqError], str]] = [
    (_wrong_recovery_key, errors.WrongRecoveryKey, "wrong recovery key"),
    (
        _replaced_shares,
        errors.WrongShares,
        "these shares do not open this vault (they were made for another vault, or replaced "
        "by newer ones)",
    ),
    (_no_recovery_slot, errors.SlotMissing, "this vault has no recovery key"),
    (
        _short_passphrase,
        errors.PassphraseTooShort,
        "the passphrase must have at least 8 characters",
    ),
    (
        _restore_into_a_used_folder,
        errors.FolderNotEmpty,
        "{tmp}/used is not empty; restore into a new or empty folder",
    ),
    (
        _restore_into_the_backup,
        errors.FolderInSource,
        "{tmp}/backup is the backup itself; restore into another folder",
    ),
    (
        _restore_inside_the_backup,
        errors.FolderInSource,
        "{tmp}/backup/inside is inside the backup; restore into another folder",
    ),
    (
        _salvage_into_a_used_folder,
        errors.FolderNotEmpty,
        "{tmp}/used is not empty; salvage into a new or empty folder",
    ),
    (
        _salvage_inside_the_vault,
        errors.FolderInSource,
        "{tmp}/vault/saved is inside the damaged vault's folder; choose another place",
    ),
]


@pytest.mark.parametrize(("situation", "kind", "sentence"), SITUATIONS)
def test_each_situation_has_its_class_and_keeps_cores_sentence_in_russian(
    qapp: QCoreApplication,
    tmp_vault: Vault,
    tmp_path: Path,
    situation: Callable[[Vault, Path], None],
    kind: type[errors.SandiqError],
    sentence: str,
) -> None:
    with pytest.raises(kind) as raised:
        situation(tmp_vault, tmp_path)
    error = raised.value
    assert type(error) is kind
    # Callers that catch the class it was raised as before still catch it.
    assert isinstance(error, errors.WrongPassphrase | errors.VaultExists)
    assert str(error) == sentence.format(tmp=tmp_path)  # core's words, word for word
    with cli_language({"SANDIQ_LANGUAGE": "ru"}):
        said = error_text(error)
        window = error_texts.error_text(error)
    # The command keeps core's sentence: the window has none that says it.
    assert said == str(error)
    assert window not in (WRONG_PASSPHRASE_RU, HOLDS_A_VAULT_RU)
    assert str(error) in window  # "The operation failed: " and core's sentence


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (errors.WrongPassphrase("wrong passphrase"), WRONG_PASSPHRASE_RU),
        (errors.VaultExists("a vault already exists at /x"), HOLDS_A_VAULT_RU),
        (
            errors.NotARecoveryKey("not a recovery key"),
            "Это не ключ восстановления: проверьте группы букв и цифр.",
        ),
    ],
)
def test_the_parent_classes_and_typos_keep_the_windows_sentence(
    qapp: QCoreApplication, error: errors.SandiqError, said: str
) -> None:
    with cli_language({"SANDIQ_LANGUAGE": "ru"}):
        assert error_text(error) == said
        assert error_texts.error_text(error) == said
