"""Every window and dialog of Sandiq opened in the state a user sees it, each tab shown in turn,
for the tests that check them all (translated and unclipped, Alt keys, accessible names)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from desktop_app.core import drafts
from desktop_app.core.attachments import add_attachment
from desktop_app.core.case_file import case_attachments
from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.reports import DossierResult
from desktop_app.core.vault import Vault
from desktop_app.ui.attachment_viewer import AttachmentViewer
from desktop_app.ui.case_view import AddPartyDialog
from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.format_upgrade import UpgradeQuestion
from desktop_app.ui.history_tab import VersionDialog
from desktop_app.ui.index_rebuild import IndexProgressDialog
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from desktop_app.ui.report_actions import DossierDialog, DossierWrittenBox
from desktop_app.ui.restore_dialog import RestoreDialog
from desktop_app.ui.shares_dialog import RecoverySharesDialog
from desktop_app.ui.strength_meter import confirm_weak_passphrase
from desktop_app.ui.version_comparison import VersionComparisonDialog
from tests.conftest import FAST_KDF, PASSPHRASE


def with_sample_records(vault: Vault) -> Vault:
    """vault, given a case with a person, a testimony, an event, a text attachment and a
    draft, and the person entered again in Cyrillic."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-1", "title": "Case", "start_date": "2010"})
        person = writer.create("person", {"name": "Azimjan Askarov"})
        writer.create("person", {"name": "Азимжан Аскаров"})  # a likely duplicate
        ids = {"case": str(case.id)}
        writer.create("case_party", {**ids, "person": str(person.id), "role": "witness"})
        writer.create("testimony", {**ids, "witness": str(person.id), "narrative": "Osh night"})
        writer.create("event", {**ids, "act_type": "torture", "date": "2010-06"})
        add_attachment(writer, "case", case.id, io.BytesIO(b"Osh"), "notes.txt")
        drafts.save_draft(session, "person", None, {"name": "Half typed"})
    return vault


def _edit_case(vault: Vault, case_id: UUID) -> None:
    """A second version of the case, with a new title and a long summary, to compare."""
    with vault.transaction() as session:
        case = get_record(session, "case", case_id)
        content = to_content(case)
        content["title"] = "Case of the Osh night"
        content["summary"] = "Detained at night in Osh and held without a lawyer. " * 4
        vault.writer(session).update(case, content, is_local_edit=True)


def settle() -> None:
    """Let the workers finish and their results reach the windows, shown then as loaded."""
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def open_everything(window: MainWindow, vault: Vault, tmp_path: Path) -> Iterator[QWidget]:
    """Every window and dialog in the state a user sees it, each checked as it is yielded.
    Message boxes are recorded (tests/gui/conftest.py): their texts are the caller's to check."""
    unlock = window.show_unlock()
    yield window
    yield unlock
    unlock.close()
    wizard = CreateVaultWizard(tmp_path / "new", FAST_KDF)
    wizard.show()
    yield wizard
    wizard.close()
    window.attach(vault)  # also opens the drafts dialog: there is a draft
    yield window
    registry = window.registry
    with vault.read() as session:
        case_id = window.case_model.row_at(0).id
        attachment = case_attachments(session, case_id)[0]
    _edit_case(vault, case_id)
    window.search_page.query_edit.setText("Osh")
    window.search_page.run_search()
    view = registry.open_case(case_id)
    yield view
    yield registry.open_form("case", case_id)
    yield registry.open_form("person")
    yield view.new_testimony()
    yield view.new_event()
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    history.table.selectRow(
        next(row for row in range(history.model.rowCount()) if history.model.row_at(row).version)
    )
    history.compare_button.click()  # the case's version 2 with version 1
    comparison = history.findChild(VersionComparisonDialog)
    settle()
    yield comparison
    comparison.close()
    yield window.open_settings()
    yield window.offer_drafts()
    chooser = window.new_testimony()  # from the Testimonies list: which case is it for?
    settle()
    yield chooser
    chooser.close()
    for dialog in (
        ChangePassphraseDialog(vault, window),
        AddPartyDialog(registry, case_id, view),
        AttachmentViewer(registry, attachment, view),
        VersionDialog("v", {"title": "x"}, {}, view),
        DossierDialog(view),
        DossierWrittenBox(DossierResult(tmp_path / "KG-1.pdf", 26, 1, 3, 2, True, 1), view),
        RestoreDialog(tmp_path / "restored", window),
        UpgradeQuestion(window),  # asked before a vault in an older format is upgraded
    ):
        dialog.show()
        yield dialog
    duplicates = DuplicatesDialog(registry, window.refresh_lists, window)
    duplicates.show()
    while duplicates.is_busy():  # the pairs found, then the chosen pair's two people read
        settle()
    yield duplicates
    duplicates.not_same_button.click()
    duplicates.marked_box.setChecked(True)  # the pairs marked as not the same person
    yield duplicates
    duplicates.close()
    weak = ChangePassphraseDialog(vault, window)
    weak.current_edit.setText(PASSPHRASE)
    for edit in (weak.new_edit, weak.repeat_edit):
        edit.setText("Olma anor")  # the meter says "weak"
    weak.show()
    yield weak
    for passphrase in ("parol123", "Olma anor"):  # very weak, weak: each asks before use
        confirm_weak_passphrase(weak, passphrase)
    weak.close()
    shares = RecoverySharesDialog(vault, window)
    shares.show()
    yield shares
    shares.make_button.click()
    yield shares
    while shares.next_button.isVisible():
        shares.next_button.click()
    shares.check_button.click()
    yield shares
    shares.close_for_lock()
    progress = IndexProgressDialog(window)
    progress.show_progress(12345, 100000)
    progress.show()
    yield progress
    progress.close()
    window.search_page.set_index_ready(False)  # as after a cancelled rebuild
    yield window
    window.search_page.set_index_ready(True)


def every_state(screen: QWidget, window: MainWindow) -> Iterator[None]:
    """Show each tab of a window (each page of the main window, Exchange too) in turn."""
    if screen is window:
        for index in range(PAGE_EXCHANGE + 1):
            window.stack.setCurrentIndex(index)
            yield
        return
    yield
    for tabs in screen.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield
