"""PDF dossiers from the GUI: options, where to save, a worker with progress and Cancel, then
where the dossier went, with buttons to open it or its folder.

An existing file is never replaced silently: the save dialog does not ask itself, so there is
one question, asked when the core refuses to overwrite (also if the file appeared meanwhile).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import Cancelled
from desktop_app.core.reports import (
    DossierOptions,
    DossierResult,
    ReportFileExists,
    build_dossier,
    suggested_file_name,
)
from desktop_app.core.vault import Vault
from desktop_app.ui.bidi_text import shown_in_sentence
from desktop_app.ui.file_dialogs import choose_file_to_save
from desktop_app.ui.i18n import LANGUAGES, current_language, fill
from desktop_app.ui.messages import APP_NAME, confirm, show_error, warn
from desktop_app.ui.tasks import Progress, Result, Task, run_with_progress


class DossierDialog(QDialog):
    """The choices for a dossier: redaction, testimony summaries only, language, photos, the
    generator's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dossier (PDF)"))
        self.redact_combo = QComboBox()
        automatic = self.tr("Automatic (on for confidential cases and if anyone is protected)")
        self.redact_combo.addItem(automatic, None)
        self.redact_combo.addItem(self.tr("Redact protected people"), True)
        self.redact_combo.addItem(self.tr("Do not redact"), False)
        # As the PDF says it: the testimonies are shortened, not the case.
        self.summary_check = QCheckBox(self.tr("Testimony &summaries only"))
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(current_language()), 0)
        )
        self.photos_check = QCheckBox(self.tr("Include &photos"))
        self.photos_check.setChecked(True)
        self.name_check = QCheckBox(self.tr("Include the &name of who made it"))
        form = QFormLayout()
        form.addRow(self.tr("&Redaction:"), self.redact_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.summary_check)
        form.addRow(self.photos_check)
        form.addRow(self.name_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Named here: Qt ships no Uzbek translation of its standard buttons.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make the PDF"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> DossierOptions:
        """What the user chose."""
        return DossierOptions(
            redact=self.redact_combo.currentData(),
            summary_only=self.summary_check.isChecked(),
            language=self.language_combo.currentData(),
            include_photos=self.photos_check.isChecked(),
            include_generator_name=self.name_check.isChecked(),
        )


def ask_options(parent: QWidget) -> DossierOptions | None:
    """Show the options dialog; None if the user cancelled it."""
    dialog = DossierDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()


def make_dossier(
    parent: QWidget, vault: Vault, case_id: UUID, options: DossierOptions | None = None
) -> Task | None:
    """make_dossier_of_cases for one case (the case window's button)."""
    return make_dossier_of_cases(parent, vault, [case_id], options)


def make_dossier_of_cases(
    parent: QWidget,
    vault: Vault,
    case_ids: Sequence[UUID],
    options: DossierOptions | None = None,
) -> Task | None:
    """Ask for options, then, on a worker, the file name to suggest; then ask for a file name
    and write one dossier of the cases, in this order, on a worker. None if the user
    cancelled the options."""
    case_ids = list(case_ids)  # the cases chosen now, whatever the caller's list becomes
    if options is None:
        options = ask_options(parent)
        if options is None:
            return None
    chosen_options = options

    def suggest(progress: Progress) -> str:
        # As the dossier prints the references: "TJ-QODIROV-2023" may name a protected person,
        # and who is protected is read from the whole vault (seconds in a large one). All the
        # cases at once: whether anyone is hidden at all may depend on any one of them.
        with vault.read() as session:
            return suggested_file_name(
                session, case_ids, chosen_options, progress, progress.cancelled
            )

    def ask_file_name(result: Result[str]) -> None:
        if isinstance(result.error, Cancelled) or vault.is_locked:
            return
        if not result.ok or result.value is None:  # a case was deleted meanwhile
            show_error(parent, result.error or RuntimeError())
            return
        name = choose_file_to_save(
            parent,
            QCoreApplication.translate("Reports", "Save the dossier as"),
            result.value,
            QCoreApplication.translate("Reports", "PDF documents (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        write_dossier(parent, vault, case_ids, path, chosen_options)

    return run_with_progress(
        parent,
        QCoreApplication.translate("Reports", "Preparing the dossier…"),
        suggest,
        ask_file_name,
    )


def write_dossier(
    parent: QWidget,
    vault: Vault,
    case_ids: Sequence[UUID],
    path: Path,
    options: DossierOptions,
    overwrite: bool = False,
) -> Task:
    """Run build_dossier on a worker with a progress dialog; ask before replacing a file.
    Then say where it went, and whom it names in full beside a protected relative it hides."""

    def work(progress: Progress) -> DossierResult:
        return build_dossier(
            vault,
            case_ids,
            path,
            options,
            overwrite=overwrite,
            progress=progress,
            cancelled=progress.cancelled,
        )

    def done(result: Result[DossierResult]) -> None:
        if isinstance(result.error, ReportFileExists):
            question = QCoreApplication.translate(
                "Reports", "The file %1 exists already. Replace it?"
            ).replace("%1", path.name)
            if confirm(parent, question):
                write_dossier(parent, vault, case_ids, path, options, overwrite=True)
            return
        if isinstance(result.error, Cancelled):
            return
        if not result.ok or result.value is None:
            show_error(parent, result.error or RuntimeError())
            return
        tell_dossier_written(parent, result.value)

    return run_with_progress(
        parent, QCoreApplication.translate("Reports", "Writing the dossier…"), work, done
    )


# The folder is shown whole up to this width (in pixels), then shortened in its middle, where
# a long path holds the least telling part; the buttons open it whole.
FOLDER_SHOWN_WIDTH = 420


class DossierWrittenBox(QMessageBox):
    """Where the dossier was written, how long it is, what it leaves out, whom it names beside
    a protected relative it hides; Open, Open folder."""

    def __init__(self, written: DossierResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        relatives = written.relatives_named
        self.setIcon(QMessageBox.Icon.Warning if relatives else QMessageBox.Icon.Information)
        self.setWindowTitle(APP_NAME)
        folder = self.fontMetrics().elidedText(
            str(written.path.absolute().parent), Qt.TextElideMode.ElideMiddle, FOLDER_SHOWN_WIDTH
        )
        text = fill(
            self.tr("The dossier %1 was written in the folder %2. Pages: %3."),
            shown_in_sentence(written.path.name),
            shown_in_sentence(folder),
            str(written.pages),
        )
        if written.withheld_testimonies:
            # As the dossier says it: these testimonies are not in it at all, not hidden in it.
            left_out = self.tr(
                "Testimonies left out because the witness did not consent to “use in reports”: %1."
            )
            text += "\n" + fill(left_out, str(written.withheld_testimonies))
        # Her label only, never her name: this box may be read over the user's shoulder too.
        named = self.tr(
            "Check before handing the dossier out: it names %1 in full, who shares a family "
            "name with %2, a protected person it hides."
        )
        for relative in relatives:
            text += "\n\n" + fill(
                named, shown_in_sentence(relative.name), shown_in_sentence(relative.pseudonym)
            )
        self.setText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = self.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder_button = self.addButton(
            self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole
        )
        # Set here: Qt ships no Uzbek translation of its standard buttons. Enter opens nothing:
        # a PDF viewer remembers the files it opened, and some users must leave no such trace.
        self.close_button = self.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)


def tell_dossier_written(parent: QWidget, written: DossierResult) -> None:
    """Say where the dossier went, and whom it names beside a protected relative it hides; open
    it or its folder if the user asks, or say it failed."""
    box = DossierWrittenBox(written, parent)
    try:
        box.exec()
        clicked = box.clickedButton()
    finally:
        box.deleteLater()
    path = written.path.absolute()
    if clicked is box.open_button and not _open_with_system(path):
        text = QCoreApplication.translate(
            "DossierWrittenBox", "No program opened the dossier. It is at %1."
        )
        warn(parent, fill(text, shown_in_sentence(str(path))))
    elif clicked is box.open_folder_button and not _open_with_system(path.parent):
        text = QCoreApplication.translate("DossierWrittenBox", "No program opened the folder %1.")
        warn(parent, fill(text, shown_in_sentence(str(path.parent))))


def _open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
