"""The main window's menu bar: each command as one QAction (text and shortcut set once), which
commands need an unlocked vault or a selected case, and the commands that only open a dialog or
start a job — JSON import and export, a new passphrase, one dossier of the selected cases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.backup_action import back_up_vault
from desktop_app.ui.deleted_records import DeletedRecordsDialog
from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.interchange_actions import export_json, import_json
from desktop_app.ui.messages import APP_NAME
from desktop_app.ui.panic_key import PANIC_KEY
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from desktop_app.ui.recovery_key_wizard import NewRecoveryKeyWizard
from desktop_app.ui.report_actions import make_dossier_of_cases
from desktop_app.ui.shares_dialog import RecoverySharesDialog

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault
    from desktop_app.ui.main_window import MainWindow


class MainMenus(QObject):
    """The Vault and Case menus of the main window, and their actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        # The vault unlocked with the recovery key or shares, until a new passphrase is set:
        # its user, who does not know the old one, is not asked for it (a dialog cancelled at
        # first can be opened again from the menu).
        self._opened_without_passphrase: Vault | None = None
        self.new_action = self._action(
            self.tr("&New record…"), QKeySequence.StandardKey.New, window.new_record
        )
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.search_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, window.show_search
        )
        self.import_action = self._action(self.tr("&Import JSON…"), None, self.import_json)
        self.export_action = self._action(
            self.tr("&Export plaintext JSON…"), None, self.export_json
        )
        self.backup_action = self._action(self.tr("&Back up the vault…"), None, self.back_up)
        self.drafts_action = self._action(self.tr("Unsaved &drafts…"), None, window.offer_drafts)
        self.deleted_action = self._action(
            self.tr("Dele&ted records…"), None, self.show_deleted_records
        )
        self.duplicates_action = self._action(
            self.tr("Possible duplic&ate people…"), None, self.show_duplicates
        )
        # Also on the People page, where a user looking at two rows of one person is.
        self.duplicates_action.setIconText(self.tr("Find &duplicates…"))
        self.duplicates_action.setToolTip(
            self.tr("List people who may have been entered twice, to merge each pair into one")
        )
        window.people_page.add_button_for(self.duplicates_action)
        self.passphrase_action = self._action(
            self.tr("Change &passphrase…"), None, self.change_passphrase
        )
        self.recovery_key_action = self._action(
            self.tr("New &recovery key…"), None, self.new_recovery_key
        )
        self.shares_action = self._action(
            self.tr("Recovery s&hares for colleagues…"), None, self.recovery_shares
        )
        self.settings_action = self._action(self.tr("&Settings…"), None, window.open_settings)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", window.lock)
        # The menu shows the key; the key itself is taken by ``panic_key`` in every window.
        self.panic_action = self._action(
            self.tr("Pani&c: destroy the vault"), PANIC_KEY, window.panic
        )
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close
        )
        # Its text and tip say how many cases it acts on: update_case_actions sets them.
        self.dossier_action = self._action("", None, self.make_dossier_of_selected_cases)

        vault_menu = window.menuBar().addMenu(self.tr("&Vault"))
        for action in (
            self.new_action,
            self.search_action,
            None,
            self.import_action,
            self.export_action,
            self.backup_action,
            None,
            self.drafts_action,
            self.deleted_action,
            self.duplicates_action,
            self.passphrase_action,
            self.recovery_key_action,
            self.shares_action,
            self.settings_action,
            None,
            self.lock_action,
            self.panic_action,
            self.quit_action,
        ):
            if action is None:
                vault_menu.addSeparator()
            else:
                vault_menu.addAction(action)
        case_menu = window.menuBar().addMenu(self.tr("&Case"))
        case_menu.addAction(self.dossier_action)
        # Enabled only while a vault is unlocked; settings, panic and quit always are.
        self.vault_actions = (
            self.new_action,
            self.search_action,
            self.import_action,
            self.export_action,
            self.backup_action,
            self.drafts_action,
            self.deleted_action,
            self.duplicates_action,
            self.passphrase_action,
            self.recovery_key_action,
            self.shares_action,
            self.lock_action,
        )

        table = window.cases_page.table
        table.selectionModel().selectionChanged.connect(self.update_case_actions)
        window.case_model.modelReset.connect(self.update_case_actions)
        window.stack.currentChanged.connect(self.update_case_actions)
        self.update_case_actions()

    def _action(
        self, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self.main)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def set_vault_open(self, is_open: bool) -> None:
        """Enable the commands that need an unlocked vault, or disable them on lock."""
        for action in self.vault_actions:
            action.setEnabled(is_open)
        self.update_case_actions()

    def selected_case_ids(self) -> list[UUID]:
        """The cases selected in the case list while the Cases page is shown, in the list's
        order (the user sorts the list to order the dossier), not the order of the clicks."""
        page = self.main.cases_page
        if self.main.vault is None or self.main.stack.currentWidget() is not page:
            return []
        rows = sorted(index.row() for index in page.table.selectionModel().selectedRows())
        records = (page.model.row_at(row) for row in rows)
        return [record.id for record in records if record is not None]

    def update_case_actions(self) -> None:
        """The Case menu acts on the selected cases: enabled only while there is one, and
        saying how many when there are several."""
        count = len(self.selected_case_ids())
        self.dossier_action.setEnabled(count > 0)
        if count > 1:
            self.dossier_action.setText(self.tr("&Dossier of %n cases (PDF)…", "", count))
            self.dossier_action.setStatusTip(
                self.tr("Make one PDF dossier of the %n selected cases", "", count)
            )
        else:
            self.dossier_action.setText(self.tr("&Dossier (PDF)…"))
            self.dossier_action.setStatusTip(self.tr("Make a PDF dossier of the selected case"))

    # -- commands -----------------------------------------------------------------------

    def back_up(self) -> None:
        """Write an encrypted backup of the vault into a new folder the user places."""
        if self.main.vault is not None:
            back_up_vault(self.main, self.main.vault)

    def make_dossier_of_selected_cases(self) -> None:
        """Options, file name, then one PDF dossier of the selected cases on a worker."""
        case_ids = self.selected_case_ids()
        if case_ids and self.main.vault is not None:
            make_dossier_of_cases(self.main, self.main.vault, case_ids)

    def show_deleted_records(self) -> DeletedRecordsDialog | None:
        """List deleted records, to bring one back."""
        if self.main.vault is None:
            return None
        dialog = DeletedRecordsDialog(self.main.registry, self.main)
        dialog.open()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog | None:
        """List people likely entered twice, to merge each pair into one."""
        if self.main.vault is None:
            return None
        dialog = DuplicatesDialog(self.main.registry, self.main.refresh_lists, self.main)
        dialog.open()
        return dialog

    def change_passphrase(self, after_recovery: bool = False) -> None:
        """Set a new passphrase, asked for the current one unless this vault was opened with
        the recovery key or shares (after_recovery: just now, and why the dialog opened by
        itself) and no new passphrase has been set since."""
        vault = self.main.vault
        if vault is None:
            return
        if after_recovery:
            self._opened_without_passphrase = vault
        recovering = vault is self._opened_without_passphrase
        dialog = ChangePassphraseDialog(vault, self.main, self.main.kdf, recovering)
        dialog.accepted.connect(self._passphrase_set)
        dialog.open()

    def _passphrase_set(self) -> None:
        self._opened_without_passphrase = None  # the user knows the passphrase now

    def new_recovery_key(self, ask: bool = True) -> None:
        """After a confirm, show a new recovery key, checked as at creation; it replaces the old
        one only when the user has typed two of its groups back."""
        vault = self.main.vault
        if vault is None:
            return
        question = self.tr(
            "Make a new recovery key? Have paper ready: the new key is shown once, and it "
            "replaces the old one only when you have typed two of its groups back."
        )
        if ask and QMessageBox.question(self.main, APP_NAME, question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        wizard = NewRecoveryKeyWizard(vault.prepare_recovery_key(), self.main)
        wizard.interrupted.connect(
            lambda: self.main.ask_after_unlock(
                self.tr(
                    "The vault locked before your copy of the new recovery key was checked, so "
                    "the recovery key was not changed: the old key still opens the vault. Make "
                    "a new key now?"
                ),
                lambda: self.new_recovery_key(ask=False),
            )
        )
        wizard.open()

    def recovery_shares(self) -> None:
        """Make (or remove) recovery shares for trusted colleagues."""
        if self.main.vault is not None:
            dialog = RecoverySharesDialog(self.main.vault, self.main)
            dialog.interrupted.connect(
                lambda: self.main.ask_after_unlock(
                    self.tr(
                        "The vault locked before your copies of the new recovery shares were "
                        "checked, so the new set was not made: the shares made before still open "
                        "the vault. Make a new set now?"
                    ),
                    self.recovery_shares,
                )
            )
            dialog.open()

    def import_json(self) -> None:
        """Import a Sandiq JSON file on a worker."""
        if self.main.vault is not None:
            import_json(self.main, self.main.vault, self.main.refresh_lists)

    def export_json(self) -> None:
        """Export everything as plaintext JSON, after a warning."""
        if self.main.vault is not None:
            export_json(self.main, self.main.vault)
