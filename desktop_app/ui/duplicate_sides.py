"""The two people of a possible duplicate pair as the duplicates dialog compares them, side by
side, and which of them it suggests keeping."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.core.deletion import uses_of
from desktop_app.core.records import get_record
from desktop_app.ui.i18n import field_label, field_text

# The table's words were the dialog's before it had a module of its own, and keep its
# translation context (lupdate reads the literal "DuplicatesDialog" of each call).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class PersonSide:
    """One of two possible duplicates as the dialog compares them."""

    id: UUID
    name: str
    other_names: tuple[str, ...]
    birth_date: str
    is_protected: bool
    uses: Mapping[str, int]  # live records using this person, by kind (deletion.uses_of)
    created_at: str

    def use_count(self) -> int:
        """How many live records use this person."""
        return sum(self.uses.values())


def read_side(session: Session, person_id: UUID) -> PersonSide:
    """A person and what uses it, from the vault."""
    person = get_record(session, "person", person_id)
    return PersonSide(
        person.id,
        person.name,
        tuple(person.other_names),
        person.birth_date,
        person.is_protected,
        uses_of(session, "person", person_id),
        person.created_at,
    )


def suggested_keep(first: PersonSide, second: PersonSide) -> PersonSide:
    """The one to keep unless the user says otherwise: the one more records use (fewer
    changes), and of two used alike the older record."""
    return min(first, second, key=lambda side: (-side.use_count(), side.created_at, str(side.id)))


class PairComparison(QTableWidget):
    """The two people side by side: a row a field or kind of use, a column each person, headed
    by which one is kept."""

    COMPARED_FIELDS = ("name", "other_names", "birth_date", "protected")
    USES = ("case_party", "testimony", "event", "attachment")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(self.COMPARED_FIELDS) + len(self.USES), 3, parent)
        self.setAccessibleName(translate("DuplicatesDialog", "The two people side by side"))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row_titles = [field_label(name) for name in self.COMPARED_FIELDS] + [
            translate("DuplicatesDialog", "Roles in cases"),
            translate("DuplicatesDialog", "Testimonies"),
            translate("DuplicatesDialog", "Events"),
            translate("DuplicatesDialog", "Attached files"),
        ]
        for row, title in enumerate(row_titles):
            self.setItem(row, 0, QTableWidgetItem(title))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Every row in view without scrolling: the list of pairs above gives way instead.
        row_height = self.fontMetrics().height() + 6
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(row_height)
        rows.setDefaultSectionSize(row_height)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.rowCount() * row_height + header.sizeHint().height()
        self.setFixedHeight(height + 2 * self.frameWidth())

    def show_sides(self, sides: tuple[PersonSide, PersonSide] | None) -> None:
        """Fill the two columns with these two people, or empty them."""
        locale = QLocale()
        for column, side in enumerate(sides or (None, None), start=1):
            values = [""] * self.rowCount()
            if side is not None:
                values = [
                    field_text("name", side.name),
                    field_text("other_names", list(side.other_names)),
                    field_text("birth_date", side.birth_date),
                    field_text("protected", side.is_protected),
                ] + [locale.toString(side.uses.get(kind, 0)) for kind in self.USES]
            for row, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.setItem(row, column, item)

    def head(self, is_first_kept: bool | None) -> None:
        """Head the kept one's column "Kept" and the other's "Merged into the kept one"; None:
        no pair shown, no headings."""
        kept, merged = (
            translate("DuplicatesDialog", "Kept"),
            translate("DuplicatesDialog", "Merged into the kept one"),
        )
        if is_first_kept is None:
            kept = merged = ""
        first, second = (kept, merged) if is_first_kept in (True, None) else (merged, kept)
        self.setHorizontalHeaderLabels(["", first, second])
