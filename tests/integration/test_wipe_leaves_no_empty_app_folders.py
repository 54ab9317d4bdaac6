"""A wipe (the GUI's panic, `sandiq wipe`) leaves none of Sandiq's own folders empty behind it:
an empty ~/.local/share/sandiq or ~/.cache/sandiq/staging would say that Sandiq was used, and
its time when the vault went. Folders holding anything, and the settings, stay."""

from __future__ import annotations

from desktop_app.core.exchange.importer import default_staging_dir
from desktop_app.core.vault import default_vault_dir
from desktop_app.core.vault_creation import create_vault
from desktop_app.core.vault_wipe import wipe
from tests.conftest import FAST_KDF, PASSPHRASE


def test_wipe_of_the_usual_vault_removes_sandiqs_emptied_folders(account_folders):
    path = default_vault_dir()
    create_vault(path, PASSPHRASE, display_name="Test", kdf=FAST_KDF).vault.lock()
    staging = default_staging_dir()  # made by a bundle import
    settings = account_folders.config / "sandiq" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nconfirm_panic=true\n")
    wipe(path)
    assert not path.parent.exists()  # ~/.local/share/sandiq
    assert not staging.exists() and not staging.parent.exists()  # ~/.cache/sandiq
    assert account_folders.data.exists() and account_folders.cache.exists()
    assert settings.read_text() == "[General]\nconfirm_panic=true\n"


def test_wipe_keeps_sandiqs_folders_that_hold_anything(account_folders, tmp_path):
    path = tmp_path / "elsewhere" / "vault"
    create_vault(path, PASSPHRASE, display_name="Test", kdf=FAST_KDF).vault.lock()
    data = default_vault_dir().parent
    data.mkdir(parents=True)
    kept = data / "notes.txt"
    kept.write_text("the user's")
    staging = default_staging_dir()
    left = staging.parent / "unfinished-restores"
    left.write_text("")
    wipe(path)
    assert not path.exists()
    assert kept.read_text() == "the user's"
    assert not staging.exists()  # empty: removed
    assert left.exists()  # the cache folder holds something, so it stays
