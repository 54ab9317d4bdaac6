"""The case form: reference, title, summary, status, place, dates, act types, tags, sensitivity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.core import vocab
from desktop_app.core.case_file import case_with_reference, record_title
from desktop_app.core.case_reference import reference_fault
from desktop_app.core.countries import country_name
from desktop_app.core.dates import is_before
from desktop_app.core.record_validation import MAX_REFERENCE_CHARS
from desktop_app.ui.country_edit import CountryEdit
from desktop_app.ui.fields import (
    ChecklistBox,
    CodeCombo,
    PartialDateEdit,
    focus_through,
    set_height_in_lines,
    split_commas,
)
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.one_line_fields import fault_text, mark_field
from desktop_app.ui.i18n import act_type_label, current_language, field_label, fill
from desktop_app.ui.screen_fit import resize_within_screen

# The one-line fields' sentence, said with the reference's own maximum.
_TOO_LONG = QT_TRANSLATE_NOOP("OneLineFields", "%1: too long (%2 characters; at most %3).")


class CaseForm(RecordForm):
    """Create or edit a case."""

    KIND = "case"

    def build(self) -> None:
        """Fields in the order a researcher fills them in."""
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("e.g. KG-2010-0007"))
        self.title_edit = QLineEdit()
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        set_height_in_lines(self.summary_edit, 5)
        self.status_combo = CodeCombo(vocab.CASE_STATUSES)
        self.country_edit = CountryEdit()
        self.country_name = QLabel()
        country_row = QWidget()
        country_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(country_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.country_edit)
        row.addWidget(self.country_name, 1)
        focus_through(country_row, self.country_edit)
        self.region_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.start_date = PartialDateEdit()
        self.end_date = PartialDateEdit()
        self.act_types = ChecklistBox()
        self.act_types.set_choices((code, act_type_label(code)) for code in vocab.ACT_TYPES)
        self.act_types.fit_rows(len(vocab.ACT_TYPES))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        self.sensitivity_combo = CodeCombo(vocab.SENSITIVITIES)

        self.add_row(self.tr("&Reference:"), self.reference_edit, self.tr("Reference"))
        self.add_row(self.tr("&Title:"), self.title_edit, self.tr("Title"))
        self.add_row(self.tr("S&ummary:"), self.summary_edit, self.tr("Summary"))
        self.add_row(self.tr("St&atus:"), self.status_combo, self.tr("Status"))
        self.add_row(self.tr("&Country:"), country_row, self.tr("Country"))
        self.add_row(self.tr("Regi&on:"), self.region_edit, self.tr("Region"))
        self.add_row(self.tr("&Place:"), self.place_edit, self.tr("Place"))
        self.add_row(self.tr("Start &date:"), self.start_date, self.tr("Start date"))
        self.add_row(self.tr("&End date:"), self.end_date, self.tr("End date"))
        self.add_row(self.tr("&Violations:"), self.act_types, self.tr("Violation types"))
        self.add_row(self.tr("Ta&gs:"), self.tags_edit, self.tr("Tags"))
        self.add_row(self.tr("Sens&itivity:"), self.sensitivity_combo, self.tr("Sensitivity"))
        super().build()
        self.connect_changes(
            self.reference_edit.textChanged,
            self.title_edit.textChanged,
            self.summary_edit.textChanged,
            self.status_combo.changed,
            self.country_edit.textChanged,
            self.region_edit.textChanged,
            self.place_edit.textChanged,
            self.start_date.changed,
            self.end_date.changed,
            self.act_types.changed,
            self.tags_edit.textChanged,
            self.sensitivity_combo.changed,
        )
        self.country_edit.textChanged.connect(self._show_country)
        self.country_edit.editingFinished.connect(self._say_unknown_country)
        self.country_edit.editingFinished.connect(self.validate)  # a half-typed name, left
        resize_within_screen(self, 640, 760)

    def _say_unknown_country(self) -> None:
        if self.country_edit.is_unknown():
            self.country_name.setText(self.tr("No country has this name or code."))

    def _show_country(self) -> None:
        """The country's name in the interface language beside its code, or nothing."""
        code = self.country_edit.code()
        self.country_name.setText(country_name(code, current_language()) if code else "")

    def window_title(self) -> str:
        """'New case' or 'Case' (never the reference: see RecordForm.window_title)."""
        return self.tr("New case") if self.record_id is None else self.tr("Case")

    def fill(self, content: dict[str, Any]) -> None:
        """Show a case's content."""
        self.reference_edit.setText(content.get("reference", ""))
        self.title_edit.setText(content.get("title", ""))
        self.summary_edit.setPlainText(content.get("summary", ""))
        self.status_combo.set_value(content.get("status", "open"))
        self.country_edit.setText(content.get("country", ""))
        self.region_edit.setText(content.get("region", ""))
        self.place_edit.setText(content.get("place", ""))
        self.start_date.set_value(content.get("start_date", ""))
        self.end_date.set_value(content.get("end_date", ""))
        self.act_types.set_value(content.get("violation_types", []))
        self.tags_edit.setText(", ".join(content.get("tags", [])))
        self.sensitivity_combo.set_value(content.get("sensitivity", "normal"))

    def content(self) -> dict[str, Any]:
        """The case as content."""
        return {
            "reference": self._reference(),
            "title": self.one_line("title", self.title_edit.text()),
            "summary": self.summary_edit.toPlainText(),
            "status": self.status_combo.value(),
            "country": self.country_edit.code() or self.country_edit.text().strip().upper(),
            "region": self.one_line("region", self.region_edit.text()),
            "place": self.one_line("place", self.place_edit.text()),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "violation_types": self.act_types.value(),
            "tags": [self.one_line("tags", tag) for tag in split_commas(self.tags_edit.text())],
            "sensitivity": self.sensitivity_combo.value(),
        }

    def line_fields(self) -> dict[str, QWidget]:
        """Title, region, place and tags (each tag a line)."""
        return {
            "title": self.title_edit,
            "region": self.region_edit,
            "place": self.place_edit,
            "tags": self.tags_edit,
        }

    def problems(self) -> list[str]:
        """Missing reference or title, a reference saving refuses, a country code that names
        no country, an end before the start."""
        data = self.content()
        issues = []
        if not data["reference"]:
            issues.append(self.tr("The reference is required."))
        if reference_problem := self._reference_problem():
            issues.append(reference_problem)
        if not data["title"].strip():
            issues.append(self.tr("The title is required."))
        if self._unknown_country(data["country"]) and not self.country_edit.is_half_typed():
            issues.append(self.country_edit.unknown_text())
        if is_before(data["end_date"], data["start_date"]):
            issues.append(self.tr("The end date is before the start date."))
        return issues

    def validate(self) -> bool:
        """As RecordForm.validate; a half-typed country ("Uzbek") is not said to be none while
        its offers are shown, but it is no country to save either."""
        is_valid = super().validate() and not self._unknown_country(self.content()["country"])
        self.save_button.setEnabled(is_valid)
        mark_field(self.reference_edit, self._reference_problem())
        return is_valid

    def _reference(self) -> str:
        # A pasted line break is saved as the space it showed, as in the one-line fields.
        return self.one_line("reference", self.reference_edit.text()).strip()

    def _reference_problem(self) -> str:
        """What saving would refuse in the reference (too long, a line break, an invisible or
        direction character), as the one-line fields say it; '' if nothing."""
        fault = reference_fault(self._reference())
        if fault is None:
            return ""
        label = field_label("reference")
        if fault.kind != "too_long":
            return fault_text(fault, label)
        lengths = QLocale().toString(fault.length), QLocale().toString(MAX_REFERENCE_CHARS)
        return fill(QCoreApplication.translate("OneLineFields", _TOO_LONG), label, *lengths)

    def save(self) -> None:
        """As RecordForm.save; Ctrl+S in the country field takes what is typed as meant."""
        self.country_edit.finish_typing()
        super().save()

    def _unknown_country(self, code: str) -> bool:
        # A code typed here (XX, a typo) would print as it is in every dossier; one that came
        # with the case (an old export, a colleague's bundle) is left for the user to correct.
        return self.country_edit.is_unknown() and code != self._loaded.get("country")

    def conflict_in_vault(self, session: Session, content: dict[str, Any]) -> str:
        """Another case already uses the reference (in any letter case: uz-1 is UZ-1's)."""
        other = case_with_reference(session, content["reference"], self.record_id)
        if other is None:
            return ""
        taken = record_title(session, "case", other)  # as that case writes it
        return self.tr("Another case already has the reference %1.").replace("%1", taken)
