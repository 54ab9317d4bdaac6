"""Import and export of the plain JSON format, on a worker with a progress dialog and Cancel.

Export writes the whole archive in the clear, so it is preceded by a warning that says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.core import interchange
from desktop_app.core.errors import Cancelled, InvalidInput
from desktop_app.core.fileio import write_atomically
from desktop_app.core.leftovers import ledger_of
from desktop_app.core.vault import Vault
from desktop_app.ui.core_messages import json_problem_text
from desktop_app.ui.file_dialogs import choose_file_to_open, choose_file_to_save
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import confirm, inform, show_error, warn
from desktop_app.ui.tasks import Progress, Result, run_with_progress


def import_json(parent: QWidget, vault: Vault, on_imported: Callable[[], None]) -> None:
    """Ask for a Sandiq JSON file and import it (all or nothing)."""
    name = choose_file_to_open(
        parent,
        QCoreApplication.translate("Interchange", "Import a Sandiq JSON file"),
        "",
        QCoreApplication.translate("Interchange", "Sandiq JSON (*.json)"),
    )
    if not name:
        return
    path = Path(name)

    def work(progress: Progress) -> interchange.ImportSummary:
        document = interchange.parse_document(path.read_bytes())
        with vault.transaction() as session:
            return interchange.import_document(
                vault.writer(session), document, progress, progress.cancelled
            )

    def done(result: Result[interchange.ImportSummary]) -> None:
        if isinstance(result.error, InvalidInput):
            text = QCoreApplication.translate(
                "Interchange", "This file cannot be imported, and nothing was changed: %1."
            )
            warn(parent, fill(text, json_problem_text(str(result.error))))
            return
        if not result.ok or result.value is None:
            show_error(parent, result.error or RuntimeError())
            return
        summary = result.value
        inform(
            parent,
            QCoreApplication.translate("Interchange", "Imported: %1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(summary.inserted))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.unchanged)),
        )
        on_imported()

    run_with_progress(parent, QCoreApplication.translate("Interchange", "Importing…"), work, done)


def export_json(parent: QWidget, vault: Vault) -> None:
    """Warn that the file is plaintext, ask where, and write the whole archive as JSON."""
    warning = QCoreApplication.translate(
        "Interchange",
        "The export is NOT encrypted: anyone who gets the file can read every case, name and "
        "testimony in it. To send records to a colleague, use an encrypted bundle instead. "
        "Write a plaintext export anyway?",
    )
    if not confirm(parent, warning, danger=True):
        return
    name = choose_file_to_save(
        parent,
        QCoreApplication.translate("Interchange", "Export as plaintext JSON"),
        "sandiq-export.json",
        QCoreApplication.translate("Interchange", "Sandiq JSON (*.json)"),
    )
    if not name:
        return
    path = Path(name)

    def work(progress: Progress) -> None:
        progress(0, 2)
        with vault.read() as session:
            data = interchange.dump_document(interchange.export_document(session))
        if progress.cancelled():
            raise Cancelled("export cancelled")
        progress(1, 2)
        write_atomically(path, data, ledger=ledger_of(vault))
        progress(2, 2)

    def done(result: Result[None]) -> None:
        if not result.ok:
            show_error(parent, result.error or RuntimeError())
            return
        inform(parent, QCoreApplication.translate("Interchange", "The export was written."))

    run_with_progress(parent, QCoreApplication.translate("Interchange", "Exporting…"), work, done)
