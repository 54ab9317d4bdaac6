"""The main window: navigation (Cases, People, Testimonies, Search, Exchange), the lists, the
status bar, and the vault's life cycle — unlock, auto-lock and Ctrl+L, panic.

Locking follows KeePassXC: guard against re-entry, save open forms as drafts, close every
window and dialog showing case data, empty every model, clear the clipboard if it still holds
our copy, dispose of the database engine (no decrypted page stays cached), then ask for the
passphrase again.
"""

from __future__ import annotations

import time
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import drafts, vocab
from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.vault import Vault, wipe
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.drafts_dialog import DraftsDialog
from desktop_app.ui.exchange_page import ExchangePage
from desktop_app.ui.idle import IdleWatcher
from desktop_app.ui.interchange_actions import export_json, import_json
from desktop_app.ui.list_models import CaseListModel, PersonListModel, TestimonyListModel
from desktop_app.ui.list_page import ListPage
from desktop_app.ui.messages import confirm
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from desktop_app.ui.search_page import SearchPage
from desktop_app.ui.settings import Settings
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.unlock_dialog import UnlockDialog
from desktop_app.ui.windows import WindowRegistry

PAGE_CASES, PAGE_PEOPLE, PAGE_TESTIMONIES, PAGE_SEARCH, PAGE_EXCHANGE, PAGE_LOCKED = range(6)


