"""Choosing a person by typing part of a name, or creating a new one on the spot.

The typed name is looked up on a worker (0.3-0.7 s in a vault of 100,000 testimonies), so
typing never waits for it; an answer to a name typed before the one in the box now is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QModelIndex, QStringListModel, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import SandiqError
from desktop_app.core.person_hints import PersonHint, hints_for_same_names
from desktop_app.core.person_lookup import persons_named
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.fields import focus_through
from desktop_app.ui.tasks import Result, run_task

if TYPE_CHECKING:
    from desktop_app.ui.forms.person_form import PersonForm

PICKER_LIMIT = 20
# A name is looked up from its second letter on: one letter begins thousands of names in a
# large vault, and its lookup froze the window for a third of a second (K on 20,000 people)
# to offer twenty of them.
MIN_LETTERS = 2
# Looked up once typing pauses this long: a fast typist's keys each waited for a lookup of a
# text already out of date.
LOOKUP_DELAY_MS = 150

# The people found for a name (id, name, best first) and what tells apart those of one name.
Found = tuple[list[tuple[UUID, str]], dict[UUID, PersonHint]]


def _find(vault: Vault, name: str) -> Found:
    """The people a picker suggests for a typed name (any thread: it opens its own session)."""
    with database_errors_reported(), vault.read() as session:
        found = persons_named(session, name, PICKER_LIMIT)
        return found, hints_for_same_names(session, found)


class PersonPicker(QWidget):
    """A name box with suggestions from the vault, and a New… button for a person not yet there.

    ``new_person`` is called with the typed text and returns the person form it has shown for
    it; the person saved there is chosen here, and person_created is emitted once her form has
    closed (its window brought back), for the owner to move the focus on from New….
    """

    changed = Signal()
    person_created = Signal()

    def __init__(
        self,
        vault: Vault,
        new_person: Callable[[str], PersonForm],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._new_person = new_person
        self._selected: UUID | None = None
        self._choices: dict[str, UUID] = {}
        self._labelled_names: set[str] = set()  # names offered with what tells them apart
        # Look-ups started; an answer is shown only if no typing, choice or look-up came after.
        self._lookups = 0
        self._is_looking_up = False
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._look_up)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Type part of a name"))
        self.suggestions = QStringListModel(self)
        # The vault has matched the typed text against every spelling of every name; Qt must
        # not filter its answer again by the text as typed (Jurabek would hide Ҷӯрабек).
        # Attached with setWidget, not QLineEdit.setCompleter, which would write the browsed
        # row's tail after the typed text as if the row began with it.
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.name_edit)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Create a new person with this name"))
        self.new_button.setAccessibleName(self.tr("New person"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit, 1)
        layout.addWidget(self.new_button)
        focus_through(self, self.name_edit)  # the label's Alt+letter reaches the name box
        self.name_edit.textEdited.connect(self._typed)
        self.completer.activated[str].connect(self._chosen)
        self.new_button.clicked.connect(self._open_new_person)

    def _open_new_person(self) -> None:
        form = self._new_person(self.name_edit.text().strip())
        # The name typed here is often a start to go on with: with the cursor at its start,
        # as a form opens its fields, the next keys went in front of it.
        form.name_edit.end(False)
        form.saved.connect(self._new_person_saved)
        form.accepted.connect(self._back_from_new_person)

    def _new_person_saved(self, _kind: str, person_id: UUID) -> None:
        self.set_person(person_id)

    def _back_from_new_person(self) -> None:
        # The person's window has closed, and no window may be active after it.
        self.window().activateWindow()
        self.person_created.emit()

    def setAccessibleName(self, name: str) -> None:
        """Name the text box too, which is what a screen reader lands on."""
        super().setAccessibleName(name)
        self.name_edit.setAccessibleName(name)

    def _typed(self, text: str) -> None:
        self._selected = None
        self._forget_lookup()
        if len(self._name_typed(text).strip()) >= MIN_LETTERS:
            # Changed once looked up: a form validating now would read the person at once.
            self._lookup_timer.start()
            return
        self._lookup_timer.stop()
        self._offer({})
        self.changed.emit()

    def _name_typed(self, text: str) -> str:
        # A label picked before ("Gulnora Karimova (born 1985)"), maybe cut short by the
        # user's editing, is looked up by its name.
        for name in self._labelled_names:
            if text.startswith(f"{name} ("):
                return name
        return text

    def _forget_lookup(self) -> None:
        """Drop the answer of a look-up still running: what it answers is out of date."""
        self._lookups += 1
        self._is_looking_up = False

    def _look_up(self) -> None:
        """Look up the typed name on a worker; its answer is shown if still wanted."""
        self._lookup_timer.stop()
        self._forget_lookup()
        self._is_looking_up = True
        lookup, text, vault = self._lookups, self.name_edit.text(), self.vault
        name = self._name_typed(text)

        def show(result: Result[Found]) -> None:
            if lookup != self._lookups:
                return
            self._is_looking_up = False
            if result.error is not None and not isinstance(result.error, SandiqError):
                raise result.error  # a bug, for the unexpected-error handler, as before
            # A look-up that failed (a damaged page, a lock) suggests nobody; saving the form
            # reads the vault again and says what is wrong.
            self._show_found(text, result.value or ([], {}))

        run_task(self, lambda _progress: _find(vault, name), show)

    def _look_up_now(self) -> None:
        """Look up the typed name on this thread, for an answer needed at once."""
        self._lookup_timer.stop()
        self._forget_lookup()
        text = self.name_edit.text()
        self._show_found(text, _find(self.vault, self._name_typed(text)))

    def _show_found(self, text: str, found: Found) -> None:
        """Suggest the people found for text, and choose the one text names whole, if any."""
        self._offer(self._labels(*found))
        self._selected = self._choices.get(text.strip())
        self.changed.emit()

    def _labels(
        self, found: Sequence[tuple[UUID, str]], hints: dict[UUID, PersonHint]
    ) -> dict[str, UUID]:
        """Each person's label: the name, and for people of one name what tells them apart
        (the start of the id too if nothing else does)."""
        told = {pid: tuple(self._facts(hints[pid])) for pid, _ in found if pid in hints}
        shown = [(name, told.get(pid, ())) for pid, name in found]
        labels = {}
        for (person_id, name), (_, facts) in zip(found, shown, strict=True):
            if person_id in hints and (not facts or shown.count((name, facts)) > 1):
                facts = (*facts, hints[person_id].short_id)
            labels[f"{name} ({', '.join(facts)})" if facts else name] = person_id
        self._labelled_names = {name for person_id, name in found if person_id in hints}
        return labels

    def _facts(self, hint: PersonHint) -> list[str]:
        facts: list[str] = []
        if hint.birth_year:
            facts.append(self.tr("born %1").replace("%1", hint.birth_year))
        if hint.other_name:
            facts.append(hint.other_name)
        if hint.testimonies is not None:
            facts.append(self.tr("%n testimony(ies)", "", hint.testimonies))
        return facts

    def _offer(self, choices: dict[str, UUID]) -> None:
        """Suggest these people (by label), or hide the suggestions if there are none."""
        self._choices = choices
        self.suggestions.setStringList(list(choices))
        if not choices:
            self.completer.popup().hide()
            return
        self.completer.complete()
        # No row is current until the user moves to one, so Enter alone picks nobody.
        self.completer.popup().setCurrentIndex(QModelIndex())

    def _settle(self) -> None:
        """Look up what was typed now if that is still to come or running (Save right after
        typing)."""
        if self._lookup_timer.isActive() or self._is_looking_up:
            self._look_up_now()

    def _chosen(self, label: str) -> None:
        self._lookup_timer.stop()  # the choice answers what was typed before it
        self._forget_lookup()
        self.name_edit.setText(label)
        self._show_start()
        self._selected = self._choices.get(label)
        self.changed.emit()

    def person_id(self) -> UUID | None:
        """The chosen person, or None."""
        self._settle()
        return self._selected

    def has_unmatched_text(self) -> bool:
        """True if a name is typed that is not a chosen person (the user must pick or create)."""
        self._settle()
        return bool(self.name_edit.text().strip()) and self._selected is None

    def set_person(self, person_id: UUID | None) -> None:
        """Show a person (None clears the box)."""
        self._lookup_timer.stop()
        self._forget_lookup()
        self._selected = person_id
        name = ""
        if person_id is not None:
            with self.vault.read() as session:
                name = getattr(get_record(session, "person", person_id), "name", "")
        self.name_edit.setText(name)
        self._show_start()
        self.changed.emit()

    def _show_start(self) -> None:
        # A name longer than the box shows its start (the surname), not its end.
        self.name_edit.setCursorPosition(0)
