"""Before a vault made by an older version of Sandiq is upgraded: the user is told that older
versions will not open it afterwards, and chooses to back it up first, to upgrade it, or to
leave it untouched.

The unlock dialog opens such a vault in its older format (see ``core.vault.unlock``), and the
restore dialog restores an older backup in it (see ``core.backup.restore``); it is handed to
``upgrade_then``, which gives it on in this version's format, or locks it unchanged.
A user who carries the vault on a memory stick between computers may still need it in a
Sandiq that has not been updated; the backup, made in the older format, opens there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.vault import Vault
from desktop_app.ui.backup_action import back_up_vault
from desktop_app.ui.messages import APP_NAME, show_error
from desktop_app.ui.tasks import Progress, Result, run_with_progress


class UpgradeQuestion(QMessageBox):
    """Whether to upgrade a vault in an older format: Back up first…, Upgrade or Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(APP_NAME)
        self.setText(
            self.tr(
                "This vault was last used with an older version of Sandiq. To open it, Sandiq "
                "must upgrade it, and older versions will not open it afterwards."
            )
        )
        self.backup_button = self.addButton(
            self.tr("&Back up first…"), QMessageBox.ButtonRole.ActionRole
        )
        self.upgrade_button = self.addButton(self.tr("&Upgrade"), QMessageBox.ButtonRole.AcceptRole)
        # Set here: Qt ships no Uzbek translation of its standard buttons.
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        # Enter takes the choice that loses nothing; Esc leaves the vault as it is.
        self.setDefaultButton(self.backup_button)
        self.setEscapeButton(self.cancel_button)


def upgrade_then(
    parent: QWidget,
    vault: Vault,
    then: Callable[[Vault], object],
    declined: Callable[[], object],
) -> None:
    """Give then the vault in this version's format: at once if it is in it, else once the
    user has agreed to upgrade it (after a backup, if they chose one). On Cancel, or if the
    upgrade fails (said in a message), the vault is locked as it was and declined is called."""
    if vault.older_format is None:
        then(vault)
        return
    question = UpgradeQuestion(parent)
    question.exec()
    clicked = question.clickedButton()
    question.deleteLater()
    if clicked is question.upgrade_button:
        _upgrade(parent, vault, then, declined)
    elif clicked is question.backup_button:

        def after_backup(is_written: bool) -> None:
            if is_written:
                _upgrade(parent, vault, then, declined)
            else:  # no folder chosen, or the backup failed (said): the question again
                upgrade_then(parent, vault, then, declined)

        back_up_vault(parent, vault, then=after_backup)
    else:
        vault.lock()
        declined()


def _upgrade(
    parent: QWidget,
    vault: Vault,
    then: Callable[[Vault], object],
    declined: Callable[[], object],
) -> None:
    def work(_progress: Progress) -> None:
        # The search index is rebuilt next, by the main window, with its own progress dialog.
        vault.upgrade_format(rebuild_stale_index=False)

    def done(result: Result[None]) -> None:
        if not result.ok:  # the vault is locked, still in its older format
            show_error(parent, result.error or RuntimeError())
            declined()
            return
        then(vault)

    task = run_with_progress(
        parent, QCoreApplication.translate("FormatUpgrade", "Upgrading the vault…"), work, done
    )
    if task.dialog is not None:
        # Half done, an upgrade cannot stop: it is one transaction that ends either way.
        task.dialog.setCancelButton(None)  # type: ignore[arg-type]
