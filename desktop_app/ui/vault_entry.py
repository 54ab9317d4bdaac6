"""The ways into a vault while the main window is locked: unlock it, create one, or restore one
from a backup. Each is a dialog over the main window that hands the opened vault to
``MainWindow.attach``; they lead into one another (the wizard offers a restore or a vault kept
elsewhere, the unlock dialog offers a new vault or a restore), and a cancel comes back to the
unlock dialog while a vault exists to unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from desktop_app.core.vault import Vault
from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.format_upgrade import upgrade_then
from desktop_app.ui.messages import inform
from desktop_app.ui.restore_dialog import RestoreDialog, advice_after_restore, is_empty_or_new
from desktop_app.ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class VaultEntry(QObject):
    """The unlock dialog, the create-vault wizard and the restore dialog of a main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.unlock_dialog: UnlockDialog | None = None  # while it is open
        self.wizard: CreateVaultWizard | None = None  # the last one shown

    def show_create(self, path: Path | None = None) -> CreateVaultWizard:
        """Run the create-vault wizard; the new vault opens when its key is confirmed."""
        main = self.main
        wizard = CreateVaultWizard(path or main.vault_path, main.kdf, main, main.settings)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        wizard.created_vault.connect(lambda vault: main.attach(vault))
        wizard.rejected.connect(self._after_wizard_cancel)
        wizard.restore_requested.connect(lambda: self.show_restore(over=wizard))
        wizard.open_requested.connect(lambda folder: self._open_instead(wizard, folder))
        wizard.open()
        self.wizard = wizard
        return wizard

    def _open_instead(self, wizard: CreateVaultWizard, folder: Path) -> None:
        """A vault kept elsewhere (a memory stick, say) instead of a new one: unlock it."""
        wizard.give_way()
        self.main.vault_path = folder
        self.main.show_locked()
        self.show_unlock()

    def _after_wizard_cancel(self) -> None:
        if self.main.vault is None and (self.main.vault_path / "vault.header").exists():
            self.show_unlock()

    def show_unlock(self) -> UnlockDialog:
        """Ask for the passphrase (the dialog opens the vault on a worker)."""
        if self.unlock_dialog is not None:
            self.unlock_dialog.raise_()
            return self.unlock_dialog
        main = self.main
        dialog = UnlockDialog(main.vault_path, main.settings, main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # A vault made by an older version opens only once the user agrees to upgrade it.
        dialog.unlocked.connect(lambda vault: self._upgraded_then(vault, main.attach))
        dialog.recovered.connect(lambda vault: self._upgraded_then(vault, self._recovered))
        dialog.create_requested.connect(self._create_from_unlock)
        dialog.restore_requested.connect(self.show_restore)
        # No note may say where a destroyed vault was (docs/security.md, "What is on disk").
        dialog.wiped.connect(lambda: main.settings.forget_vault_folder(dialog.path))
        dialog.wiped.connect(main.show_locked)
        dialog.quit_requested.connect(main.close)
        dialog.destroyed.connect(lambda *_: self._forget_unlock_dialog(dialog))
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def _forget_unlock_dialog(self, dialog: UnlockDialog) -> None:
        # Deleted later than it closed: a new one may be open by then (see _upgrade_declined).
        if self.unlock_dialog is dialog:
            self.unlock_dialog = None

    def _upgraded_then(self, vault: Vault, then: Callable[[Vault], object]) -> None:
        upgrade_then(self.main, vault, then, declined=self._upgrade_declined)

    def _upgrade_declined(self) -> None:
        self.unlock_dialog = None  # the one that opened the vault has closed
        self.show_unlock()

    def _create_from_unlock(self, path: Path) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.close()
        self.show_create(path)

    def show_restore(self, over: CreateVaultWizard | None = None) -> RestoreDialog | None:
        """Restore a vault from a backup into a new folder and open it (while locked only).
        Asked from the creation wizard (over), it opens over the wizard: Cancel goes back to
        the wizard, and a restored vault takes the wizard's place."""
        main = self.main
        if main.vault is not None:
            return None
        if self.unlock_dialog is not None:
            self.unlock_dialog.close()
        suggested = main.vault_path if is_empty_or_new(main.vault_path) else None
        dialog = RestoreDialog(suggested, over or main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if over is None:
            dialog.rejected.connect(self._after_wizard_cancel)
        else:
            dialog.restored.connect(lambda *_: over.give_way())
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, vault: Vault, is_recovered: bool) -> None:
        def advise() -> None:
            inform(self.main, advice_after_restore())
            if is_recovered:  # opened with the recovery key or shares: as after such an unlock
                self.main.menus.change_passphrase(after_recovery=True)

        # A backup made by an older version is restored in its format: asked as at an unlock.
        upgrade_then(
            self.main,
            vault,
            lambda upgraded: self.main.attach(upgraded, then=advise),
            declined=lambda: self._restored_not_upgraded(vault.path),
        )

    def _restored_not_upgraded(self, folder: Path) -> None:
        # The restored vault is the one the user has now: offered for unlocking, as after a
        # declined upgrade at an unlock, and kept in its older format meanwhile.
        main = self.main
        main.vault_path = folder
        main.settings.remember_vault_folder(folder)
        main.show_locked()
        self.show_unlock()

    def _recovered(self, vault: Vault) -> None:
        self.main.attach(vault, then=lambda: self.main.menus.change_passphrase(after_recovery=True))
