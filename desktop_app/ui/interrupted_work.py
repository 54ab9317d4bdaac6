"""Work a lock interrupts, taken up at the next unlock of the same vault.

A lock saves open forms as drafts; a draft the vault cannot take (a full disk, say) is sealed to
the vault's own public key and kept in memory, so no case data stays readable while locked, and
it is stored at the next unlock. A dialog a lock cut short (a new recovery key not yet checked)
leaves a question to ask then. After unlock, and after any search index rebuild, the files an
"Add file" cut short (a kill, a power cut) did not add are named, and the drafts left by a crash
or a lock are offered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core import drafts
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import SandiqError
from desktop_app.core.sealed_drafts import (
    DraftSealer,
    SealedDraft,
    UnsavedDraft,
    store_sealed_drafts,
)
from desktop_app.core.unfinished_intakes import take_unfinished_intakes
from desktop_app.core.vault import Vault
from desktop_app.ui.attachment_intake import unfinished_intakes_text
from desktop_app.ui.drafts_dialog import DraftsDialog
from desktop_app.ui.messages import confirm, show_error, warn

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class InterruptedWork(QObject):
    """A main window's sealed drafts and its question for the next unlock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        # Drafts the vault could not take when it locked, sealed to their vault's own key.
        self.sealed_drafts: list[SealedDraft] = []
        self._sealer: DraftSealer | None = None
        # A question for the next unlock: what a lock interrupted, and how to take it up.
        self._after_unlock: tuple[Path, str, Callable[[], object]] | None = None

    def keep_sealed_drafts(self, vault: Vault) -> None:
        """Know how to seal this vault's drafts, and store those sealed at the last lock."""
        # A read: an unlock must not wait on another program's write to learn a public key.
        with vault.read() as session:
            self._sealer = DraftSealer.of_vault(session)
        if not self.sealed_drafts:
            return
        try:
            with database_errors_reported(), vault.transaction() as session:
                self.sealed_drafts = store_sealed_drafts(session, self.sealed_drafts)
        except SandiqError as error:  # still no room: they stay sealed until the next unlock
            show_error(self.main, error)

    def seal(self, unsaved: Sequence[UnsavedDraft]) -> None:
        """Keep the drafts a lock could not save, sealed, until the next unlock."""
        if self._sealer is not None:
            self.sealed_drafts += [self._sealer.seal(draft) for draft in unsaved]

    def ask_after_unlock(self, question: str, action: Callable[[], object]) -> None:
        """Once this vault is unlocked again, ask question and, if the answer is yes, act."""
        self._after_unlock = (self.main.vault_path, question, action)

    def take_up(self, then: Callable[[], object] | None) -> None:
        """The vault is ready: ask the question left for it, say which files were not added,
        offer drafts, then run `then`."""
        if self._after_unlock is not None and self._after_unlock[0] == self.main.vault_path:
            (_, question, action), self._after_unlock = self._after_unlock, None
            if confirm(self.main, question):
                action()
        self.say_unfinished_intakes()
        self.offer_drafts(only_if_any=True)
        if then is not None:
            then()

    def say_unfinished_intakes(self) -> None:
        """Name the files an "Add file" cut short did not add, once; if the vault cannot be
        written now, at the next unlock that can."""
        vault = self.main.vault
        if vault is None:
            return
        try:
            intakes = take_unfinished_intakes(vault)
        except SandiqError:  # what reads the vault next says why it cannot
            return
        if intakes:
            warn(self.main, unfinished_intakes_text(intakes))

    def offer_drafts(self, only_if_any: bool = False) -> DraftsDialog | None:
        """Show unsaved drafts left by a crash or a lock, if there are any."""
        vault = self.main.vault
        if vault is None:
            return None
        with vault.read() as session:
            items = drafts.list_drafts(session)
        if not items and only_if_any:
            return None
        dialog = DraftsDialog(self.main.registry, items, self.main)
        dialog.open()
        return dialog
