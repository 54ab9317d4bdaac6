"""Bringing a vault's search index up to date after unlock: a worker, a progress dialog, Cancel.

Unlock leaves an index made with other folding rules (a newer Sandiq, an older vault) as it is,
because rebuilding takes minutes on a large vault; the main window hands the vault to
``SearchIndexRebuild.open``. The dialog is window-modal: while the rebuild's transaction is open
nothing can search the stale index or wait on the vault's write lock, yet Lock and Panic keep
their shortcuts (they are added to the dialog, since a modal dialog shadows the main window's).
It is a plain QDialog: a modal QProgressDialog runs processEvents() inside setValue().
Cancel, or a lock, rolls the rebuild back: the old index stays, the search page stays off
(offering the rebuild), and the next unlock offers it again. A rebuild stopped by a damaged page
is rolled back too; offering it again would fail again, so the page says what is left to do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import Cancelled, VaultCorrupted
from desktop_app.core.vault import Vault
from desktop_app.ui.messages import show_error, warn
from desktop_app.ui.search_notes import unrebuildable_index_text
from desktop_app.ui.search_page import SearchPage
from desktop_app.ui.tasks import Progress, Result, Task, run_task

# How long a lock waits for the worker to roll back: the rebuild checks for cancel every few
# hundred records, about a second apart on a large vault.
STOP_TIMEOUT_SECONDS = 10.0


class IndexProgressDialog(QDialog):
    """Why the vault is busy, how far the rebuild is, and Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Updating the search index"))
        self.why_label = QLabel(
            self.tr(
                "This version of Sandiq searches differently, so the search index of this "
                "vault is being rebuilt. This happens once and can take several minutes on a "
                "large vault. Search is available when it is done."
            )
        )
        self.why_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Records indexed"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the worker has counted the records
        self.bar.setAccessibleName(self.tr("Search index progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Set here: Qt ships no Uzbek translation of its standard buttons.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def show_progress(self, done: int, total: int) -> None:
        """done of total records indexed."""
        locale = QLocale()  # digit grouping of the interface language
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.count_label.setText(
            self.tr("%1 of %2 records indexed.")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )

    def reject(self) -> None:
        """Cancel (the button, Esc, closing the window): the worker stops at its next check
        and rolls back; the dialog stays, window-modal, until it has (nothing may wait on the
        vault's write lock meanwhile)."""
        self.count_label.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)
        self.cancel_requested.emit()


class SearchIndexRebuild(QObject):
    """Keeps the search page off while the index is stale, and rebuilds it on a worker."""

    finished = Signal(bool)  # True if the index is now current

    def __init__(
        self, window: QWidget, search_page: SearchPage, shortcuts: Sequence[QAction] = ()
    ) -> None:
        super().__init__(window)
        self._window = window
        self._search_page = search_page
        self._shortcuts = tuple(shortcuts)
        self._vault: Vault | None = None
        self._then: Callable[[], object] | None = None
        self._task: Task | None = None
        self._left_database = threading.Event()
        self.dialog: IndexProgressDialog | None = None
        search_page.rebuild_requested.connect(self._rebuild_requested)

    def is_running(self) -> bool:
        """True while a rebuild is under way."""
        return self._task is not None

    def open(self, vault: Vault, then: Callable[[], object]) -> None:
        """For a vault just unlocked: if its index is stale, rebuild it now and call then once
        the rebuild has finished or was cancelled; otherwise call then at once."""
        self._vault = vault
        is_current = vault.search_index_is_current()
        self._search_page.set_index_ready(is_current)
        if is_current:
            then()
            return
        self._then = then
        self.start(vault)

    def _rebuild_requested(self) -> None:
        if self._vault is not None and not self._vault.is_locked:
            self.start(self._vault)

    def start(self, vault: Vault) -> None:
        """Rebuild the index of vault now; finished() tells how it ended."""
        if self._task is not None:
            return
        dialog = self.dialog = IndexProgressDialog(self._window)
        for action in self._shortcuts:
            dialog.addAction(action)
        left = self._left_database = threading.Event()

        def work(progress: Progress) -> int:
            try:
                with database_errors_reported():  # a damaged page, said as such
                    return vault.rebuild_search_index(progress, progress.cancelled)
            finally:
                left.set()

        task = run_task(self, work, lambda result: self._done(task, result))
        task.signals.progress.connect(dialog.show_progress)
        dialog.cancel_requested.connect(task.cancel)
        self._task = task
        dialog.open()  # window-modal

    def _done(self, task: Task, result: Result[int]) -> None:
        if task is not self._task:  # stopped by a lock meanwhile
            return
        self._close_dialog()
        if isinstance(result.error, VaultCorrupted):
            self._search_page.set_index_unrebuildable()
            warn(self._window, unrebuildable_index_text())
        else:
            if not result.ok and not isinstance(result.error, Cancelled):
                show_error(self._window, result.error or RuntimeError())
            self._search_page.set_index_ready(result.ok)
        then, self._then = self._then, None
        self.finished.emit(result.ok)
        if then is not None:
            then()

    def _close_dialog(self) -> None:
        self._task = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.cancel_requested.disconnect()
            dialog.accept()
            dialog.deleteLater()

    def cancel(self) -> None:
        """Ask the worker to stop without waiting for it (panic: every millisecond counts)."""
        if self._task is not None:
            self._task.cancel()

    def stop(self) -> None:
        """Forget the vault (on lock and quit); a running rebuild is cancelled and waited for
        until it has rolled back and left the database, so the engine can be disposed of."""
        self._vault, self._then = None, None
        if self._task is None:
            return
        self._task.cancel()
        self._left_database.wait(STOP_TIMEOUT_SECONDS)
        self._close_dialog()
        self.finished.emit(False)
