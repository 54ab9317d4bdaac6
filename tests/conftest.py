"""Shared fixtures: vaults with cheap KDF parameters (the only test-only shortcut), and the
account's own folders moved out of the way of every test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.core.keys import KdfParams
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault

# Argon2id at its floor: fast tests; test_keys checks production defaults stay strong.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
CANARY = "CANARY-Ҷӯрабек-7f3a9c"


@dataclass(frozen=True)
class AccountFolders:
    """Where platformdirs puts Sandiq's files for the account running a test."""

    cache: Path  # the restore ledger (unfinished-restores) and import staging
    config: Path  # settings.ini and install.key, unless SANDIQ_CONFIG_DIR says otherwise
    data: Path  # the usual vault folder


@pytest.fixture(autouse=True)
def account_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AccountFolders]:
    """XDG_CACHE_HOME, XDG_CONFIG_HOME and XDG_DATA_HOME in a folder of this test's own, the
    same for the whole test and for the processes it starts: an in-process restore or salvage
    records its hidden folder in the cache, and nothing a test does may land in, or depend on,
    the runner's home. Not inside tmp_path, which tests list to find what they left."""
    root = tmp_path_factory.mktemp("account")
    folders = AccountFolders(cache=root / "cache", config=root / "config", data=root / "data")
    # A patcher of its own: a test's monkeypatch.undo() midway must not bring the home back.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folders.cache))
        patch.setenv("XDG_CONFIG_HOME", str(folders.config))
        patch.setenv("XDG_DATA_HOME", str(folders.data))
        # The sandiq command speaks the runner's language (cli_i18n): tests read English.
        patch.setenv("SANDIQ_LANGUAGE", "en")
        yield folders


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a test's vault lives."""
    return tmp_path / "vault"


@pytest.fixture
def tmp_vault(vault_dir: Path) -> Iterator[Vault]:
    """A new, unlocked, empty vault with fast KDF parameters."""
    created = create_vault(vault_dir, PASSPHRASE, display_name="Test", kdf=FAST_KDF)
    yield created.vault
    if not created.vault.is_locked:
        created.vault.lock()


@pytest.fixture
def recovery_vault(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    """A new vault and its recovery key."""
    created = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    yield created.vault, created.recovery_key
    if not created.vault.is_locked:
        created.vault.lock()
