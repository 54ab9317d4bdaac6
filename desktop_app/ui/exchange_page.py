"""The Exchange page: this vault's identity, colleagues, bundles in and out, and conflicts.

Everything slow (writing, previewing and importing a bundle) runs on a worker through
``run_with_progress`` with a progress bar and Cancel; small things (a contact file, a
resolution) run on the spot. The page reads the vault through a getter, so it never keeps a
vault that was locked, and it empties itself on lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import SandiqError
from desktop_app.core.exchange.contacts import (
    identity_info,
    list_contacts,
    my_contact_file,
    rename_identity,
)
from desktop_app.core.exchange.export import ExportReport
from desktop_app.core.exchange.export_plan import ExportPlan, plan_export
from desktop_app.core.exchange.importer import ImportReport
from desktop_app.core.exchange.selection import case_choices
from desktop_app.core.file_name_characters import file_stem_from
from desktop_app.core.fileio import write_atomically
from desktop_app.core.vault import Vault
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.conflict_list import ConflictList
from desktop_app.ui.contact_list import ContactList
from desktop_app.ui.dangling_notes import dangling_notes
from desktop_app.ui.exchange_dialogs import (
    ImportPreviewDialog,
    bundle_filter,
    exchange_error_text,
    fingerprint_label,
    import_counts,
)
from desktop_app.ui.exchange_jobs import export_job, import_job
from desktop_app.ui.file_dialogs import choose_file_to_open, choose_file_to_save
from desktop_app.ui.i18n import fill, format_timestamp
from desktop_app.ui.import_notes import import_notes
from desktop_app.ui.messages import APP_NAME, inform
from desktop_app.ui.send_wizard import ExportWizard
from desktop_app.ui.tasks import Result, Task, run_with_progress


class ExchangePage(QWidget):
    """Identity, contacts, bundles and conflicts of the unlocked vault."""

    records_changed = Signal()  # an import or a resolution changed records the lists show

    def __init__(self, vault: Callable[[], Vault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.preview: ImportPreviewDialog | None = None  # the open import preview, if any
        self.task: Task | None = None  # the bundle job running now, if any
        # Where the last bundle was written, until the vault is locked: the next one is
        # suggested there. Never saved: a folder's name may name a case.
        self.bundle_folder: Path | None = None
        self.name_label = QLabel()
        self.fingerprint_label = fingerprint_label("")
        self.fingerprint_label.setAccessibleName(self.tr("Your fingerprint"))
        self.save_contact_button = QPushButton(self.tr("&Save my contact file…"))
        self.rename_button = QPushButton(self.tr("Change &name…"))
        self.contacts = ContactList(vault)
        self.send_button = QPushButton(self.tr("Send a &bundle…"))
        self.import_button = QPushButton(self.tr("&Import a bundle…"))
        self.conflicts = ConflictList(vault)
        self.conflict_model = self.conflicts.model
        self.conflict_table = self.conflicts.table
        self.conflict_bulk = self.conflicts.bulk
        self._build_layout()
        self.save_contact_button.clicked.connect(self.save_contact_file)
        self.rename_button.clicked.connect(self.rename)
        self.send_button.clicked.connect(lambda: self.send_bundle())
        self.import_button.clicked.connect(lambda: self.import_bundle())
        self.contacts.changed.connect(self.refresh)
        self.conflicts.resolved.connect(self.records_changed)

    def _build_layout(self) -> None:
        identity = QGroupBox(self.tr("This vault"))
        identity_layout = QVBoxLayout(identity)
        identity_layout.addWidget(self.name_label)
        identity_layout.addWidget(self.fingerprint_label)
        row = QHBoxLayout()
        row.addWidget(self.save_contact_button)
        row.addWidget(self.rename_button)
        row.addStretch(1)
        identity_layout.addLayout(row)
        bundles = QGroupBox(self.tr("Bundles"))
        bundles_layout = QHBoxLayout(bundles)
        bundles_layout.addWidget(self.send_button)
        bundles_layout.addWidget(self.import_button)
        bundles_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(identity)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(bundles)
        layout.addWidget(self.conflicts, 1)

    # -- state ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Read the page's lists whenever it is shown."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Show the vault's identity, contacts and open conflicts."""
        vault = self._vault()
        if vault is None:
            self.clear()
            return
        with vault.read() as session:
            info = identity_info(session)
        self.name_label.setText(info.display_name or self.tr("(no name yet)"))
        self.fingerprint_label.setText(info.fingerprint)
        self.contacts.refresh(vault)
        self.conflicts.refresh(vault)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.name_label.clear()
        self.fingerprint_label.clear()
        self.contacts.model.set_rows([])
        self.conflicts.refresh(None)
        self.bundle_folder = None

    def _fail(self, error: BaseException) -> None:
        QMessageBox.warning(self, APP_NAME, exchange_error_text(error))

    # -- identity -------------------------------------------------------------------------

    def save_contact_file(self) -> None:
        """Write this vault's contact file (public keys and name) where the user chooses."""
        vault = self._vault()
        if vault is None:
            return
        if not self._display_name(vault) and not self.rename():
            return
        # Named after its owner, as colleagues file it: "me.contact" was the same for everyone.
        stem = file_stem_from(self._display_name(vault)) or self.tr("my contact")
        name = choose_file_to_save(
            self,
            self.tr("Save my contact file"),
            f"{stem}.contact",
            self.tr("Contact files (*.contact)"),
        )
        if not name:
            return
        try:
            with vault.read() as session:
                data = my_contact_file(session)
            write_atomically(Path(name), data)
        except (SandiqError, OSError) as error:
            self._fail(error)
            return
        where = self.tr(
            "Your contact file is in %1. Give it to each colleague, and read them your "
            "fingerprint when they add it."
        )
        inform(self, fill(where, name))

    def _display_name(self, vault: Vault) -> str:
        with vault.read() as session:
            return identity_info(session).display_name

    def rename(self) -> bool:
        """Ask for the name colleagues see; True if it was changed."""
        vault = self._vault()
        if vault is None:
            return False
        name, ok = QInputDialog.getText(self, APP_NAME, self.tr("Your name as colleagues see it:"))
        if not ok or not name.strip():
            return False
        try:
            rename_identity(vault, name)
        except SandiqError as error:
            self._fail(error)
            return False
        self.refresh()
        return True

    # -- bundles --------------------------------------------------------------------------

    def send_bundle(self) -> ExportWizard | None:
        """Ask what to send, to whom and where, then write the bundle on a worker."""
        vault = self._vault()
        if vault is None:
            return None
        with vault.read() as session:
            cases = case_choices(session)
            contacts = list_contacts(session)
        if not contacts:
            inform(self, self.tr("Add a colleague first: a bundle is encrypted to colleagues."))
            return None

        # Run by the wizard on a worker: it reads every protected person of a large vault.
        def plan(recipients: Sequence[str], references: Sequence[str]) -> ExportPlan:
            if vault.is_locked:
                return ExportPlan((), 0)
            try:
                with vault.read() as session:
                    return plan_export(session, recipients, references)
            # A case deleted or a contact removed meanwhile: writing the bundle will say so.
            except SandiqError:
                return ExportPlan((), 0)

        wizard = ExportWizard(cases, contacts, self, self.bundle_folder, plan)
        wizard.accepted.connect(lambda: self._write_bundle(vault, wizard))
        wizard.open()
        return wizard

    def _write_bundle(self, vault: Vault, wizard: ExportWizard) -> None:
        references = wizard.case_references()
        job = export_job(
            vault,
            wizard.out_path(),
            wizard.recipients(),
            references,
            not references,
            wizard.attachments_check.isChecked(),
        )

        def done(result: Result[ExportReport]) -> None:
            if not result.ok or result.value is None:
                self._fail(result.error or RuntimeError())
                return
            report = result.value
            if report.path is None:
                inform(self, self.tr("Nothing has changed since the last bundle; no file written."))
                return
            self.bundle_folder = report.path.parent
            inform(self, self.written_text(report))

        self.task = run_with_progress(self, self.tr("Writing the bundle…"), job, done)

    def written_text(self, report: ExportReport) -> str:
        """What a bundle written says: its records, its file, and for one that carries only
        the oldest changes, up to when (in local time, as every time shown)."""
        lines = [
            self.tr("Bundle written: %n record(s).", "", report.record_count),
            str(report.path),
        ]
        if report.carried_up_to:
            text = self.tr(
                "This bundle carries the changes up to %1 (%2 of %3 records); "
                "send another bundle for the rest."
            )
            lines.append(
                fill(
                    text,
                    format_timestamp(report.carried_up_to),
                    str(report.record_count),
                    str(report.changed_records),
                )
            )
        return "\n".join(lines)

    def import_bundle(self, path: Path | None = None) -> None:
        """Choose a bundle, preview what it changes (on a worker), then import it on Import."""
        vault = self._vault()
        if vault is None:
            return
        if path is None:
            name = choose_file_to_open(self, self.tr("Import a bundle"), "", bundle_filter())
            if not name:
                return
            path = Path(name)
        chosen = path

        def previewed(result: Result[ImportReport]) -> None:
            if not result.ok or result.value is None:
                self._fail(result.error or RuntimeError())
                return
            self.preview = ImportPreviewDialog(result.value, self)
            self.preview.accepted.connect(lambda: self._apply(vault, chosen))
            self.preview.open()

        self.task = run_with_progress(
            self, self.tr("Checking the bundle…"), import_job(vault, path, dry_run=True), previewed
        )

    def _apply(self, vault: Vault, path: Path) -> None:
        def done(result: Result[ImportReport]) -> None:
            if not result.ok or result.value is None:
                self._fail(result.error or RuntimeError())
                return
            report = result.value
            self.refresh()
            self.records_changed.emit()
            counts = self.tr(
                "Imported: %1 new, %2 updated, %3 deleted, %4 unchanged, %5 older than this "
                "vault's (ours kept), %6 new conflicts."
            )
            summary = fill(counts, *map(str, import_counts(report)))
            notes = import_notes(report, is_done=True)
            inform(self, "\n\n".join([summary, *notes, *dangling_notes(report.dangling)]))

        self.task = run_with_progress(
            self, self.tr("Importing the bundle…"), import_job(vault, path, dry_run=False), done
        )

    # -- conflicts ------------------------------------------------------------------------

    def resolve(self) -> ConflictDialog | None:
        """Show the selected conflict side by side and keep the version the user picks."""
        return self.conflicts.resolve()
