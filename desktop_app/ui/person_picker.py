"""Choosing a person by typing part of a name, or creating a new one on the spot."""

from __future__ import annotations

import re
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop_app.core.person_lookup import persons_named
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.fields import focus_through

PICKER_LIMIT = 20


# What tells two people of one name apart in a label: " (" and the start of the id, maybe
# cut short by the user's editing.
_ID_SUFFIX = re.compile(r"\s*\([0-9a-f]{0,6}\)?\s*$")


class PersonPicker(QWidget):
    """A name box with suggestions from the vault, and a New… button for a person not yet there.

    ``new_person`` is called with the typed text and a callback; the caller opens its person
    form and passes the saved person's id to the callback, which selects it here.
    """

    changed = Signal()

    def __init__(
        self,
        vault: Vault,
        new_person: Callable[[str, Callable[[UUID], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._new_person = new_person
        self._selected: UUID | None = None
        self._choices: dict[str, UUID] = {}
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
        self.new_button.clicked.connect(
            lambda: self._new_person(self.name_edit.text().strip(), self.set_person)
        )

    def setAccessibleName(self, name: str) -> None:
        """Name the text box too, which is what a screen reader lands on."""
        super().setAccessibleName(name)
        self.name_edit.setAccessibleName(name)

    def _typed(self, text: str) -> None:
        self._selected = None
        # A label picked before ("Gulnora Karimova (f85c8f)") is looked up by its name.
        name_typed = _ID_SUFFIX.sub("", text)
        with self.vault.read() as session:
            found = persons_named(session, name_typed, PICKER_LIMIT) if name_typed.strip() else []
        names = [name for _, name in found]
        self._choices = {}
        for pid, name in found:
            label = name if names.count(name) == 1 else f"{name} ({str(pid)[:6]})"
            self._choices[label] = pid
        self.suggestions.setStringList(list(self._choices))
        self.completer.complete()  # shows the suggestions, or hides the popup if there are none
        # No row is current until the user moves to one, so Enter alone picks nobody.
        self.completer.popup().setCurrentIndex(QModelIndex())
        exact = self._choices.get(text.strip())
        if exact is not None:
            self._selected = exact
        self.changed.emit()

    def _chosen(self, label: str) -> None:
        self.name_edit.setText(label)
        self._show_start()
        self._selected = self._choices.get(label)
        self.changed.emit()

    def person_id(self) -> UUID | None:
        """The chosen person, or None."""
        return self._selected

    def has_unmatched_text(self) -> bool:
        """True if a name is typed that is not a chosen person (the user must pick or create)."""
        return bool(self.name_edit.text().strip()) and self._selected is None

    def set_person(self, person_id: UUID | None) -> None:
        """Show a person (None clears the box)."""
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
