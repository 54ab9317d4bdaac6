"""Setting a new passphrase (from the Vault menu, or right after unlocking with the recovery
key). From the menu the current passphrase is asked first: anyone at an unlocked laptop could
otherwise set one the owner does not know. Checking it and rewrapping run Argon2id, so both
happen on a worker.

A vault opened with the recovery key or shares is remembered until a new passphrase is set:
after Cancel, or a lock that closed this dialog, the user still does not know the passphrase,
and the unlock dialog must not leave them typing one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core import keys
from desktop_app.core.errors import WrongPassphrase
from desktop_app.core.keys import DEFAULT_KDF, KdfParams
from desktop_app.core.vault import MIN_PASSPHRASE_LENGTH, Vault
from desktop_app.ui.messages import error_text, inform
from desktop_app.ui.retry_delay import retry_delay_seconds
from desktop_app.ui.screen_fit import resize_within_screen
from desktop_app.ui.strength_meter import StrengthMeter, confirm_weak_passphrase
from desktop_app.ui.tasks import Result, run_task

# Vault folders opened this session without the passphrase and given no new one since, each
# with whether colleagues' shares (rather than the recovery key) opened it.
_opened_without_passphrase: dict[Path, bool] = {}


def note_opened_without_passphrase(
    vault_path: Path, is_without: bool = True, with_shares: bool = False
) -> None:
    """Remember that the vault was opened with the recovery key, or with colleagues' shares
    (is_without, with_shares), or forget it once it has been opened with, or given, a
    passphrase."""
    if is_without:
        _opened_without_passphrase[vault_path.resolve()] = with_shares
    else:
        _opened_without_passphrase.pop(vault_path.resolve(), None)


def is_opened_without_passphrase(vault_path: Path) -> bool:
    """True if the vault was last opened with the recovery key or shares and no new
    passphrase has been set since (in this session)."""
    return vault_path.resolve() in _opened_without_passphrase


def is_opened_with_shares(vault_path: Path) -> bool:
    """True if colleagues' shares, not the recovery key, last opened the vault without its
    passphrase and no new passphrase has been set since (in this session)."""
    return _opened_without_passphrase.get(vault_path.resolve(), False)


class ChangePassphraseDialog(QDialog):
    """The current passphrase (unless the vault was opened without it), the new one twice, a
    strength meter, and the check and rewrap on a worker."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        kdf: KdfParams = DEFAULT_KDF,
        after_recovery: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.vault = vault
        self.kdf = kdf
        # After an unlock with the recovery key or shares the user does not know it.
        self.asks_current = not after_recovery
        self._wrong_tries = 0  # wrong current passphrases in this dialog: each waits longer
        self._waiting = False
        self._is_changing = False  # the rewrap runs: it cannot be stopped
        self._header_before = vault.header  # as it was when Change was last pressed
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current_edit = QLineEdit()
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.setAccessibleName(self.tr("Current passphrase"))
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat passphrase"))
        self.strength_meter = StrengthMeter()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        # Shown right after an unlock with the recovery key or shares, which the user did not
        # ask to be followed by this dialog.
        if is_opened_with_shares(vault.path):
            reason = self.tr(
                "You opened the vault with your colleagues' recovery shares. Choose a new "
                "passphrase now: from then on the vault opens with it."
            )
        else:
            reason = self.tr(
                "You opened the vault with the recovery key. Choose a new passphrase now: from "
                "then on the vault opens with it."
            )
        self.reason_label = QLabel(reason)
        self.reason_label.setWordWrap(True)
        self.reason_label.setHidden(not after_recovery)
        form.addRow(self.reason_label)
        current_label = QLabel(self.tr("C&urrent passphrase:"))
        current_label.setBuddy(self.current_edit)
        form.addRow(current_label, self.current_edit)
        form.setRowVisible(self.current_edit, self.asks_current)
        new_label = QLabel(self.tr("&New passphrase:"))
        new_label.setBuddy(self.new_edit)
        repeat_label = QLabel(self.tr("&Repeat:"))
        repeat_label.setBuddy(self.repeat_edit)
        form.addRow(new_label, self.new_edit)
        form.addRow(repeat_label, self.repeat_edit)
        form.addRow(self.tr("Strength:"), self.strength_meter)
        form.addRow(self.message_label)
        form.addRow(self.buttons)
        self.current_edit.textChanged.connect(self._update)
        self.new_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _problem(self) -> str:
        if self.asks_current and not self.current_edit.text():
            return self.tr("Type your current passphrase too.")
        if len(self.new_edit.text()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH))
        if self.new_edit.text() != self.repeat_edit.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        self.strength_meter.show_strength(self.new_edit.text())
        problem = self._problem()
        if not self._waiting:  # the line saying how long to wait stays while it lasts
            self._say(problem if self.new_edit.text() else "")
        self.ok_button.setEnabled(not problem and not self._waiting)

    def change(self) -> None:
        """Check the current passphrase, then rewrap the data key under the new one (on a
        worker); a wrong current passphrase, or a weak new one the user would rather not use,
        changes nothing."""
        if self._problem() or self._waiting:
            return
        passphrase, vault, kdf = self.new_edit.text(), self.vault, self.kdf
        if not confirm_weak_passphrase(self, passphrase):
            self.new_edit.setFocus()
            return
        current = self.current_edit.text() if self.asks_current else None
        self._header_before = vault.header

        def rewrap(_progress: object) -> bool:
            if current is not None:
                try:  # the unlock's own check, against the header the change rewrites
                    keys.unwrap_slot(
                        vault.header, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(current)
                    )
                except WrongPassphrase:
                    return False
            vault.change_passphrase(passphrase, kdf)
            return True

        self.ok_button.setEnabled(False)
        self._say(self.tr("Changing the passphrase…"))
        self._is_changing = True
        run_task(self, rewrap, self._done)

    def reject(self) -> None:
        """Cancel, Esc or the close button (not while the change runs); after a recovery, says
        that no passphrase the user knows opens the vault yet."""
        if self._is_changing:
            return
        super().reject()
        if not self.asks_current:
            inform(
                self.parentWidget(),
                self.tr(
                    "No new passphrase was set: next time you will need the recovery key or "
                    "shares again."
                ),
            )

    def close_for_lock(self) -> None:
        """Close at once, without a box: the vault is locking (the unlock dialog tells a user
        who came in with the recovery key or shares to do so again)."""
        QDialog.reject(self)

    def _done(self, result: Result[bool]) -> None:
        self._is_changing = False
        if not result.ok:
            reason = error_text(result.error or RuntimeError())
            # The header is replaced whole or not at all: unchanged, the old passphrase opens
            # the vault still, which is what someone told "the disk may be full" needs to know
            # (after a recovery, the user does not know the old one: it is not mentioned).
            if self.asks_current and self.vault.header is self._header_before:
                reason = self.tr(
                    "The passphrase was not changed: the old passphrase still opens the vault. %1"
                ).replace("%1", reason)
            self._say(reason)
            self.ok_button.setEnabled(True)
            return
        if not result.value:
            self._wrong_current()
            return
        note_opened_without_passphrase(self.vault.path, False)
        self.accept()
        inform(
            self.parentWidget(),
            self.tr(
                "The passphrase is changed: from now on the vault opens with the new one. "
                "Backups made before still open with the old passphrase."
            ),
        )

    def _wrong_current(self) -> None:
        # Not counted towards the opt-in wipe: an unlocked session must not destroy the vault.
        # Repeated guesses wait as at the unlock.
        self._wrong_tries += 1
        wait = retry_delay_seconds(self._wrong_tries)
        lines = [self.tr("The current passphrase is not correct. Nothing was changed.")]
        if wait:
            lines.append(self.tr("Wait %n s before the next try.", "", wait))
            self._waiting = True
            QTimer.singleShot(wait * 1000, self, self._end_wait)
        self._say("\n".join(lines))
        self.ok_button.setEnabled(not self._waiting)
        self.current_edit.selectAll()
        self.current_edit.setFocus()

    def _say(self, text: str) -> None:
        """Show text under the fields, the dialog growing (within the screen) until every line
        of it shows: a failure's three lines were cut at the bottom."""
        self.message_label.setText(text)
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            resize_within_screen(self, self.width(), needed)

    def _end_wait(self) -> None:
        self._waiting = False
        self.ok_button.setEnabled(not self._problem())