class MainWindow(QMainWindow):
    """The application window; it outlives lock and unlock, the vault does not."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, settings: Settings, vault_path: Path, kdf: KdfParams = DEFAULT_KDF) -> None:
        super().__init__()
        self.settings = settings
        self.vault_path = vault_path
        self.kdf = kdf
        self.vault: Vault | None = None
        self._locking = False
        self.unlock_dialog: UnlockDialog | None = None
        self.setWindowTitle(self.tr("Sandiq"))
        self.clipboard = ClipboardGuard(self)
        self.registry = WindowRegistry(lambda: self.vault, self.clipboard, self)
        self.idle = IdleWatcher(settings.preferences().idle_minutes, self)
        self.idle.idle.connect(self.lock)

        self.case_model = CaseListModel(self)
        self.person_model = PersonListModel(self)
        self.testimony_model = TestimonyListModel(self)
        self.cases_page = ListPage(
            self.case_model,
            self.clipboard,
            self.tr("Cases"),
            vocab.CASE_STATUSES,
            self.tr("&New case"),
            self.new_case,
        )
        self.people_page = ListPage(
            self.person_model,
            self.clipboard,
            self.tr("People"),
            (),
            self.tr("New &person"),
            self.new_person,
        )
        self.testimonies_page = ListPage(
            self.testimony_model, self.clipboard, self.tr("Testimonies"), vocab.TESTIMONY_STATUSES
        )
        self.search_page = SearchPage(lambda: self.vault, self.clipboard, self.open_record)
        self.exchange_page = ExchangePage(lambda: self.vault)
        self.exchange_page.records_changed.connect(self._refresh_lists)
        self.locked_page = QWidget()
        locked_layout = QVBoxLayout(self.locked_page)
        self.locked_label = QLabel(self.tr("The vault is locked."))
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.clicked.connect(self.show_unlock)
        locked_layout.addStretch(1)
        locked_layout.addWidget(self.locked_label)
        locked_layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        locked_layout.addStretch(1)

        self.stack = QStackedWidget()
        for page in (
            self.cases_page,
            self.people_page,
            self.testimonies_page,
            self.search_page,
            self.exchange_page,
            self.locked_page,
        ):
            self.stack.addWidget(page)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        for text in (
            self.tr("Cases"),
            self.tr("People"),
            self.tr("Testimonies"),
            self.tr("Search"),
            self.tr("Exchange"),
        ):
            QListWidgetItem(text, self.nav)
        self._fit_nav()
        self.nav.currentRowChanged.connect(self._navigate)
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.addWidget(self.nav)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.vault_label = QLabel()
        self.lock_label = QLabel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addPermanentWidget(self.lock_label)
        self._build_actions()
        for page, kind in (
            (self.cases_page, "case"),
            (self.people_page, "person"),
            (self.testimonies_page, "testimony"),
        ):
            page.table.activated_row.connect(
                lambda row, p=page, k=kind: self.open_record(k, p.model.row_at(row).id)
            )
        self.registry.record_saved.connect(self._record_saved)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        self._show_locked()

    def _fit_nav(self) -> None:
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 4 * self.nav.frameWidth() + 24)

    def changeEvent(self, event: QEvent) -> None:
        """A larger text size widens the navigation list with it."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_nav()
        super().changeEvent(event)

    # -- actions ------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New…"), QKeySequence.StandardKey.New, self.new_record
        )
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.import_action = self._action(self.tr("&Import JSON…"), None, self.import_json)
        self.export_action = self._action(
            self.tr("&Export plaintext JSON…"), None, self.export_json
        )
        self.passphrase_action = self._action(
            self.tr("Change &passphrase…"), None, self.change_passphrase
        )
        self.drafts_action = self._action(self.tr("Unsaved &drafts…"), None, self.offer_drafts)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.panic_action = self._action(
            self.tr("&Panic: destroy the vault"), "Ctrl+Shift+F12", self.panic
        )
        self.settings_action = self._action(self.tr("&Settings…"), None, self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.search_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, lambda: self.go_to(PAGE_SEARCH)
        )
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        for action in (
            self.new_action,
            self.search_action,
            None,
            self.import_action,
            self.export_action,
            None,
            self.drafts_action,
            self.passphrase_action,
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
        self.vault_actions = (
            self.new_action,
            self.search_action,
            self.import_action,
            self.export_action,
            self.drafts_action,
            self.passphrase_action,
            self.lock_action,
        )

    # -- navigation and records ---------------------------------------------------------

    def _navigate(self, row: int) -> None:
        if self.vault is not None and 0 <= row <= PAGE_EXCHANGE:
            page = self.stack.widget(row)
            if isinstance(page, ListPage) and page.model.vault is not self.vault:
                page.model.set_vault(self.vault)
            self.stack.setCurrentIndex(row)
            page.setFocus()

    def go_to(self, page: int) -> None:
        """Show one of the sections."""
        self.nav.setCurrentRow(page)

    def new_record(self) -> None:
        """Ctrl+N: a new person on the People page, a new case anywhere else."""
        if self.stack.currentIndex() == PAGE_PEOPLE:
            self.new_person()
        else:
            self.new_case()

    def new_case(self) -> None:
        """Open an empty case form."""
        if self.vault is not None:
            self.registry.open_form("case")

    def new_person(self) -> None:
        """Open an empty person form."""
        if self.vault is not None:
            self.registry.open_form("person")

    def open_record(self, kind: str, record_id: UUID) -> None:
        """Open a record from a list or a search result."""
        if self.vault is not None:
            self.registry.open_record(kind, record_id)

    def _record_saved(self, kind: str, _record_id: object) -> None:
        if kind == "case":
            self.case_model.refresh()
        elif kind == "person":
            self.person_model.refresh()
        elif kind == "testimony":
            self.testimony_model.refresh()

    # -- unlock and lock ----------------------------------------------------------------

    def show_create(self, path: Path | None = None) -> CreateVaultWizard:
        """Run the create-vault wizard; the new vault opens when its key is confirmed."""
        wizard = CreateVaultWizard(path or self.vault_path, self.kdf, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        wizard.created_vault.connect(lambda vault: self.attach(vault))
        wizard.rejected.connect(self._after_wizard_cancel)
        wizard.open()
        self.wizard = wizard
        return wizard

    def _after_wizard_cancel(self) -> None:
        if self.vault is None and (self.vault_path / "vault.header").exists():
            self.show_unlock()

    def show_unlock(self) -> UnlockDialog:
        """Ask for the passphrase (the dialog opens the vault on a worker)."""
        if self.unlock_dialog is not None:
            self.unlock_dialog.raise_()
            return self.unlock_dialog
        dialog = UnlockDialog(self.vault_path, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.unlocked.connect(self.attach)
        dialog.recovered.connect(self._recovered)
        dialog.create_requested.connect(self._create_from_unlock)
        dialog.quit_requested.connect(self.close)
        dialog.destroyed.connect(lambda *_: setattr(self, "unlock_dialog", None))
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def _create_from_unlock(self, path: Path) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.close()
        self.show_create(path)

    def _recovered(self, vault: Vault) -> None:
        self.attach(vault)
        ChangePassphraseDialog(vault, self, self.kdf).open()

    def attach(self, vault: Vault) -> None:
        """Show an unlocked vault: fill the lists, start the idle countdown, offer drafts."""
        self.vault = vault
        self.vault_path = vault.path
        # Only the list on screen is read now; the others when their page is first shown.
        self.case_model.set_vault(vault)
        for action in self.vault_actions:
            action.setEnabled(True)
        self.nav.setEnabled(True)
        self.go_to(PAGE_CASES)
        self.stack.setCurrentIndex(PAGE_CASES)
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(vault.path)))
        self.lock_label.setText(self.tr("Unlocked"))
        self.idle.set_minutes(self.settings.preferences().idle_minutes)
        self.idle.start()
        self.unlocked.emit()
        self.offer_drafts(only_if_any=True)

    def offer_drafts(self, only_if_any: bool = False) -> DraftsDialog | None:
        """Show unsaved drafts left by a crash or a lock, if there are any."""
        if self.vault is None:
            return None
        with self.vault.read() as session:
            items = drafts.list_drafts(session)
        if not items and only_if_any:
            return None
        dialog = DraftsDialog(self.registry, items, self)
        dialog.open()
        return dialog

    def _show_locked(self) -> None:
        self.stack.setCurrentIndex(PAGE_LOCKED)
        self.nav.setEnabled(False)
        self.nav.clearSelection()
        for action in self.vault_actions:
            action.setEnabled(False)
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(self.vault_path)))
        self.lock_label.setText(self.tr("Locked"))

    def lock(self) -> None:
        """Save drafts, close case windows, empty the views, forget the key, ask again."""
        if self._locking or self.vault is None:
            return
        self._locking = True
        try:
            self.idle.stop()
            keep = (self, *([self.unlock_dialog] if self.unlock_dialog else []))
            self.registry.close_all_for_lock(keep)
            for model in (self.case_model, self.person_model, self.testimony_model):
                model.set_vault(None)
            for page in (self.cases_page, self.people_page, self.testimonies_page):
                page.clear()
            self.search_page.clear()
            self.exchange_page.clear()
            self.clipboard.clear_if_ours()
            vault, self.vault = self.vault, None
            vault.lock()
            self._show_locked()
            self.locked.emit()
        finally:
            self._locking = False
        self.show_unlock()

    def panic(self) -> None:
        """Destroy the vault's key material and quit, in well under a second."""
        if self.settings.preferences().confirm_panic and not confirm(
            self,
            self.tr("Destroy the vault now? Every record in it will be lost for good."),
            danger=True,
        ):
            return
        started = time.monotonic()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        self.clipboard.clear_if_ours()
        try:
            wipe(self.vault_path)
        finally:
            self.panic_seconds = time.monotonic() - started
            QCoreApplication.exit(0)

    # -- other dialogs ------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Show the Settings dialog; idle time applies at once, language at restart."""
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(
            lambda: self.idle.set_minutes(self.settings.preferences().idle_minutes)
        )
        dialog.open()
        return dialog

    def change_passphrase(self) -> None:
        """Set a new passphrase."""
        if self.vault is not None:
            ChangePassphraseDialog(self.vault, self, self.kdf).open()

    def import_json(self) -> None:
        """Import a Sandiq JSON file on a worker."""
        if self.vault is not None:
            import_json(self, self.vault, self._refresh_lists)

    def export_json(self) -> None:
        """Export everything as plaintext JSON, after a warning."""
        if self.vault is not None:
            export_json(self, self.vault)

    def _refresh_lists(self) -> None:
        for model in (self.case_model, self.person_model, self.testimony_model):
            model.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting locks first (drafts saved, engine disposed) and remembers the geometry."""
        self.settings.set_geometry("main", self.saveGeometry())
        if self.vault is not None:
            self.registry.close_all_for_lock((self,))
            self.clipboard.clear_if_ours()
            self.vault.lock()
            self.vault = None
        event.accept()
        QCoreApplication.quit()
