"""Where a vault's secret is typed: the passphrase, or instead the recovery key, or colleagues'
recovery shares. The unlock and restore dialogs both ask so, with the same rows and the same
switching between the three (the two "instead" boxes exclude each other; the last ticked wins)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class SecretEntry(QObject):
    """The passphrase box, the shares box shown in its place, and the two "instead" boxes."""

    mode_changed = Signal()

    def __init__(self, shares_edit: QPlainTextEdit, passphrase_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._passphrase_name = passphrase_name  # what a screen reader calls the box
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(passphrase_name)
        self.label = QLabel(self.tr("&Passphrase:"))
        self.label.setBuddy(self.passphrase_edit)
        self.recovery_check = QCheckBox(self.tr("Use the &recovery key instead"))
        self.shares_check = QCheckBox(self.tr("Use colleagues' recovery &shares instead"))
        self.shares_edit = shares_edit
        self.shares_edit.hide()
        self.recovery_check.toggled.connect(self._mode_changed)
        self.shares_check.toggled.connect(self._mode_changed)

    def add_rows(self, form: QFormLayout) -> None:
        """The secret's row and the two "instead" rows."""
        field = QVBoxLayout()
        field.setContentsMargins(0, 0, 0, 0)
        field.addWidget(self.passphrase_edit)
        field.addWidget(self.shares_edit)
        form.addRow(self.label, field)
        form.addRow("", self.recovery_check)
        form.addRow("", self.shares_check)

    def uses_shares(self) -> bool:
        """True when colleagues' shares are typed instead of a passphrase."""
        return self.shares_check.isChecked()

    def uses_recovery_key(self) -> bool:
        """True when the recovery key is typed instead of the passphrase."""
        return self.recovery_check.isChecked()

    def typed(self) -> str:
        """What was typed in the box shown."""
        return self.shares_edit.toPlainText() if self.uses_shares() else self.passphrase_edit.text()

    def widgets(self) -> tuple[QWidget, ...]:
        """Every input, to disable while the secret is tried."""
        return (self.passphrase_edit, self.shares_edit, self.recovery_check, self.shares_check)

    def clear(self) -> None:
        """Forget what was typed."""
        self.passphrase_edit.clear()
        self.shares_edit.clear()

    def focus_after_wrong_secret(self) -> None:
        """Back to the box shown, a passphrase selected so the next try replaces it."""
        if self.uses_shares():
            self.shares_edit.setFocus()
        else:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()

    def _mode_changed(self, checked: bool) -> None:
        if checked:
            other = (
                self.shares_check if self.sender() is self.recovery_check else self.recovery_check
            )
            other.setChecked(False)
        use_recovery, use_shares = self.uses_recovery_key(), self.uses_shares()
        if use_shares:
            self.label.setText(self.tr("&Shares:"))
        elif use_recovery:
            self.label.setText(self.tr("&Recovery key:"))
        else:
            self.label.setText(self.tr("&Passphrase:"))
        self.label.setBuddy(self.shares_edit if use_shares else self.passphrase_edit)
        self.passphrase_edit.setVisible(not use_shares)
        self.shares_edit.setVisible(use_shares)
        self.passphrase_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if use_recovery else QLineEdit.EchoMode.Password
        )
        self.passphrase_edit.setAccessibleName(
            self.tr("Recovery key") if use_recovery else self._passphrase_name
        )
        self.mode_changed.emit()
