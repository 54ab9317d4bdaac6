"""When a form keeps its unsaved work as a draft in the vault, and that it never writes one twice.

A draft is written a moment after typing pauses (QUIET_MS); the first change after a pause (or
after the form opened) is written FIRST_CHANGE_MS after it however fast the typing goes on, and
then the periodic tick writes every LONGEST_MS while it does, so a crash or a kill -9 loses a
second of typing at first and three at most. Before, the first write of continuous typing waited
for the tick, which runs from the form's opening: a tester's kill after 0.5 s and 2 s of typing
into a new testimony lost all 42 characters. The tick is also the net for a change no signal
reported and the retry after a failed write; a tick with nothing new writes nothing (before,
it rewrote the same draft every four seconds for as long as the form stayed open).

One write of a 150,000-character testimony takes 9-20 ms on the GUI thread of an idle two-core
machine, 30-40 ms (at worst 68) with that machine loaded four times over; most of it is the
encrypted write and its fsync. A pause in typing or one tick in three seconds is not a stutter,
and it is too little to be worth a worker thread and its races with a lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QTimer

from desktop_app.core import drafts
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import SandiqError
from desktop_app.core.sealed_drafts import UnsavedDraft
from desktop_app.ui.forms.draft_focus import focus_in

if TYPE_CHECKING:
    from desktop_app.ui.forms.base import RecordForm

QUIET_MS = 1000
FIRST_CHANGE_MS = 1000
LONGEST_MS = 3000
# How long a draft write waits for another program's write before giving up: the window must
# not freeze for the ten seconds a saving form waits, and a lock must not wait at all.
DRAFT_WAIT_MS = 300


class DraftAutosave(QObject):
    """Writes form's draft soon after each change (form.autosave, which shows failures)."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)  # a reference back to form would keep it alive after its close
        self._kept: tuple[dict[str, Any], drafts.DraftFocus | None] | None = None
        self._is_watching = False
        self.quiet_timer = QTimer(self)
        self.quiet_timer.setSingleShot(True)
        self.quiet_timer.setInterval(QUIET_MS)
        self.quiet_timer.timeout.connect(form.autosave)
        self.first_change_timer = QTimer(self)
        self.first_change_timer.setSingleShot(True)
        self.first_change_timer.setInterval(FIRST_CHANGE_MS)
        self.first_change_timer.timeout.connect(form.autosave)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(LONGEST_MS)
        self.tick_timer.timeout.connect(form.autosave)

    def start(self) -> None:
        """Begin watching: the changes made while the form was filled are not the user's."""
        self._is_watching = True
        self.tick_timer.start()

    def stop(self) -> None:
        """Write nothing more on a timer (the form is closing)."""
        self._is_watching = False
        self.quiet_timer.stop()
        self.first_change_timer.stop()
        self.tick_timer.stop()

    def note_change(self) -> None:
        """A field changed: write the draft once the typing pauses for QUIET_MS, and at the
        latest FIRST_CHANGE_MS after the first change since a pause."""
        if not self._is_watching:
            return
        # The pause timer runs from the last key, so it is idle only before a burst of typing;
        # the first change's timer is not restarted by the keys that follow it.
        if not self.quiet_timer.isActive() and not self.first_change_timer.isActive():
            self.first_change_timer.start()
        self.quiet_timer.start()

    def write(self) -> bool:
        """Keep the form's unsaved content (and where the user is typing) as its draft; False,
        writing nothing, when nothing changed or the vault's draft already holds it. Raises
        SandiqError if the vault cannot take it (a full disk, another program writing)."""
        form = self._form()
        if form.vault.is_locked or not form.is_dirty():
            return False
        kept = (form.content(), focus_in(form))
        if form.draft_id is not None and kept == self._kept:
            return False
        with database_errors_reported(), form.vault.transaction(DRAFT_WAIT_MS) as session:
            form.draft_id = drafts.save_draft(
                session, form.KIND, form.record_id, kept[0], form.draft_id, kept[1]
            )
        self._kept = kept
        return True

    def write_for_lock(self) -> UnsavedDraft | None:
        """Stop, and write the draft now; the unsaved work if the vault could not take it, for
        the caller to keep sealed until the next unlock."""
        self.stop()
        try:
            self.write()
        except SandiqError:
            form = self._form()
            return UnsavedDraft(
                form.KIND, form.record_id, form.content(), form.draft_id, focus_in(form)
            )
        return None

    def discard(self) -> None:
        """Stop, and forget the form's draft (the user chose to discard the work); if the vault
        cannot, the draft stays and is offered again at the next unlock."""
        self.stop()
        form = self._form()
        if form.draft_id is None or form.vault.is_locked:
            return
        try:
            with database_errors_reported(), form.vault.transaction(DRAFT_WAIT_MS) as session:
                drafts.discard_draft(session, form.draft_id)
        except SandiqError:
            pass
        form.draft_id = None

    def _form(self) -> RecordForm:
        return cast("RecordForm", self.parent())
