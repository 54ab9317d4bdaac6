"""Dialogs of the Exchange page: add a contact, preview an import (sending a bundle is
``send_wizard``, resolving a conflict ``conflict_dialog``). They show what core returns and
collect choices; the page runs the work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.contact import display_name_problem
from desktop_app.core.exchange.contacts import ContactInfo, same_name
from desktop_app.core.exchange.export import ExportFailed
from desktop_app.core.exchange.identity import ContactKeys
from desktop_app.core.exchange.importer import ImportReport
from desktop_app.ui.exchange_models import ChangeListModel
from desktop_app.ui.i18n import fill, format_timestamp
from desktop_app.ui.import_notes import import_notes
from desktop_app.ui.messages import error_text
from desktop_app.ui.refusals import bundle_refusal_text, refusal_text
from desktop_app.ui.screen_fit import resize_within_screen


def bundle_filter() -> str:
    """The file dialog filter for bundles, translated."""
    return QCoreApplication.translate("Exchange", "Sandiq bundles (*.sandiq)")


def exchange_error_text(error: BaseException) -> str:
    """A translated sentence for a failed exchange (the English detail names the cause)."""
    if isinstance(error, BundleRejected):
        return QCoreApplication.translate(
            "Exchange", "The bundle was refused and nothing was changed: %1"
        ).replace("%1", bundle_refusal_text(error))
    if isinstance(error, ExportFailed):
        return QCoreApplication.translate(
            "Exchange", "The bundle could not be written; nothing was marked as sent: %1"
        ).replace("%1", str(error))
    return error_text(error)


def fingerprint_label(fingerprint: str) -> QLabel:
    """The fingerprint in large fixed-width digits that can be selected and read aloud."""
    label = QLabel(fingerprint)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AddContactDialog(QDialog):
    """Shows a contact file's name and fingerprint; adding it needs the user's confirmation.

    When another active contact already has the file's name (a colleague's new key, say),
    the contact needs a name of its own, as ``sandiq contact add --name`` does: bundles are
    sent to a contact by name. A colleague already in the list keeps the name the user gave
    unless they change it here: the file's name is not covered by the fingerprint.
    """

    def __init__(
        self,
        keys: ContactKeys,
        known: ContactInfo | None = None,
        parent: QWidget | None = None,
        active: Sequence[ContactInfo] = (),
    ) -> None:
        super().__init__(parent)
        self._others = [c for c in active if c.key_id != keys.key_id]
        self.setWindowTitle(self.tr("Add a colleague"))
        intro = QLabel(
            self.tr(
                "Ask %1 to read their fingerprint to you, in person or by phone, and compare "
                "it digit by digit. Add the contact only if every group matches."
            ).replace("%1", keys.display_name)
        )
        intro.setWordWrap(True)
        self.name_label = QLabel(keys.display_name)
        self.fingerprint_label = fingerprint_label(keys.fingerprint)
        self.verified_check = QCheckBox(self.tr("I compared it in person: mark as verified"))
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("&Add contact"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.known_label = QLabel(self._known_text(keys, known))
        self.known_label.setWordWrap(True)
        self.known_label.setVisible(known is not None)
        active_known = known if known is not None and not known.is_removed else None
        name = keys.display_name if active_known is None else active_known.display_name
        namesake = self._namesake(name)
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Name to show"))
        self.name_note = QLabel()
        self.name_note.setWordWrap(True)
        if namesake is not None:
            self.name_note.setText(
                self.tr(
                    "Another colleague in your list is already called %1 (fingerprint %2). "
                    "Give this one a different name."
                )
                .replace("%1", namesake.display_name)
                .replace("%2", namesake.fingerprint)
            )
        self.name_edit.textChanged.connect(self._check_name)
        if active_known is not None:
            self.add_button.setText(self.tr("&Update contact"))
            if active_known.is_verified:  # already compared: nothing to tick
                self.verified_check.setChecked(True)
                self.verified_check.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_label)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Show as:"), self.name_edit)
        form.setRowVisible(self.name_edit, namesake is not None or name != keys.display_name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.name_note)
        self.name_note.setVisible(namesake is not None)
        layout.addWidget(self.known_label)
        layout.addWidget(self.verified_check)
        layout.addWidget(buttons)
        self._check_name()

    def _namesake(self, name: str) -> ContactInfo | None:
        return next((c for c in self._others if same_name(c.display_name, name)), None)

    def _check_name(self) -> None:
        """Add only under a name no other active contact has."""
        name = self.chosen_name()
        is_free = display_name_problem(name) is None and self._namesake(name) is None
        self.add_button.setEnabled(is_free)

    def chosen_name(self) -> str:
        """The name to store the contact under."""
        return self.name_edit.text().strip()

    def _known_text(self, keys: ContactKeys, known: ContactInfo | None) -> str:
        """What adding this file changes for a colleague the vault already knows."""
        if known is None:
            return ""
        if known.is_removed:
            return self.tr(
                "You removed this colleague earlier. Adding them again accepts their bundles again."
            )
        text = (
            self.tr("This colleague is already in your list, verified.")
            if known.is_verified
            else self.tr("This colleague is already in your list, not yet verified.")
        )
        if known.display_name != keys.display_name:
            text += " " + fill(
                self.tr(
                    "Their contact file calls them %1; they keep the name %2 unless you "
                    "change it below."
                ),
                keys.display_name,
                known.display_name,
            )
        return text


def import_counts(report: ImportReport) -> tuple[int, ...]:
    """New, updated, deleted, unchanged, older and newly conflicting records, in that order."""
    return (
        report.inserted,
        report.updated,
        report.deleted,
        report.unchanged,
        report.older,
        report.conflicts,
    )


def _changes_nothing(report: ImportReport) -> bool:
    """True when importing would write no record and settle no conflict (the bundle would
    only be recorded as received)."""
    changes = (report.inserted, report.updated, report.deleted, report.conflicts)
    return not any(changes) and not report.settled


class ImportPreviewDialog(QDialog):
    """What a bundle would change, and who sent it; Import applies it, Cancel leaves it."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a bundle"))
        self.summary_label = QLabel(self.summary(report))
        self.summary_label.setWordWrap(True)
        self.model = ChangeListModel(self)
        self.model.set_report(report)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.verticalHeader().hide()
        # The record's label gets the room (elided, whole in its tooltip, where it has not
        # enough); "Conflict", "Case" need no more than their own width.
        header = self.table.horizontalHeader()
        for column in (ChangeListModel.COL_ACTION, ChangeListModel.COL_KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChangeListModel.COL_RECORD, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # A bundle that changes nothing is imported all the same, as `sandiq bundle import`
        # does: left unrecorded, the sender's next bundle would name it as missing.
        self.import_button.setEnabled(report.is_sender_known and not report.already_imported_at)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 480)

    def summary(self, report: ImportReport) -> str:
        """Who sent the bundle, what it would change, and any warning."""
        lines = [
            self.tr("Bundle %1 from %2, made %3.")
            .replace("%1", str(report.sequence))
            .replace("%2", report.sender_name)
            .replace("%3", format_timestamp(report.created_at)),
            self.tr("Sender's fingerprint: %1").replace("%1", report.sender_fingerprint),
        ]
        if report.is_id_reused:
            # Not the same bundle again: Sandiq gives each bundle an id of its own.
            text = self.tr(
                "Bundle %1 from %2 uses the id of bundle %3, imported on %4: it cannot be "
                "imported. Sandiq gives every bundle a new id; ask %2 whether they made this one."
            )
            earlier = str(report.already_imported_sequence)
            imported_on = format_timestamp(report.already_imported_at)
            lines.append(fill(text, str(report.sequence), report.sender_name, earlier, imported_on))
            return "\n".join(lines)
        if report.already_imported_at:
            lines.append(
                self.tr("This bundle was already imported on %1; nothing would change.").replace(
                    "%1", format_timestamp(report.already_imported_at)
                )
            )
            return "\n".join(lines)
        if not report.is_sender_known:
            # The sentence an import would be refused with, so preview and import agree.
            lines.append(refusal_text(report.sender_refusal))
            lines.append(self.tr("The bundle can be read, not imported."))
        if report.is_older_than_last and not report.is_sender_restored:
            lines.append(
                self.tr(
                    "It is older than the last bundle from this colleague: only what is newer "
                    "than this vault's copy would be taken."
                )
            )
        counts = self.tr(
            "New: %1, newer versions: %2, deleted: %3, unchanged: %4, older than this vault's "
            "(ours kept): %5, new conflicts: %6."
        )
        lines.append(fill(counts, *map(str, import_counts(report))))
        if report.is_sender_known and _changes_nothing(report):
            text = self.tr(
                "Nothing in this bundle is new here. Import it all the same: this vault then "
                "records that it has bundle %1, and later bundles from %2 do not name it as "
                "missing."
            )
            lines.append(fill(text, str(report.sequence), report.sender_name))
        lines += import_notes(report, is_done=False)
        return "\n".join(lines)
