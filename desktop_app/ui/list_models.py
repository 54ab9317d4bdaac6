"""The vault's big lists (cases, people, testimonies): their columns and cell texts.

Paging, sorting and filtering are the base class's (``record_list_model``); each list here
names its columns, their titles and the widest texts they can show.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QObject

from desktop_app.core import listing, vocab
from desktop_app.core.countries import codes_by_name, country_name
from desktop_app.ui.i18n import (
    current_language,
    format_partial_date,
    format_timestamp,
    language_label,
    vocab_label,
)
from desktop_app.ui.record_list_model import RecordListModel

# Moments whose local time has two-digit day, month, hour and minute in any time zone, one in
# each month: an Uzbek timestamp names its month ("2000-yil 20-sentabr, 20:50").
_WIDE_TIMESTAMPS = [f"2000-{month:02d}-20T20:50:00Z" for month in range(1, 13)]
# Rows whose cell texts are kept between resets: more than a table measures (MEASURED_ROWS)
# and shows at once, few enough to hold for a 100,000-row list read to its end.
_FORMATTED_ROWS = 2000


def _labels(codes: Iterable[str]) -> list[str]:
    return [vocab_label(code) for code in codes]


def _date_forms() -> list[str]:
    """A partial date as a month and as a full date of each month's name: the widest a date
    column shows ("сентябрь 2023" is wider than "май 2023", "2000-yil 28-sentabr" than
    "2000-yil 28-may")."""
    months = [f"2000-{month:02d}" for month in range(1, 13)]
    return [format_partial_date(value) for value in (*months, *(m + "-28" for m in months))]


class _FormattedRows(RecordListModel):
    """A list whose rows' texts are formatted once, all cells together (``cells``).

    A table asks for one cell at a time, and asks often: fitting the columns after each sort
    measured 50 rows x 7 columns, twice, and each cell formatted its whole row (dates, times,
    labels) to return one text, a quarter of a second of a 2,000-case list's sort.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # By id(row), with the row itself so that its id stays its own while the texts are.
        self._formatted: dict[int, tuple[Any, list[str]]] = {}
        self.modelAboutToBeReset.connect(self._formatted.clear)

    def cells(self, row: Any) -> list[str]:
        """The texts of a row's cells, in column order."""
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        """Cell text."""
        formatted = self._formatted.get(id(row))
        if formatted is None:
            if len(self._formatted) >= _FORMATTED_ROWS:
                self._formatted.clear()
            formatted = self._formatted[id(row)] = (row, self.cells(row))
        return formatted[1][column]


class CaseListModel(_FormattedRows):
    """All cases: reference, title, status, country, start, sensitivity, last change."""

    KIND = "case"
    STRETCH_COLUMN = 1  # the title takes the room left over
    COL_REFERENCE, COL_TITLE, COL_STATUS, COL_COUNTRY, COL_START, COL_SENSITIVITY, COL_UPDATED = (
        range(7)
    )
    SORT_FIELDS = (
        "reference",
        "title",
        "status",
        "country",
        "start_date",
        "sensitivity",
        "updated_at",
    )
    # Wide enough for KG-2010-0007, "February 2010" and "Under review" (digits and Cyrillic
    # run wider than the font's average character).
    COLUMN_CHARS: ClassVar[dict[int, int]] = {
        COL_REFERENCE: 17,
        COL_STATUS: 19,
        COL_COUNTRY: 8,
        COL_START: 18,
        COL_SENSITIVITY: 16,
        COL_UPDATED: 18,
    }
    # On a small screen the other columns give way to the title, but a reference stays whole.
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_REFERENCE: 16}
    WHOLE_COLUMNS = (
        COL_REFERENCE,
        COL_STATUS,
        COL_COUNTRY,
        COL_START,
        COL_SENSITIVITY,
        COL_UPDATED,
    )

    def column_values(self, column: int) -> list[str]:
        """Status and sensitivity labels, a date's and a timestamp's forms."""
        return {
            self.COL_STATUS: _labels(vocab.CASE_STATUSES),
            self.COL_START: _date_forms(),
            self.COL_SENSITIVITY: _labels(vocab.SENSITIVITIES),
            self.COL_UPDATED: [format_timestamp(moment) for moment in _WIDE_TIMESTAMPS],
        }.get(column, [])

    def shown_order(self, field: str) -> tuple[str, ...]:
        """A country sorts by its name as the column shows it ("Казахстан" before
        "Кыргызстан"), not by its code (KG before KZ)."""
        return codes_by_name(current_language()) if field == "country" else ()

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Country"),
            self.tr("Start"),
            self.tr("Sensitivity"),
            self.tr("Last change"),
        ]

    def cells(self, row: listing.CaseRow) -> list[str]:
        """Cell texts."""
        return [
            row.reference,
            row.title,
            vocab_label(row.status),
            country_name(row.country, current_language()),
            format_partial_date(row.start_date),
            vocab_label(row.sensitivity),
            format_timestamp(row.updated_at),
        ]


