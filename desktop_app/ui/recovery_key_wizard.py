"""Showing a recovery key once, then checking the user's copy: two groups of it typed back, so
an unwritten key is caught now (Back returns to the key to mend the copy). The key's page can
also print it, for a safe. The create-vault wizard ends with these two pages;
``NewRecoveryKeyWizard`` uses them to make a new recovery key for an open vault, stored only
once the copy is checked.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.errors import SandiqError
from desktop_app.core.vault import PendingRecoveryKey
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import APP_NAME, error_text, warn

# The key on paper: large enough to copy back without mistaking 0 for O (a safe is read rarely,
# perhaps by someone else, perhaps years later).
PRINTED_KEY_POINTS = 20


def _as_key_group(typed: str) -> str:
    # Forgiven as when unlocking: case, and O for 0, I and L for 1.
    return typed.strip().upper().translate(str.maketrans("OIL", "011"))


def recovery_groups(key: str) -> list[str]:
    """The dash-separated groups of a recovery key."""
    return key.split("-")


def key_lines(key: str) -> list[str]:
    """The key in lines of four groups, as shown and printed."""
    groups = recovery_groups(key)
    return ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]


def print_recovery_key(printer: QPrinter, key: str) -> bool:
    """Print the key on one page, with what it is and to keep it in a safe, and nothing else
    of the vault (neither its folder nor anything in it: the page leaves the computer); False
    if the printer could not be started."""
    translate = QCoreApplication.translate
    # The spooler shows and logs the job's name (and a PDF keeps it as its title).
    title = translate("RecoveryKeyPrint", "Sandiq recovery key")
    printer.setDocName(title)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRect(0, 0, page.width(), page.height())
        body = QFont(painter.font())
        body.setPointSizeF(11)
        heading = QFont(body)
        heading.setPointSizeF(16)
        heading.setWeight(QFont.Weight.Bold)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(PRINTED_KEY_POINTS)
        mono.setWeight(QFont.Weight.Bold)
        area = _paragraph(painter, area, title, heading)
        area = _paragraph(
            painter,
            area,
            translate(
                "RecoveryKeyPrint",
                "This key opens the Sandiq vault it was made for if the passphrase is "
                "forgotten. Anyone who has this page and a copy of the vault can read "
                "everything in it: keep the page in a safe, away from the computer, and do "
                "not copy or photograph it.",
            ),
            body,
        )
        area = _paragraph(painter, area, "\n".join(key_lines(key)), mono)
        printed_on = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        printed = translate(
            "RecoveryKeyPrint",
            "Printed on %1. A newer recovery key made for the vault replaces this one, which "
            "then no longer opens it.",
        )
        area = _paragraph(painter, area, fill(printed, printed_on), body, 2.0)
        vault_line = translate(
            "RecoveryKeyPrint", "Vault (write by hand): ______________________________"
        )
        _paragraph(painter, area, vault_line, body)
    finally:
        painter.end()
    return True


def _paragraph(
    painter: QPainter, area: QRect, text: str, font: QFont, gap_after: float = 1.0
) -> QRect:
    """Draw text word-wrapped at the top of area in font; the area left below it, gap_after
    lines of the font further down."""
    painter.setFont(font)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    used = painter.boundingRect(area, flags, text)
    painter.drawText(area, flags, text)
    gap = round(painter.fontMetrics().height() * gap_after)
    return area.adjusted(0, used.height() + gap, 0, 0)


class KeyWizard(QWizard):
    """A wizard that shows a recovery key and then checks the user's copy of it; closing it
    before the copy was checked asks first, as the key cannot be shown again."""

    confirm_page: ConfirmKeyPage
    interrupted = Signal()  # a lock closed it before the key was confirmed

    def recovery_key(self) -> str | None:
        """The key to show and check, once there is one."""
        raise NotImplementedError

    def unchecked_question(self) -> str:
        """What to ask before closing with the key unconfirmed."""
        raise NotImplementedError

    def is_key_unconfirmed(self) -> bool:
        """True if closing now would leave the key unconfirmed: shown, its copy not checked."""
        return self.recovery_key() is not None and not self.confirm_page.isComplete()

    def reject(self) -> None:
        """Close (Cancel, Esc), asking first if the key is unconfirmed."""
        if self.is_key_unconfirmed():
            answer = QMessageBox.question(self, APP_NAME, self.unchecked_question())
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def close_for_lock(self) -> None:
        """Close at once, without asking: the vault is locking."""
        if self.is_key_unconfirmed():
            self.interrupted.emit()
        QWizard.reject(self)


class RecoveryKeyPage(QWizardPage):
    """Shows the recovery key, once."""

    def __init__(self, wizard: KeyWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        # In the page, not the wizard's subtitle: that shows two lines, and in Russian and
        # Uzbek the last sentence ("shown only once") was cut off.
        self.warning_label = QLabel(
            self.tr(
                "Write this key on paper now and keep it somewhere safe, away from this "
                "computer. It opens the vault if the passphrase is forgotten. It is shown "
                "only once."
            )
        )
        self.warning_label.setWordWrap(True)
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        # Some keep the key in a safe by policy: a printed page, not a handwritten copy.
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.key_label)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Show the key, in groups of four."""
        key = self._wizard.recovery_key()
        if key is not None:
            self.key_label.setText("\n".join(key_lines(key)))

    def print_key(self) -> None:
        """Ask for a printer, then print the key on it."""
        key = self._wizard.recovery_key()
        if key is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not print_recovery_key(printer, key):
            warn(self, self.tr("The recovery key could not be printed: check the printer."))


