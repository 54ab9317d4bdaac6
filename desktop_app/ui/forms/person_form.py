"""The person form: names and spellings, sex, birth date, background, contact, protection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.core import vocab
from desktop_app.core.pseudonym_rules import PseudonymFault, pseudonym_fault
from desktop_app.ui.fields import CodeCombo, PartialDateEdit, set_height_in_lines, split_lines
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import confirm
from desktop_app.ui.screen_fit import resize_within_screen


class PersonForm(RecordForm):
    """Create or edit a person."""

    KIND = "person"

    def build(self) -> None:
        """Fields; the pseudonym is enabled only for protected persons."""
        self.name_edit = QLineEdit()
        self.other_names_edit = QPlainTextEdit()
        self.other_names_edit.setTabChangesFocus(True)
        self.other_names_edit.setPlaceholderText(self.tr("One spelling per line"))
        set_height_in_lines(self.other_names_edit, 3)
        self.sex_combo = self._sex_combo()
        self.birth_date = PartialDateEdit()
        self.ethnicity_edit = QLineEdit()
        self.nationality_edit = QLineEdit()
        self.occupation_edit = QLineEdit()
        self.contact_edit = QPlainTextEdit()
        self.contact_edit.setTabChangesFocus(True)
        set_height_in_lines(self.contact_edit, 3)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.protected_check = QCheckBox(self.tr("P&rotected: use a pseudonym in reports"))
        self.pseudonym_edit = QLineEdit()
        self.pseudonym_edit.setPlaceholderText(self.tr("e.g. Witness A"))

        self.add_row(self.tr("&Name:"), self.name_edit, self.tr("Name"))
        self.add_row(self.tr("&Other names:"), self.other_names_edit, self.tr("Other names"))
        self.add_row(self.tr("Se&x:"), self.sex_combo, self.tr("Sex"))
        self.add_row(self.tr("&Born:"), self.birth_date, self.tr("Birth date"))
        self.add_row(self.tr("&Ethnicity:"), self.ethnicity_edit, self.tr("Ethnicity"))
        self.add_row(self.tr("Nat&ionality:"), self.nationality_edit, self.tr("Nationality"))
        self.add_row(self.tr("O&ccupation:"), self.occupation_edit, self.tr("Occupation"))
        self.add_row(self.tr("Cont&act:"), self.contact_edit, self.tr("Contact details"))
        self.add_row(self.tr("No&tes:"), self.notes_edit, self.tr("Notes"))
        self.form.addRow("", self.protected_check)
        self.protected_check.setAccessibleName(self.tr("Protected"))
        self.add_row(self.tr("&Pseudonym:"), self.pseudonym_edit, self.tr("Pseudonym"))
        super().build()
        self.connect_changes(
            self.name_edit.textChanged,
            self.other_names_edit.textChanged,
            self.sex_combo.changed,
            self.birth_date.changed,
            self.ethnicity_edit.textChanged,
            self.nationality_edit.textChanged,
            self.occupation_edit.textChanged,
            self.contact_edit.textChanged,
            self.notes_edit.textChanged,
            self.protected_check.toggled,
            self.pseudonym_edit.textChanged,
        )
        self.protected_check.toggled.connect(self.pseudonym_edit.setEnabled)
        resize_within_screen(self, 560, 640)

    def _sex_combo(self) -> CodeCombo:
        """The sex choices, telling "nothing entered" (stored as "") from "unknown" (stored as
        such): a tester took "—" and "Unknown" for two ways of saying nothing."""
        combo = CodeCombo(vocab.SEXES, {"": self.tr("Not recorded")})
        hints = {
            "": self.tr("Nothing entered yet: the sex may still be found out."),
            "unknown": self.tr("Looked into: the sources do not say."),
        }
        for code, hint in hints.items():
            combo.setItemData(combo.findData(code), hint, Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(
            self.tr(
                "“Not recorded”: nothing entered yet. “Unknown”: looked into, and the sources "
                "do not say."
            )
        )
        return combo

    def window_title(self) -> str:
        """'New person' or 'Person' (never the name: see RecordForm.window_title)."""
        return self.tr("New person") if self.record_id is None else self.tr("Person")

    def fill(self, content: dict[str, Any]) -> None:
        """Show a person's content."""
        self.name_edit.setText(content.get("name", ""))
        self.other_names_edit.setPlainText("\n".join(content.get("other_names", [])))
        self.sex_combo.set_value(content.get("sex", ""))
        self.birth_date.set_value(content.get("birth_date", ""))
        self.ethnicity_edit.setText(content.get("ethnicity", ""))
        self.nationality_edit.setText(content.get("nationality", ""))
        self.occupation_edit.setText(content.get("occupation", ""))
        self.contact_edit.setPlainText(content.get("contact", ""))
        self.notes_edit.setPlainText(content.get("notes", ""))
        self.protected_check.setChecked(bool(content.get("protected", False)))
        self.pseudonym_edit.setText(content.get("pseudonym", ""))
        self.pseudonym_edit.setEnabled(self.protected_check.isChecked())

    def content(self) -> dict[str, Any]:
        """The person as content."""
        return {
            "name": self.one_line("name", self.name_edit.text()).strip(),
            "other_names": self._other_names(),
            "sex": self.sex_combo.value(),
            "birth_date": self.birth_date.value(),
            "ethnicity": self.one_line("ethnicity", self.ethnicity_edit.text()),
            "nationality": self.one_line("nationality", self.nationality_edit.text()),
            "occupation": self.one_line("occupation", self.occupation_edit.text()),
            "contact": self.contact_edit.toPlainText(),
            "notes": self.notes_edit.toPlainText(),
            "protected": self.protected_check.isChecked(),
            "pseudonym": self.one_line("pseudonym", self.pseudonym_edit.text()).strip(),
        }

    def _other_names(self) -> list[str]:
        # A line that was only a pasted zero-width space is no spelling.
        names = (
            self.one_line("other_names", line).strip()
            for line in split_lines(self.other_names_edit.toPlainText())
        )
        return [name for name in names if name]

    def line_fields(self) -> dict[str, QWidget]:
        """Names (each other name a line), ethnicity, nationality, occupation, pseudonym."""
        return {
            "name": self.name_edit,
            "other_names": self.other_names_edit,
            "ethnicity": self.ethnicity_edit,
            "nationality": self.nationality_edit,
            "occupation": self.occupation_edit,
            "pseudonym": self.pseudonym_edit,
        }

    def problems(self) -> list[str]:
        """A name is required; a protected person needs a pseudonym to appear under, one that
        does not hold their names."""
        data = self.content()
        issues = []
        if not data["name"]:
            issues.append(self.tr("The name is required."))
        fault = pseudonym_fault(data)
        if fault is not None:
            issues.append(self._pseudonym_problem(fault))
        return issues

    def _pseudonym_problem(self, fault: PseudonymFault) -> str:
        """The rule is core's (pseudonym_rules); the form words it, naming the field."""
        if fault.kind == "missing":
            return self.tr("A protected person needs a pseudonym.")
        if fault.kind == "name":
            text = self.tr(
                "Pseudonym: holds a word of the person's name (%1), which reports must not "
                "show; choose another, e.g. Witness A."
            )
        else:
            text = self.tr(
                "Pseudonym: spells the person's initials (%1), which reports must not show; "
                "choose another, e.g. Witness A."
            )
        return fill(text, fault.part)

    def confirm_save(self, data: dict[str, Any]) -> bool:
        """Lifting a protection puts the person's name in every dossier made from now on."""
        if not self._loaded.get("protected") or data["protected"]:
            return True
        question = self.tr(
            "Remove this person's protection? Dossiers made from now on will show their name "
            "instead of the pseudonym, and colleagues receive the change with your next bundle."
        )
        return confirm(self, question, danger=True)
