"""Shared fixtures: vaults with cheap KDF parameters (the only test-only shortcut)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.keys import KdfParams
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault

# Argon2id at its floor: fast tests; test_keys checks production defaults stay strong.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
CANARY = "CANARY-Ҷӯрабек-7f3a9c"


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
