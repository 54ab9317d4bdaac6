"""The dialog that adds a person, existing or new, to a case in a role."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop_app.core import vocab
from desktop_app.core.errors import SandiqError
from desktop_app.core.records import get_record
from desktop_app.ui.fields import CodeCombo
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.messages import show_error
from desktop_app.ui.person_picker import PersonPicker
from desktop_app.ui.role_labels import role_label
from desktop_app.ui.windows import WindowRegistry


class AddPartyDialog(QDialog):
    """Adds a person (existing or new) to a case in a role."""

    def __init__(self, registry: WindowRegistry, case_id: UUID, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.registry = registry
        self.case_id = case_id
        self.setWindowTitle(self.tr("Add a person to the case"))
        self.picker = PersonPicker(registry.vault, self._create_person)
        self.picker.setAccessibleName(self.tr("Person"))
        # Here, unlike in a testimony (Witness, Interpreter, Narrative), a letter of "New…" is free.
        self.picker.new_button.setText(self.tr("&New…"))
        self.role_combo = CodeCombo(vocab.ROLES)
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        # Left on New…, Enter opened a second new-person form.
        self.picker.person_created.connect(self.add_button.setFocus)
        form = QFormLayout(self)
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.picker)
        role_label = QLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role_combo)
        form.addRow(person_label, self.picker)
        form.addRow(role_label, self.role_combo)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        self.picker.changed.connect(self._update)
        self._update()
        self.resize(480, self.sizeHint().height())

    def _create_person(self, name: str) -> PersonForm:
        form = self.registry.open_form("person", initial={"name": name})
        assert isinstance(form, PersonForm)
        return form

    def _update(self) -> None:
        person_id = self.picker.person_id()
        self.add_button.setEnabled(person_id is not None)
        # The roles named for the person chosen, as the People tab will name hers
        # ("Пострадавшая"); for nobody yet, the plain labels.
        sex = ""
        if person_id is not None:
            with self.registry.vault.read() as session:
                sex = getattr(get_record(session, "person", person_id), "sex", "")
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(self.role_combo.itemData(index), sex))

    def add(self) -> None:
        """Write the case party and close."""
        person_id = self.picker.person_id()
        if person_id is None:
            return
        data = {
            "case": str(self.case_id),
            "person": str(person_id),
            "role": self.role_combo.value(),
        }
        try:
            with self.registry.vault.transaction() as session:
                party = self.registry.vault.writer(session).create("case_party", data)
                party_id = party.id
        except SandiqError as exc:
            show_error(self, exc)
            return
        self.registry.record_saved.emit("case_party", party_id)
        self.accept()
