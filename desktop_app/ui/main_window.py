"""The main window: navigation (Cases, People, Testimonies, Search, Exchange), the lists, the
status bar, and the vault's life cycle — unlock, auto-lock and Ctrl+L, panic. The section list
that switches pages is in ``section_list``; the menus and the commands they run in
``main_menus``; the dialogs that open a vault (unlock, create, restore) in ``vault_entry``; the
work a lock interrupts, taken up at the next unlock, in ``interrupted_work``.

After unlock, a search index made with other folding rules is rebuilt before anything else is
offered (``index_rebuild``: a worker behind a window-modal progress dialog); if the user
cancels, the vault stays open with search turned off until the index is rebuilt.

Locking follows KeePassXC: guard against re-entry, save open forms as drafts, close every
window and dialog showing case data, empty every model, clear the clipboard if it still holds
our copy, forget the folder last chosen in a file dialog, dispose of the database engine (no
decrypted page stays cached), then ask for the passphrase again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop_app.core import vocab
from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.vault import Vault
from desktop_app.core.vault_wipe import wipe
from desktop_app.ui.case_choice import CaseChoiceDialog, ask_for_case
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.drafts_dialog import DraftsDialog
from desktop_app.ui.exchange_page import ExchangePage
from desktop_app.ui.file_dialogs import forget_last_folder
from desktop_app.ui.idle import IdleWatcher
from desktop_app.ui.index_rebuild import SearchIndexRebuild
from desktop_app.ui.interrupted_work import InterruptedWork
from desktop_app.ui.keyboard_windows import install_keyboard_windows
from desktop_app.ui.list_models import CaseListModel, PersonListModel, TestimonyListModel
from desktop_app.ui.list_page import ListPage
from desktop_app.ui.locked_page import LockedPage
from desktop_app.ui.main_menus import MainMenus
from desktop_app.ui.messages import confirm
from desktop_app.ui.panic_key import install_panic_key
from desktop_app.ui.restore_dialog import RestoreDialog
from desktop_app.ui.screen_fit import resize_within_screen, restore_within_screen
from desktop_app.ui.search_page import SearchPage
from desktop_app.ui.section_list import SectionList
from desktop_app.ui.settings import Settings
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.tasks import cancel_tasks_with_progress
from desktop_app.ui.unlock_dialog import UnlockDialog
from desktop_app.ui.vault_entry import VaultEntry
from desktop_app.ui.vault_folders import is_vault_folder
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
        self.entry = VaultEntry(self)
        self.interrupted = InterruptedWork(self)
        self.setWindowTitle(self.tr("Sandiq"))
        self.clipboard = ClipboardGuard(self)
        self.clipboard.watch_application()  # Ctrl+C in any text field is concealed and timed too
        install_keyboard_windows()  # Enter presses a focused button; the focus shows at once
        install_panic_key(self.panic, self)  # also in the unlock dialog and any modal one
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
        # Several cases make one dossier (Case menu): Ctrl- and Shift-click, Shift+arrows, Ctrl+A.
        self.cases_page.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people_page = ListPage(
            self.person_model,
            self.clipboard,
            self.tr("People"),
            (),
            self.tr("New &person"),
            self.new_person,
        )
        self.testimonies_page = ListPage(
            self.testimony_model,
            self.clipboard,
            self.tr("Testimonies"),
            vocab.TESTIMONY_STATUSES,
            self.tr("New &testimony"),
            self.new_testimony,
        )
        self.search_page = SearchPage(lambda: self.vault, self.clipboard, self.open_record)
        self.exchange_page = ExchangePage(lambda: self.vault)
        self.exchange_page.records_changed.connect(self.refresh_lists)
        self.locked_page = LockedPage(settings)
        self.locked_page.unlock_button.clicked.connect(self.entry.show_unlock)
        self.locked_page.create_button.clicked.connect(lambda: self.entry.show_create())
        self.locked_page.restore_button.clicked.connect(lambda: self.entry.show_restore())

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
        names = (
            self.tr("Cases"),
            self.tr("People"),
            self.tr("Testimonies"),
            self.tr("Search"),
            self.tr("Exchange"),
        )
        self.nav = SectionList(names, self.stack, lambda: self.vault)
        self.nav.setAccessibleName(self.tr("Sections"))
        for page in (self.cases_page, self.people_page, self.testimonies_page):
            page.focus_kept_by = self.nav
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.addWidget(self.nav)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.vault_label = QLabel()
        self.lock_label = QLabel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addPermanentWidget(self.lock_label)
        self.menus = MainMenus(self)
        self.index_rebuild = SearchIndexRebuild(
            self, self.search_page, (self.menus.lock_action, self.menus.panic_action)
        )
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
        if geometry is None or not restore_within_screen(self, geometry):
            resize_within_screen(self, 1100, 700)
        self.show_locked()

    # -- navigation and records ---------------------------------------------------------

    def go_to(self, page: int) -> None:
        """Show one of the sections."""
        self.nav.setCurrentRow(page)

    def show_search(self) -> None:
        """Ctrl+F: the search page, typing into its query box (also when already shown)."""
        self.go_to(PAGE_SEARCH)
        self.search_page.focus_query()

    def new_record(self) -> None:
        """Ctrl+N: a new record of the list shown (person, testimony), a new case elsewhere."""
        page = self.stack.currentIndex()
        if page == PAGE_PEOPLE:
            self.new_person()
        elif page == PAGE_TESTIMONIES:
            self.new_testimony()
        else:
            self.new_case()

    def new_case(self) -> None:
        """Open an empty case form (once saved, the registry opens the new case's window)."""
        if self.vault is not None:
            self.registry.open_form("case")

    def new_testimony(self) -> CaseChoiceDialog | None:
        """Ask which case the testimony is for, then open an empty testimony editor in it."""
        if self.vault is None:
            return None
        dialog = ask_for_case(
            self,
            self.vault,
            self.clipboard,
            self.tr("Which case is the new testimony for?"),
            self.tr("Make a case first: every testimony belongs to a case."),
        )
        if dialog is not None:
            dialog.chosen.connect(
                lambda case_id: self.registry.open_form("testimony", initial={"case": str(case_id)})
            )
        return dialog

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
        if kind in ("case", "person", "testimony"):  # it names each one's case and witness
            self.testimony_model.refresh()
        self.search_page.run_search()  # a hit's snippet may have changed

    # -- unlock and lock ----------------------------------------------------------------

    # The ways in while locked are in ``vault_entry``; the app's start and tests call them here.
    def show_create(self, path: Path | None = None) -> CreateVaultWizard:
        """Run the create-vault wizard; the new vault opens when its key is confirmed."""
        return self.entry.show_create(path)

    def show_unlock(self) -> UnlockDialog:
        """Ask for the passphrase (the dialog opens the vault on a worker)."""
        return self.entry.show_unlock()

    def show_restore(self, over: CreateVaultWizard | None = None) -> RestoreDialog | None:
        """Restore a vault from a backup into a new folder and open it (while locked only)."""
        return self.entry.show_restore(over)

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        """The passphrase dialog, while it is open."""
        return self.entry.unlock_dialog

    @property
    def wizard(self) -> CreateVaultWizard | None:
        """The create-vault wizard shown last."""
        return self.entry.wizard

    def attach(self, vault: Vault, then: Callable[[], object] | None = None) -> None:
        """Show an unlocked vault: fill the lists, start the idle countdown, rebuild a stale
        search index (with a progress dialog), then offer drafts and run `then`."""
        self.vault = vault
        self.vault_path = vault.path
        self.settings.remember_vault_folder(vault.path)
        self.interrupted.keep_sealed_drafts(vault)
        # Only the list on screen is read now; the others when their page is first shown.
        self.case_model.set_vault(vault)
        self.nav.setEnabled(True)
        self.go_to(PAGE_CASES)
        self.stack.setCurrentIndex(PAGE_CASES)
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(vault.path)))
        self.lock_label.setText(self.tr("Unlocked"))
        self.idle.set_minutes(self.settings.preferences().idle_minutes)
        self.idle.start()
        self.menus.set_vault_open(True)
        self.unlocked.emit()
        self.index_rebuild.open(vault, then=lambda: self.interrupted.take_up(then))

    def ask_after_unlock(self, question: str, action: Callable[[], object]) -> None:
        """Once this vault is unlocked again, ask question and, if the answer is yes, act."""
        self.interrupted.ask_after_unlock(question, action)

    def offer_drafts(self, only_if_any: bool = False) -> DraftsDialog | None:
        """Show unsaved drafts left by a crash or a lock, if there are any."""
        return self.interrupted.offer_drafts(only_if_any)

    def show_locked(self) -> None:
        """Show the locked page, saying whether the vault folder holds a vault to unlock."""
        self.stack.setCurrentIndex(PAGE_LOCKED)
        self.locked_page.show_vault_exists(is_vault_folder(self.vault_path))
        self.nav.setEnabled(False)
        self.nav.clearSelection()
        self.menus.set_vault_open(False)
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(self.vault_path)))
        self.lock_label.setText(self.tr("Locked"))

    def lock(self) -> None:
        """Save drafts, close case windows, empty the views, forget the key, ask again."""
        if self._locking or self.vault is None:
            return
        self._locking = True
        try:
            self.idle.stop()
            self.index_rebuild.stop()  # rolled back; offered again at the next unlock
            cancel_tasks_with_progress()  # a dossier or bundle started a moment ago included
            keep = (self, *([self.unlock_dialog] if self.unlock_dialog else []))
            unsaved = self.registry.close_all_for_lock(keep)
            self.interrupted.seal(unsaved)
            for model in (self.case_model, self.person_model, self.testimony_model):
                model.set_vault(None)
            for page in (self.cases_page, self.people_page, self.testimonies_page):
                page.clear()
            self.search_page.clear()
            self.exchange_page.clear()
            self.clipboard.clear_if_ours()
            forget_last_folder()  # its name may name a case or a witness
            vault, self.vault = self.vault, None
            vault.lock()
            self.show_locked()
            self.locked.emit()
        finally:
            self._locking = False
        self.show_unlock()

    def panic(self) -> None:
        """Destroy the vault's key material and quit, in well under a second. Asked (if the
        settings say so) over whatever window or dialog is in front, locked or not."""
        front = QApplication.activeModalWidget() or QApplication.activeWindow() or self
        if self.settings.preferences().confirm_panic and not confirm(
            front,
            self.tr("Destroy the vault now? Every record in it will be lost for good."),
            danger=True,
        ):
            return
        started = time.monotonic()
        for widget in QApplication.topLevelWidgets():
            widget.hide()  # a modal dialog's own event loop ends with it
        self.index_rebuild.cancel()
        cancel_tasks_with_progress()
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        self.clipboard.clear_if_ours()
        try:
            wipe(self.vault_path)
        finally:
            self.settings.forget_vault_folder(self.vault_path)
            self.panic_seconds = time.monotonic() - started
            QCoreApplication.exit(0)

    # -- settings and lists -------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Show the Settings dialog; idle time applies at once, language at restart."""
        dialog = SettingsDialog(self.settings, self, is_vault_open=self.vault is not None)
        dialog.accepted.connect(
            lambda: self.idle.set_minutes(self.settings.preferences().idle_minutes)
        )
        dialog.open()
        return dialog

    def refresh_lists(self) -> None:
        """Read the lists again after records changed behind them (import, exchange)."""
        for model in (self.case_model, self.person_model, self.testimony_model):
            model.refresh()
        # A hit left for a record deleted meanwhile would open it as if it still existed.
        self.search_page.run_search()
        self.registry.refresh_case_views()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting locks first (drafts saved, engine disposed) and remembers the geometry."""
        self.settings.set_geometry("main", self.saveGeometry())
        self.index_rebuild.stop()
        if self.vault is None and self.interrupted.sealed_drafts:
            question = self.tr(
                "Work that could not be saved when the vault locked is kept until you unlock "
                "it again. Quit anyway and lose it?"
            )
            if not confirm(self, question, danger=True):
                event.ignore()
                return
        if self.vault is not None:
            problem = self.registry.drafts_not_saved()
            question = self.tr(
                "Unsaved work in an open form could not be saved: %1\nQuit anyway and lose it?"
            ).replace("%1", problem)
            if problem and not confirm(self, question, danger=True):
                event.ignore()
                return
            self.registry.close_all_for_lock((self,))
            self.vault.lock()
            self.vault = None
        self.clipboard.clear_if_ours()  # also when locked: no copy may outlive Sandiq
        event.accept()
        QCoreApplication.quit()