class ConfirmKeyPage(QWizardPage):
    """Asks for two groups of the recovery key back."""

    def __init__(self, wizard: KeyWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check your copy"))
        self.setSubTitle(
            self.tr("Type two groups from the recovery key you wrote down, to be sure it is right.")
        )
        self.first_edit = QLineEdit()
        self.second_edit = QLineEdit()
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.first_label.setBuddy(self.first_edit)
        self.second_label.setBuddy(self.second_edit)
        self.message_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.first_label, self.first_edit)
        form.addRow(self.second_label, self.second_edit)
        form.addRow(self.message_label)
        self.positions: tuple[int, int] = (0, 1)
        for edit in (self.first_edit, self.second_edit):
            edit.textChanged.connect(self._update)

    def initializePage(self) -> None:
        """Pick two groups at random, so the user must have the whole key at hand."""
        key = self._wizard.recovery_key()
        count = len(recovery_groups(key)) if key else 2
        first = secrets.randbelow(count)
        second = (first + 1 + secrets.randbelow(count - 1)) % count
        self.positions = tuple(sorted((first, second)))  # type: ignore[assignment]
        for label, edit, position in (
            (self.first_label, self.first_edit, self.positions[0]),
            (self.second_label, self.second_edit, self.positions[1]),
        ):
            # No Alt key: "Group &1" and "Group &13" would share Alt+1.
            label.setText(self.tr("Group %1:").replace("%1", str(position + 1)))
            edit.setAccessibleName(self.tr("Group %1").replace("%1", str(position + 1)))
            edit.clear()

    def _matches(self) -> bool:
        key = self._wizard.recovery_key()
        if key is None:
            return False
        groups = recovery_groups(key)
        typed = (self.first_edit.text(), self.second_edit.text())
        return all(
            _as_key_group(t) == groups[p] for t, p in zip(typed, self.positions, strict=True)
        )

    def _update(self) -> None:
        complete = all(len(e.text().strip()) >= 4 for e in (self.first_edit, self.second_edit))
        if complete and not self._matches():
            self.message_label.setText(self.tr("That does not match the key. Check your copy."))
        else:
            self.message_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Finish is enabled only when both groups match."""
        return self._matches()


def translate_wizard_buttons(wizard: QWizard) -> None:
    """Give the wizard's Back, Next, Finish and Cancel buttons our translations."""
    # Qt ships no Uzbek catalogue of its own: the wizard's buttons are ours to translate.
    # The context stays "CreateVaultWizard", where these strings were first translated.
    for button, text in (
        (QWizard.WizardButton.BackButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "< &Back")),
        (QWizard.WizardButton.NextButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "&Next >")),
        (QWizard.WizardButton.FinishButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "&Finish")),
        (QWizard.WizardButton.CancelButton, QT_TRANSLATE_NOOP("CreateVaultWizard", "Cancel")),
    ):
        wizard.setButtonText(button, QCoreApplication.translate("CreateVaultWizard", text))


class NewRecoveryKeyWizard(KeyWizard):
    """Shows a new recovery key and checks the user's copy, as at creation; only Finish, with
    the copy checked, stores it. Until then the old key keeps opening the vault, so a crash or
    a closed window never leaves a key that nobody holds."""

    def __init__(self, pending: PendingRecoveryKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._pending = pending
        self._is_stored = False
        self.setWindowTitle(self.tr("New recovery key"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        translate_wizard_buttons(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmKeyPage(self)
        for page in (self.recovery_page, self.confirm_page):
            self.addPage(page)

    def recovery_key(self) -> str | None:
        """The new key."""
        return self._pending.text

    def is_key_unconfirmed(self) -> bool:
        """True until Finish has stored the key: a checked copy alone replaces nothing."""
        return not self._is_stored

    def unchecked_question(self) -> str:
        """Closing keeps the old key; the new one is dropped."""
        return self.tr(
            "Close without changing the recovery key? The old key keeps opening the vault; "
            "the new key shown here never will."
        )

    def validateCurrentPage(self) -> bool:
        """Finish: store the new key now that the copy is checked (the old one stops working);
        if it cannot be stored, say so and stay, the old key still valid."""
        if self.currentPage() is not self.confirm_page:
            return super().validateCurrentPage()
        if not self.confirm_page.isComplete():
            return False
        try:
            self._pending.store()
        except SandiqError as error:
            warn(
                self,
                self.tr(
                    "The new recovery key was not saved, and the old key still opens the vault. %1"
                ).replace("%1", error_text(error)),
            )
            return False
        self._is_stored = True
        return True
