"""What the user reads when something fails or must be confirmed, in dialogs.

The sentences themselves are in ``error_texts`` (no widgets, so the CLI shares them); this
module shows them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.error_texts import error_text

APP_NAME = "Sandiq"  # a name, the same in every language


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user an operation failed."""
    warn(parent, error_text(error))


def warn(parent: QWidget | None, text: str) -> None:
    """Tell the user something failed, in words the caller chose."""
    QMessageBox.warning(parent, APP_NAME, text)


def inform(parent: QWidget | None, text: str) -> None:
    """Show a short notice."""
    QMessageBox.information(parent, APP_NAME, text)


def confirm(parent: QWidget | None, text: str, danger: bool = False) -> bool:
    """Ask a yes/no question; True if the user agreed."""
    ask = QMessageBox.warning if danger else QMessageBox.question
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = ask(parent, APP_NAME, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
