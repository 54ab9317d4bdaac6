"""The event form: when and where, the act, what happened, who was involved, the sources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from desktop_app.core import case_file, listing, vocab
from desktop_app.core.errors import RecordNotFound
from desktop_app.core.records import get_record
from desktop_app.ui.fields import (
    ChecklistBox,
    CodeCombo,
    PartialDateEdit,
    set_height_in_lines,
    split_lines,
)
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.i18n import act_type_label, format_partial_date
from desktop_app.ui.screen_fit import resize_within_screen


class EventForm(RecordForm):
    """Create or edit an event of a case; people and sources are chosen from the case."""

    KIND = "event"

    def build(self) -> None:
        """Fields; the people and testimony lists are filled once the case is known."""
        self.date_edit = PartialDateEdit()
        self.place_edit = QLineEdit()
        # No act is chosen for the user: a default would be saved unnoticed and mislabel the
        # event in every dossier and count.
        self.act_combo = CodeCombo(
            ("", *vocab.ACT_TYPES), {code: act_type_label(code) for code in vocab.ACT_TYPES}
        )
        self.act_combo.setItemText(0, self.tr("Choose the act…"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.victims_list = ChecklistBox(describe_unknown=self._describe_people)
        self.perpetrators_list = ChecklistBox(describe_unknown=self._describe_people)
        self.institutions_edit = QPlainTextEdit()
        self.institutions_edit.setTabChangesFocus(True)
        self.institutions_edit.setPlaceholderText(self.tr("One institution per line"))
        set_height_in_lines(self.institutions_edit, 3)
        self.sources_list = ChecklistBox(describe_unknown=self._describe_testimonies)
        # Up to 8 names in view: a case has a handful of people, and ticking them in a list
        # that scrolls every four rows is where victims get missed.
        for box in (self.victims_list, self.perpetrators_list, self.sources_list):
            box.fit_rows(8)
        # An empty list says where its choices come from, as the empty text boxes say what
        # goes in them: a case with no testimony yet offers no source to tick.
        people_hint = self.tr(
            "No people in this case yet. Add them on the case's People tab to tick them here."
        )
        self.victims_list.set_empty_hint(people_hint)
        self.perpetrators_list.set_empty_hint(people_hint)
        self.sources_list.set_empty_hint(
            self.tr("No testimonies in this case yet. Record one to tick it here as a source.")
        )
        self.add_row(self.tr("&Date:"), self.date_edit, self.tr("Date"))
        self.add_row(self.tr("&Place:"), self.place_edit, self.tr("Place"))
        self.add_row(self.tr("&Act:"), self.act_combo, self.tr("Act type"))
        self.add_row(self.tr("D&escription:"), self.description_edit, self.tr("Description"))
        self.add_row(self.tr("&Victims:"), self.victims_list, self.tr("Victims"))
        self.add_row(
            self.tr("Alleged perpe&trators:"),
            self.perpetrators_list,
            self.tr("Alleged perpetrators"),
        )
        self.add_row(self.tr("&Institutions:"), self.institutions_edit, self.tr("Institutions"))
        self.add_row(self.tr("Sour&ces:"), self.sources_list, self.tr("Source testimonies"))
        super().build()
        self.connect_changes(
            self.date_edit.changed,
            self.place_edit.textChanged,
            self.act_combo.changed,
            self.description_edit.textChanged,
            self.victims_list.changed,
            self.perpetrators_list.changed,
            self.institutions_edit.textChanged,
            self.sources_list.changed,
        )
        resize_within_screen(self, 600, 720)

    def window_title(self) -> str:
        """'New event' or 'Event'."""
        return self.tr("New event") if self.record_id is None else self.tr("Event")

    def _load_choices(self, case_id: UUID) -> None:
        with self.vault.read() as session:
            parties = case_file.case_parties(session, case_id)
            testimonies = listing.fetch_page(
                session, "testimony", listing.ListFilter(case_id=case_id), "date", limit=1000
            )
        people: dict[str, str] = {}
        for party in parties:
            people.setdefault(str(party.person_id), party.name)
        names = list(people.values())
        # Two people of one name are told apart as the person picker does, by their id's start.
        people = {
            pid: name if names.count(name) == 1 else f"{name} ({pid[:6]})"
            for pid, name in people.items()
        }
        for box in (self.victims_list, self.perpetrators_list):
            box.set_choices(people.items())
        self.sources_list.set_choices(
            (
                str(t.id),
                " — ".join(filter(None, [format_partial_date(t.date), t.witness_name])) or "—",
            )
            for t in testimonies
            if isinstance(t, listing.TestimonyRow)
        )

    def _describe_people(self, ids: list[str]) -> Mapping[str, str]:
        """Labels of victims or perpetrators the case's parties do not include: removed from
        the case, deleted, or named by a colleague's bundle without being made parties."""
        labels = {}
        with self.vault.read() as session:
            for pid in ids:
                person = _record(session, "person", pid)
                name = getattr(person, "name", "") or pid[:6]
                labels[pid] = self._whereabouts(name, person)
        return labels

    def _describe_testimonies(self, ids: list[str]) -> Mapping[str, str]:
        """Labels of sources the case's testimony list does not show: another case's, deleted,
        or beyond the first thousand of a large case."""
        labels = {}
        with self.vault.read() as session:
            for tid in ids:
                testimony = _record(session, "testimony", tid)
                witness_id = getattr(testimony, "witness_id", None)
                witness = _record(session, "person", str(witness_id)) if witness_id else None
                date = format_partial_date(getattr(testimony, "date", ""))
                name = " — ".join(filter(None, [date, getattr(witness, "name", "")])) or tid[:6]
                in_case = str(getattr(testimony, "case_id", "")) == self._case_id
                labels[tid] = self._whereabouts(name, testimony, in_case)
        return labels

    def _whereabouts(self, name: str, record: Any, in_case: bool = False) -> str:
        """name, saying why the record is not among the case's own."""
        if record is None:
            return self.tr("%1 (not in this vault)").replace("%1", name)
        if record.is_deleted:
            return self.tr("%1 (deleted)").replace("%1", name)
        return name if in_case else self.tr("%1 (not in this case)").replace("%1", name)

    def fill(self, content: dict[str, Any]) -> None:
        """Show an event's content."""
        self._case_id = content.get("case", "")
        if self._case_id:
            self._load_choices(UUID(self._case_id))
        self.date_edit.set_value(content.get("date", ""))
        self.place_edit.setText(content.get("place", ""))
        self.act_combo.set_value(content.get("act_type", ""))
        self.description_edit.setPlainText(content.get("description", ""))
        self.victims_list.set_value(content.get("victims", []))
        self.perpetrators_list.set_value(content.get("perpetrators", []))
        self.institutions_edit.setPlainText("\n".join(content.get("institutions", [])))
        self.sources_list.set_value(content.get("sources", []))

    def content(self) -> dict[str, Any]:
        """The event as content."""
        return {
            "case": self._case_id,
            "date": self.date_edit.value(),
            "place": self.one_line("place", self.place_edit.text()),
            "act_type": self.act_combo.value(),
            "description": self.description_edit.toPlainText(),
            "victims": self.victims_list.value(),
            "perpetrators": self.perpetrators_list.value(),
            "institutions": [
                self.one_line("institutions", line)
                for line in split_lines(self.institutions_edit.toPlainText())
            ],
            "sources": self.sources_list.value(),
        }

    def line_fields(self) -> dict[str, QWidget]:
        """The place and the institutions (each a line)."""
        return {"place": self.place_edit, "institutions": self.institutions_edit}

    def problems(self) -> list[str]:
        """No act chosen; someone ticked as both victim and alleged perpetrator of it."""
        data = self.content()
        issues = []
        if not data["act_type"]:
            issues.append(self.tr("Choose what happened (the act)."))
        if set(data["victims"]) & set(data["perpetrators"]):
            issues.append(
                self.tr("The same person is ticked as victim and as alleged perpetrator.")
            )
        return issues


def _record(session: Session, kind: str, record_id: str) -> Any:
    """The record of kind with that id (deleted ones too), or None if the vault lacks it."""
    try:
        return get_record(session, kind, UUID(record_id))
    except (RecordNotFound, ValueError):
        return None