class PersonListModel(_FormattedRows):
    """All people: name, other names, sex, birth date, nationality, pseudonym."""

    KIND = "person"
    STRETCH_COLUMN = 0
    COL_NAME, COL_SEX, COL_BIRTH, COL_NATIONALITY, COL_PSEUDONYM = range(5)
    SORT_FIELDS = ("name", "sex", "birth_date", "nationality", "pseudonym")
    COLUMN_CHARS: ClassVar[dict[int, int]] = {COL_SEX: 10, COL_BIRTH: 12, COL_PSEUDONYM: 14}
    WHOLE_COLUMNS = (COL_SEX, COL_BIRTH, COL_NATIONALITY, COL_PSEUDONYM)

    def column_values(self, column: int) -> list[str]:
        """Sex labels and a date's forms."""
        return {self.COL_SEX: _labels(vocab.SEXES), self.COL_BIRTH: _date_forms()}.get(column, [])

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Born"),
            self.tr("Nationality"),
            self.tr("Pseudonym"),
        ]

    def cells(self, row: listing.PersonRow) -> list[str]:
        """Cell texts."""
        pseudonym = row.pseudonym if row.is_protected else ""
        return [
            row.name,
            vocab_label(row.sex),
            format_partial_date(row.birth_date),
            row.nationality,
            pseudonym,
        ]


class TestimonyListModel(_FormattedRows):
    """Testimonies: case, witness, date, language, status, sensitivity."""

    __test__ = False  # not a pytest class, despite the name
    KIND = "testimony"
    COL_CASE, COL_WITNESS, COL_DATE, COL_LANGUAGE, COL_STATUS, COL_SENSITIVITY = range(6)
    SORT_FIELDS = ("case_reference", "witness_name", "date", "language", "status", "sensitivity")
    # Sorting by a joined or unindexed column would read every testimony for each page.
    SORTABLE = frozenset({COL_DATE})
    DEFAULT_SORT_COLUMN = COL_DATE
    STRETCH_COLUMN = COL_WITNESS
    COLUMN_CHARS: ClassVar[dict[int, int]] = {
        COL_CASE: 17,
        COL_DATE: 16,
        COL_LANGUAGE: 16,  # "tg — тоҷикӣ"
        COL_STATUS: 17,
        COL_SENSITIVITY: 16,
    }
    MIN_CHARS: ClassVar[dict[int, int]] = {COL_CASE: 16}  # a case reference stays whole
    WHOLE_COLUMNS = (COL_CASE, COL_DATE, COL_LANGUAGE, COL_STATUS, COL_SENSITIVITY)

    def column_values(self, column: int) -> list[str]:
        """Status and sensitivity labels and a date's forms."""
        return {
            self.COL_DATE: _date_forms(),
            self.COL_STATUS: _labels(vocab.TESTIMONY_STATUSES),
            self.COL_SENSITIVITY: _labels(vocab.SENSITIVITIES),
        }.get(column, [])

    def headers(self) -> list[str]:
        """Column titles."""
        return [
            self.tr("Case"),
            self.tr("Witness"),
            self.tr("Date"),
            self.tr("Language"),
            self.tr("Status"),
            self.tr("Sensitivity"),
        ]

    def cells(self, row: listing.TestimonyRow) -> list[str]:
        """Cell texts."""
        return [
            row.case_reference,
            row.witness_name,
            format_partial_date(row.date),
            language_label(row.language),
            vocab_label(row.status),
            vocab_label(row.sensitivity),
        ]
