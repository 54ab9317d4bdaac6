"""Which folder holds a vault (``desktop_app/ui/vault_folders.py``), on real vaults."""

from desktop_app.core.vault import HEADER_NAME, Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.vault_folders import is_vault_folder, vault_in
from tests.conftest import FAST_KDF, PASSPHRASE


def test_a_vault_whose_header_is_lost_is_still_a_vault_folder(tmp_vault: Vault) -> None:
    tmp_vault.lock()
    (tmp_vault.path / HEADER_NAME).unlink()
    assert is_vault_folder(tmp_vault.path)
    assert not is_vault_folder(tmp_vault.path.parent)


def test_picking_the_stick_a_backup_is_on_opens_the_backup(tmp_vault: Vault) -> None:
    stick = tmp_vault.path.parent
    (stick / "photos").mkdir()
    assert vault_in(stick) == tmp_vault.path
    assert vault_in(tmp_vault.path) == tmp_vault.path


def test_two_vaults_on_a_stick_leave_the_choice_to_the_user(tmp_vault: Vault) -> None:
    stick = tmp_vault.path.parent
    create_vault(stick / "other", PASSPHRASE, kdf=FAST_KDF).vault.lock()
    assert vault_in(stick) == stick
    assert vault_in(stick / "missing") == stick / "missing"
